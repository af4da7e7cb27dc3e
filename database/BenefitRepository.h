#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QDate>
#include <QString>
#include <optional>

namespace sn {

class Database;

// A clerk's amount in place of the computed one (migration 27).
struct BenefitOverride
{
    QString householdId;
    Fen amount = 0;
    Fen computed = 0; // what the rules gave when it was set
    QString reason;
    QDate setOn;
    QString userName;
};

class BenefitRepository
{
public:
    explicit BenefitRepository(Database &db)
        : m_db(db)
    {
    }

    Result<std::optional<BenefitOverride>> overrideOf(const QString &householdId) const;
    Status setOverride(const BenefitOverride &o);
    Status clearOverride(const QString &householdId);

private:
    Database &m_db;
};

} // namespace sn
