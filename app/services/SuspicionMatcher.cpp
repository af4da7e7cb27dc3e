#include "SuspicionMatcher.h"

#include "StationService.h"
#include "spreadsheet/TableLocator.h"

#include "database/Database.h"
#include "database/SqlUtil.h"
#include "domain/AddressKey.h"
#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "domain/Region.h"

#include <QSet>
#include <algorithm>

namespace sn {

namespace {

QString withoutSuffix(const QString &name)
{
    static const QStringList suffixes = {QStringLiteral("街道"), QStringLiteral("社区"), QStringLiteral("镇"),
                                         QStringLiteral("乡"), QStringLiteral("村")};
    for (const QString &s : suffixes) {
        if (name.endsWith(s) && name.size() - s.size() >= 2)
            return name.left(name.size() - s.size());
    }
    return name;
}

} // namespace

Result<SuspicionMatcher> SuspicionMatcher::load(Database &db, MatchThresholds thresholds)
{
    SuspicionMatcher m;
    m.m_thresholds = thresholds;
    auto hq = sql::exec(db.sql(), QStringLiteral("SELECT id, township_code, address FROM households WHERE deleted = 0 ORDER BY rowid"));
    if (!hq)
        return hq.error();
    QHash<QString, int> index;
    while (hq.value().next()) {
        const QSqlQuery &r = hq.value();
        index.insert(r.value(0).toString(), int(m.m_households.size()));
        m.m_households.append({r.value(0).toString(), r.value(1).toString(), AddressKey::normalize(r.value(2).toString())});
    }
    auto mq = sql::exec(db.sql(), QStringLiteral("SELECT household_id, name, id_number FROM members WHERE deleted = 0"));
    if (!mq)
        return mq.error();
    while (mq.value().next()) {
        const QSqlQuery &r = mq.value();
        const auto it = index.constFind(r.value(0).toString());
        if (it == index.constEnd())
            continue;
        const QString id = r.value(2).toString();
        if (!id.isEmpty())
            m.m_byIdNumber.insert(id, *it);
        QList<int> &list = m.m_byName[r.value(1).toString().simplified()];
        if (!list.contains(*it))
            list.append(*it);
    }

    // Place names for routing: townships always; villages and communities only where the name is unique.
    const RegionTree tree = StationService::regions(db);
    QHash<QString, QSet<QString>> owners;
    for (const Region &r : tree.all()) {
        if (r.level != RegionLevel::Township && r.level != RegionLevel::Village)
            continue;
        const QString township = tree.townshipOf(r.code);
        for (const QString &name : {r.name, withoutSuffix(r.name)}) {
            if (name.size() >= 2)
                owners[name].insert(township);
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() == 1)
            m.m_places.append({it.key(), *it.value().cbegin()});
    }
    std::sort(m.m_places.begin(), m.m_places.end(), [](const auto &a, const auto &b) {
        return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a.first < b.first;
    });
    return m;
}

QString SuspicionMatcher::townshipFromAddress(const QString &address) const
{
    const QString text = address.normalized(QString::NormalizationForm_KC);
    for (const auto &[name, township] : m_places) {
        if (text.contains(name))
            return township;
    }
    return {};
}

SuspicionMatch SuspicionMatcher::match(const QString &name, const QString &idText, bool idDamaged, const QString &address) const
{
    SuspicionMatch result;
    result.idNumber = idText;
    if (idDamaged) {
        result.status = SuspicionStatus::Invalid;
        result.reason = TableLocator::damagedIdMessage();
        return result;
    }
    if (!idText.isEmpty()) {
        const IdNumber id = IdNumber::parse(idText, Clock::today());
        if (!id.isValid()) {
            result.status = SuspicionStatus::Invalid;
            result.reason = id.errorText();
            return result;
        }
        result.idNumber = id.normalized();
        const auto it = m_byIdNumber.constFind(result.idNumber);
        if (it != m_byIdNumber.constEnd()) {
            const HouseholdEntry &h = m_households.at(*it);
            result.status = SuspicionStatus::Matched;
            result.by = MatchedBy::IdNumber;
            result.householdId = h.id;
            result.townshipCode = h.townshipCode;
            result.score = 100;
            return result;
        }
    }
    const QString person = name.simplified();
    if (person.isEmpty()) {
        if (idText.isEmpty()) {
            result.status = SuspicionStatus::Invalid;
            result.reason = tr("Neither a name nor an ID number.");
        }
        return result;
    }
    const auto candidates = m_byName.constFind(person);
    if (candidates == m_byName.constEnd())
        return result;
    const QString key = AddressKey::normalize(address);
    int best = -1;
    int bestScore = -1;
    for (int i : *candidates) {
        const int score = AddressKey::similarity(key, m_households.at(i).addressKey);
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    if (best < 0 || bestScore < m_thresholds.candidate)
        return result;
    const HouseholdEntry &h = m_households.at(best);
    result.by = MatchedBy::NameAddress;
    result.householdId = h.id;
    result.townshipCode = h.townshipCode;
    result.score = bestScore;
    result.status = bestScore >= m_thresholds.matched ? SuspicionStatus::Matched : SuspicionStatus::Candidate;
    return result;
}

} // namespace sn
