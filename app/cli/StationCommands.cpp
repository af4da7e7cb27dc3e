// Station-level commands: version, idcheck, init, demo, check, stats.
#include "Commands.h"
#include "Invocation.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "domain/Clock.h"
#include "domain/Household.h"
#include "domain/IdNumber.h"
#include "services/AccountService.h"
#include "services/BackupService.h"
#include "services/DemoGenerator.h"
#include "services/IntegrityCheck.h"
#include "services/StationService.h"
#include "services/Statistics.h"
#include "services/sync/SyncKey.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sn::cli {

namespace {

Result<std::unique_ptr<Database>> openExisting(const QString &path)
{
    return Database::open(path);
}

void addAdminOptions(Invocation &inv)
{
    inv.addValueOption(QStringLiteral("admin"),
        QCoreApplication::translate("sn::cli", "Create the station's first administrator with this user name."),
        QStringLiteral("NAME"));
}

void addRegionsOption(Invocation &inv)
{
    inv.addValueOption(QStringLiteral("regions"),
        QCoreApplication::translate(
            "sn::cli", "Region tree JSON of another district (default: the built-in Chengbei tree)."),
        QStringLiteral("FILE"));
}

// The built-in region tree, or the one of --regions FILE. Returns -1, or the exit code to stop with.
int loadRegions(Invocation &inv, RegionTree &tree)
{
    tree = RegionTree::builtIn();
    if (!inv.isSet(QStringLiteral("regions")))
        return -1;
    QString error;
    if (!tree.loadFile(inv.value(QStringLiteral("regions")), &error))
        return inv.fail(Error::invalid(error, QStringLiteral("--regions")));
    return -1;
}

// --admin without --password-file, said before anything is created. Returns -1, or the exit code to stop with.
int checkAdminOptions(Invocation &inv)
{
    if (inv.isSet(QStringLiteral("admin")) && !inv.isSet(QStringLiteral("password-file")))
        return inv.usageError(QCoreApplication::translate(
            "sn::cli", "--admin needs --password-file FILE with the administrator's password (owner-only)."));
    return -1;
}

// --admin NAME --password-file FILE: the new station's first account: a district administrator at the bureau,
// the township's administrator at a township station (AccountService decides).
int createFirstAdmin(Invocation &inv, Database &db)
{
    if (!inv.isSet(QStringLiteral("admin")))
        return -1;
    if (const int code = checkAdminOptions(inv); code >= 0)
        return code;
    auto password = Invocation::readPasswordFile(inv.value(QStringLiteral("password-file")));
    if (!password)
        return inv.fail(password.error());
    User admin;
    admin.username = inv.value(QStringLiteral("admin"));
    admin.displayName = admin.username;
    admin.role = Role::DistrictAdmin;
    auto created = AccountService(db).createUser(nullptr, admin, password.value());
    if (!created)
        return inv.fail(created.error());
    return -1;
}

} // namespace

int version(const QStringList &)
{
    Invocation::out() << "safetynet-cli " << QCoreApplication::applicationVersion() << Qt::endl;
    return Success;
}

