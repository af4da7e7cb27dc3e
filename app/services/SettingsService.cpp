#include "SettingsService.h"

#include "ReviewService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SettingsRepository.h"
#include "database/StandardsRepository.h"
#include "database/Transaction.h"
#include "domain/Lead.h"
#include "domain/Tier.h"

#include <QHash>
#include <QRegularExpression>

namespace sn {

const QString SettingsService::LeadEmergencyHours = QStringLiteral("leads/emergency_hours");
const QString SettingsService::LeadPublicReportDays = QStringLiteral("leads/public_report_days");
const QString SettingsService::PointsVerifiedLead = QStringLiteral("points/verified_lead");

namespace {

constexpr int MaxCardTitle = 40;
constexpr int MaxHotline = 20;
constexpr Fen MaxMonthlyStandard = Fen(100000) * 100;  // 100,000 yuan a month: beyond any real standard
constexpr Fen MaxYearlyIncome = Fen(10000000) * 100;   // 10 million yuan a year

// The text a setting is stored as (SettingsRepository stores QVariant::toString()).
QString stored(const QVariant &v)
{
    return v.toString();
}

QString areaDisplay(AreaType area)
{
    return area == AreaType::Urban ? SettingsService::tr("urban") : SettingsService::tr("rural");
}

QString standardId(const YearlyStandard &s)
{
    return QStringLiteral("%1-%2").arg(s.year).arg(areaTypeCode(s.area));
}

} // namespace

SettingsService::Range SettingsService::range(const QString &key)
{
    static const QHash<QString, Range> ranges = {
        {setting::EdgeMultiplier, {1.0, 5.0}},
        {setting::RigidSpendingShare, {0.05, 1.0}},
        {setting::IdleLockMinutes, {1, 120}},
        {setting::LoginMaxFailures, {1, 20}},
        {setting::LoginLockMinutes, {1, 1440}},
        {LeadEmergencyHours, {1, 72}},
        {LeadPublicReportDays, {1, 30}},
        {PointsVerifiedLead, {0, 1000}},
    };
    if (key.startsWith(QLatin1String("reviews/")))
        return {0, 60};
    return ranges.value(key, Range{});
}

SettingsService::SettingsService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
    m_db.setActor({m_session.userId, m_session.userName});
}

DistrictRules SettingsService::rules() const
{
    const SettingsRepository settings(m_db);
    DistrictRules r;
    const ClassificationSettings c = settings.classification();
    r.edgeMultiplier = c.edgeMultiplier;
    r.rigidSpendingShare = c.rigidSpendingShare;
    r.idleLockMinutes = settings.value(setting::IdleLockMinutes).toInt();
    r.loginMaxFailures = settings.value(setting::LoginMaxFailures).toInt();
    r.loginLockMinutes = settings.value(setting::LoginLockMinutes).toInt();
    r.cardTitle = settings.value(setting::CardTitle).toString();
    r.supervisionHotline = settings.value(setting::SupervisionHotline).toString();
    r.rhythms = ReviewService(m_db, m_session).rhythms();
    const LeadDeadlines deadlines;
    const QVariant emergency = settings.value(LeadEmergencyHours);
    r.leadEmergencyHours = emergency.isValid() ? emergency.toInt() : deadlines.emergencyHours;
    const QVariant publicReport = settings.value(LeadPublicReportDays);
    r.leadPublicReportDays = publicReport.isValid() ? publicReport.toInt() : deadlines.publicReportDays;
    const QVariant points = settings.value(PointsVerifiedLead);
    r.pointsPerVerifiedLead = points.isValid() ? points.toInt() : 10;
    return r;
}

QList<YearlyStandard> SettingsService::standards() const
{
    return StandardsRepository(m_db).all();
}

Status SettingsService::checkNumber(const QString &key, double value, const QString &label) const
{
    const Range r = range(key);
    if (value < r.minimum || value > r.maximum)
        return Error::invalid(tr("%1 must be between %2 and %3.").arg(label).arg(r.minimum).arg(r.maximum), key);
    return {};
}

