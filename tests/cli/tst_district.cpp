// A district as it is deployed (issue 18): the bureau's station enrols two township windows, they join from
// their enrolment files, everyone syncs through one share. Each township's file holds its own township's
// personal data only, accounts managed at the bureau reach the windows, and a bundle a township window forges
// about another township is refused whole.
#include "database/ChangeCapture.h"
#include "database/Database.h"
#include "database/SyncedRowStore.h"
#include "services/sync/Bundle.h"
#include "services/sync/KeyRing.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;

class TestDistrict : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_share;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString bureau() const { return path(QStringLiteral("bureau.sqlite")); }
    QString chaoyang() const { return path(QStringLiteral("chaoyang.sqlite")); }
    QString mafang() const { return path(QStringLiteral("mafang.sqlite")); }

    QString passwordFile(const QString &name, const QByteArray &password)
    {
        const QString file = path(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(file));
        f.write(password + "\n");
        f.close();
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return file;
    }

    // The command signed in as `user` (empty: no account at all).
    Run runAs(const QString &user, const QStringList &args, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SAFETYNET_USER"));
        env.remove(QStringLiteral("SAFETYNET_PASSWORD_FILE"));
        if (!user.isEmpty()) {
            env.insert(QStringLiteral("SAFETYNET_USER"), user);
            env.insert(QStringLiteral("SAFETYNET_PASSWORD_FILE"), path(user + QStringLiteral(".pw")));
        }
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(m_cli, args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("safetynet-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    Run sync(const QString &db)
    {
        return runAs({},
            { QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--share"), m_share,
                QStringLiteral("--json") });
    }

    void syncAll()
    {
        for (int round = 0; round < 2; ++round) {
            for (const QString &db : { bureau(), chaoyang(), mafang() }) {
                const Run r = sync(db);
                QVERIFY2(r.code == 0, qPrintable(r.err));
                QVERIFY2(r.json().object().value(QStringLiteral("refused")).toArray().isEmpty(), qPrintable(r.out));
            }
        }
    }

    // Every value of one column, read straight from a station file.
    static QStringList column(const QString &file, const QString &statement)
    {
        QStringList values;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(file);
            db.open();
            QSqlQuery q(db);
            q.exec(statement);
            while (q.next())
                values.append(q.value(0).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return values;
    }

    // The raw bytes of a station: its file and its write-ahead log.
    static QByteArray rawBytes(const QString &file)
    {
        QByteArray all;
        for (const QString &f : { file, file + QStringLiteral("-wal") }) {
            QFile in(f);
            if (in.open(QIODevice::ReadOnly))
                all += in.readAll();
        }
        return all;
    }

    QString addHousehold(const QString &user, const QString &db, const QByteArray &json)
    {
        const Run r = runAs(user,
            { QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                QStringLiteral("-") },
            json);
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toString();
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("SN_CLI");
        QVERIFY2(QFile::exists(m_cli), "SN_CLI must point at safetynet-cli");
        QVERIFY(m_dir.isValid());
        m_share = path(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(m_share));
        for (const char *user : { "chief", "cy-admin", "mf-admin", "cy-clerk" })
            passwordFile(QLatin1String(user) + QStringLiteral(".pw"), QByteArray(user) + "-password-2026");
    }

    void enrolAndJoin()
    {
        Run r = runAs({},
            { QStringLiteral("init"), QStringLiteral("--db"), bureau(), QStringLiteral("--township"),
                QStringLiteral("城北区"), QStringLiteral("--station"), QStringLiteral("民政局"),
                QStringLiteral("--admin"), QStringLiteral("chief"), QStringLiteral("--password-file"),
                path(QStringLiteral("chief.pw")) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        struct Window
        {
            const char *township, *station, *file, *db, *admin;
        };
        for (const Window &w : { Window { "朝阳街道", "朝阳-窗口1", "cy.enrol", "chaoyang.sqlite", "cy-admin" },
                 Window { "马坊街道", "马坊-窗口1", "mf.enrol", "mafang.sqlite", "mf-admin" } }) {
            const QString enrolment = path(QLatin1String(w.file));
            // Enrolling signs in: without an account, nothing is written.
            r = runAs({},
                { QStringLiteral("enrol"), QStringLiteral("--db"), bureau(), QStringLiteral("--township"),
                    QString::fromUtf8(w.township), QStringLiteral("--station"), QString::fromUtf8(w.station),
                    QStringLiteral("--out"), enrolment },
                "window-passphrase\n");
            QCOMPARE(r.code, 1);
            QVERIFY(!QFile::exists(enrolment));
            r = runAs(QStringLiteral("chief"),
                { QStringLiteral("enrol"), QStringLiteral("--db"), bureau(), QStringLiteral("--township"),
                    QString::fromUtf8(w.township), QStringLiteral("--station"), QString::fromUtf8(w.station),
                    QStringLiteral("--out"), enrolment },
                "window-passphrase\n");
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QStringList joinArgs { QStringLiteral("join"), QStringLiteral("--db"), path(QLatin1String(w.db)),
                enrolment, QStringLiteral("--admin"), QLatin1String(w.admin), QStringLiteral("--password-file"),
                path(QLatin1String(w.admin) + QStringLiteral(".pw")) };
            r = runAs({}, joinArgs, "a-wrong-passphrase\n");
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("passphrase")), qPrintable(r.err));
            QVERIFY(!QFile::exists(path(QLatin1String(w.db))));
            r = runAs({}, joinArgs, "window-passphrase\n");
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        // Every station holds its keys: no key file anywhere.
        syncAll();
    }

    void townshipHoldsItsOwnOnly()
    {
        const QString cyId = addHousehold(QStringLiteral("cy-admin"), chaoyang(),
            R"({"township": "朝阳街道", "village": "北园村", "address": "北园村3社15号", "start_date": "2025-01-01",
                "members": [{"name": "张三", "id_number": "630105198001010018", "relation": "户主"}]})");
        QVERIFY(!cyId.isEmpty());
        const QString mfId = addHousehold(QStringLiteral("mf-admin"), mafang(),
            R"({"township": "马坊街道", "village": "西杏园社区", "address": "马坊东路7号", "start_date": "2025-01-01",
                "members": [{"name": "王五", "id_number": "630105195503150025", "relation": "户主"},
                            {"name": "王小妹", "id_number": "630105201503150023", "relation": "女儿"}]})");
        QVERIFY(!mfId.isEmpty());
        Run r = runAs(QStringLiteral("chief"),
            { QStringLiteral("demo"), QStringLiteral("--db"), bureau(), QStringLiteral("--households"),
                QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--quiet") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        syncAll();

        // The bureau holds both windows' households.
        QVERIFY(column(bureau(), QStringLiteral("SELECT id FROM households")).contains(mfId));
        QVERIFY(column(bureau(), QStringLiteral("SELECT id FROM households")).contains(cyId));
        // 朝阳's file holds 朝阳's households and not one ID number of a 马坊 household, in the file or its log.
        const QStringList mafangIds = column(bureau(),
            QStringLiteral("SELECT m.id_number FROM members m JOIN households h ON h.id = m.household_id WHERE "
                           "h.township_code = '630105003' AND length(m.id_number) = 18"));
        QVERIFY(mafangIds.size() > 5);
        QVERIFY(mafangIds.contains(QStringLiteral("630105201503150023")));
        const QByteArray raw = rawBytes(chaoyang());
        for (const QString &id : mafangIds)
            QVERIFY2(!raw.contains(id.toLatin1()), qPrintable(id));
        const QStringList chaoyangIds = column(bureau(),
            QStringLiteral("SELECT m.id_number FROM members m JOIN households h ON h.id = m.household_id WHERE "
                           "h.township_code = '630105001' AND length(m.id_number) = 18"));
        QVERIFY(chaoyangIds.size() > 1);
        for (const QString &id : chaoyangIds)
            QVERIFY2(raw.contains(id.toLatin1()), qPrintable(id));
        QCOMPARE(column(chaoyang(), QStringLiteral("SELECT DISTINCT township_code FROM households")),
            QStringList { QStringLiteral("630105001") });
        // ... and the 马坊 household is nowhere to be read there.
        r = runAs(QStringLiteral("cy-admin"),
            { QStringLiteral("household"), QStringLiteral("show"), mfId, QStringLiteral("--db"), chaoyang() });
        QVERIFY(r.code != 0);
        QVERIFY(!r.out.contains(QStringLiteral("王五")));
    }

    void duplicateIdElsewhereIsNamedNotShown()
    {
        // 王五 is registered in 马坊: 朝阳 learns where from the ID index, not from whom.
        const Run r = runAs(QStringLiteral("cy-admin"),
            { QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--db"), chaoyang(),
                QStringLiteral("--json"), QStringLiteral("-") },
            R"({"township": "朝阳街道", "village": "北园村", "address": "北园村9号", "start_date": "2025-01-01",
                "members": [{"name": "王五", "id_number": "630105195503150025", "relation": "户主"}]})");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("马坊街道")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("马坊东路")), qPrintable(r.err));
    }

    void disabledAccountIsRefusedElsewhere()
    {
        Run r = runAs(QStringLiteral("chief"),
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), bureau(),
                QStringLiteral("--username"), QStringLiteral("cy-clerk"), QStringLiteral("--role"),
                QStringLiteral("township_clerk"), QStringLiteral("--township"), QStringLiteral("朝阳街道"),
                QStringLiteral("--password-stdin") },
            "cy-clerk-password-2026\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        syncAll();
        const QStringList stats { QStringLiteral("stats"), QStringLiteral("--db"), chaoyang() };
        r = runAs(QStringLiteral("cy-clerk"), stats);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The account of a 朝阳 clerk never reaches 马坊.
        QVERIFY(!column(mafang(), QStringLiteral("SELECT username FROM users")).contains(QStringLiteral("cy-clerk")));

        r = runAs(QStringLiteral("chief"),
            { QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("cy-clerk"), QStringLiteral("--db"),
                bureau() });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        syncAll();
        r = runAs(QStringLiteral("cy-clerk"), stats);
        QCOMPARE(r.code, 2);
    }

    void forgedBundleIsRefusedWhole()
    {
        // 朝阳's window, holding its own signing key, writes a bundle that changes a 马坊 household: sealed in its
        // own township's section, so 朝阳's key opens it, and signed correctly.
        const QString mfHousehold = column(
            bureau(), QStringLiteral("SELECT id FROM households WHERE township_code = '630105003' ORDER BY id LIMIT 1"))
                                        .value(0);
        QVERIFY(!mfHousehold.isEmpty());
        const QString addressBefore
            = column(bureau(), QStringLiteral("SELECT address FROM households WHERE id = '%1'").arg(mfHousehold))
                  .value(0);
        QByteArray forged;
        QString folder;
        {
            auto chaoyangDb = Database::open(chaoyang());
            auto bureauDb = Database::open(bureau());
            QVERIFY(chaoyangDb && bureauDb);
            auto ring = KeyRing::load(*chaoyangDb.value());
            QVERIFY(ring && ring->canSign());
            auto tables = ChangeCapture::tables(*bureauDb.value());
            QVERIFY(tables);
            SyncedRowStore store(*bureauDb.value(), tables.value());
            auto row = store.current(*store.table(QStringLiteral("households")), mfHousehold);
            QVERIFY(row && row.value());
            Row changed = *row.value();
            changed.values[changed.shape->indexOf(u"address")] = QStringLiteral("伪造的地址");
            changed.values[changed.shape->hlc] = QStringLiteral("999999999999999-000000-x");
            BundleHeader header;
            header.station = chaoyangDb.value()->stationId();
            header.stationName = QStringLiteral("朝阳-窗口1");
            folder = header.station;
            const QStringList sent
                = QDir(m_share + QLatin1Char('/') + folder).entryList({ QStringLiteral("*.bundle") }, QDir::Files);
            header.seq = sent.size() + 1;
            header.created = QDateTime::currentDateTimeUtc();
            auto sealed = Bundle::sealSigned(header,
                { BundleSection { QStringLiteral("630105001"),
                    { Change { QStringLiteral("households"), mfHousehold, row.value()->hlc(), changed, false } } } },
                ring.value());
            QVERIFY(sealed);
            forged = sealed.value();
        }
        QFile out(m_share + QLatin1Char('/') + folder + QLatin1Char('/')
            + QStringLiteral("%1.bundle")
                  .arg(QDir(m_share + QLatin1Char('/') + folder)
                              .entryList({ QStringLiteral("*.bundle") }, QDir::Files)
                              .size()
                          + 1,
                      8, 10, QLatin1Char('0')));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(forged);
        out.close();

        const Run r = sync(bureau());
        QCOMPARE(r.code, 0);
        const QJsonArray refused = r.json().object().value(QStringLiteral("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.at(0).toString().contains(QStringLiteral("refused whole")), qPrintable(r.out));
        QCOMPARE(column(bureau(), QStringLiteral("SELECT address FROM households WHERE id = '%1'").arg(mfHousehold))
                     .value(0),
            addressBefore);
    }

    void stationsMadeBeforeEnrolmentKeepWorking()
    {
        // The old way: a district key file, a bureau and a 马坊 window made with init, syncing with --key.
        const QString share = path(QStringLiteral("old-share"));
        QVERIFY(QDir().mkpath(share));
        const QString key = path(QStringLiteral("district.key"));
        QCOMPARE(runAs({}, { QStringLiteral("keygen"), QStringLiteral("--out"), key }).code, 0);
        const QString oldBureau = path(QStringLiteral("old-bureau.sqlite"));
        const QString oldWindow = path(QStringLiteral("old-window.sqlite"));
        for (const auto &[db, township] : { std::pair { oldBureau, QStringLiteral("城北区") },
                 std::pair { oldWindow, QStringLiteral("马坊街道") } }) {
            const Run r = runAs({},
                { QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--township"), township,
                    QStringLiteral("--station"), township, QStringLiteral("--admin"), QStringLiteral("chief"),
                    QStringLiteral("--password-file"), path(QStringLiteral("chief.pw")) });
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        Run r = runAs(QStringLiteral("chief"),
            { QStringLiteral("demo"), QStringLiteral("--db"), oldBureau, QStringLiteral("--households"),
                QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--quiet") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // A window that holds no keys and is given none cannot sync, and says how to get them.
        r = runAs({}, { QStringLiteral("sync"), QStringLiteral("--db"), oldWindow, QStringLiteral("--share"), share });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("enrol")), qPrintable(r.err));
        for (const QString &db : { oldBureau, oldWindow, oldBureau }) {
            r = runAs({},
                { QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--share"), share,
                    QStringLiteral("--key"), key });
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        const QString mafangHouseholds
            = QStringLiteral("SELECT count(*) FROM households WHERE township_code = '630105003'");
        QVERIFY(column(oldBureau, mafangHouseholds).value(0).toInt() > 0);
        QCOMPARE(column(oldWindow, mafangHouseholds), column(oldBureau, mafangHouseholds));
        // The key is kept: the next sync needs no --key.
        r = runAs({}, { QStringLiteral("sync"), QStringLiteral("--db"), oldWindow, QStringLiteral("--share"), share });
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // The old bureau enrols a new 马坊 window, which receives 马坊's households and no other township's.
        const QString enrolment = path(QStringLiteral("mf2.enrol"));
        r = runAs(QStringLiteral("chief"),
            { QStringLiteral("enrol"), QStringLiteral("--db"), oldBureau, QStringLiteral("--township"),
                QStringLiteral("马坊街道"), QStringLiteral("--station"), QStringLiteral("马坊-窗口2"),
                QStringLiteral("--out"), enrolment },
            "window-passphrase\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString newWindow = path(QStringLiteral("mf2.sqlite"));
        r = runAs({}, { QStringLiteral("join"), QStringLiteral("--db"), newWindow, enrolment }, "window-passphrase\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runAs({},
            { QStringLiteral("sync"), QStringLiteral("--db"), newWindow, QStringLiteral("--share"), share,
                QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.json().object().value(QStringLiteral("refused")).toArray().isEmpty(), qPrintable(r.out));
        QCOMPARE(column(newWindow, mafangHouseholds), column(oldBureau, mafangHouseholds));
        QCOMPARE(column(newWindow, QStringLiteral("SELECT DISTINCT township_code FROM households")),
            QStringList { QStringLiteral("630105003") });
    }

    // Issue 19, item 6: 朝阳's window laptop is stolen. The bureau issues key epoch 1 revoking it; 马坊 takes the
    // new keys at its next sync and writes under them; the thief's copy, even hiding the epoch file, cannot read
    // what is written for 朝阳 from then on and its bundles are refused; a new 朝阳 window reads old and new.
    void aStolenWindowIsRevokedAndTheKeysRotate()
    {
        const QString stolen = path(QStringLiteral("stolen.sqlite"));
        QVERIFY(QFile::copy(chaoyang(), stolen));
        Run r = runAs({},
            { QStringLiteral("rotate-keys"), QStringLiteral("--db"), bureau(), QStringLiteral("--share"), m_share,
                QStringLiteral("--revoke"), QStringLiteral("朝阳-窗口1") });
        QCOMPARE(r.code, 1); // signs in first
        r = runAs(QStringLiteral("chief"),
            { QStringLiteral("rotate-keys"), QStringLiteral("--db"), bureau(), QStringLiteral("--share"), m_share,
                QStringLiteral("--revoke"), QStringLiteral("朝阳-窗口1"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("epoch")).toInt(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("revoked")).toArray().size(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("grants")).toInt(), 1); // 马坊

        const QString mfId = addHousehold(QStringLiteral("mf-admin"), mafang(),
            R"({"township": "马坊街道", "village": "西杏园社区", "address": "马坊东路9号", "start_date": "2025-03-01",
                "members": [{"name": "赵六", "id_number": "630105196208080014", "relation": "户主"}]})");
        QVERIFY(!mfId.isEmpty());
        r = sync(mafang());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("key_epoch")).toInt(), 1);
        const QDir mfFolder(m_share + QLatin1Char('/')
            + column(mafang(), QStringLiteral("SELECT value FROM meta WHERE key = 'station_id'")).value(0));
        const QStringList mfBundles = mfFolder.entryList({ QStringLiteral("*.bundle") }, QDir::Files, QDir::Name);
        QFile last(mfFolder.filePath(mfBundles.last()));
        QVERIFY(last.open(QIODevice::ReadOnly));
        auto header = Bundle::peek(last.readAll());
        QVERIFY(header);
        QCOMPARE(header->format, Bundle::Format);
        QStringList scopes;
        for (const BundleHeader::SectionInfo &section : header->sections)
            scopes.append(section.scope);
        QVERIFY2(scopes.contains(QStringLiteral("630105003#1")), qPrintable(scopes.join(u' ')));
        r = sync(bureau());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(column(bureau(), QStringLiteral("SELECT count(*) FROM households WHERE id = '%1'").arg(mfId)).value(0),
            QStringLiteral("1"));

        // The revoked window is told so.
        r = sync(chaoyang());
        QCOMPARE(r.code, 2); // refused (forbidden), not a usage error
        QVERIFY2(r.err.contains(QStringLiteral("revoked")), qPrintable(r.err));

        // What the bureau writes for 朝阳 now is sealed under epoch 1.
        const QString cyNew = addHousehold(QStringLiteral("chief"), bureau(),
            R"({"township": "朝阳街道", "village": "北园村", "address": "北园村5社2号", "start_date": "2025-03-01",
                "members": [{"name": "钱七", "id_number": "630105197107070014", "relation": "户主"}]})");
        QVERIFY(!cyNew.isEmpty());
        QVERIFY2(sync(bureau()).code == 0, "bureau sync");
        // The thief hides the epoch file and syncs the copy: the bureau's new bundle waits for keys it never gets,
        // and what the copy writes is refused by the others.
        const QString bureauId
            = column(bureau(), QStringLiteral("SELECT value FROM meta WHERE key = 'station_id'")).value(0);
        const QString epochFile = m_share + QLatin1Char('/') + bureauId + QStringLiteral("/epoch-1.json");
        QVERIFY(QFile::rename(epochFile, path(QStringLiteral("epoch-1.aside"))));
        addHousehold(QStringLiteral("cy-admin"), stolen,
            R"({"township": "朝阳街道", "village": "北园村", "address": "北园村1社1号", "start_date": "2025-03-01",
                "members": [{"name": "孙八", "id_number": "630105198812120018", "relation": "户主"}]})");
        r = sync(stolen);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.json()
                     .object()
                     .value(QStringLiteral("parked"))
                     .toVariant()
                     .toStringList()
                     .join(u' ')
                     .contains(QStringLiteral("epoch 1")),
            qPrintable(r.out));
        QCOMPARE(column(stolen, QStringLiteral("SELECT count(*) FROM households WHERE id = '%1'").arg(cyNew)).value(0),
            QStringLiteral("0"));
        QVERIFY(QFile::rename(path(QStringLiteral("epoch-1.aside")), epochFile));
        for (const QString &db : { bureau(), mafang() }) {
            r = sync(db);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.json()
                         .object()
                         .value(QStringLiteral("refused"))
                         .toVariant()
                         .toStringList()
                         .join(u' ')
                         .contains(QStringLiteral("revoked")),
                qPrintable(r.out));
        }
        QCOMPARE(
            column(bureau(), QStringLiteral("SELECT count(*) FROM households WHERE address = '北园村1社1号'")).value(0),
            QStringLiteral("0"));

        // A new 朝阳 window, enrolled after the rotation, reads the bundles of both epochs.
        const QString enrolment = path(QStringLiteral("cy2.enrol"));
        r = runAs(QStringLiteral("chief"),
            { QStringLiteral("enrol"), QStringLiteral("--db"), bureau(), QStringLiteral("--township"),
                QStringLiteral("朝阳街道"), QStringLiteral("--station"), QStringLiteral("朝阳-窗口2"),
                QStringLiteral("--out"), enrolment },
            "window-passphrase\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString newWindow = path(QStringLiteral("cy2.sqlite"));
        r = runAs({}, { QStringLiteral("join"), QStringLiteral("--db"), newWindow, enrolment }, "window-passphrase\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = sync(newWindow);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("key_epoch")).toInt(), 1);
        const QString cyHouseholds
            = QStringLiteral("SELECT id FROM households WHERE township_code = '630105001' ORDER BY id");
        QCOMPARE(column(newWindow, cyHouseholds), column(bureau(), cyHouseholds));
        QVERIFY(column(newWindow, cyHouseholds).contains(cyNew));
        QVERIFY(column(newWindow, cyHouseholds).size() >= 2);
    }

    // Years of use (issue 19, item 7): the bureau compacts the share with `sync --compact`; the bundles every
    // station has applied leave it, and a 马坊 window enrolled afterwards joins from the snapshot with its own
    // township's households and none of 朝阳's. A township window cannot compact.
    void aNewWindowJoinsACompactedShare()
    {
        const QString window2 = path(QStringLiteral("cy2.sqlite"));
        for (int round = 0; round < 2; ++round) {
            for (const QString &db : { bureau(), mafang(), window2 })
                QVERIFY2(sync(db).code == 0, qPrintable(db));
        }
        Run r = runAs({},
            { QStringLiteral("sync"), QStringLiteral("--db"), bureau(), QStringLiteral("--share"), m_share,
                QStringLiteral("--compact"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject compaction = r.json().object().value(QStringLiteral("compaction")).toObject();
        QVERIFY2(compaction.value(QStringLiteral("written")).toBool(), qPrintable(r.out));
        QVERIFY(compaction.value(QStringLiteral("rows")).toInteger() > 0);
        r = runAs({}, { QStringLiteral("sync"), QStringLiteral("--db"), mafang(), QStringLiteral("--share"), m_share });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("removed")), qPrintable(r.out));
        r = runAs({},
            { QStringLiteral("sync"), QStringLiteral("--db"), mafang(), QStringLiteral("--share"), m_share,
                QStringLiteral("--compact") });
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("district")), qPrintable(r.err));

        const QString enrolment = path(QStringLiteral("mf3.enrol"));
        r = runAs(QStringLiteral("chief"),
            { QStringLiteral("enrol"), QStringLiteral("--db"), bureau(), QStringLiteral("--township"),
                QStringLiteral("马坊街道"), QStringLiteral("--station"), QStringLiteral("马坊-窗口3"),
                QStringLiteral("--out"), enrolment },
            "window-passphrase\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString joined = path(QStringLiteral("mf3.sqlite"));
        r = runAs({}, { QStringLiteral("join"), QStringLiteral("--db"), joined, enrolment }, "window-passphrase\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runAs({}, { QStringLiteral("sync"), QStringLiteral("--db"), joined, QStringLiteral("--share"), m_share });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("snapshot.snap")), qPrintable(r.out));
        const QString mfHouseholds
            = QStringLiteral("SELECT id FROM households WHERE township_code = '630105003' ORDER BY id");
        QCOMPARE(column(joined, mfHouseholds), column(bureau(), mfHouseholds));
        QVERIFY(!column(joined, mfHouseholds).isEmpty());
        QCOMPARE(column(joined, QStringLiteral("SELECT count(*) FROM households WHERE township_code = '630105001'")),
            QStringList { QStringLiteral("0") });
    }
};

QTEST_GUILESS_MAIN(TestDistrict)
#include "tst_district.moc"