int idcheck(const QStringList &args)
{
    Invocation inv(
        QStringLiteral("idcheck"), QCoreApplication::translate("sn::cli", "Check resident ID numbers."), args);
    inv.addPositional(
        QStringLiteral("ID"), QCoreApplication::translate("sn::cli", "ID numbers to check."), QStringLiteral("ID..."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QStringList ids = inv.positional();
    if (ids.isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "Give at least one ID number."));
    bool allValid = true;
    QJsonArray results;
    for (const QString &input : ids) {
        const IdNumber id = IdNumber::parse(input, Clock::today());
        allValid = allValid && id.isValid();
        if (inv.json()) {
            QJsonObject o;
            o.insert(QStringLiteral("input"), input);
            o.insert(QStringLiteral("valid"), id.isValid());
            o.insert(QStringLiteral("normalized"), id.isValid() ? QJsonValue(id.normalized()) : QJsonValue());
            o.insert(QStringLiteral("birth_date"),
                id.isValid() ? QJsonValue(id.birthDate().toString(Qt::ISODate)) : QJsonValue());
            o.insert(QStringLiteral("sex"), id.isValid() ? QJsonValue(sexCode(id.sex())) : QJsonValue());
            o.insert(QStringLiteral("area_code"), id.isValid() ? QJsonValue(id.areaCode()) : QJsonValue());
            o.insert(QStringLiteral("error"), id.isValid() ? QJsonValue() : QJsonValue(id.errorText()));
            results.append(o);
        } else if (id.isValid()) {
            Invocation::out() << input << '\t' << QCoreApplication::translate("sn::cli", "valid") << '\t'
                              << id.normalized() << '\t' << id.birthDate().toString(Qt::ISODate) << '\t'
                              << sexCode(id.sex()) << '\t' << id.areaCode() << '\n';
        } else {
            Invocation::out() << input << '\t' << QCoreApplication::translate("sn::cli", "invalid") << '\t'
                              << id.errorText() << '\n';
        }
    }
    if (inv.json())
        Invocation::printJson(QJsonDocument(results));
    Invocation::out().flush();
    return allValid ? Success : InvalidInput;
}

int init(const QStringList &args)
{
    Invocation inv(
        QStringLiteral("init"), QCoreApplication::translate("sn::cli", "Create a new station database."), args);
    inv.addValueOption(QStringLiteral("township"),
        QCoreApplication::translate("sn::cli", "Township of the station, or the district's name for the bureau."),
        QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("station"), QCoreApplication::translate("sn::cli", "Name of the station."),
        QStringLiteral("NAME"));
    addRegionsOption(inv);
    addAdminOptions(inv);
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || inv.value(QStringLiteral("township")).isEmpty()
        || inv.value(QStringLiteral("station")).isEmpty())
        return inv.usageError(
            QCoreApplication::translate("sn::cli", "init needs --db FILE, --township NAME and --station NAME."));
    RegionTree tree;
    if (const int code = loadRegions(inv, tree); code >= 0)
        return code;
    if (const int code = checkAdminOptions(inv); code >= 0)
        return code;
    auto db = StationService::initialize(
        inv.db(), inv.value(QStringLiteral("township")), inv.value(QStringLiteral("station")), tree);
    if (!db)
        return inv.fail(db.error());
    if (const int code = createFirstAdmin(inv, *db.value()); code >= 0)
        return code;
    const StationInfo info = StationService::info(*db.value());
    if (inv.json()) {
        Invocation::printJson(QJsonDocument(QJsonObject { { QStringLiteral("db"), db.value()->path() },
            { QStringLiteral("station_id"), info.stationId }, { QStringLiteral("station"), info.stationName },
            { QStringLiteral("district"), info.districtName }, { QStringLiteral("township"), info.townshipName } }));
    } else {
        Invocation::out() << QCoreApplication::translate("sn::cli", "Created station \"%1\" (%2 %3) in %4")
                                 .arg(info.stationName, info.districtName, info.townshipName, db.value()->path())
                          << Qt::endl;
    }
    return Success;
}

