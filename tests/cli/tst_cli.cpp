// safetynet-cli as a script would use it: exit codes, JSON, one-line errors naming the field.
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    // The administrator every station of these tests is made with, and the owner-only file of its password.
    static constexpr const char *Admin = "admin";
    QString m_adminPassword;

    // As a script signs in: SAFETYNET_USER and SAFETYNET_PASSWORD_FILE name the administrator, and `init` and
    // `demo` (which may create the station) get --admin with the same password file.
    Run run(const QStringList &args, const QByteArray &input = {})
    {
        QStringList withAdmin = args;
        if (!args.isEmpty() && (args.first() == QLatin1String("init") || args.first() == QLatin1String("demo"))
            && !args.contains(QStringLiteral("--admin")))
            withAdmin << QStringLiteral("--admin") << QLatin1String(Admin) << QStringLiteral("--password-file")
                      << m_adminPassword;
        return runAs(QLatin1String(Admin), m_adminPassword, withAdmin, input);
    }

    // This process's environment with the sign-in of `user` (empty: none at all).
    static QProcessEnvironment signInEnvironment(const QString &user, const QString &passwordFile)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SAFETYNET_USER"));
        env.remove(QStringLiteral("SAFETYNET_PASSWORD_FILE"));
        if (!user.isEmpty()) {
            env.insert(QStringLiteral("SAFETYNET_USER"), user);
            env.insert(QStringLiteral("SAFETYNET_PASSWORD_FILE"), passwordFile);
        }
        return env;
    }

    // The command with sign-in from the environment (empty user: none at all).
    Run runAs(const QString &user, const QString &passwordFile, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(signInEnvironment(user, passwordFile));
        p.setProgram(m_cli);
        p.setArguments(args);
        p.start();
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("safetynet-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    QString db(const QString &name) const { return m_dir.filePath(name); }

    // A valid resident ID number (GB 11643-1999 check character) for a birth date and sequence.
    static QString idNumber(const QString &birth, int sequence)
    {
        const QString body = QStringLiteral("630105") + QString(birth).remove(QLatin1Char('-'))
            + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        static const int weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += body.at(i).digitValue() * weights[i];
        return body + QString(QStringLiteral("10X98765432")).at(sum % 11);
    }

    QStringList at(const QString &file, const QStringList &args) const
    {
        return args
            + QStringList { QStringLiteral("--db"), file, QStringLiteral("--today"), QStringLiteral("2026-11-28") };
    }

    int households(const QString &file)
    {
        const Run r = run({ QStringLiteral("stats"), QStringLiteral("--db"), file, QStringLiteral("--json") });
        return r.json().object().value(QStringLiteral("households")).toInt(-1);
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("SN_CLI");
        QVERIFY2(QFile::exists(m_cli), "SN_CLI must point at safetynet-cli");
        QVERIFY(m_dir.isValid());
        m_adminPassword = passwordFile(QStringLiteral("admin.pw"), "admin-password-2026");
    }

    // A password file readable by its owner only.
    QString passwordFile(const QString &name, const QByteArray &password)
    {
        const QString path = db(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(password + "\n");
        f.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    void version()
    {
        const Run r = run({ QStringLiteral("--version") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("safetynet-cli ")));
    }

    // --help lists the commands in two columns: every description starts in the same column, at least two spaces
    // after the longest name, and wraps under itself within 80 terminal columns, in English and in Chinese.
    void helpLinesUpItsColumns_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("English") << QStringLiteral("C.UTF-8");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN.UTF-8");
    }

    void helpLinesUpItsColumns()
    {
        QFETCH(QString, lang);
        QProcess p;
        QProcessEnvironment env = signInEnvironment({}, {});
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        p.setProcessEnvironment(env);
        p.start(m_cli, { QStringLiteral("--help") });
        QVERIFY(p.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
        const auto columns = [](const QString &line) {
            int n = 0;
            for (const QChar c : line)
                n += (c.unicode() >= 0x2E80 && c.unicode() <= 0xA4CF)
                        || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFF60)
                    ? 2
                    : 1;
            return n;
        };
        // indexOf() wants the whole line to match the expression.
        const qsizetype first = lines.indexOf(QRegularExpression(QStringLiteral("  [a-z].*")));
        QVERIFY2(first > 0, "no command list");
        static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z-]*)( {2,})(\\S.*)$"));
        static const QRegularExpression continuation(QStringLiteral("^( +)(\\S.*)$"));
        int descriptionColumn = -1;
        QStringList names;
        for (qsizetype i = first; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
            const QString &line = lines.at(i);
            QVERIFY2(columns(line) <= 80, qPrintable(QStringLiteral("longer than 80 columns: ") + line));
            const QRegularExpressionMatch command = entry.match(line);
            const QRegularExpressionMatch more = continuation.match(line);
            const qsizetype start = command.hasMatch() ? command.capturedStart(3) : more.capturedStart(2);
            QVERIFY2(command.hasMatch() || (more.hasMatch() && more.captured(1).size() > 2),
                qPrintable(QStringLiteral("a name runs into its description: ") + line));
            if (descriptionColumn < 0)
                descriptionColumn = int(start);
            QVERIFY2(start == descriptionColumn, qPrintable(QStringLiteral("out of column: ") + line));
            if (command.hasMatch())
                names.append(command.captured(1));
        }
        QVERIFY(names.contains(QStringLiteral("audit-verify")));
        QVERIFY(names.contains(QStringLiteral("import-suspicions")));
        for (const QString &name : std::as_const(names))
            QVERIFY(descriptionColumn >= 2 + name.size() + 2);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList {};
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("idcheck"), QStringLiteral("--bogus"),
            QStringLiteral("1") };
        QTest::newRow("idcheck without ids") << QStringList { QStringLiteral("idcheck") };
        QTest::newRow("init without township")
            << QStringList { QStringLiteral("init"), QStringLiteral("--db"), QStringLiteral("x.sqlite") };
        QTest::newRow("bad --today") << QStringList { QStringLiteral("idcheck"), QStringLiteral("--today"),
            QStringLiteral("2026-13-01"), QStringLiteral("1") };
        QTest::newRow("demo count") << QStringList { QStringLiteral("demo"), QStringLiteral("--db"),
            QStringLiteral("x.sqlite"), QStringLiteral("--households"), QStringLiteral("many") };
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void idcheck_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("sex");
        QTest::newRow("valid X") << QStringLiteral("11010519491231002X") << true << QStringLiteral("11010519491231002X")
                                 << QStringLiteral("1949-12-31") << QStringLiteral("F");
        QTest::newRow("lower x") << QStringLiteral("11010519491231002x") << true << QStringLiteral("11010519491231002X")
                                 << QStringLiteral("1949-12-31") << QStringLiteral("F");
        QTest::newRow("male") << QStringLiteral("630105198001010018") << true << QStringLiteral("630105198001010018")
                              << QStringLiteral("1980-01-01") << QStringLiteral("M");
        QTest::newRow("full-width") << QStringLiteral("６３０１０５１９５５０３１５００２５") << true
                                    << QStringLiteral("630105195503150025") << QStringLiteral("1955-03-15")
                                    << QStringLiteral("F");
        QTest::newRow("15 digits") << QStringLiteral("630105800101001") << true << QString()
                                   << QStringLiteral("1980-01-01") << QStringLiteral("M");
        QTest::newRow("check char") << QStringLiteral("630105198001010019") << false << QString() << QString()
                                    << QString();
        QTest::newRow("feb 30") << QStringLiteral("630105198002300011") << false << QString() << QString() << QString();
    }
    void idcheck()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QFETCH(QString, birth);
        QFETCH(QString, sex);
        const Run r = run({ QStringLiteral("idcheck"), QStringLiteral("--json"), QStringLiteral("--today"),
            QStringLiteral("2026-11-28"), input });
        QCOMPARE(r.code, valid ? 0 : 2);
        const QJsonArray array = r.json().array();
        QCOMPARE(array.size(), 1);
        const QJsonObject o = array.at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("input")).toString(), input);
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), valid);
        if (valid) {
            if (!normalized.isEmpty())
                QCOMPARE(o.value(QStringLiteral("normalized")).toString(), normalized);
            QCOMPARE(o.value(QStringLiteral("normalized")).toString().size(), 18);
            QCOMPARE(o.value(QStringLiteral("birth_date")).toString(), birth);
            QCOMPARE(o.value(QStringLiteral("sex")).toString(), sex);
            QCOMPARE(o.value(QStringLiteral("area_code")).toString(),
                o.value(QStringLiteral("normalized")).toString().left(6));
            QVERIFY(o.value(QStringLiteral("error")).isNull());
        } else {
            QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
        }
    }

    void idcheckUsesTheClockSeam()
    {
        QCOMPARE(run({ QStringLiteral("idcheck"), QStringLiteral("--today"), QStringLiteral("1979-12-31"),
                         QStringLiteral("630105198001010018") })
                     .code,
            2);
        QCOMPARE(run({ QStringLiteral("idcheck"), QStringLiteral("--today"), QStringLiteral("1980-01-01"),
                         QStringLiteral("630105198001010018") })
                     .code,
            0);
        // all must be valid for exit 0
        QCOMPARE(
            run({ QStringLiteral("idcheck"), QStringLiteral("630105198001010018"), QStringLiteral("123") }).code, 2);
    }

    void initDemoCheckStats()
    {
        // Demo households span the district: only the bureau's district administrator adds them.
        const QString file = db(QStringLiteral("station.sqlite"));
        Run r = run({ QStringLiteral("init"), QStringLiteral("--db"), file, QStringLiteral("--township"),
            QStringLiteral("城北区"), QStringLiteral("--station"), QStringLiteral("区民政局") });
        QCOMPARE(r.code, 0);
        QCOMPARE(run({ QStringLiteral("init"), QStringLiteral("--db"), file, QStringLiteral("--township"),
                         QStringLiteral("朝阳"), QStringLiteral("--station"), QStringLiteral("again") })
                     .code,
            2);
        r = run({ QStringLiteral("init"), QStringLiteral("--db"), db(QStringLiteral("bad.sqlite")),
            QStringLiteral("--township"), QStringLiteral("火星街道"), QStringLiteral("--station"),
            QStringLiteral("x") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("township")));
        QVERIFY(r.err.contains(QStringLiteral("火星街道")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line

        r = run({ QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--households"),
            QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--quiet") });
        QCOMPARE(r.code, 0);
        r = run({ QStringLiteral("check"), QStringLiteral("--db"), file });
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("PROBLEM")));
        const QJsonObject stats
            = run({ QStringLiteral("stats"), QStringLiteral("--db"), file, QStringLiteral("--json") }).json().object();
        QCOMPARE(stats.value(QStringLiteral("households")).toInt(), 120);
        QVERIFY(stats.value(QStringLiteral("members")).toInt() > 120);
        QCOMPARE(stats.value(QStringLiteral("by_township")).toArray().size(), 6);
        int sum = 0;
        const QJsonObject byCategory = stats.value(QStringLiteral("by_category")).toObject();
        for (const QString &key : byCategory.keys())
            sum += byCategory.value(key).toInt();
        QCOMPARE(sum, stats.value(QStringLiteral("active")).toInt());
    }

    void missingOrBrokenDatabase()
    {
        Run r = run({ QStringLiteral("stats"), QStringLiteral("--db"), db(QStringLiteral("missing.sqlite")) });
        QCOMPARE(r.code, 3);
        QFile garbage(db(QStringLiteral("garbage.sqlite")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x5a'));
        garbage.close();
        r = run({ QStringLiteral("check"), QStringLiteral("--db"), garbage.fileName() });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("not a SafetyNet database")));
    }

    void checkFindsBrokenInvariants()
    {
        const QString file = db(QStringLiteral("broken.sqlite"));
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--households"),
                         QStringLiteral("20"), QStringLiteral("--quiet") })
                     .code,
            0);
        QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--db"), file }).code, 0);
        // Make a second head in one household behind the application's back.
        {
            QProcess sqlite;
            sqlite.start(QStringLiteral("sqlite3"),
                { file,
                    QStringLiteral("UPDATE members SET relation = 'head' WHERE id = (SELECT id FROM members WHERE "
                                   "relation <> 'head' LIMIT 1);") });
            if (!sqlite.waitForStarted() || !sqlite.waitForFinished())
                QSKIP("sqlite3 command not available");
            QCOMPARE(sqlite.exitCode(), 0);
        }
        const Run r = run({ QStringLiteral("check"), QStringLiteral("--db"), file });
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(QStringLiteral("one_head")));
    }

    // What someone with plain SQL does behind the application's back (the append-only triggers dropped first).
    static QString tamper(const QString &file, const QStringList &statements)
    {
        QString error;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            c.setDatabaseName(file);
            if (!c.open())
                return c.lastError().text();
            QSqlQuery q(c);
            for (const QString &s : QStringList { QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                        QStringLiteral("DROP TRIGGER audit_log_no_delete") }
                    + statements)
                if (!q.exec(s) && error.isEmpty())
                    error = s + QStringLiteral(": ") + q.lastError().text();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return error;
    }

    void auditVerify_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("expected"); // empty: intact
        QTest::newRow("intact") << QStringList {} << QString();
        QTest::newRow("edited entry") << QStringList {
            QStringLiteral("UPDATE audit_log SET new_value = 'x' WHERE seq = 5")
        } << QStringLiteral("Audit entry 5 was altered");
        QTest::newRow("deleted middle entry") << QStringList { QStringLiteral("DELETE FROM audit_log WHERE seq = 7") }
                                              << QStringLiteral("Audit entry 7 is missing");
        QTest::newRow("deleted tail") << QStringList { QStringLiteral("DELETE FROM audit_log WHERE seq > 17") }
                                      << QStringLiteral("Audit entries 18 to 21 were removed from the end of the log");
        QTest::newRow("deleted tail, database head forged")
            << QStringList { QStringLiteral("DELETE FROM audit_log WHERE seq > 17"),
                   QStringLiteral("UPDATE meta SET value = (SELECT seq || ' ' || hash FROM audit_log WHERE seq = 17) "
                                  "WHERE key = 'audit_head'"),
                   QStringLiteral("UPDATE sqlite_sequence SET seq = 17 WHERE name = 'audit_log'") }
            << QStringLiteral("Audit entries 18 to 21 were removed from the end of the log: the copy in");
    }
    void auditVerify()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, expected);
        const QString file
            = db(QStringLiteral("audit-%1.sqlite")
                     .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u',')));
        // The administrator (entry 1) and 20 demo households: one audit entry each. check and audit-verify sign
        // in without writing, so they read the log as it was left.
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--households"),
                         QStringLiteral("20"), QStringLiteral("--quiet") })
                     .code,
            0);
        QCOMPARE(tamper(file, statements), QString());
        Run r = run({ QStringLiteral("audit-verify"), QStringLiteral("--db"), file });
        if (expected.isEmpty()) {
            QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
            QVERIFY(r.out.contains(QStringLiteral("The audit log is intact: 21 entries, the last is 21.")));
        } else {
            QVERIFY2(r.code == 2, qPrintable(r.out + r.err));
            QVERIFY2(r.out.contains(QStringLiteral("TAMPERED ") + expected), qPrintable(r.out));
            // check reports the same
            const Run c = run({ QStringLiteral("check"), QStringLiteral("--db"), file });
            QCOMPARE(c.code, 2);
            QVERIFY2(c.out.contains(QStringLiteral("PROBLEM audit_chain: ") + expected), qPrintable(c.out));
        }
        r = run({ QStringLiteral("audit-verify"), QStringLiteral("--db"), file, QStringLiteral("--json") });
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), expected.isEmpty());
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().isEmpty(), expected.isEmpty());
        if (!expected.isEmpty())
            QVERIFY(o.value(QStringLiteral("problems")).toArray().first().toString().startsWith(expected));
    }

    void auditVerifyAgainstBackups()
    {
        const QString file = db(QStringLiteral("audit-backups/station.sqlite"));
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--households"),
                         QStringLiteral("10"), QStringLiteral("--quiet") })
                     .code,
            0);
        QCOMPARE(run({ QStringLiteral("backup"), QStringLiteral("--db"), file, QStringLiteral("--auto") }).code, 0);
        Run r = run({ QStringLiteral("audit-verify"), QStringLiteral("--db"), file, QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QVERIFY(
            r.json().object().value(QStringLiteral("checked")).toArray().size() >= 4); // meta, file, sequence, backups
        QCOMPARE(run({ QStringLiteral("audit-verify"), QStringLiteral("--db"), file, QStringLiteral("--backups"),
                         db(QStringLiteral("nowhere")) })
                     .code,
            3);
        QCOMPARE(
            run({ QStringLiteral("audit-verify"), QStringLiteral("--db"), db(QStringLiteral("missing.sqlite")) }).code,
            3);
        QCOMPARE(run({ QStringLiteral("audit-verify") }).code, 1);
    }

    // `demo --years N` (issue 23): years of reviews, visits and corrections through the clerk's services, each
    // audited, and the chain still verifies. The numbers are the same for the same seed.
    void demoYears()
    {
        const QString file = db(QStringLiteral("years.sqlite"));
        const QStringList args { QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--households"),
            QStringLiteral("30"), QStringLiteral("--years"), QStringLiteral("2"), QStringLiteral("--quiet"),
            QStringLiteral("--json") };
        Run r = run(args);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("households")).toInt(), 30);
        QCOMPARE(o.value(QStringLiteral("years")).toInt(), 2);
        const int reviews = o.value(QStringLiteral("reviews")).toInt();
        const int visits = o.value(QStringLiteral("visits")).toInt();
        const int edits = o.value(QStringLiteral("edits")).toInt();
        QVERIFY2(reviews >= 30 && visits >= 30 && edits > 0, qPrintable(r.out));

        // Every review, visit and correction left audit entries (the creation is one per household).
        r = run({ QStringLiteral("audit-verify"), QStringLiteral("--db"), file, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.json().object().value(QStringLiteral("ok")).toBool());
        QVERIFY2(r.json().object().value(QStringLiteral("entries")).toInt() > 1 + 30 + reviews + visits + edits,
            qPrintable(r.out));
        QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--db"), file }).code, 0);

        const QString again = db(QStringLiteral("years-again.sqlite"));
        QStringList sameSeed = args;
        sameSeed[2] = again;
        r = run(sameSeed);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("reviews")).toInt(), reviews);
        QCOMPARE(r.json().object().value(QStringLiteral("edits")).toInt(), edits);

        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--db"), db(QStringLiteral("years-bad.sqlite")),
                         QStringLiteral("--households"), QStringLiteral("3"), QStringLiteral("--years"),
                         QStringLiteral("-1") })
                     .code,
            1);
    }

    // The command under a file-size limit (`ulimit -f`, in KiB), as on a disk that fills up.
    Run runLimited(int kib, const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(signInEnvironment(QLatin1String(Admin), m_adminPassword));
        p.setProgram(QStringLiteral("bash"));
        p.setArguments(QStringList { QStringLiteral("-c"),
                           QStringLiteral("ulimit -f %1; trap '' XFSZ; exec \"$0\" \"$@\"").arg(kib), m_cli }
            + args);
        p.start();
        if (!p.waitForFinished(120000))
            qFatal("safetynet-cli did not finish");
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    void readOnlyDatabase()
    {
        const QString file = db(QStringLiteral("readonly.sqlite"));
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--households"),
                         QStringLiteral("5"), QStringLiteral("--quiet") })
                     .code,
            0);
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
        for (const QStringList &args : { QStringList { QStringLiteral("demo"), QStringLiteral("--households"),
                                             QStringLiteral("1"), QStringLiteral("--quiet") },
                 QStringList { QStringLiteral("stats") } }) {
            const Run r = run(args + QStringList { QStringLiteral("--db"), file });
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.contains(QStringLiteral("is read-only, so SafetyNet cannot save anything in it")),
                qPrintable(r.err));
            QCOMPARE(r.err.count(u'\n'), 1);
        }
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(households(file), 5);
        QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--db"), file }).code, 0);
    }

    void fullDisk()
    {
        const QString file = db(QStringLiteral("full/station.sqlite"));
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--households"),
                         QStringLiteral("200"), QStringLiteral("--quiet") })
                     .code,
            0);
        QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--db"), file }).code, 0); // leaves the WAL checkpointed
        const int kib = int(QFileInfo(file).size() / 1024 / 2);

        // Backup: the copy cannot be written.
        const QString out = db(QStringLiteral("full/copy.sqlite"));
        Run r
            = runLimited(kib, { QStringLiteral("backup"), QStringLiteral("--db"), file, QStringLiteral("--out"), out });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("no backup was made"))
                && r.err.contains(QStringLiteral("nothing of this operation was saved")),
            qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));

        // Ledger import: the journal cannot grow; nothing of the ledger arrives.
        QByteArray csv
            = "序号,乡镇（街道）,村（社区）,户主姓名,身份证号,与户主关系,家庭住址,联系电话,救助类别,人口数,保障金额\n";
        for (int i = 0; i < 1500; ++i) {
            const QString first17 = QStringLiteral("630105")
                + QDate(1945, 1, 1).addDays(i * 5).toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("997");
            static const char check[] = "10X98765432";
            static const int weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
            int sum = 0;
            for (int k = 0; k < 17; ++k)
                sum += first17.at(k).digitValue() * weights[k];
            csv += QStringLiteral("%1,朝阳街道,北园村,台账户%1,%2%3,户主,北园村9社%1号,,低保,1,500\n")
                       .arg(i + 1)
                       .arg(first17)
                       .arg(QLatin1Char(check[sum % 11]))
                       .toUtf8();
        }
        QFile ledger(db(QStringLiteral("full/ledger.csv")));
        QVERIFY(ledger.open(QIODevice::WriteOnly));
        ledger.write(csv);
        ledger.close();
        r = runLimited(kib, { QStringLiteral("import-ledger"), QStringLiteral("--db"), file, ledger.fileName() });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("nothing of this operation was saved")), qPrintable(r.err));
        QCOMPARE(households(file), 200);
        QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--db"), file }).code, 0);
        QCOMPARE(run({ QStringLiteral("import-ledger"), QStringLiteral("--db"), file, ledger.fileName() }).code, 0);
        QCOMPARE(households(file), 1700);
    }

    // import-ledger --valid-only --rejects: the valid households arrive, the bad one's rows come back with their
    // reason; without --valid-only nothing arrives; an unreadable file writes neither.
    void importLedgerValidOnlyWithRejects()
    {
        const QString file = db(QStringLiteral("rejects.sqlite"));
        QCOMPARE(run({ QStringLiteral("init"), QStringLiteral("--db"), file, QStringLiteral("--township"),
                         QStringLiteral("城北区"), QStringLiteral("--station"), QStringLiteral("区民政局") })
                     .code,
            0);
        QByteArray csv = "序号,乡镇（街道）,村（社区）,户主姓名,姓名,身份证号,与户主关系\n";
        csv += QStringLiteral("1,朝阳街道,北园村,张一,张一,%1,户主\n")
                   .arg(idNumber(QStringLiteral("1960-01-01"), 11))
                   .toUtf8();
        csv += QStringLiteral("2,朝阳街道,北园村,李二,李二,%1,户主\n")
                   .arg(idNumber(QStringLiteral("1961-02-02"), 21))
                   .toUtf8();
        csv += "3,朝阳街道,北园村,李二,李小二,630105201001010000,子\n"; // a wrong check character
        csv += QStringLiteral("4,朝阳街道,北园村,王三,王三,%1,户主\n")
                   .arg(idNumber(QStringLiteral("1962-03-03"), 31))
                   .toUtf8();
        QFile ledger(db(QStringLiteral("mixed.csv")));
        QVERIFY(ledger.open(QIODevice::WriteOnly));
        ledger.write(csv);
        ledger.close();
        const QString rejects = db(QStringLiteral("rejects.xlsx"));
        Run r = run({ QStringLiteral("import-ledger"), QStringLiteral("--db"), file, ledger.fileName() });
        QCOMPARE(r.code, 2);
        QCOMPARE(households(file), 0);
        r = run({ QStringLiteral("import-ledger"), QStringLiteral("--db"), file, ledger.fileName(),
            QStringLiteral("--valid-only"), QStringLiteral("--rejects"), rejects, QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QCOMPARE(households(file), 2);
        QCOMPARE(r.json().object().value(QStringLiteral("imported_households")).toInt(), 2);
        QCOMPARE(r.json().object().value(QStringLiteral("rejected_rows")).toInt(), 2);
        QVERIFY(QFile::exists(rejects));
        const QString broken = db(QStringLiteral("broken.xlsx"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray("PK\x03\x04", 4) + QByteArray(300, 'x'));
        b.close();
        const QString noRejects = db(QStringLiteral("none.xlsx"));
        r = run({ QStringLiteral("import-ledger"), QStringLiteral("--db"), file, broken, QStringLiteral("--valid-only"),
            QStringLiteral("--rejects"), noRejects });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("broken.xlsx")), qPrintable(r.err));
        QVERIFY(!QFile::exists(noRejects));
        QCOMPARE(households(file), 2);
    }

    void householdAddShowUpdateRemove()
    {
        const QString file = db(QStringLiteral("households.sqlite"));
        QCOMPARE(run({ QStringLiteral("init"), QStringLiteral("--db"), file, QStringLiteral("--township"),
                         QStringLiteral("城北区"), QStringLiteral("--station"), QStringLiteral("区民政局") })
                     .code,
            0);
        const QByteArray json
            = R"({"township": "朝阳街道", "village": "北园村", "address": "北园村3社15号", "phone": "13897001234",
            "start_date": "2025-01-01",
            "members": [{"name": "张三", "id_number": "630105198001010018", "relation": "户主"},
                        {"name": "李四", "id_number": "630105195503150025", "relation": "母亲", "disability_grade": 2}],
            "incomes": [{"member": 0, "kind": "wage", "monthly_amount": "600元"}]})";
        Run r = run({ QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--db"), file,
                        QStringLiteral("--json"), QStringLiteral("-") },
            json);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject added = r.json().object();
        const QString id = added.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(added.value(QStringLiteral("category")).toString(), QStringLiteral("dibao")); // 300 yuan per person
        QCOMPARE(added.value(QStringLiteral("area_type")).toString(), QStringLiteral("rural"));
        const QJsonObject head = added.value(QStringLiteral("members")).toArray().at(0).toObject();
        QCOMPARE(head.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1980-01-01"));
        QCOMPARE(head.value(QStringLiteral("id_number")).toString(), QStringLiteral("630105********0018")); // masked

        // The same person again in another household: refused, naming the field and the other household.
        QByteArray dup = json;
        dup.replace("北园村3社15号", "北园村3社16号");
        r = run({ QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--db"), file,
                    QStringLiteral("--json"), QStringLiteral("-") },
            dup);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("members[0].idNumber")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("张三")));
        QCOMPARE(households(file), 1);

        // A wrong check character: refused, nothing written.
        QByteArray bad = json;
        bad.replace("630105198001010018", "630105198001010019").replace("630105195503150025", "630105195503150033");
        r = run({ QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--db"), file,
                    QStringLiteral("--json"), QStringLiteral("-") },
            bad);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("members[0].idNumber")));
        QCOMPARE(households(file), 1);

        r = run({ QStringLiteral("household"), QStringLiteral("show"), id, QStringLiteral("--db"), file,
            QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("address")).toString(), QStringLiteral("北园村3社15号"));

        r = run({ QStringLiteral("household"), QStringLiteral("update"), id, QStringLiteral("--db"), file,
            QStringLiteral("--set"), QStringLiteral("address=北园村3社18号"), QStringLiteral("--set"),
            QStringLiteral("phone=13900000000"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("address")).toString(), QStringLiteral("北园村3社18号"));
        r = run({ QStringLiteral("household"), QStringLiteral("update"), id, QStringLiteral("--db"), file,
            QStringLiteral("--set"), QStringLiteral("status=gone") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("status")));
        r = run({ QStringLiteral("household"), QStringLiteral("update"), id, QStringLiteral("--db"), file,
            QStringLiteral("--set"), QStringLiteral("category=edge") });
        QCOMPARE(r.code, 2); // an override needs a reason
        QVERIFY(r.err.contains(QStringLiteral("category")));

        QCOMPARE(run({ QStringLiteral("household"), QStringLiteral("remove"), id, QStringLiteral("--db"), file }).code,
            2); // no reason
        QCOMPARE(run({ QStringLiteral("household"), QStringLiteral("remove"), id, QStringLiteral("--db"), file,
                         QStringLiteral("--reason"), QStringLiteral("迁出") })
                     .code,
            0);
        QCOMPARE(
            run({ QStringLiteral("household"), QStringLiteral("show"), id, QStringLiteral("--db"), file }).code, 2);
        QCOMPARE(households(file), 0);
        QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--db"), file }).code, 0);
    }

    // Issue 16 at the command line, at the bureau (standards and the policy catalogue are the district's: a
    // township's station holds no district administrator), and a lead at a township's own station.
    void domainCorrections()
    {
        const QString file = db(QStringLiteral("bureau.sqlite"));
        QCOMPARE(run(at(file,
                         { QStringLiteral("init"), QStringLiteral("--township"), QStringLiteral("城北区"),
                             QStringLiteral("--station"), QStringLiteral("区民政局") }))
                     .code,
            0);

        // 4. A lone 15-year-old, no category given: 特困 (under 16), no override reason asked for.
        const QByteArray boy
            = QStringLiteral(R"({"township": "朝阳街道", "village": "北园村", "address": "北园村1社2号",
            "members": [{"name": "小明", "id_number": "%1"}]})")
                  .arg(idNumber(QStringLiteral("2011-03-01"), 11))
                  .toUtf8();
        Run r = run(
            at(file,
                { QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") }),
            boy);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("category")).toString(), QStringLiteral("tekun"));
        const QString boyId = r.json().object().value(QStringLiteral("id")).toString();
        // A 17-year-old alone is not 特困.
        const QByteArray girl
            = QStringLiteral(R"({"township": "朝阳街道", "village": "北园村", "address": "北园村1社3号",
            "members": [{"name": "小红", "id_number": "%1"}]})")
                  .arg(idNumber(QStringLiteral("2009-05-01"), 22))
                  .toUtf8();
        r = run(
            at(file,
                { QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") }),
            girl);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("category")).toString(), QStringLiteral("dibao"));

        // 1. Neither has a start date: both are still scheduled.
        r = run(at(file,
            { QStringLiteral("reviews"), QStringLiteral("--due-before"), QStringLiteral("2028-01-01"),
                QStringLiteral("--json") }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList scheduled;
        for (const QJsonValue &t : r.json().array())
            scheduled.append(t.toObject().value(QStringLiteral("household_id")).toString());
        QVERIFY2(scheduled.contains(boyId), qPrintable(r.out));

        // 7. The standards: placeholders until the district enters them; set one and it is no longer.
        r = run(at(file, { QStringLiteral("standards"), QStringLiteral("list"), QStringLiteral("--json") }));
        QCOMPARE(r.code, 0);
        QVERIFY(!r.json().array().isEmpty());
        QVERIFY(r.json().array().first().toObject().value(QStringLiteral("placeholder")).toBool());
        r = run(at(file,
            { QStringLiteral("standards"), QStringLiteral("set"), QStringLiteral("--year"), QStringLiteral("2026"),
                QStringLiteral("--area"), QStringLiteral("rural"), QStringLiteral("--dibao"), QStringLiteral("705"),
                QStringLiteral("--income"), QStringLiteral("16800") }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run(at(file, { QStringLiteral("standards"), QStringLiteral("list"), QStringLiteral("--json") }));
        bool found = false;
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("year")).toInt() == 2026
                && o.value(QStringLiteral("area")).toString() == QLatin1String("rural")) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("dibao")).toString(), QStringLiteral("705.00"));
                QCOMPARE(o.value(QStringLiteral("income")).toString(), QStringLiteral("16800.00"));
                QVERIFY(!o.value(QStringLiteral("placeholder")).toBool());
            }
        }
        QVERIFY(found);
        QCOMPARE(run(at(file,
                         { QStringLiteral("standards"), QStringLiteral("set"), QStringLiteral("--year"),
                             QStringLiteral("2026"), QStringLiteral("--area"), QStringLiteral("town"),
                             QStringLiteral("--dibao"), QStringLiteral("705") }))
                     .code,
            2);
        // A year before any standard: an error naming the year, nothing stored.
        r = run({ QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--db"), file,
                    QStringLiteral("--today"), QStringLiteral("2021-06-01"), QStringLiteral("--json"),
                    QStringLiteral("-") },
            QStringLiteral(R"({"township": "朝阳街道", "village": "北园村",
            "members": [{"name": "王五", "id_number": "%1"}]})")
                .arg(idNumber(QStringLiteral("1980-02-02"), 33))
                .toUtf8());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("2021")), qPrintable(r.err));

        // 6. A lead without "township" at the township's station is the station's.
        const QString township = db(QStringLiteral("township.sqlite"));
        QCOMPARE(run(at(township,
                         { QStringLiteral("init"), QStringLiteral("--township"), QStringLiteral("朝阳街道"),
                             QStringLiteral("--station"), QStringLiteral("朝阳窗口") }))
                     .code,
            0);
        const QByteArray lead = R"({"person_name": "张大爷", "description": "独居老人家中断粮", "emergency": true})";
        r = run(at(township,
                    { QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") }),
            lead);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("township")).toString(), QStringLiteral("630105001"));
        r = run(
            at(file, { QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") }),
            QByteArray(R"({"township": "朝阳街道", "person_name": "张大爷", "description": "独居老人家中断粮",
                "emergency": true})"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("township")).toString(), QStringLiteral("630105001"));
        QVERIFY(r.json().object().value(QStringLiteral("answer")).isNull());
        const QString leadId = r.json().object().value(QStringLiteral("id")).toString();

        // 5. The catalogue and a referral from the command line; the letter then works.
        r = run(at(file,
                    { QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") }),
            R"({"department": "区残联", "name": "困难残疾人生活补贴", "eligibility": "低保家庭中的残疾人",
                    "materials": ["身份证", "残疾证"], "where": "区残联一楼", "contact": "0971-8123456"})");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString policy = r.json().object().value(QStringLiteral("id")).toString();
        QVERIFY(!policy.isEmpty());
        QCOMPARE(r.json().object().value(QStringLiteral("materials")).toString(), QStringLiteral("身份证\n残疾证"));
        QCOMPARE(
            run(at(file,
                    { QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") }),
                R"({"department": "区残联"})")
                .code,
            2);
        r = run(at(file, { QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--json") }));
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(
            run(at(file, { QStringLiteral("referral"), QStringLiteral("add"), QStringLiteral("--household"), boyId }))
                .code,
            1); // no policy
        r = run(at(file,
            { QStringLiteral("referral"), QStringLiteral("add"), QStringLiteral("--household"), boyId,
                QStringLiteral("--policy"), policy, QStringLiteral("--json") }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString referral = r.json().object().value(QStringLiteral("id")).toString();
        QCOMPARE(r.json().object().value(QStringLiteral("follow_up_on")).toString(), QStringLiteral("2026-12-12"));
        r = run(at(file,
            { QStringLiteral("referral"), QStringLiteral("list"), QStringLiteral("--due"), QStringLiteral("--json") }));
        QCOMPARE(r.json().array().size(), 0);
        r = run({ QStringLiteral("referral"), QStringLiteral("list"), QStringLiteral("--due"), QStringLiteral("--json"),
            QStringLiteral("--db"), file, QStringLiteral("--today"), QStringLiteral("2026-12-12") });
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(
            r.json().array().first().toObject().value(QStringLiteral("head_name")).toString(), QStringLiteral("小明"));
        QCOMPARE(run(at(file,
                         { QStringLiteral("referral"), QStringLiteral("status"), referral, QStringLiteral("--to"),
                             QStringLiteral("declined") }))
                     .code,
            2);
        QCOMPARE(run(at(file,
                         { QStringLiteral("referral"), QStringLiteral("status"), referral, QStringLiteral("--to"),
                             QStringLiteral("accepted") }))
                     .code,
            0);
        r = run(at(file, { QStringLiteral("referral"), QStringLiteral("list"), QStringLiteral("--json") }));
        QCOMPARE(
            r.json().array().first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        // From the lead: at the field check, linked to its household, a referral decides it "referred".
        for (const char *step : { "verified", "window", "field_check" })
            QCOMPARE(run(at(file,
                             { QStringLiteral("lead"), QStringLiteral("advance"), leadId, QStringLiteral("--to"),
                                 QLatin1String(step) }))
                         .code,
                0);
        r = run(at(file,
            { QStringLiteral("referral"), QStringLiteral("add"), QStringLiteral("--lead"), leadId,
                QStringLiteral("--policy"), policy }));
        QCOMPARE(r.code, 2); // not linked to a household yet
        QVERIFY2(r.err.contains(QStringLiteral("household")), qPrintable(r.err));
        QCOMPARE(
            run(at(file,
                    { QStringLiteral("lead"), QStringLiteral("link"), leadId, QStringLiteral("--household"), boyId }))
                .code,
            0);
        r = run(at(file,
            { QStringLiteral("referral"), QStringLiteral("add"), QStringLiteral("--lead"), leadId,
                QStringLiteral("--policy"), policy, QStringLiteral("--json") }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("lead_id")).toString(), leadId);
        r = run(at(file, { QStringLiteral("lead"), QStringLiteral("show"), leadId, QStringLiteral("--json") }));
        QCOMPARE(r.json().object().value(QStringLiteral("decision")).toString(), QStringLiteral("referred"));
        QCOMPARE(r.json().object().value(QStringLiteral("answer")).toString(), QStringLiteral("referred"));

        const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
        r = run(at(
            file, { QStringLiteral("letter"), QStringLiteral("--referral"), referral, QStringLiteral("--out"), pdf }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(pdf).size() > 1000);

        // 3. Cards: the 特困 boy gets one; a 低保边缘 household asked for by id is skipped, with the reason.
        const QByteArray edge = QStringLiteral(
            R"({"township": "朝阳街道", "village": "北园村", "address": "北园村4社2号", "category": "低保边缘",
            "category_override_reason": "台账记载", "members": [{"name": "马六", "id_number": "%1"}]})")
                                    .arg(idNumber(QStringLiteral("1975-07-07"), 44))
                                    .toUtf8();
        r = run(
            at(file,
                { QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") }),
            edge);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString edgeId = r.json().object().value(QStringLiteral("id")).toString();
        r = run(at(file,
            { QStringLiteral("cards"), QStringLiteral("--household"), edgeId, QStringLiteral("--out"),
                m_dir.filePath(QStringLiteral("edge.pdf")) }));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("特困")), qPrintable(r.err));
        const QByteArray adult
            = QStringLiteral(R"({"township": "朝阳街道", "village": "北园村", "address": "北园村1社9号",
            "members": [{"name": "韩建国", "id_number": "%1"}]})")
                  .arg(idNumber(QStringLiteral("1984-04-04"), 55))
                  .toUtf8();
        r = run(
            at(file,
                { QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") }),
            adult);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("category")).toString(), QStringLiteral("dibao"));
        r = run(at(file,
            { QStringLiteral("cards"), QStringLiteral("--township"), QStringLiteral("朝阳街道"),
                QStringLiteral("--layout"), QStringLiteral("a5"), QStringLiteral("--json"), QStringLiteral("--out"),
                m_dir.filePath(QStringLiteral("cards.pdf")) }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // 韩建国 (低保) only: never 马六 (低保边缘); the children 小明 and 小红 get none (minors are never posted).
        QCOMPARE(r.json().object().value(QStringLiteral("pages")).toInt(), 1);
    }

    // `search` finds what the registry finds and shows ID numbers masked, as the registry does.
    void searchCommand()
    {
        const QString file = db(QStringLiteral("search.sqlite"));
        QCOMPARE(run(at(file,
                         { QStringLiteral("init"), QStringLiteral("--township"), QStringLiteral("城北区"),
                             QStringLiteral("--station"), QStringLiteral("区") }))
                     .code,
            0);
        const QString id = idNumber(QStringLiteral("1975-03-03"), 21);
        const QByteArray json
            = QStringLiteral(R"({"township": "朝阳街道", "village": "北园村", "address": "北园村2社8号",
            "members": [{"name": "单建华", "id_number": "%1"}]})")
                  .arg(id)
                  .toUtf8();
        Run r = run(
            at(file,
                { QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") }),
            json);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString household = r.json().object().value(QStringLiteral("id")).toString();
        const QString old15 = id.left(6) + id.mid(8, 9); // the same number before 1999: no "19", no check character
        // As the name is said (单 as a surname is shan), in traditional characters, with a lower-case x.
        for (const QString &typed : { QStringLiteral("单建华"), id, id.right(4), old15, QStringLiteral("shanjianhua"),
                 QStringLiteral("sjh"), QStringLiteral("單建華"), id.toLower() }) {
            r = run(at(file, { QStringLiteral("search"), typed, QStringLiteral("--json") }));
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(r.json().array().size(), 1);
            const QJsonObject o = r.json().array().first().toObject();
            QCOMPARE(o.value(QStringLiteral("id")).toString(), household);
            QCOMPARE(o.value(QStringLiteral("township")).toString(), QStringLiteral("朝阳街道"));
            QVERIFY2(o.value(QStringLiteral("id_number")).toString().contains(QStringLiteral("********")),
                qPrintable(r.out));
        }
        // Why it matched, as the registry's Matched column says it.
        r = run(at(file, { QStringLiteral("search"), QStringLiteral("shan"), QStringLiteral("--json") }));
        QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("matched")).toString(),
            QStringLiteral("pinyin of 单建华, 单 as shan (surname)"));
        r = run(at(file, { QStringLiteral("search"), old15 }));
        QVERIFY2(r.out.contains(QStringLiteral("ID number of 单建华, from its 15-digit form")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(id), qPrintable(r.out)); // masked
        r = run(at(file, { QStringLiteral("search"), QStringLiteral("danjianhua"), QStringLiteral("--json") }));
        QCOMPARE(r.json().array().size(), 0);
        r = run(at(file,
            { QStringLiteral("search"), QStringLiteral("单建华"), QStringLiteral("--township"),
                QStringLiteral("马坊街道"), QStringLiteral("--json") }));
        QCOMPARE(r.json().array().size(), 0);
        QCOMPARE(run(at(file,
                         { QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--township"),
                             QStringLiteral("火星") }))
                     .code,
            2);
        QCOMPARE(run(at(file, { QStringLiteral("search") })).code, 1);
    }

    void userAddAndList()
    {
        const QString file = db(QStringLiteral("users.sqlite"));
        const QStringList init { QStringLiteral("init"), QStringLiteral("--db"), file, QStringLiteral("--township"),
            QStringLiteral("马坊街道"), QStringLiteral("--station"), QStringLiteral("马坊") };
        QCOMPARE(runAs({}, {}, init).code, 0); // a station without an account, as older versions made them
        Run r = runAs({}, {},
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), file, QStringLiteral("--username"),
                QStringLiteral("clerk"), QStringLiteral("--role"), QStringLiteral("township_clerk"),
                QStringLiteral("--password-stdin") },
            "clerk-password\n");
        QCOMPARE(r.code, 2); // the first account must be an administrator
        r = runAs({}, {},
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), file, QStringLiteral("--username"),
                QStringLiteral("admin"), QStringLiteral("--role"), QStringLiteral("district_admin"),
                QStringLiteral("--password-stdin") },
            "admin-password-2026\n");
        QCOMPARE(r.code, 0);
        // Later accounts: signed in, and a password that is not short, the name, or a common one.
        const QStringList addClerk { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), file,
            QStringLiteral("--username"), QStringLiteral("clerk"), QStringLiteral("--role"),
            QStringLiteral("township_clerk"), QStringLiteral("--township"), QStringLiteral("马坊"),
            QStringLiteral("--password-stdin") };
        QCOMPARE(runAs({}, {}, addClerk, "clerk-password\n").code, 1);
        for (const QByteArray &weak :
            { QByteArray("short"), QByteArray("clerk"), QByteArray("12345678"), QByteArray("Password1") }) {
            r = run(addClerk, weak + "\n");
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(r.err));
        }
        QCOMPARE(run(addClerk, "clerk-password\n").code, 0);
        r = run(
            { QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), file, QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().array().size(), 2);
        QVERIFY(!r.out.contains(QStringLiteral("argon2")));
        // 马坊's station is bound to its township: the first account administers 马坊, and no account there may
        // hold a district-wide role.
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject u = v.toObject();
            QCOMPARE(u.value(QStringLiteral("role")).toString(),
                u.value(QStringLiteral("username")).toString() == QLatin1String("admin")
                    ? QStringLiteral("township_admin")
                    : QStringLiteral("township_clerk"));
            QVERIFY(!u.value(QStringLiteral("township")).toString().isEmpty());
        }
        for (const char *districtRole : { "district_admin", "auditor" }) {
            r = run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), file,
                        QStringLiteral("--username"), QStringLiteral("boss"), QStringLiteral("--role"),
                        QLatin1String(districtRole), QStringLiteral("--password-stdin") },
                "boss-password-2026\n");
            QCOMPARE(r.code, 2);
        }
    }

    // Every command that reads personal data or changes anything signs in; a password file others may read is
    // refused; a disabled account is refused; a reset password must be changed at the desk first.
    void signInAndAccounts()
    {
        const QString file = db(QStringLiteral("accounts.sqlite"));
        QCOMPARE(run({ QStringLiteral("init"), QStringLiteral("--db"), file, QStringLiteral("--township"),
                         QStringLiteral("城北区"), QStringLiteral("--station"), QStringLiteral("区民政局") })
                     .code,
            0);
        const QStringList stats { QStringLiteral("stats"), QStringLiteral("--db"), file };
        Run r = runAs({}, {}, stats);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--user")) && r.err.contains(QStringLiteral("--password-file")),
            qPrintable(r.err));
        QCOMPARE(run(stats).code, 0);
        QCOMPARE(runAs({}, {},
                     stats
                         + QStringList { QStringLiteral("--user"), QLatin1String(Admin),
                             QStringLiteral("--password-file"), m_adminPassword })
                     .code,
            0);
        const QString wrong = passwordFile(QStringLiteral("wrong.pw"), "not-the-password");
        QCOMPARE(runAs(QLatin1String(Admin), wrong, stats).code, 2);
        const QString open = passwordFile(QStringLiteral("open.pw"), "admin-password-2026");
        QVERIFY(QFile::setPermissions(open, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        r = runAs(QLatin1String(Admin), open, stats);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("chmod 600")), qPrintable(r.err));
        // idcheck and keygen need no account.
        QCOMPARE(runAs({}, {}, { QStringLiteral("idcheck"), idNumber(QStringLiteral("1980-01-01"), 11) }).code, 0);

        const QString clerkPassword = passwordFile(QStringLiteral("clerk.pw"), "clerk-password");
        QCOMPARE(run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), file,
                         QStringLiteral("--username"), QStringLiteral("clerk"), QStringLiteral("--role"),
                         QStringLiteral("township_clerk"), QStringLiteral("--township"), QStringLiteral("朝阳街道"),
                         QStringLiteral("--password-stdin") },
                     "clerk-password\n")
                     .code,
            0);
        QCOMPARE(runAs(QStringLiteral("clerk"), clerkPassword, stats).code, 0);
        // A clerk may not manage accounts.
        QCOMPARE(runAs(QStringLiteral("clerk"), clerkPassword,
                     { QStringLiteral("user"), QStringLiteral("disable"), QLatin1String(Admin), QStringLiteral("--db"),
                         file })
                     .code,
            2);

        // Disabled: refused; enabled: signs in again. --today does not move the audit log's time.
        QCOMPARE(run({ QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("clerk"),
                         QStringLiteral("--db"), file, QStringLiteral("--today"), QStringLiteral("2020-01-01") })
                     .code,
            0);
        r = runAs(QStringLiteral("clerk"), clerkPassword, stats);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("disabled")), qPrintable(r.err));
        QCOMPARE(run({ QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("clerk"),
                         QStringLiteral("--db"), file })
                     .code,
            0);
        QCOMPARE(runAs(QStringLiteral("clerk"), clerkPassword, stats).code, 0);
        {
            QSqlDatabase audit = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
            audit.setDatabaseName(file);
            QVERIFY(audit.open());
            QSqlQuery q(audit);
            QVERIFY(q.exec(QStringLiteral("SELECT at FROM audit_log WHERE field = 'active' ORDER BY seq LIMIT 1")));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toString().startsWith(QDate::currentDate().toString(Qt::ISODate)),
                qPrintable(q.value(0).toString()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("audit"));

        // Reset: the old password no longer works, the new one must first be changed at the desk.
        QCOMPARE(run({ QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("clerk"), QStringLiteral("--db"),
                         file, QStringLiteral("--password-stdin") },
                     "temporary-2026\n")
                     .code,
            0);
        QCOMPARE(runAs(QStringLiteral("clerk"), clerkPassword, stats).code, 2);
        r = runAs(QStringLiteral("clerk"), passwordFile(QStringLiteral("temp.pw"), "temporary-2026"), stats);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("reset")), qPrintable(r.err));

        // Role and area change.
        QCOMPARE(run({ QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("clerk"),
                         QStringLiteral("--role"), QStringLiteral("auditor"), QStringLiteral("--db"), file })
                     .code,
            0);
        r = run(
            { QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), file, QStringLiteral("--json") });
        bool found = false;
        for (const QJsonValue &v : r.json().array()) {
            if (v.toObject().value(QStringLiteral("username")).toString() == QLatin1String("clerk")) {
                found = true;
                QCOMPARE(v.toObject().value(QStringLiteral("role")).toString(), QStringLiteral("auditor"));
                QCOMPARE(v.toObject().value(QStringLiteral("must_change_password")).toBool(), true);
            }
        }
        QVERIFY(found);
        // The last administrator cannot be disabled, not even by itself.
        QCOMPARE(run({ QStringLiteral("user"), QStringLiteral("disable"), QLatin1String(Admin), QStringLiteral("--db"),
                         file })
                     .code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
