#include "SuspicionMatcher.h"

#include "StationService.h"
#include "spreadsheet/TableLocator.h"

#include "database/MatchCandidateReader.h"
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

// What load() asks the registry for.
struct LoadKeys
{
    QList<QPair<QByteArray, QString>> candidates; // valid normalised ID number (or empty), simplified name
    QSet<QString> idNumbers;
};

LoadKeys loadKeysOf(const QList<MatchKey> &rows, const QDate &today)
{
    // As matchKeyed() decides: a damaged or invalid ID number never matches, not even by name.
    LoadKeys keys;
    keys.candidates.reserve(rows.size());
    for (const MatchKey &row : rows) {
        if (row.idDamaged)
            continue;
        QByteArray id;
        if (!row.idText.isEmpty()) {
            const IdNumber parsed = IdNumber::parse(row.idText, today);
            if (!parsed.isValid())
                continue;
            id = parsed.normalized().toLatin1();
            keys.idNumbers.insert(parsed.normalized());
        }
        keys.candidates.append({id, row.name.simplified()});
    }
    return keys;
}

// Names of the rows no ID number matched.
QSet<QString> namesToMatch(const LoadKeys &keys, const QHash<QByteArray, int> &byIdNumber)
{
    QSet<QString> names;
    for (const auto &[id, name] : std::as_const(keys.candidates)) {
        if (!name.isEmpty() && (id.isEmpty() || !byIdNumber.contains(id)))
            names.insert(name);
    }
    return names;
}

Error registryError(const char *what, const Error &sqlite)
{
    return Error::internal(SuspicionMatcher::tr("Cannot read the registry for matching (%1): %2").arg(QLatin1String(what), sqlite.message));
}

} // namespace

Result<SuspicionMatcher> SuspicionMatcher::load(Database &db, const QList<MatchKey> &rows, MatchThresholds thresholds)
{
    SuspicionMatcher m;
    m.m_thresholds = thresholds;
    m.m_today = Clock::today(); // once: the local date costs a time-zone lookup
    const LoadKeys keys = loadKeysOf(rows, m.m_today);
    auto reader = MatchCandidateReader::open(db);
    if (!reader)
        return reader.error();
    QHash<QByteArray, int> index;
    if (auto st = m.loadByIdNumber(reader.value(), keys.idNumbers, index); !st)
        return st.error();
    if (auto st = m.loadByName(reader.value(), namesToMatch(keys, m.m_byIdNumber), index); !st)
        return st.error();
    m.loadPlaces(StationService::regions(db));
    return m;
}

int SuspicionMatcher::addHousehold(const MatchCandidate &c, QHash<QByteArray, int> &index)
{
    const QByteArray id = c.householdId();
    const auto it = index.constFind(id);
    if (it != index.constEnd())
        return *it;
    HouseholdEntry e;
    e.id = QString::fromUtf8(id);
    e.townshipCode = QString::fromUtf8(c.townshipCode());
    e.address = c.address();
    m_households.append(std::move(e));
    return *index.insert(id, int(m_households.size() - 1));
}

Status SuspicionMatcher::loadByIdNumber(const MatchCandidateReader &reader, const QSet<QString> &idNumbers,
                                        QHash<QByteArray, int> &index)
{
    if (idNumbers.isEmpty())
        return {};
    m_byIdNumber.reserve(int(idNumbers.size()));
    auto read = reader.byIdNumbers(idNumbers, [&](const MatchCandidate &c) { m_byIdNumber.insert(c.key(), addHousehold(c, index)); });
    if (!read)
        return registryError("members by ID number", read.error());
    return {};
}

Status SuspicionMatcher::loadByName(const MatchCandidateReader &reader, const QSet<QString> &names, QHash<QByteArray, int> &index)
{
    if (names.isEmpty())
        return {};
    auto read = reader.byNames(names, [&](const MatchCandidate &c) {
        QString name = QString::fromUtf8(c.key());
        if (name != name.simplified()) {
            name = name.simplified();
            if (!names.contains(name))
                return;
        }
        const int at = addHousehold(c, index);
        QList<int> &list = m_byName[name];
        if (!list.contains(at))
            list.append(at);
    });
    if (!read)
        return registryError("members by name", read.error());
    return {};
}

// Place names for routing: townships always; villages and communities only where the name is unique.
void SuspicionMatcher::loadPlaces(const RegionTree &tree)
{
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
            m_places.append({it.key(), *it.value().cbegin()});
    }
    std::sort(m_places.begin(), m_places.end(), [](const auto &a, const auto &b) {
        return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a.first < b.first;
    });
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
