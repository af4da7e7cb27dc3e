#pragma once

#include "database/BenefitRepository.h"
#include "domain/Benefit.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <optional>

namespace sn {

class Database;

// A household's benefit as `benefit HOUSEHOLD` prints it: the computed amount and its working, the clerk's
// amount if one was set, and what is paid.
struct BenefitStatement
{
    QString householdId;
    BenefitResult computed;
    std::optional<BenefitOverride> override; // a clerk's amount with its reason
    Fen monthlyAmount() const { return override ? override->amount : computed.monthlyAmount; }
};

// A household whose amount the standard of a month gives differently from what it is paid now.
struct AmountChange
{
    QString householdId;
    QString headName;
    Category category = Category::None;
    Fen current = 0; // the household's monthly amount now
    Fen computed = 0; // what the rules give with the standard of the month
    bool overridden = false; // a clerk's amount is kept: listed, never changed
};

// Benefit amounts computed from the rules (issue 22, item 4): the standard of the household's area and year,
// the district's BenefitSettings, the household's counted members and income. A clerk may set another amount
// with a reason (OverrideBenefit, audited).
class BenefitService
{
    Q_DECLARE_TR_FUNCTIONS(sn::BenefitService)
public:
    BenefitService(Database &db, Session session);

    BenefitSettings settings() const;
    // The settings' keys ("benefit/elder_percent", ...).
    static QStringList settingKeys();
    // `category`: the household's own category when None.
    Result<BenefitStatement> statement(
        const QString &householdId, Category category = Category::None, const QDate &on = {}) const;
    Status setOverride(const QString &householdId, Fen amount, const QString &reason);
    Status clearOverride(const QString &householdId, const QString &reason);

    // When a standard changes: the 低保 and 特困 households of the session's scope whose amount the standard of
    // `month` ("YYYY-MM") gives differently, and applying them (EditHouseholds; audited per household, the month
    // in the audit entry). Returns how many were changed.
    Result<QList<AmountChange>> changesFrom(const QString &month) const;
    Result<int> applyChanges(const QString &month);

private:
    Status checkScope(const QString &householdId, Permission permission) const;

    Database &m_db;
    Session m_session;
};

} // namespace sn