Status SettingsService::validate(const DistrictRules &r, const QList<YearlyStandard> &standards) const
{
    const struct { const QString &key; double value; QString label; } numbers[] = {
        {setting::EdgeMultiplier, r.edgeMultiplier, tr("The edge multiplier")},
        {setting::RigidSpendingShare, r.rigidSpendingShare, tr("The rigid spending share")},
        {setting::IdleLockMinutes, double(r.idleLockMinutes), tr("The idle lock time")},
        {setting::LoginMaxFailures, double(r.loginMaxFailures), tr("The number of failed sign-ins")},
        {setting::LoginLockMinutes, double(r.loginLockMinutes), tr("The sign-in lock time")},
        {LeadEmergencyHours, double(r.leadEmergencyHours), tr("The emergency deadline")},
        {LeadPublicReportDays, double(r.leadPublicReportDays), tr("The deadline for public reports")},
        {PointsVerifiedLead, double(r.pointsPerVerifiedLead), tr("The points per verified lead")},
    };
    for (const auto &n : numbers) {
        if (auto s = checkNumber(n.key, n.value, n.label); !s)
            return s;
    }
    for (Tier tier : TierRules::all()) {
        if (tier == Tier::None)
            continue;
        for (TaskType type : ReviewSchedule::allTypes()) {
            const QString key = ReviewService::rhythmKey(tier, type);
            const QString label = tr("The rhythm of %1 for %2").arg(ReviewSchedule::display(type), TierRules::display(tier));
            if (auto s = checkNumber(key, r.rhythms.interval(tier, type), label); !s)
                return s;
        }
    }
    const QString title = r.cardTitle.trimmed();
    if (title.isEmpty() || title.size() > MaxCardTitle)
        return Error::invalid(tr("The card title must have 1 to %1 characters.").arg(MaxCardTitle), setting::CardTitle);
    static const QRegularExpression hotline(QStringLiteral("^[0-9][0-9 -]*$"));
    const QString phone = r.supervisionHotline.trimmed();
    if (phone.size() > MaxHotline || !hotline.match(phone).hasMatch())
        return Error::invalid(tr("The supervision hotline must be a telephone number (digits, spaces and dashes)."),
                              setting::SupervisionHotline);

    QHash<QString, int> seen;
    for (const YearlyStandard &s : standards) {
        const QString id = standardId(s);
        if (seen.contains(id))
            return Error::invalid(tr("The standard for %1 (%2) is listed twice.").arg(s.year).arg(areaDisplay(s.area)), id);
        seen.insert(id, 1);
        if (s.year < MinYear || s.year > MaxYear)
            return Error::invalid(tr("The year %1 is outside %2 to %3.").arg(s.year).arg(MinYear).arg(MaxYear), id);
        if (s.dibaoMonthly <= 0 || s.dibaoMonthly > MaxMonthlyStandard)
            return Error::invalid(tr("The dibao standard for %1 (%2) must be more than 0 and at most %3 yuan a month.")
                                      .arg(s.year).arg(areaDisplay(s.area), money::toYuanString(MaxMonthlyStandard)), id);
        if (s.disposableIncomeYearly < 0 || s.disposableIncomeYearly > MaxYearlyIncome)
            return Error::invalid(tr("The disposable income for %1 (%2) must be between 0 and %3 yuan a year.")
                                      .arg(s.year).arg(areaDisplay(s.area), money::toYuanString(MaxYearlyIncome)), id);
    }
    return {};
}

Result<YearlyStandard> SettingsService::setStandard(int year, AreaType area, Fen dibaoMonthly, std::optional<Fen> income)
{
    QList<YearlyStandard> list = standards();
    const YearlyStandard *earlier = nullptr;
    YearlyStandard *existing = nullptr;
    for (YearlyStandard &s : list) {
        if (s.area != area)
            continue;
        if (s.year == year)
            existing = &s;
        else if (s.year < year && (!earlier || s.year > earlier->year))
            earlier = &s;
    }
    YearlyStandard entered{year, area, dibaoMonthly, 0, false};
    if (income)
        entered.disposableIncomeYearly = *income;
    else if (existing)
        entered.disposableIncomeYearly = existing->disposableIncomeYearly;
    else if (earlier)
        entered.disposableIncomeYearly = earlier->disposableIncomeYearly;
    if (existing)
        *existing = entered;
    else
        list.append(entered);
    auto saved = saveStandards(list);
    if (!saved)
        return saved.error();
    return entered;
}

