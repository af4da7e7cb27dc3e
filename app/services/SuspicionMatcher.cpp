#include "SuspicionMatcher.h"

#include "StationService.h"
#include "spreadsheet/TableLocator.h"

#include "database/Database.h"
#include "database/SqlUtil.h"
#include "domain/AddressKey.h"
#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "domain/Region.h"

#include <QJsonArray>
#include <QJsonDocument>
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

Result<SuspicionMatcher> SuspicionMatcher::load(Database &db, const QList<MatchKey> &rows, MatchThresholds thresholds)
{
    SuspicionMatcher m;
    m.m_thresholds = thresholds;
    m.m_today = Clock::today(); // once: the local date costs a time-zone lookup
    // As matchKeyed() decides: a damaged or invalid ID number never matches, not even by name.
    QList<QPair<QByteArray, QString>> candidates; // valid normalised ID number (or empty), simplified name
    candidates.reserve(rows.size());
    QSet<QString> idNumbers;
    for (const MatchKey &row : rows) {
        if (row.idDamaged)
            continue;
        QByteArray id;
        if (!row.idText.isEmpty()) {
            const IdNumber parsed = IdNumber::parse(row.idText, m.m_today);
            if (!parsed.isValid())
                continue;
            id = parsed.normalized().toLatin1();
            idNumbers.insert(parsed.normalized());
        }
        candidates.append({id, row.name.simplified()});
    }
    // Raw statements: tens of thousands of rows pass here, and QSqlQuery builds a QVariant per value.
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
    // The keys go in as one JSON array each: SQLite builds a transient index for IN (json_each) once per query.
    auto jsonArray = [](const QSet<QString> &set) {
        return QJsonDocument(QJsonArray::fromStringList(QStringList(set.cbegin(), set.cend()))).toJson(QJsonDocument::Compact);
    };
    QHash<QByteArray, int> index; // household id -> position in m_households
    // Columns 1-3 of both queries: the household's id, township and address.
    auto household = [&](sqlite3_stmt *st) {
        const QByteArray id = text(st, 1);
        const auto it = index.constFind(id);
        if (it != index.constEnd())
            return *it;
        HouseholdEntry e;
        e.id = QString::fromUtf8(id);
        e.townshipCode = QString::fromUtf8(text(st, 2));
        e.address = text(st, 3);
        m.m_households.append(std::move(e));
        return *index.insert(id, int(m.m_households.size() - 1));
    };
    // INDEXED BY: without table statistics SQLite would read the wide household and member rows (through the
    // primary key, or every member of every household for the GLOB) instead of these covering indexes.
    if (!idNumbers.isEmpty()) {
        Stmt st;
        if (sqlite3_prepare_v2(h, "SELECT m.id_number, h.id, h.township_code, h.address FROM members m "
                                  "JOIN households h INDEXED BY households_live_place ON h.id = m.household_id AND h.deleted = 0 "
                                  "WHERE m.deleted = 0 AND m.id_number <> '' AND m.id_number IN (SELECT value FROM json_each(?1))",
                               -1, &st.p, nullptr) != SQLITE_OK)
            return failed("members by ID number");
        const QByteArray ids = jsonArray(idNumbers);
        sqlite3_bind_text(st.p, 1, ids.constData(), int(ids.size()), SQLITE_STATIC);
        m.m_byIdNumber.reserve(int(idNumbers.size()));
        int rc;
        while ((rc = sqlite3_step(st.p)) == SQLITE_ROW)
            m.m_byIdNumber.insert(text(st.p, 0), household(st.p));
        if (rc != SQLITE_DONE)
            return failed("members by ID number");
    }
    // Names of the rows no ID number matched.
    QSet<QString> names;
    for (const auto &[id, name] : std::as_const(candidates)) {
        if (!name.isEmpty() && (id.isEmpty() || !m.m_byIdNumber.contains(id)))
            names.insert(name);
    }
    if (!names.isEmpty()) {
        // The names as written in the table, and any stored name holding white space (compared simplified, as
        // the table's names are: "李  花" is "李 花").
        Stmt st;
        if (sqlite3_prepare_v2(h, "SELECT m.name, h.id, h.township_code, h.address FROM members m "
                                  "JOIN households h INDEXED BY households_live_place ON h.id = m.household_id AND h.deleted = 0 "
                                  "WHERE m.deleted = 0 AND m.name IN (SELECT value FROM json_each(?1)) "
                                  "UNION ALL SELECT m.name, h.id, h.township_code, h.address FROM members m INDEXED BY members_live_name "
                                  "JOIN households h INDEXED BY households_live_place ON h.id = m.household_id AND h.deleted = 0 "
                                  "WHERE m.deleted = 0 AND m.name GLOB ?2",
                               -1, &st.p, nullptr) != SQLITE_OK)
            return failed("members by name");
        const QByteArray nameList = jsonArray(names);
        sqlite3_bind_text(st.p, 1, nameList.constData(), int(nameList.size()), SQLITE_STATIC);
        const QByteArray whiteSpace = QStringLiteral("*[ \t\n\r\u3000\u00a0]*").toUtf8();
        sqlite3_bind_text(st.p, 2, whiteSpace.constData(), int(whiteSpace.size()), SQLITE_STATIC);
        int rc;
        while ((rc = sqlite3_step(st.p)) == SQLITE_ROW) {
            const QByteArray raw = text(st.p, 0);
            QString name = QString::fromUtf8(raw);
            if (name != name.simplified()) {
                name = name.simplified();
                if (!names.contains(name))
                    continue;
            }
            const int at = household(st.p);
            QList<int> &list = m.m_byName[name];
            if (!list.contains(at))
                list.append(at);
        }
        if (rc != SQLITE_DONE)
            return failed("members by name");
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
