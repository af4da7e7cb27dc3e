#pragma once

#include "database/PayrollRepository.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <optional>

namespace sn {

class Database;

// The monthly payment roll (issue 22, item 6) and the accounts it pays into. The account number is shown in full
// on the roll only (it is what the bank pays from); everywhere else it is masked (maskedAccount).
class PayrollService
{
    Q_DECLARE_TR_FUNCTIONS(sn::PayrollService)
public:
    PayrollService(Database &db, Session session);

    // "6217 **** **** 1234": the first four and the last four characters.
    static QString maskedAccount(const QString &account);
    // Masked; EditHouseholds in the household's township to change it (audited, masked in the log too).
    Result<std::optional<PaymentAccount>> account(const QString &householdId) const;
    Status setAccount(PaymentAccount account);
    // The roll of `month` ("YYYY-MM") for the session's township (or `township` at the district): one row per
    // household, subtotals per village and township and a grand total, as an .xlsx that LibreOffice, Excel and
    // WPS open. Needs EditHouseholds (the clerks who pay). Returns the number of households on it.
    Result<int> writeRoll(const QString &month, const QString &township, const QString &path) const;
    Result<QList<PayrollRow>> roll(const QString &month, const QString &township) const;

private:
    Status checkScope(const QString &townshipCode, Permission permission) const;

    Database &m_db;
    Session m_session;
};

} // namespace sn
