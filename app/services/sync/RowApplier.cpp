#include "RowApplier.h"

#include "database/AuditLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace sn::sync {

// Content without the stamps: two versions with the same content are not a conflict.
bool sameContent(QJsonObject a, QJsonObject b)
{
    for (const char *stamp : { "hlc", "station_id" }) {
        a.remove(QLatin1String(stamp));
        b.remove(QLatin1String(stamp));
    }
    return a == b;
}

bool sameContent(const Row &a, const Row &b)
{
    return sameContent(a.toJson(), b.toJson());
}

// Tables whose rows belong to one household, and the column that says which.
QString householdColumn(const QString &table)
{
    static const QSet<QString> byHouseholdId = { QStringLiteral("members"), QStringLiteral("incomes"),
        QStringLiteral("assets"), QStringLiteral("expenditures"), QStringLiteral("review_tasks"),
        QStringLiteral("referrals"), QStringLiteral("temporary_grants"), QStringLiteral("benefit_overrides"),
        QStringLiteral("payment_accounts"), QStringLiteral("applications"), QStringLiteral("benefit_changes"),
        QStringLiteral("appeals") };
    if (table == QLatin1String("households"))
        return QStringLiteral("id");
    return byHouseholdId.contains(table) ? QStringLiteral("household_id") : QString();
}

RowApplier::RowApplier(SyncedRowStore &store, AuditLog &audit, QString auditUser)
    : m_store(store)
    , m_audit(audit)
    , m_auditUser(std::move(auditUser))
{
}

Status RowApplier::apply(const QList<Change> &changes, AppliedChanges &applied)
{
    for (const Change &c : changes) {
        const SyncedTable *t = m_store.table(c.table);
        if (!t) {
            applied.unknownTable = c.table;
            return {};
        }
        if (auto s = applyOne(*t, c, applied); !s)
            return s;
    }
    return {};
}

namespace {

// What the remote version has seen. A bundle of format 4 says; an older one only names the stamp its version
// replaced, which is the local version when the writer edited on top of it.
VersionVector remoteSeen(const Change &c, const QString &remoteHlc, const VersionVector &local, const QString &localHlc)
{
    if (!c.seen.isEmpty()) {
        VersionVector seen = c.seen;
        seen.add(remoteHlc);
        return seen;
    }
    VersionVector seen = VersionVector::of(remoteHlc);
    if (!c.prevHlc.isEmpty() && c.prevHlc == localHlc)
        seen.merge(local);
    return seen;
}

} // namespace

Status RowApplier::applyOne(const SyncedTable &t, const Change &c, AppliedChanges &applied)
{
    const QString remoteHlc = c.row.hlc();
    bool ok = false;
    const HlcStamp stamp = HlcStamp::fromString(remoteHlc, &ok);
    if (ok && applied.newest < stamp)
        applied.newest = stamp;
    // The local stamps decide; the whole local row is read only for a concurrent edit.
    auto local = m_store.stamp(t, c.key);
    if (!local)
        return local.error();
    if (c.context && local.value())
        return {}; // a parent we already know: its own writer's bundle carries its changes
    if (!local.value())
        return writeRemote(t, c, false, remoteSeen(c, remoteHlc, {}, {}), applied);
    const QString &localHlc = local.value()->hlc;
    if (localHlc == remoteHlc)
        return {}; // already have exactly this version
    const bool remoteWins = localHlc < remoteHlc; // stamps sort like their text; station id breaks ties
    if (c.table == QLatin1String("conflicts"))
        return remoteWins ? writeRemote(t, c, true, {}, applied) : Status(); // a resolution replaces a detection
    auto mine = m_store.seen(c.table, c.key, localHlc);
    if (!mine)
        return mine.error();
    const VersionVector theirs = remoteSeen(c, remoteHlc, mine.value(), localHlc);
    switch (VersionVector::compare(mine.value(), theirs)) {
    case VersionVector::Order::Same:
    case VersionVector::Order::After:
        return {}; // ours has seen theirs already
    case VersionVector::Order::Before: // theirs was made on top of ours
        return writeRemote(t, c, true, theirs, applied);
    case VersionVector::Order::Concurrent:
        break;
    }
    // Made without seeing each other: the greater stamp wins everywhere, the other is kept as a conflict. Each
    // version keeps what it had seen: a version is one stamp with one vector wherever it travels, so a station
    // that meets the loser again finds the same conflict (its id is the loser's), never a new one.
    if (auto s = keepIfDifferent(t, c, remoteWins, applied); !s)
        return s;
    return remoteWins ? writeRemote(t, c, true, theirs, applied) : Status();
}