int enrol(const QStringList &args)
{
    Invocation inv(QStringLiteral("enrol"),
        QCoreApplication::translate("sn::cli",
            "Enrol a new station: its keys and certificate, sealed with a passphrase read from standard input."),
        args);
    inv.addValueOption(QStringLiteral("township"),
        QCoreApplication::translate(
            "sn::cli", "The township of the new station, or the district's name for another district desk."),
        QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("station"), QCoreApplication::translate("sn::cli", "Name of the new station."),
        QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("out"), QCoreApplication::translate("sn::cli", "The enrolment file to write."),
        QStringLiteral("FILE"));
    inv.addValueOption(QStringLiteral("key"),
        QCoreApplication::translate(
            "sn::cli", "The district key file, for a bureau made before enrolment (kept in its keyring)."),
        QStringLiteral("FILE"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString out = inv.value(QStringLiteral("out"));
    if (inv.db().isEmpty() || inv.value(QStringLiteral("township")).isEmpty()
        || inv.value(QStringLiteral("station")).isEmpty() || out.isEmpty())
        return inv.usageError(QCoreApplication::translate(
            "sn::cli", "enrol needs --db FILE, --township NAME, --station NAME and --out FILE."));
    if (QFileInfo::exists(out))
        return inv.fail(Error::invalid(
            QCoreApplication::translate("sn::cli", "%1 exists; choose a new file for the enrolment.").arg(out),
            QStringLiteral("--out")));
    SyncKey legacy;
    if (inv.isSet(QStringLiteral("key"))) {
        auto key = SyncKey::load(inv.value(QStringLiteral("key")));
        if (!key)
            return inv.fail(key.error());
        legacy = key.value();
    }
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const QString passphrase
        = Invocation::readPassphrase(QCoreApplication::translate("sn::cli",
                                         "Passphrase for the enrolment file (give it to the station separately): "),
            true);
    auto sealed = StationService::enrol(*opened.db, opened.session, inv.value(QStringLiteral("township")),
        inv.value(QStringLiteral("station")), passphrase, legacy);
    if (!sealed)
        return inv.fail(sealed.error());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(sealed.value()) != sealed->size() || !file.commit())
        return inv.fail(
            Error::io(QCoreApplication::translate("sn::cli", "Cannot write %1: %2").arg(out, file.errorString())));
    QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Invocation::out() << QCoreApplication::translate("sn::cli", "Enrolment of \"%1\" written to %2.")
                             .arg(inv.value(QStringLiteral("station")), out)
                      << Qt::endl;
    return Success;
}

int join(const QStringList &args)
{
    Invocation inv(QStringLiteral("join"),
        QCoreApplication::translate(
            "sn::cli", "Create this station from its enrolment file (passphrase from standard input)."),
        args);
    inv.addPositional(QStringLiteral("enrolment"), QCoreApplication::translate("sn::cli", "The enrolment file."),
        QStringLiteral("FILE"));
    addRegionsOption(inv);
    addAdminOptions(inv);
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString enrolment = inv.positional().value(0);
    if (inv.db().isEmpty() || enrolment.isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "join needs --db FILE and the enrolment file."));
    if (const int code = checkAdminOptions(inv); code >= 0)
        return code;
    RegionTree tree;
    if (const int code = loadRegions(inv, tree); code >= 0)
        return code;
    QFile file(enrolment);
    if (!file.open(QIODevice::ReadOnly))
        return inv.fail(
            Error::io(QCoreApplication::translate("sn::cli", "Cannot read %1: %2").arg(enrolment, file.errorString())));
    const QString passphrase = Invocation::readPassphrase(
        QCoreApplication::translate("sn::cli", "Passphrase of the enrolment file: "), false);
    auto db = StationService::join(inv.db(), file.readAll(), passphrase, tree);
    if (!db)
        return inv.fail(db.error());
    if (const int code = createFirstAdmin(inv, *db.value()); code >= 0)
        return code;
    const StationInfo info = StationService::info(*db.value());
    Invocation::out() << QCoreApplication::translate("sn::cli", "Joined station \"%1\" (%2 %3) in %4")
                             .arg(info.stationName, info.districtName, info.townshipName, db.value()->path())
                      << Qt::endl;
    return Success;
}