Result<int> SettingsService::save(const DistrictRules &r, const QList<YearlyStandard> &standards)
{
    if (!canEdit())
        return Error::forbidden(tr("Your role (%1) may not change district rules or standards.").arg(Roles::display(m_session.role)));
    if (auto s = validate(r, standards); !s)
        return s.error();

    const DistrictRules before = rules();
    struct Change { QString key; QString oldValue; QString newValue; };
    QList<Change> changes;
    const auto compare = [&changes](const QString &key, const QVariant &oldValue, const QVariant &newValue) {
        if (stored(oldValue) != stored(newValue))
            changes.append({key, stored(oldValue), stored(newValue)});
    };
    compare(setting::EdgeMultiplier, before.edgeMultiplier, r.edgeMultiplier);
    compare(setting::RigidSpendingShare, before.rigidSpendingShare, r.rigidSpendingShare);
    compare(setting::IdleLockMinutes, before.idleLockMinutes, r.idleLockMinutes);
    compare(setting::LoginMaxFailures, before.loginMaxFailures, r.loginMaxFailures);
    compare(setting::LoginLockMinutes, before.loginLockMinutes, r.loginLockMinutes);
    compare(setting::CardTitle, before.cardTitle, r.cardTitle.trimmed());
    compare(setting::SupervisionHotline, before.supervisionHotline, r.supervisionHotline.trimmed());
    compare(LeadEmergencyHours, before.leadEmergencyHours, r.leadEmergencyHours);
    compare(LeadPublicReportDays, before.leadPublicReportDays, r.leadPublicReportDays);
    compare(PointsVerifiedLead, before.pointsPerVerifiedLead, r.pointsPerVerifiedLead);
    for (Tier tier : TierRules::all()) {
        if (tier == Tier::None)
            continue;
        for (TaskType type : ReviewSchedule::allTypes())
            compare(ReviewService::rhythmKey(tier, type), before.rhythms.interval(tier, type), r.rhythms.interval(tier, type));
    }

    QHash<QString, YearlyStandard> current;
    for (const YearlyStandard &s : this->standards())
        current.insert(standardId(s), s);
    QList<YearlyStandard> changedStandards;
    struct FieldChange { QString id; QString field; QString oldValue; QString newValue; };
    QList<FieldChange> standardChanges;
    for (const YearlyStandard &s : standards) {
        const QString id = standardId(s);
        const auto it = current.constFind(id);
        const bool isNew = it == current.cend();
        const auto field = [&](const QString &name, const QString &oldValue, const QString &newValue) {
            if (isNew || oldValue != newValue)
                standardChanges.append({id, name, isNew ? QString() : oldValue, newValue});
        };
        const YearlyStandard old = isNew ? YearlyStandard{} : it.value();
        const qsizetype countBefore = standardChanges.size();
        field(QStringLiteral("dibao_monthly_fen"), QString::number(old.dibaoMonthly), QString::number(s.dibaoMonthly));
        field(QStringLiteral("disposable_income_yearly_fen"), QString::number(old.disposableIncomeYearly),
              QString::number(s.disposableIncomeYearly));
        field(QStringLiteral("placeholder"), QString::number(old.placeholder ? 1 : 0), QString::number(s.placeholder ? 1 : 0));
        if (standardChanges.size() > countBefore)
            changedStandards.append(s);
    }
    if (changes.isEmpty() && changedStandards.isEmpty())
        return 0;

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    SettingsRepository settings(m_db);
    AuditLog audit(m_db);
    const auto auditChange = [&](const QString &table, const QString &record, const QString &field,
                                 const QString &oldValue, const QString &newValue) {
        AuditEntry entry;
        entry.action = QStringLiteral("setting");
        entry.table = table;
        entry.recordId = record;
        entry.field = field;
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        entry.userId = m_session.userId;
        entry.userName = m_session.userName;
        return audit.append(entry);
    };
    for (const Change &c : std::as_const(changes)) {
        if (auto s = settings.setValue(c.key, c.newValue); !s)
            return s.error();
        if (auto s = auditChange(QStringLiteral("settings"), c.key, c.key, c.oldValue, c.newValue); !s)
            return s.error();
    }
    StandardsRepository repository(m_db);
    for (const YearlyStandard &s : std::as_const(changedStandards)) {
        if (auto written = repository.upsert(s); !written)
            return written.error();
    }
    for (const FieldChange &c : std::as_const(standardChanges)) {
        if (auto s = auditChange(QStringLiteral("standards"), c.id, c.field, c.oldValue, c.newValue); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(changes.size() + standardChanges.size());
}

} // namespace sn
