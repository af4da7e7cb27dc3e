// Conflicts: the concurrent edits kept while applying bundles, for a clerk to review and resolve.
#include "SyncService.h"

#include "../ReviewService.h"

#include "database/AuditLog.h"
#include "database/ChangeCapture.h"
#include "database/ConflictRepository.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/SearchIndex.h"
#include "database/Transaction.h"
#include "domain/IdNumber.h"

#include <algorithm>

namespace sn {

namespace {

QJsonObject masked(QJsonObject row)
{
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.value().isString())
            it.value() = IdNumber::maskWithin(it.value().toString());
    }
    return row;
}

} // namespace

Result<QList<ConflictEntry>> SyncService::scopedConflicts(bool openOnly) const
{
    std::optional<QString> township;
    if (!Roles::districtWide(m_session.role))
        township = m_session.townshipCode;
    return ConflictRepository(m_db).list(openOnly, township);
}

Result<QList<ConflictEntry>> SyncService::conflicts(bool openOnly) const
{
    auto list = scopedConflicts(openOnly);
    if (!list || m_session.can(Permission::SeeFullIdNumbers))
        return list;
    QList<ConflictEntry> entries = std::move(list.value());
    for (ConflictEntry &c : entries) {
        c.winner = masked(c.winner);
        c.loser = masked(c.loser);
    }
    return entries;
}

Status SyncService::resolve(const QString &conflictId, Resolution resolution, const QJsonObject &merged)
{
    auto all = scopedConflicts(false); // unmasked: the version taken is written back as it was
    if (!all)
        return all.error();
    const auto it
        = std::find_if(all->cbegin(), all->cend(), [&](const ConflictEntry &e) { return e.id == conflictId; });
    if (it == all->cend())
        return Error::notFound(tr("No conflict with the id %1.").arg(conflictId));
    const ConflictEntry conflict = *it;
    if (conflict.resolved)
        return Error::conflict(tr("This conflict is already resolved."));
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role may not resolve conflicts."));
    if (conflict.householdId.isEmpty() && !Roles::districtWide(m_session.role))
        return Error::forbidden(tr("Only the district may resolve conflicts outside households."));

    auto tables = ChangeCapture::tables(m_db);
    if (!tables)
        return tables.error();
    SyncedRowStore store(m_db, tables.value());
    const SyncedTable *t = store.table(conflict.table);
    if (!t)
        return Error::invalid(tr("The table %1 is not synced.").arg(conflict.table));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (resolution != Resolution::KeepWinner) {
        if (auto s = rewriteRow(store, *t, conflict, resolution, merged); !s)
            return s;
    }
    const QString code = resolution == Resolution::KeepWinner ? QStringLiteral("kept_winner")
        : resolution == Resolution::TakeLoser                 ? QStringLiteral("took_loser")
                                                              : QStringLiteral("merged");
    if (auto s = ConflictRepository(m_db).markResolved(conflictId, code, m_session.userName); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("resolve");
    entry.table = conflict.table;
    entry.recordId = conflict.key;
    entry.householdId = conflict.householdId;
    entry.field = QStringLiteral("*");
    entry.newValue = code;
    entry.userId = m_session.userId;
    entry.userName = m_session.userName;
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s;
    return tx.commit();
}

Status SyncService::rewriteRow(SyncedRowStore &store, const SyncedTable &t, const ConflictEntry &conflict,
    Resolution resolution, const QJsonObject &merged)
{
    auto current = store.current(t, conflict.key);
    if (!current)
        return current.error();
    QJsonObject row = current.value() ? current.value()->toJson() : conflict.winner;
    const QJsonObject chosen = resolution == Resolution::TakeLoser ? conflict.loser : merged;
    for (auto field = chosen.constBegin(); field != chosen.constEnd(); ++field) {
        if (field.key() != t.key && field.key() != QLatin1String("hlc") && field.key() != QLatin1String("station_id")
            && t.payload().contains(field.key()))
            row.insert(field.key(), field.value());
    }
    // A new version on top of the current one: it syncs like any edit (its previous stamp is the winner's).
    const QString stamp = m_db.stamp();
    row.insert(QStringLiteral("hlc"), stamp);
    row.insert(QStringLiteral("station_id"), m_db.stationId());
    if (auto s = store.write(t, Row::fromJson(t.name, row), current.value().has_value()); !s)
        return s;
    // The resolution has seen both versions: neither forms a conflict with it anywhere it arrives.
    auto seen = store.seen(t.name, conflict.key, stamp);
    if (!seen)
        return seen.error();
    VersionVector both = seen.value();
    both.add(conflict.winnerHlc);
    both.add(conflict.loserHlc);
    if (auto s = store.recordSeen(t.name, conflict.key, both); !s)
        return s;
    if (!conflict.householdId.isEmpty()) {
        if (auto h = HouseholdRepository(m_db).load(conflict.householdId)) {
            if (auto s = SearchIndex(m_db).index(h.value()); !s)
                return s;
            if (auto s = ReviewService(m_db, Session::system()).refreshHousehold(conflict.householdId); !s)
                return s;
        }
    }
    return {};
}

} // namespace sn
