// safetynet-cli keygen / sync / rotate-keys / digest / conflicts / backup / restore.
#include "Commands.h"
#include "Invocation.h"

#include "database/Database.h"
#include "services/BackupService.h"
#include "services/sync/SyncService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace sn::cli {

int keygen(const QStringList &args)
{
    Invocation inv(QStringLiteral("keygen"),
        QCoreApplication::translate("sn::cli", "Make a new district key file (district administrator)."), args);
    inv.addValueOption(QStringLiteral("out"),
        QCoreApplication::translate("sn::cli", "Key file to write (kept off the share)."), QStringLiteral("FILE"));
    inv.addValueOption(QStringLiteral("district"),
        QCoreApplication::translate("sn::cli", "District name written into the file."), QStringLiteral("NAME"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString out = inv.value(QStringLiteral("out"));
    if (out.isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "keygen needs --out FILE."));
    if (QFileInfo::exists(out))
        return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli",
                                           "%1 exists; a new key would lock every station out of the old bundles.")
                                           .arg(out),
            QStringLiteral("--out")));
    const SyncKey key
        = SyncKey::generate(inv.value(QStringLiteral("district")).isEmpty() ? QStringLiteral("城北区")
                                                                            : inv.value(QStringLiteral("district")));
    if (auto s = key.save(out); !s)
        return inv.fail(s.error());
    Invocation::out() << QCoreApplication::translate("sn::cli", "District key %1 written to %2 (readable by you only).")
                             .arg(key.id(), out)
                      << Qt::endl;
    return Success;
}

namespace {

// One line per other station: its bundles applied here, ours applied there, and why it is behind.
void printStations(const QList<StationLag> &stations)
{
    for (const StationLag &s : stations) {
        const QString ours = s.acknowledgedAt.isValid()
            ? QCoreApplication::translate("sn::cli", "has %1 of ours (%2 behind)").arg(s.hasOurs).arg(s.oursBehind)
            : QCoreApplication::translate("sn::cli", "has not acknowledged ours yet");
        Invocation::out() << QCoreApplication::translate("sn::cli", "station %1: %2 of its %3 bundles applied here, %4")
                                 .arg(s.name.isEmpty() ? s.station : s.name)
                                 .arg(s.appliedHere)
                                 .arg(s.published)
                                 .arg(ours);
        if (!s.reason.isEmpty())
            Invocation::out() << " (" << s.reason << ')';
        Invocation::out() << '\n';
    }
}

// What one sync did, as lines for the clerk or the scheduler's log.
void printReport(const SyncReport &report)
{
    Invocation::out() << QCoreApplication::translate(
        "sn::cli", "exported %1 changes, imported %2 bundles (%3 changes), %4 conflicts")
                             .arg(report.exportedChanges)
                             .arg(report.importedBundles)
                             .arg(report.appliedChanges)
                             .arg(report.conflicts)
                      << '\n';
    for (const QString &r : report.refused)
        Invocation::out() << QCoreApplication::translate("sn::cli", "refused: %1").arg(r) << '\n';
    for (const QString &r : report.heldBack)
        Invocation::out() << QCoreApplication::translate("sn::cli", "held back: %1").arg(r) << '\n';
    for (const QString &r : report.parked)
        Invocation::out() << QCoreApplication::translate("sn::cli", "parked: %1").arg(r) << '\n';
    for (const QString &r : report.rewritten)
        Invocation::out() << QCoreApplication::translate("sn::cli", "rewritten: %1").arg(r) << '\n';
    if (report.withheld > 0)
        Invocation::out() << QCoreApplication::translate(
            "sn::cli", "withheld: %1 changed rows outside this station's township were not sent")
                                 .arg(report.withheld)
                          << '\n';
    if (report.dueChangesApplied > 0)
        Invocation::out() << QCoreApplication::translate(
            "sn::cli", "changes of payment applied: %1 (confirmed, their month has begun)")
                                 .arg(report.dueChangesApplied)
                          << '\n';
    if (report.findingsLapsed > 0)
        Invocation::out() << QCoreApplication::translate(
            "sn::cli", "findings lapsed: %1 (刚性支出困难, not renewed within 12 months)")
                                 .arg(report.findingsLapsed)
                          << '\n';
    if (report.takenBack > 0)
        Invocation::out() << QCoreApplication::translate(
            "sn::cli", "taken back: %1 changes this station had published after its backup was made")
                                 .arg(report.takenBack)
                          << '\n';
    if (!report.lost.isEmpty()) {
        QStringList numbers;
        for (qint64 seq : report.lost)
            numbers.append(QString::number(seq));
        Invocation::out() << QCoreApplication::translate("sn::cli",
            "lost: bundles %1, published after the backup, are gone from the shared folder; the stations "
            "that applied them send their changes again")
                                 .arg(numbers.join(QStringLiteral(", ")))
                          << '\n';
    }
    if (report.relayed > 0)
        Invocation::out() << QCoreApplication::translate(
            "sn::cli", "relayed: %1 changes of a restored station's lost bundles, sent again on its behalf")
                                 .arg(report.relayed)
                          << '\n';
    if (!report.joinedFrom.isEmpty())
        Invocation::out() << QCoreApplication::translate(
            "sn::cli", "joined from the snapshot %1: the bundles it holds are no longer on the shared folder")
                                 .arg(report.joinedFrom)
                          << '\n';
    if (report.pruned > 0)
        Invocation::out() << QCoreApplication::translate(
            "sn::cli", "removed: %1 bundles of this station, held in a snapshot and applied by every station")
                                 .arg(report.pruned)
                          << '\n';
    printStations(report.stations);
}

// What compaction did: the snapshot written and the bundles it let go, or why nothing was written.
void printCompaction(const SyncService::Compaction &c)
{
    if (!c.written) {
        Invocation::out() << QCoreApplication::translate("sn::cli", "compact: no snapshot written: %1").arg(c.reason)
                          << '\n';
        return;
    }
    qint64 bundles = 0;
    for (qint64 seq : c.covers)
        bundles += seq;
    Invocation::out() << QCoreApplication::translate("sn::cli",
        "compact: snapshot of %1 rows written (%2 KB), covering %3 bundles of %4 stations; %5 of ours removed")
                             .arg(c.rows)
                             .arg(c.bytes / 1024)
                             .arg(bundles)
                             .arg(c.covers.size())
                             .arg(c.pruned)
                      << '\n';
}

} // namespace

