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
#include <sqlite3.h>
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
    m.m_today = Clock::today(); // once: the local date costs a time-zone lookup
    // Raw statements: about 400000 rows pass here, and QSqlQuery builds a QVariant per value.
    sqlite3 *h = sql::handle(db.sql());
    if (!h)
        return Error::internal(tr("No SQLite handle for the connection."));
    auto failed = [h](const char *what) {
        return Error::internal(tr("Cannot read the registry for matching (%1): %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(h))));
    };
    auto text = [](sqlite3_stmt *st, int column) {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, column)), sqlite3_column_bytes(st, column));
    };
    struct Stmt
    {
        sqlite3_stmt *p = nullptr;
        ~Stmt() { sqlite3_finalize(p); }
    };
    QHash<QByteArray, int> index;
    {
        Stmt st;
        if (sqlite3_prepare_v2(h, "SELECT id, township_code, address FROM households WHERE deleted = 0 ORDER BY rowid", -1, &st.p, nullptr) != SQLITE_OK)
            return failed("households");
        int rc;
        while ((rc = sqlite3_step(st.p)) == SQLITE_ROW) {
            const QByteArray id = text(st.p, 0);
            index.insert(id, int(m.m_households.size()));
            HouseholdEntry e;
            e.id = QString::fromUtf8(id);
            e.townshipCode = QString::fromUtf8(text(st.p, 1));
            e.address = text(st.p, 2);
            m.m_households.append(std::move(e));
        }
        if (rc != SQLITE_DONE)
            return failed("households");
    }
    {
        Stmt st;
        if (sqlite3_prepare_v2(h, "SELECT household_id, name, id_number FROM members WHERE deleted = 0", -1, &st.p, nullptr) != SQLITE_OK)
            return failed("members");
        m.m_byIdNumber.reserve(int(m.m_households.size()) * 3);
        int rc;
        while ((rc = sqlite3_step(st.p)) == SQLITE_ROW) {
            const auto it = index.constFind(text(st.p, 0));
            if (it == index.constEnd())
                continue;
            const QByteArray id = text(st.p, 2);
            if (!id.isEmpty())
                m.m_byIdNumber.insert(id, *it);
            QList<int> &list = m.m_byName[QString::fromUtf8(text(st.p, 1)).simplified()];
            if (!list.contains(*it))
                list.append(*it);
        }
        if (rc != SQLITE_DONE)
            return failed("members");
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

const QString &SuspicionMatcher::addressKeyOf(const HouseholdEntry &h) const
{
    if (!h.keyed) {
        h.addressKey = AddressKey::normalize(QString::fromUtf8(h.address));
        h.keyed = true;
    }
    return h.addressKey;
}

SuspicionMatch SuspicionMatcher::match(const QString &name, const QString &idText, bool idDamaged, const QString &address) const
{
    return matchKeyed(name, idText, idDamaged, AddressKey::normalize(address));
}

SuspicionMatch SuspicionMatcher::matchKeyed(const QString &name, const QString &idText, bool idDamaged, const QString &key) const
{
    SuspicionMatch result;
    result.idNumber = idText;
    if (idDamaged) {
        result.status = SuspicionStatus::Invalid;
        result.reason = TableLocator::damagedIdMessage();
        return result;
    }
    if (!idText.isEmpty()) {
        const IdNumber id = IdNumber::parse(idText, m_today);
        if (!id.isValid()) {
            result.status = SuspicionStatus::Invalid;
            result.reason = id.errorText();
            return result;
        }
        result.idNumber = id.normalized();
        const auto it = m_byIdNumber.constFind(result.idNumber.toLatin1());
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
    int best = -1;
    int bestScore = -1;
    for (int i : *candidates) {
        const int score = AddressKey::similarity(key, addressKeyOf(m_households.at(i)));
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
