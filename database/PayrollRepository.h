#pragma once

#include "domain/Category.h"
#include "domain/Money.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sn {

class Database;

struct PaymentAccount
{
    QString householdId;
    QString holder;
    QString bank;
    QString account;
};

// One household on a month's payment roll.
struct PayrollRow
{
    QString householdId;
    QString townshipCode;
    QString villageCode;
    QString headName;
    int persons = 0; // counted members
    Category category = Category::None;
    Fen amount = 0; // the clerk's amount when one is set, else the household's
    QString bank;
    QString account; // full: the roll is what the bank pays from
};

class PayrollRepository
{
public:
    explicit PayrollRepository(Database &db)
        : m_db(db)
    {
    }

    Result<std::optional<PaymentAccount>> account(const QString &householdId) const;
    Status setAccount(const PaymentAccount &account);
    // Active 低保 and 特困 households paid in the month (started by its last day, amount above 0), of one
    // township or all, by township, village and head.
    Result<QList<PayrollRow>> roll(const QDate &monthStart, const QString &townshipCode) const;

private:
    Database &m_db;
};

} // namespace sn
