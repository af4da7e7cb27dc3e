#include "SyncScope.h"

#include "domain/Role.h"

#include <QSet>

namespace sn::sync {

namespace {

const QSet<QString> &referenceTables()
{
    static const QSet<QString> tables { QStringLiteral("regions"), QStringLiteral("standards"),
        QStringLiteral("settings"), QStringLiteral("policies"), QStringLiteral("liaisons"), QStringLiteral("stations"),
        QStringLiteral("suspicion_imports"), QStringLiteral("id_index"), QStringLiteral("calendar_days") };
    return tables;
}

// The parent a row's township follows when it has no township of its own, in order of preference.
const QList<QPair<QString, QString>> &parentColumns()
{
    static const QList<QPair<QString, QString>> columns { { QStringLiteral("household_id"),
                                                              QStringLiteral("households") },
        { QStringLiteral("lead_id"), QStringLiteral("leads") },
        { QStringLiteral("application_id"), QStringLiteral("applications") },
        { QStringLiteral("volunteer_id"), QStringLiteral("volunteers") } };
    return columns;
}

QString text(const Row &row, QStringView column)
{
    return row.value(column).toString();
}

// Reference rows a township station may write: those that are its own.
bool ownReferenceRow(const StationCertificate &sender, const QString &table, const Row &row)
{
    const QString &township = sender.townshipCode;
    if (table == QLatin1String("stations"))
        return text(row, u"id") == sender.station;
    if (table == QLatin1String("id_index"))
        return text(row, u"township_code") == township;
    if (table == QLatin1String("settings"))
        return text(row, u"key").endsWith(QLatin1Char('/') + township);
    if (table == QLatin1String("liaisons"))
        return text(row, u"unit_kind") == QLatin1String("township") && text(row, u"unit") == township;
    return table == QLatin1String("suspicion_imports");
}

} // namespace

void ScopeResolver::learn(const QList<Change> &changes)
{
    for (const Change &c : changes) {
        if (c.row.contains(u"township_code"))
            m_township.insert(c.table + QLatin1Char('/') + c.key, text(c.row, u"township_code"));
    }
}

Result<QString> ScopeResolver::townshipOf(const QString &table, const QString &key)
{
    const QString id = table + QLatin1Char('/') + key;
    if (auto it = m_township.constFind(id); it != m_township.constEnd())
        return *it;
    QString township;
    if (const SyncedTable *t = m_store.table(table)) {
        auto row = m_store.current(*t, key);
        if (!row)
            return row.error();
        if (row.value())
            township = text(*row.value(), u"township_code");
    }
    m_township.insert(id, township);
    return township;
}

Result<QString> ScopeResolver::scopeOf(const QString &table, const Row &row)
{
    if (referenceTables().contains(table))
        return KeyRing::RefScope;
    if (row.contains(u"township_code")) {
        const QString township = text(row, u"township_code");
        return township.isEmpty() ? KeyRing::DistrictScope : township;
    }
    for (const auto &[column, parent] : parentColumns()) {
        const QString key = text(row, column);
        if (key.isEmpty())
            continue;
        auto township = townshipOf(parent, key);
        if (!township)
            return township.error();
        return township->isEmpty() ? KeyRing::DistrictScope : township.value();
    }
    return KeyRing::DistrictScope;
}

bool ScopeResolver::mayWrite(
    const StationCertificate &sender, const QString &scope, const QString &table, const Row &row)
{
    if (sender.isDistrict())
        return true;
    if (table == QLatin1String("users")) {
        bool known = false;
        const Role role = Roles::fromCode(text(row, u"role"), &known);
        if (!known || Roles::districtWide(role))
            return false;
    }
    if (scope == sender.townshipCode)
        return true;
    return scope == KeyRing::RefScope && ownReferenceRow(sender, table, row);
}

Result<QString> ScopeResolver::checkSender(const SignedBundle &bundle)
{
    const StationCertificate &sender = bundle.sender;
    if (sender.isDistrict())
        return QString();
    for (const BundleHeader::SectionInfo &section : bundle.header.sections) {
        const QString scope = KeyRing::baseScope(section.scope);
        if (scope != sender.townshipCode && scope != KeyRing::RefScope)
            return tr("a station of %1 sent rows of %2").arg(sender.townshipCode, scope);
    }
    for (const BundleSection &section : bundle.readable)
        learn(section.changes);
    for (const BundleSection &section : bundle.readable) {
        for (const Change &c : section.changes) {
            auto scope = scopeOf(c.table, c.row);
            if (!scope)
                return scope.error();
            if (scope.value() != section.scope || !mayWrite(sender, scope.value(), c.table, c.row))
                return tr("a station of %1 may not write %2 %3 (of %4)")
                    .arg(sender.townshipCode, c.table, c.key, scope.value());
            const SyncedTable *t = m_store.table(c.table);
            if (!t)
                continue;
            auto held = m_store.current(*t, c.key);
            if (!held)
                return held.error();
            if (!held.value())
                continue;
            auto heldScope = scopeOf(c.table, *held.value());
            if (!heldScope)
                return heldScope.error();
            if (!mayWrite(sender, heldScope.value(), c.table, *held.value()))
                return tr("a station of %1 may not change %2 %3 (of %4)")
                    .arg(sender.townshipCode, c.table, c.key, heldScope.value());
        }
    }
    return QString();
}

} // namespace sn::sync