int demo(const QStringList &args)
{
    Invocation inv(
        QStringLiteral("demo"), QCoreApplication::translate("sn::cli", "Fill a database with demo households."), args);
    inv.addValueOption(QStringLiteral("households"), QCoreApplication::translate("sn::cli", "How many households."),
        QStringLiteral("N"));
    inv.addValueOption(QStringLiteral("seed"),
        QCoreApplication::translate("sn::cli", "Random seed (same seed, same people)."), QStringLiteral("S"));
    inv.addValueOption(QStringLiteral("years"),
        QCoreApplication::translate(
            "sn::cli", "Then simulate this many years of reviews, visits and corrections (default 0)."),
        QStringLiteral("N"));
    inv.addFlag(QStringLiteral("quiet"), QCoreApplication::translate("sn::cli", "No progress on stderr."));
    addAdminOptions(inv);
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "demo needs --db FILE."));
    bool ok = false;
    const int households = inv.value(QStringLiteral("households")).toInt(&ok);
    if (!ok || households < 1)
        return inv.usageError(
            QCoreApplication::translate("sn::cli", "--households takes a whole number of at least 1."));
    quint32 seed = 1;
    if (inv.isSet(QStringLiteral("seed"))) {
        seed = inv.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return inv.usageError(QCoreApplication::translate("sn::cli", "--seed takes a whole number."));
    }
    int years = 0;
    if (inv.isSet(QStringLiteral("years"))) {
        years = inv.value(QStringLiteral("years")).toInt(&ok);
        if (!ok || years < 0 || years > 50)
            return inv.usageError(QCoreApplication::translate("sn::cli", "--years takes a whole number from 0 to 50."));
    }
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Database> db;
    if (!QFileInfo::exists(inv.db()) || QFileInfo(inv.db()).size() == 0) {
        auto created = StationService::initialize(inv.db(), RegionTree::builtIn().district()->name,
            QCoreApplication::translate("sn::cli", "Demo station"), RegionTree::builtIn());
        if (!created)
            return inv.fail(created.error());
        db = std::move(created).value();
        if (const int code = createFirstAdmin(inv, *db); code >= 0)
            return code;
    } else {
        auto opened = openExisting(inv.db());
        if (!opened)
            return inv.fail(opened.error());
        db = std::move(opened).value();
        Session session;
        if (const int code = inv.signIn(*db, session); code >= 0)
            return code;
        if (!session.can(Permission::EditHouseholds) || !Roles::districtWide(session.role))
            return inv.fail(Error::forbidden(QCoreApplication::translate(
                "sn::cli", "Only a district administrator may add demo households to a station.")));
    }
    DemoOptions options;
    options.households = households;
    options.seed = seed;
    options.years = years;
    const bool quiet = inv.isSet(QStringLiteral("quiet"));
    options.progress = [quiet](int done, int total) {
        if (!quiet)
            Invocation::err() << QCoreApplication::translate("sn::cli", "%1 of %2 households").arg(done).arg(total)
                              << '\r' << Qt::flush;
        return true;
    };
    auto summary = DemoGenerator::generate(*db, options);
    if (!quiet)
        Invocation::err() << Qt::endl;
    if (!summary)
        return inv.fail(summary.error());
    const double seconds = timer.elapsed() / 1000.0;
    if (inv.json()) {
        Invocation::printJson(QJsonDocument(QJsonObject { { QStringLiteral("households"), summary->households },
            { QStringLiteral("members"), summary->members }, { QStringLiteral("years"), years },
            { QStringLiteral("reviews"), summary->reviews }, { QStringLiteral("visits"), summary->visits },
            { QStringLiteral("edits"), summary->edits }, { QStringLiteral("seconds"), seconds } }));
    } else {
        Invocation::out() << QCoreApplication::translate("sn::cli", "Generated %1 households with %2 members in %3 s.")
                                 .arg(summary->households)
                                 .arg(summary->members)
                                 .arg(seconds, 0, 'f', 1)
                          << Qt::endl;
        if (years > 0)
            Invocation::out() << QCoreApplication::translate(
                "sn::cli", "%n year(s) of work: %1 reviews, %2 visits and contacts, %3 corrections.", nullptr, years)
                                     .arg(summary->reviews)
                                     .arg(summary->visits)
                                     .arg(summary->edits)
                              << Qt::endl;
    }
    return Success;
}

int check(const QStringList &args)
{
    Invocation inv(QStringLiteral("check"), QCoreApplication::translate("sn::cli", "Check a station database."), args);
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "check needs --db FILE."));
    Database::Options options;
    options.migrate = false; // inspect the file as it is
    auto db = Database::open(inv.db(), options);
    if (!db)
        return inv.fail(db.error());
    Session session;
    if (const int code = inv.signIn(*db.value(), session, Invocation::SignIn::WithoutRecord); code >= 0)
        return code;
    const CheckReport report = IntegrityCheck::run(*db.value());
    if (inv.json()) {
        Invocation::printJson(QJsonDocument(QJsonObject { { QStringLiteral("ok"), report.ok() },
            { QStringLiteral("passed"), QJsonArray::fromStringList(report.passed) },
            { QStringLiteral("problems"), QJsonArray::fromStringList(report.problems) } }));
    } else {
        for (const QString &p : report.passed)
            Invocation::out() << "ok      " << p << '\n';
        for (const QString &p : report.problems)
            Invocation::out() << "PROBLEM " << p << '\n';
        Invocation::out().flush();
    }
    return report.ok() ? Success : InvalidInput;
}

