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

private:
    Status checkScope(const QString &householdId, Permission permission) const;

    Database &m_db;
    Session m_session;
};

} // namespace sn
