#pragma once

#include "database/SuspicionRecords.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace sn {

class Database;
class MatchCandidate;
class MatchCandidateReader;
class RegionTree;

struct SuspicionMatch
{
    SuspicionStatus status = SuspicionStatus::Unmatched;
    MatchedBy by = MatchedBy::None;
    QString householdId;
    QString townshipCode; // of the matched household
    int score = 0;        // 100 for an ID number; the address similarity for name + address
    QString idNumber;     // normalised when valid, else as given
    QString reason;       // why invalid; the household's address for a name + address match
};

struct MatchThresholds
{
    int matched = 90;   // name + address scoring at least this match without a clerk
    int candidate = 40; // from here up to `matched`: a clerk confirms or rejects
};

// A row of a department table as matching reads it: the head's name and the ID number cell.
struct MatchKey
{
    QString name;
    QString idText;
    bool idDamaged = false; // a number cell that lost digits
};

// Matching department rows against the registry: ID number exact; otherwise the name of a member plus the
// normalised address. A damaged or invalid ID number is reported and never matched. Only the members a table
// can match are loaded, from indexes that hold the household's township and address (migration 13): those with
// the table's valid ID numbers, then those named in rows that no ID number matched. A table of 50,000 rows reads
// a fraction of a 100,000-household registry. A household's
// address is normalised only when a row names one of its members (normalising is the costly part); that cache
// makes match() safe from one thread at a time only.
class SuspicionMatcher
{
    Q_DECLARE_TR_FUNCTIONS(sn::SuspicionMatcher)
public:
    static Result<SuspicionMatcher> load(Database &db, const QList<MatchKey> &rows, MatchThresholds thresholds = {});

    // idText as read from the cell; idDamaged when it came from a number that lost digits.
    SuspicionMatch match(const QString &name, const QString &idText, bool idDamaged, const QString &address) const;
    // The same with the row's address already normalised (AddressKey::normalize(address)).
    SuspicionMatch matchKeyed(const QString &name, const QString &idText, bool idDamaged, const QString &addressKey) const;

    // The township an address names (a township or an unambiguous village or community); empty if none.
    QString townshipFromAddress(const QString &address) const;
    int households() const { return int(m_households.size()); }

private:
    struct HouseholdEntry
    {
        QString id;
        QString townshipCode;
        QByteArray address;         // UTF-8 as stored
        mutable QString addressKey; // normalised on first use
        mutable bool keyed = false;
    };
    const QString &addressKeyOf(const HouseholdEntry &h) const;
    // The steps of load(). `index`: household id -> position in m_households, shared by both reads.
    int addHousehold(const MatchCandidate &c, QHash<QByteArray, int> &index);
    Status loadByIdNumber(const MatchCandidateReader &reader, const QSet<QString> &idNumbers, QHash<QByteArray, int> &index);
    Status loadByName(const MatchCandidateReader &reader, const QSet<QString> &names, QHash<QByteArray, int> &index);
    void loadPlaces(const RegionTree &tree);
    QList<HouseholdEntry> m_households;
    QHash<QByteArray, int> m_byIdNumber; // normalised ID numbers are ASCII
    QHash<QString, QList<int>> m_byName;
    QList<QPair<QString, QString>> m_places; // name as written -> township code, longest first
    MatchThresholds m_thresholds;
    QDate m_today;
};

} // namespace sn
