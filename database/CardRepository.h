#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace sn {

class Database;

// What a public-notice card needs of one household.
struct CardCandidate
{
    QString householdId;
    QString townshipCode;
    QString villageCode;
    QString categoryCode;
    Fen monthlyAmount = 0;
    QDate startDate;
    QString headName; // empty: the household has no head
    QDate headBirth;
    int persons = 0; // members counted in the household
};

// Whether a household asked for by id can have a card.
struct CardHouseholdState
{
    QString townshipCode;
    bool active = false;
    QString categoryCode;
};

struct CardSelection
{
    QStringList categoryCodes; // the categories that get a card
    QString townshipCode; // empty: every township
    QString villageCode; // empty: every village
    QStringList householdIds; // empty: every household in scope
};

// The households behind public-notice cards. Which categories get one and who may print is CardService's.
class CardRepository
{
public:
    explicit CardRepository(Database &db)
        : m_db(db)
    {
    }

    // std::nullopt: no live household with that id.
    Result<std::optional<CardHouseholdState>> state(const QString &householdId) const;
    // Active households of the selection, with their head (the first by position).
    Result<QList<CardCandidate>> candidates(const CardSelection &selection) const;

private:
    Database &m_db;
};

} // namespace sn
