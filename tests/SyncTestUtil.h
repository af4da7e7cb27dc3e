#pragma once

// Helpers shared by the sync tests (tst_sync, tst_synccampaign, tst_syncsnapshot).
#include "TestUtil.h"

#include "database/Database.h"
#include "services/sync/SyncService.h"

#include <QRandomGenerator>
#include <QStringList>

namespace sn::test {

// Every synced table's row count and content hash, one line each: equal text, equal data.
inline QString digestText(Database &db)
{
    QStringList lines;
    for (const TableDigest &d : SyncService::digest(db).value())
        lines.append(QStringLiteral("%1 %2 %3").arg(d.table).arg(d.rows).arg(d.hash));
    return lines.join(QLatin1Char('\n'));
}

// A household of two working-age adults (so the rules give 低保 as the fixture's category says), numbered `n`.
inline Household randomHousehold(QRandomGenerator &rng, int n)
{
    Household h = household();
    const QDate birth(1970 + int(rng.bounded(25)), 1 + int(rng.bounded(12)), 1 + int(rng.bounded(28)));
    h.members[0].name = QStringLiteral("户主%1").arg(n);
    h.members[0].birthDate = birth;
    h.members[0].idNumber = makeId(birth, 1 + 2 * int(rng.bounded(400)));
    h.members[1].name = QStringLiteral("配偶%1").arg(n);
    h.members[1].birthDate = birth.addYears(1);
    h.members[1].idNumber = makeId(birth.addYears(1), 2 + 2 * int(rng.bounded(400)));
    h.address = QStringLiteral("北园村%1社%2号").arg(rng.bounded(9)).arg(n);
    return h;
}

} // namespace sn::test