int sync(const QStringList &args)
{
    Invocation inv(QStringLiteral("sync"),
        QCoreApplication::translate("sn::cli", "Exchange changes with the other stations through a shared folder."),
        args);
    inv.addValueOption(
        QStringLiteral("share"), QCoreApplication::translate("sn::cli", "The shared folder."), QStringLiteral("DIR"));
    inv.addValueOption(QStringLiteral("key"),
        QCoreApplication::translate("sn::cli",
            "The district key file, for a station made before enrolment (kept in its keyring from then on)."),
        QStringLiteral("FILE"));
    inv.addFlag(QStringLiteral("compact"),
        QCoreApplication::translate("sn::cli",
            "After the sync, a district station writes a signed snapshot of what every station has applied, and "
            "the bundles it covers leave the shared folder."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || inv.value(QStringLiteral("share")).isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "sync needs --db FILE and --share DIR."));
    SyncKey key;
    if (inv.isSet(QStringLiteral("key"))) {
        auto loaded = SyncKey::load(inv.value(QStringLiteral("key")));
        if (!loaded)
            return inv.fail(loaded.error());
        key = loaded.value();
    }
    auto opened = Database::open(inv.db());
    if (!opened)
        return inv.fail(opened.error());
    SyncService service(*opened.value(), Session::system(), key);
    auto report = service.sync(inv.value(QStringLiteral("share")));
    if (!report)
        return inv.fail(report.error());
    std::optional<SyncService::Compaction> compaction;
    if (inv.isSet(QStringLiteral("compact"))) {
        auto c = service.compact(inv.value(QStringLiteral("share")));
        if (!c)
            return inv.fail(c.error());
        compaction = c.value();
    }
    if (inv.json()) {
        QJsonObject o = report->toJson();
        if (compaction) {
            QJsonObject covers;
            for (auto it = compaction->covers.constBegin(); it != compaction->covers.constEnd(); ++it)
                covers.insert(it.key(), it.value());
            o.insert(QStringLiteral("compaction"),
                QJsonObject { { QStringLiteral("written"), compaction->written },
                    { QStringLiteral("reason"), compaction->reason }, { QStringLiteral("rows"), compaction->rows },
                    { QStringLiteral("bytes"), compaction->bytes }, { QStringLiteral("covers"), covers },
                    { QStringLiteral("pruned"), compaction->pruned } });
        }
        Invocation::printJson(QJsonDocument(o));
    } else {
        printReport(report.value());
        if (compaction)
            printCompaction(*compaction);
        Invocation::out().flush();
    }
    return Success;
}

