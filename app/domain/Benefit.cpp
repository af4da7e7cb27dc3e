#include "Benefit.h"

#include <QtMath>

namespace sn {

namespace {

QString yuan(Fen fen)
{
    return money::toYuanString(fen);
}

// A share of an amount in fen, rounded half away from zero to the fen.
Fen percentOf(Fen amount, double percent)
{
    return qRound64(double(amount) * percent / 100.0);
}

} // namespace

int BenefitCalculator::addOnPercent(const Member &m, const BenefitSettings &s, const QDate &on, QString *why)
{
    const int age = m.ageOn(on);
    struct Candidate
    {
        bool applies;
        int percent;
        QString reason;
    };
    const Candidate candidates[] = {
        { m.severelyDisabled(), s.severeDisabilityPercent, tr("severely disabled (grade %1)").arg(m.disabilityGrade) },
        { m.seriousIllness, s.seriousIllnessPercent, tr("seriously ill") },
        { m.birthDate.isValid() && age >= s.elderAge, s.elderPercent, tr("aged %1").arg(age) },
        { m.birthDate.isValid() && age < s.minorAge, s.minorPercent, tr("minor aged %1").arg(age) },
    };
    int best = 0;
    for (const Candidate &c : candidates) {
        if (c.applies && c.percent > best) {
            best = c.percent;
            if (why)
                *why = c.reason;
        }
    }
    return best;
}

Fen BenefitCalculator::careStandard(CareLevel level, const BenefitSettings &s)
{
    switch (level) {
    case CareLevel::SelfCare:
        return s.careSelf;
    case CareLevel::Partial:
        return s.carePartial;
    case CareLevel::Full:
        return s.careFull;
    }
    return 0;
}

BenefitResult BenefitCalculator::compute(const Household &h, Category category, const YearlyStandard &standard,
    const BenefitSettings &settings, const QDate &on)
{
    if (category == Category::Dibao)
        return dibao(h, standard, settings, on);
    if (category == Category::Tekun)
        return tekun(h, standard, settings);
    BenefitResult r;
    r.category = category;
    r.lines.append(
        { tr("%1 is not paid a monthly amount: only 低保 and 特困 are.").arg(CategoryNames::display(category)), 0 });
    return r;
}

BenefitResult BenefitCalculator::dibao(
    const Household &h, const YearlyStandard &standard, const BenefitSettings &s, const QDate &on)
{
    BenefitResult r;
    r.category = Category::Dibao;
    const QList<const Member *> counted = h.countedMembers();
    r.countedMembers = int(counted.size());
    const Fen income = h.monthlyIncome();
    const QString area = standard.area == AreaType::Urban ? tr("urban") : tr("rural");
    r.lines.append(
        { tr("低保 standard of %1 (%2%3): %4 yuan per person per month")
                .arg(standard.year)
                .arg(area, standard.placeholder ? tr(", placeholder") : QString(), yuan(standard.dibaoMonthly)),
            0 });
    if (counted.isEmpty()) {
        r.lines.append({ tr("No member counts: nothing is paid."), 0 });
        return r;
    }
    r.perCapitaIncome = qRound64(double(income) / double(counted.size()));
    r.lines.append({ tr("Counted income %1 yuan / %2 persons = %3 yuan per person")
                         .arg(yuan(income))
                         .arg(counted.size())
                         .arg(yuan(r.perCapitaIncome)),
        0 });
    const Fen gap = standard.dibaoMonthly * Fen(counted.size()) - income;
    if (gap <= 0) {
        r.lines.append({ tr("Per-capita income is not below the standard: no 低保 payment."), 0 });
        return r;
    }
    r.eligible = true;
    r.lines.append({ tr("Gap: (%1 − %2) × %3 persons = %4 yuan")
                         .arg(yuan(standard.dibaoMonthly), yuan(r.perCapitaIncome))
                         .arg(counted.size())
                         .arg(yuan(gap)),
        gap });
    Fen total = gap;
    for (const Member *m : counted) {
        QString why;
        const int percent = addOnPercent(*m, s, on, &why);
        if (percent <= 0)
            continue;
        const Fen addOn = percentOf(standard.dibaoMonthly, percent);
        r.lines.append({ tr("分类施保 %1 (%2): %3% of %4 = %5 yuan")
                             .arg(m->name, why)
                             .arg(percent)
                             .arg(yuan(standard.dibaoMonthly), yuan(addOn)),
            addOn });
        total += addOn;
    }
    if (total < s.dibaoMinimum) {
        r.lines.append({ tr("Below the minimum payment %1 yuan: raised to it").arg(yuan(s.dibaoMinimum)),
            s.dibaoMinimum - total });
        total = s.dibaoMinimum;
    }
    r.monthlyAmount = total;
    r.lines.append({ tr("Monthly amount: %1 yuan").arg(yuan(total)), 0 });
    return r;
}

BenefitResult BenefitCalculator::tekun(const Household &h, const YearlyStandard &standard, const BenefitSettings &s)
{
    BenefitResult r;
    r.category = Category::Tekun;
    const QList<const Member *> counted = h.countedMembers();
    r.countedMembers = int(counted.size());
    const Fen basic = qRound64(double(standard.dibaoMonthly) * s.tekunBasicRatio);
    r.lines.append({ tr("Basic living standard: %1 × 低保 standard %2 = %3 yuan per person")
                         .arg(QString::number(s.tekunBasicRatio, 'g', 4), yuan(standard.dibaoMonthly), yuan(basic)),
        0 });
    Fen total = 0;
    for (const Member *m : counted) {
        const Fen care = careStandard(m->care, s);
        r.lines.append({ tr("%1: basic %2 + care standard %3 (%4) = %5 yuan")
                             .arg(m->name, yuan(basic), yuan(care), careChinese(m->care), yuan(basic + care)),
            basic + care });
        total += basic + care;
    }
    r.eligible = !counted.isEmpty();
    r.monthlyAmount = total;
    r.lines.append({ tr("Monthly amount: %1 yuan").arg(yuan(total)), 0 });
    return r;
}

} // namespace sn
