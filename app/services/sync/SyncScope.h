#pragma once

#include "Bundle.h"
#include "KeyRing.h"

#include "database/SyncedRowStore.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace sn::sync {

// Which scope a synced row belongs to, and whether a station may write it: the one place that says what a
// township station may hold and send (issue 18).
//
// A row's scope is KeyRing::RefScope for district-wide reference data (regions, standards, settings, policies,
// liaisons, stations, department imports, the ID index), a township code for rows of one township (households
// and everything under them, leads, volunteers, routed department rows, that township's accounts), and
// KeyRing::DistrictScope for rows of no township (district accounts, unrouted department rows).
class ScopeResolver
{
    Q_DECLARE_TR_FUNCTIONS(sn::sync::ScopeResolver)
public:
    explicit ScopeResolver(SyncedRowStore &store)
        : m_store(store)
    {
    }

    // Parents carried in the same bundle are looked up there before the database.
    void learn(const QList<Change> &changes);
    Result<QString> scopeOf(const QString &table, const Row &row);

    // Whether the station of `sender` may write this row (of scope `scope`). District stations may write
    // anything; a township station only its township's rows and a few reference rows that are its own (its
    // station row, its ID index entries, its township's settings and liaisons, the department tables it
    // imported), and never an account with a district-wide role.
    static bool mayWrite(const StationCertificate &sender, const QString &scope, const QString &table, const Row &row);
    // Null when every change of `bundle` may be written by its sender and lies in the section it came in;
    // otherwise why the bundle is refused. Rows the receiver holds are checked as they are here too: a township
    // station cannot move another township's household into its own.
    Result<QString> checkSender(const SignedBundle &bundle);

private:
    Result<QString> townshipOf(const QString &table, const QString &key);

    SyncedRowStore &m_store;
    QHash<QString, QString> m_township; // "table/key" -> township code, from the bundle and the database
};

// The changes by scope, each to be sealed with its scope's key (SyncExport.cpp). Rows the station of `ring` may
// not write stay out, counted in `withheld`: a district station would refuse the whole bundle.
Result<QList<BundleSection>> sectionsOf(
    SyncedRowStore &reader, const KeyRing &ring, QList<Change> changes, int &withheld);

} // namespace sn::sync