int auditVerify(const QStringList &args)
{
    Invocation inv(QStringLiteral("audit-verify"),
        QCoreApplication::translate("sn::cli", "Verify the hash-chained audit log."), args);
    inv.addValueOption(QStringLiteral("backups"),
        QCoreApplication::translate(
            "sn::cli", "Compare with the backups in this folder (default: the backups folder beside the database)."),
        QStringLiteral("DIR"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "audit-verify needs --db FILE."));
    Database::Options options;
    options.migrate = false; // inspect the file as it is
    auto db = Database::open(inv.db(), options);
    if (!db)
        return inv.fail(db.error());
    Session session;
    if (const int code = inv.signIn(*db.value(), session, Invocation::SignIn::WithoutRecord); code >= 0)
        return code;
    if (!session.can(Permission::ViewAudit))
        return inv.fail(
            Error::forbidden(QCoreApplication::translate("sn::cli", "Your role (%1) may not read the audit log.")
                                 .arg(Roles::display(session.role))));
    QStringList backups;
    const QString folder = inv.isSet(QStringLiteral("backups")) ? inv.value(QStringLiteral("backups"))
                                                                : BackupService::defaultFolder(inv.db());
    if (inv.isSet(QStringLiteral("backups")) && !QFileInfo(folder).isDir())
        return inv.fail(
            Error::io(QCoreApplication::translate("sn::cli", "The backup folder %1 does not exist.").arg(folder)));
    if (auto list = BackupService::list(folder))
        for (const BackupFile &f : list.value())
            backups.append(f.path);
    auto report = AuditLog(*db.value()).verifyAll(backups);
    if (!report)
        return inv.fail(report.error());
    const AuditVerification &r = report.value();
    if (inv.json()) {
        Invocation::printJson(QJsonDocument(QJsonObject { { QStringLiteral("ok"), r.ok() },
            { QStringLiteral("entries"), r.entries }, { QStringLiteral("last_seq"), r.lastSeq },
            { QStringLiteral("last_hash"), QString::fromLatin1(r.lastHash) },
            { QStringLiteral("checked"), QJsonArray::fromStringList(r.checked) },
            { QStringLiteral("notes"), QJsonArray::fromStringList(r.notes) },
            { QStringLiteral("problems"), QJsonArray::fromStringList(r.problems) } }));
    } else {
        if (r.ok())
            Invocation::out() << QCoreApplication::translate(
                "sn::cli", "The audit log is intact: %1 entries, the last is %2.")
                                     .arg(r.entries)
                                     .arg(r.lastSeq)
                              << '\n';
        for (const QString &c : r.checked)
            Invocation::out() << QCoreApplication::translate("sn::cli", "compared with %1").arg(c) << '\n';
        for (const QString &n : r.notes)
            Invocation::out() << QCoreApplication::translate("sn::cli", "note: %1").arg(n) << '\n';
        for (const QString &p : r.problems)
            Invocation::out() << "TAMPERED " << p << '\n';
        Invocation::out().flush();
    }
    // Like check: a failed verification is exit code 2, an unreadable file 3.
    return r.ok() ? Success : InvalidInput;
}

int stats(const QStringList &args)
{
    Invocation inv(QStringLiteral("stats"), QCoreApplication::translate("sn::cli", "Counts of households."), args);
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "stats needs --db FILE."));
    auto db = openExisting(inv.db());
    if (!db)
        return inv.fail(db.error());
    Session session;
    if (const int code = inv.signIn(*db.value(), session); code >= 0)
        return code;
    auto stats = Statistics::collect(*db.value(), session);
    if (!stats)
        return inv.fail(stats.error());
    if (inv.json()) {
        Invocation::printJson(QJsonDocument(stats.value()));
        return Success;
    }
    const QJsonObject &s = stats.value();
    Invocation::out() << QCoreApplication::translate("sn::cli", "Households: %1 (active %2, exited %3), members: %4")
                             .arg(s.value(QStringLiteral("households")).toInteger())
                             .arg(s.value(QStringLiteral("active")).toInteger())
                             .arg(s.value(QStringLiteral("exited")).toInteger())
                             .arg(s.value(QStringLiteral("members")).toInteger())
                      << '\n';
    const QJsonArray townships = s.value(QStringLiteral("by_township")).toArray();
    for (const QJsonValue &t : townships)
        Invocation::out() << "  " << t.toObject().value(QStringLiteral("name")).toString() << '\t'
                          << t.toObject().value(QStringLiteral("households")).toInteger() << '\n';
    Invocation::out().flush();
    return Success;
}

} // namespace sn::cli