Status RowApplier::writeRemote(
    const SyncedTable &t, const Change &c, bool exists, const VersionVector &seen, AppliedChanges &applied)
{
    if (auto s = m_store.write(t, c.row, exists); !s)
        return s;
    if (!seen.isEmpty()) { // empty for the conflicts table, whose rows follow their last writer
        if (auto s = m_store.recordSeen(c.table, c.key, seen); !s)
            return s;
    }
    ++applied.applied;
    noteHousehold(c, applied);
    return {};
}

Status RowApplier::keepIfDifferent(const SyncedTable &t, const Change &c, bool remoteWins, AppliedChanges &applied)
{
    auto mineRow = m_store.current(t, c.key);
    if (!mineRow)
        return mineRow.error();
    if (!mineRow.value() || sameContent(*mineRow.value(), c.row))
        return {};
    const QJsonObject mineJson = mineRow.value()->toJson();
    const QJsonObject remoteJson = c.row.toJson();
    const QJsonObject &winner = remoteWins ? remoteJson : mineJson;
    const QJsonObject &loser = remoteWins ? mineJson : remoteJson;
    const QString loserHlc = loser.value(QStringLiteral("hlc")).toString();
    const QString id = QUuid::createUuidV5(QUuid(QStringLiteral("{0d7c3a8e-51b2-4c3f-9a61-6f2e8b7d4c10}")),
        c.table + QLatin1Char('/') + c.key + QLatin1Char('/') + loserHlc)
                           .toString(QUuid::WithoutBraces);
    const QString hcol = householdColumn(c.table);
    const QString household = hcol.isEmpty() ? QString() : winner.value(hcol).toString();
    const QString winnerText = QString::fromUtf8(QJsonDocument(winner).toJson(QJsonDocument::Compact));
    const QString loserText = QString::fromUtf8(QJsonDocument(loser).toJson(QJsonDocument::Compact));
    // Recorded after the loop, with capture on, so every station learns of it: the losing version may exist
    // nowhere else once this station has moved on.
    const QString winnerHlc = winner.value(QStringLiteral("hlc")).toString();
    applied.conflicts.append({ id, c.table, c.key, household, winnerHlc, loserHlc, winnerText, loserText });
    AuditEntry entry;
    entry.action = QStringLiteral("conflict");
    entry.table = c.table;
    entry.recordId = c.key;
    entry.householdId = household;
    entry.field = QStringLiteral("*");
    // Only the fields the two versions differ in (issue 23): the conflict record keeps both whole.
    QJsonObject loserDiff;
    QJsonObject winnerDiff;
    for (const QString &key : winner.keys() + loser.keys()) {
        if (winner.value(key) != loser.value(key)) {
            loserDiff.insert(key, loser.value(key));
            winnerDiff.insert(key, winner.value(key));
        }
    }
    entry.oldValue = QString::fromUtf8(QJsonDocument(loserDiff).toJson(QJsonDocument::Compact));
    entry.newValue = QString::fromUtf8(QJsonDocument(winnerDiff).toJson(QJsonDocument::Compact));
    entry.userName = m_auditUser;
    return m_audit.append(entry);
}

void RowApplier::noteHousehold(const Change &c, AppliedChanges &applied)
{
    auto hcol = m_householdIndex.constFind(c.row.shape.get());
    if (hcol == m_householdIndex.constEnd()) {
        const QString column = householdColumn(c.table);
        hcol = m_householdIndex.insert(c.row.shape.get(), column.isEmpty() ? -1 : c.row.shape->indexOf(column));
    }
    if (*hcol < 0)
        return;
    const QString household = c.row.values.at(*hcol).toString();
    QStringList &tables = applied.householdTables[household];
    if (tables.contains(c.table))
        return;
    tables.append(c.table);
    const bool own = c.table == QLatin1String("households") || c.table == QLatin1String("members");
    if (own)
        applied.searchHouseholds.insert(household);
    if (own || c.table == QLatin1String("incomes"))
        applied.tierHouseholds.insert(household);
}

} // namespace sn::sync