int rotateKeys(const QStringList &args)
{
    Invocation inv(QStringLiteral("rotate-keys"),
        QCoreApplication::translate("sn::cli",
            "Issue a new epoch of the district's keys (a station's computer was lost or stolen) and revoke stations."),
        args);
    inv.addValueOption(
        QStringLiteral("share"), QCoreApplication::translate("sn::cli", "The shared folder."), QStringLiteral("DIR"));
    inv.addValueOption(QStringLiteral("revoke"),
        QCoreApplication::translate(
            "sn::cli", "Stations to revoke, by name or id, separated by commas: their later bundles are refused."),
        QStringLiteral("STATIONS"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || inv.value(QStringLiteral("share")).isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "rotate-keys needs --db FILE and --share DIR."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    QStringList revoke;
    for (const QString &station : inv.value(QStringLiteral("revoke")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        revoke.append(station.trimmed());
    auto rotation = SyncService(*opened.db, opened.session).rotateKeys(inv.value(QStringLiteral("share")), revoke);
    if (!rotation)
        return inv.fail(rotation.error());
    if (inv.json()) {
        Invocation::printJson(QJsonDocument(QJsonObject { { QStringLiteral("epoch"), rotation->epoch },
            { QStringLiteral("revoked"), QJsonArray::fromStringList(rotation->revoked) },
            { QStringLiteral("grants"), rotation->grants } }));
        return Success;
    }
    Invocation::out() << QCoreApplication::translate("sn::cli",
        "key epoch %1 issued: %2 township stations receive its keys at their next sync; district stations derive them")
                             .arg(rotation->epoch)
                             .arg(rotation->grants)
                      << '\n';
    for (const QString &r : rotation->revoked)
        Invocation::out() << QCoreApplication::translate("sn::cli", "revoked: %1").arg(r) << '\n';
    Invocation::out().flush();
    return Success;
}

int digest(const QStringList &args)
{
    Invocation inv(QStringLiteral("digest"),
        QCoreApplication::translate(
            "sn::cli", "One line per synced table: rows and a hash of its content, to compare stations."),
        args);
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "digest needs --db FILE."));
    auto opened = Database::open(inv.db());
    if (!opened)
        return inv.fail(opened.error());
    // Hashes only: no personal data, no change, so no sign-in (scripts compare stations with it).
    auto digests = SyncService::digest(*opened.value());
    if (!digests)
        return inv.fail(digests.error());
    QJsonArray list;
    for (const TableDigest &d : digests.value()) {
        if (inv.json())
            list.append(QJsonObject { { QStringLiteral("table"), d.table }, { QStringLiteral("rows"), d.rows },
                { QStringLiteral("hash"), d.hash } });
        else
            Invocation::out() << d.table << '\t' << d.rows << '\t' << d.hash << '\n';
    }
    if (inv.json())
        Invocation::printJson(QJsonDocument(list));
    Invocation::out().flush();
    return Success;
}

int conflicts(const QStringList &args)
{
    Invocation inv(
        QStringLiteral("conflicts"), QCoreApplication::translate("sn::cli", "Concurrent edits kept for review."), args);
    inv.addFlag(QStringLiteral("all"), QCoreApplication::translate("sn::cli", "Resolved ones too."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "conflicts needs --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    auto list = SyncService(*opened.db, session, SyncKey()).conflicts(!inv.isSet(QStringLiteral("all")));
    if (!list)
        return inv.fail(list.error());
    QJsonArray array;
    for (const ConflictEntry &c : list.value()) {
        if (inv.json())
            array.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("table"), c.table },
                { QStringLiteral("key"), c.key }, { QStringLiteral("household_id"), c.householdId },
                { QStringLiteral("winner_hlc"), c.winnerHlc }, { QStringLiteral("loser_hlc"), c.loserHlc },
                { QStringLiteral("winner"), c.winner }, { QStringLiteral("loser"), c.loser },
                { QStringLiteral("resolved"), c.resolved }, { QStringLiteral("resolution"), c.resolution } });
        else
            Invocation::out() << c.id << '\t' << c.table << '\t' << c.key << '\t'
                              << (c.resolved ? c.resolution : QStringLiteral("open")) << '\n';
    }
    if (inv.json())
        Invocation::printJson(QJsonDocument(array));
    Invocation::out().flush();
    return Success;
}

int backup(const QStringList &args)
{
    Invocation inv(QStringLiteral("backup"),
        QCoreApplication::translate("sn::cli", "A consistent, checked copy of the database (SQLite backup API)."),
        args);
    inv.addValueOption(
        QStringLiteral("out"), QCoreApplication::translate("sn::cli", "Backup file to write."), QStringLiteral("FILE"));
    inv.addFlag(QStringLiteral("auto"),
        QCoreApplication::translate("sn::cli", "The daily/weekly rotation in the backups folder beside the database."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || (inv.value(QStringLiteral("out")).isEmpty() && !inv.isSet(QStringLiteral("auto"))))
        return inv.usageError(
            QCoreApplication::translate("sn::cli", "backup needs --db FILE and --out FILE (or --auto)."));
    auto opened = Database::open(inv.db());
    if (!opened)
        return inv.fail(opened.error());
    if (inv.isSet(QStringLiteral("auto"))) {
        auto made = BackupService::autoBackup(*opened.value(), BackupService::defaultFolder(inv.db()));
        if (!made)
            return inv.fail(made.error());
        for (const QString &f : made.value())
            Invocation::out() << f << '\n';
        Invocation::out().flush();
        return Success;
    }
    // A copy of every household leaves the station: a signed-in account, and the audit log says who.
    Session session;
    if (const int code = inv.signIn(*opened.value(), session); code >= 0)
        return code;
    if (auto s = BackupService::backupTo(*opened.value(), session, inv.value(QStringLiteral("out"))); !s)
        return inv.fail(s.error());
    return Success;
}

int restore(const QStringList &args)
{
    Invocation inv(QStringLiteral("restore"),
        QCoreApplication::translate(
            "sn::cli", "Replace the database by a backup (the current file is kept beside it)."),
        args);
    inv.addPositional(QStringLiteral("backup"), QCoreApplication::translate("sn::cli", "The backup file."));
    inv.addFlag(QStringLiteral("yes"),
        QCoreApplication::translate("sn::cli", "Confirm: replace the station's data by the backup."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString file = inv.positional().value(0);
    if (inv.db().isEmpty() || file.isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "restore needs --db FILE and the backup file."));
    if (!inv.isSet(QStringLiteral("yes")))
        return inv.usageError(QCoreApplication::translate(
            "sn::cli", "Restoring replaces every change made since the backup: add --yes to confirm."));
    {
        // Only an administrator of this station may replace its data, and the restored file's audit log says who.
        SignedIn opened;
        if (const int code = inv.openSignedIn(opened); code >= 0)
            return code;
        const Session &session = opened.session;
        if (!session.can(Permission::ManageUsers))
            return inv.fail(Error::forbidden(
                QCoreApplication::translate("sn::cli", "Only an administrator may restore a backup; %1 is a %2.")
                    .arg(session.userName, Roles::display(session.role))));
        opened.db.reset();
        if (auto s = BackupService::restore(inv.db(), file); !s)
            return inv.fail(s.error());
        auto restored = Database::open(inv.db());
        if (!restored)
            return inv.fail(restored.error());
        if (auto s = BackupService::recordRestore(*restored.value(), session, file); !s)
            return inv.fail(s.error());
    }
    Invocation::out() << QCoreApplication::translate("sn::cli", "Restored %1 from %2.").arg(inv.db(), file) << Qt::endl;
    return Success;
}

} // namespace sn::cli
