#include "BenefitService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/SettingsRepository.h"
#include "database/StandardsRepository.h"
#include "database/Transaction.h"
#include "domain/Clock.h"
#include "services/HouseholdService.h"

namespace sn {

namespace {

// Setting key -> the field it sets; percentages and ages as integers, amounts in fen, the ratio as a number.
struct SettingField
{
    const char *key;
    int BenefitSettings::*number = nullptr;
    Fen BenefitSettings::*amount = nullptr;
};

const SettingField kFields[] = {
    { "benefit/elder_age", &BenefitSettings::elderAge },
    { "benefit/elder_percent", &BenefitSettings::elderPercent },
    { "benefit/severe_disability_percent", &BenefitSettings::severeDisabilityPercent },
    { "benefit/serious_illness_percent", &BenefitSettings::seriousIllnessPercent },
    { "benefit/minor_age", &BenefitSettings::minorAge },
    { "benefit/minor_percent", &BenefitSettings::minorPercent },
    { "benefit/dibao_minimum_fen", nullptr, &BenefitSettings::dibaoMinimum },
    { "benefit/care_self_fen", nullptr, &BenefitSettings::careSelf },
    { "benefit/care_partial_fen", nullptr, &BenefitSettings::carePartial },
    { "benefit/care_full_fen", nullptr, &BenefitSettings::careFull },
};
const char *const TekunRatioKey = "benefit/tekun_basic_ratio";

} // namespace

BenefitService::BenefitService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
    m_db.setActor({ m_session.userId, m_session.userName });
}

QStringList BenefitService::settingKeys()
{
    QStringList keys;
    for (const SettingField &f : kFields)
        keys.append(QString::fromLatin1(f.key));
    keys.append(QString::fromLatin1(TekunRatioKey));
    return keys;
}

BenefitSettings BenefitService::settings() const
{
    const SettingsRepository repo(m_db);
    BenefitSettings s;
    for (const SettingField &f : kFields) {
        const QVariant v = repo.value(QString::fromLatin1(f.key));
        if (!v.isValid())
            continue;
        if (f.number)
            s.*f.number = v.toInt();
        else
            s.*f.amount = v.toLongLong();
    }
    if (const QVariant v = repo.value(QString::fromLatin1(TekunRatioKey)); v.isValid())
        s.tekunBasicRatio = v.toDouble();
    return s;
}

Status BenefitService::checkScope(const QString &householdId, Permission permission) const
{
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    auto township = HouseholdRepository(m_db).townshipOf(householdId);
    if (!township)
        return township.error();
    if (!m_session.coversTownship(township.value()))
        return Error::forbidden(tr("This household belongs to another township."));
    return {};
}

Result<BenefitStatement> BenefitService::statement(const QString &householdId, Category category, const QDate &on) const
{
    if (auto s = checkScope(householdId, Permission::ViewHouseholds); !s)
        return s.error();
    auto h = HouseholdRepository(m_db).load(householdId);
    if (!h)
        return h.error();
    const QDate day = on.isValid() ? on : Clock::today();
    const Category c = category == Category::None ? h->category : category;
    const std::optional<YearlyStandard> standard = StandardsRepository(m_db).forYear(day.year(), h->area);
    if (!standard && (c == Category::Dibao || c == Category::Tekun))
        return Error::invalid(
            tr("No 低保 standard is entered for %1 or any earlier year.").arg(day.year()), QStringLiteral("standard"));
    BenefitStatement st;
    st.householdId = householdId;
    st.computed = BenefitCalculator::compute(h.value(), c, standard.value_or(YearlyStandard {}), settings(), day);
    auto o = BenefitRepository(m_db).overrideOf(householdId);
    if (!o)
        return o.error();
    st.override = o.value();
    return st;
}

Status BenefitService::setOverride(const QString &householdId, Fen amount, const QString &reason)
{
    if (auto s = checkScope(householdId, Permission::OverrideBenefit); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Error::invalid(
            tr("Give the reason for an amount other than the computed one."), QStringLiteral("reason"));
    if (amount < 0)
        return Error::invalid(tr("The amount cannot be negative."), QStringLiteral("amount"));
    auto current = statement(householdId);
    if (!current)
        return current.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = BenefitRepository(m_db).setOverride({ householdId, amount, current->computed.monthlyAmount,
            reason.trimmed(), Clock::today(), m_session.userName });
        !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("override");
    entry.table = QStringLiteral("benefit_overrides");
    entry.recordId = householdId;
    entry.householdId = householdId;
    entry.field = QStringLiteral("amount_fen");
    entry.oldValue = QString::number(current->monthlyAmount());
    entry.newValue = QStringLiteral("%1 (%2)").arg(amount).arg(reason.trimmed());
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s;
    return tx.commit();
}

Status BenefitService::clearOverride(const QString &householdId, const QString &reason)
{
    if (auto s = checkScope(householdId, Permission::OverrideBenefit); !s)
        return s;
    auto current = statement(householdId);
    if (!current)
        return current.error();
    if (!current->override)
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = BenefitRepository(m_db).clearOverride(householdId); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("override");
    entry.table = QStringLiteral("benefit_overrides");
    entry.recordId = householdId;
    entry.householdId = householdId;
    entry.field = QStringLiteral("amount_fen");
    entry.oldValue = QString::number(current->override->amount);
    entry.newValue = QStringLiteral("%1 (%2)").arg(current->computed.monthlyAmount).arg(reason.trimmed());
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s;
    return tx.commit();
}

} // namespace sn

namespace sn {

Result<QList<AmountChange>> BenefitService::changesFrom(const QString &month) const
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return Error::invalid(tr("The month must be YYYY-MM."), QStringLiteral("month"));
    QList<AmountChange> changes;
    for (Category c : { Category::Dibao, Category::Tekun }) {
        HouseholdQuery q;
        q.category = c;
        q.status = HouseholdStatus::Active;
        q.limit = 1000000;
        auto found = HouseholdService(m_db, m_session).search(q); // the session's scope
        if (!found)
            return found.error();
        for (const HouseholdSummary &h : found.value()) {
            auto st = statement(h.id, c, first);
            if (!st)
                return st.error();
            const Fen computed = st->computed.monthlyAmount;
            if (computed != h.monthlyAmount)
                changes.append({ h.id, h.headName, c, h.monthlyAmount, computed, st->override.has_value() });
        }
    }
    return changes;
}

Result<int> BenefitService::applyChanges(const QString &month)
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    auto changes = changesFrom(month);
    if (!changes)
        return changes.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    HouseholdRepository repo(m_db);
    int changed = 0;
    for (const AmountChange &c : changes.value()) {
        if (c.overridden)
            continue;
        auto h = repo.load(c.householdId);
        if (!h)
            return h.error();
        Household household = h.value();
        household.monthlyAmount = c.computed;
        if (auto s = repo.save(household); !s)
            return s.error();
        AuditEntry entry;
        entry.action = QStringLiteral("update");
        entry.table = QStringLiteral("households");
        entry.recordId = c.householdId;
        entry.householdId = c.householdId;
        entry.field = QStringLiteral("standard_applied_from");
        entry.newValue = month;
        if (auto s = AuditLog(m_db).append(entry); !s)
            return s.error();
        ++changed;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed;
}

} // namespace sn
