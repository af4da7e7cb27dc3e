#include "ClassificationText.h"

#include "domain/AssistanceRules.h"
#include "domain/Money.h"

#include <QVariantList>

namespace sn {

namespace {

QString yuan(qint64 fen)
{
    return money::toYuanString(fen);
}

QString yuan(const ClassificationStep &s, const char *name)
{
    return yuan(s.money(name));
}

// 2 -> "2", 1.5 -> "1.5", 0.25 -> "0.25": no trailing zeros.
QString factor(const ClassificationStep &s, const char *name)
{
    return QString::number(s.values.value(QLatin1String(name)).toDouble(), 'g', 10);
}

QString yesNo(bool b)
{
    return b ? ClassificationText::tr("yes") : ClassificationText::tr("no");
}

QString atMost(bool within)
{
    return within ? ClassificationText::tr("<=") : ClassificationText::tr(">");
}

QString rulesVerdict(bool within)
{
    return within ? ClassificationText::tr("within the rules") : ClassificationText::tr("exceeds the rules");
}

QString propertyPhrase(bool ok)
{
    return ok ? ClassificationText::tr("property within the rules")
              : ClassificationText::tr("property exceeds the rules");
}

QString area(const ClassificationStep &s)
{
    return AreaType(s.number("area")) == AreaType::Rural ? ClassificationText::tr("rural")
                                                         : ClassificationText::tr("urban");
}

QString people(const QStringList &items)
{
    return items.join(ClassificationText::tr("; ", "between people"));
}

QVariantList list(const ClassificationStep &s, const char *name)
{
    return s.values.value(QLatin1String(name)).toList();
}

QString gradeRange(int mildest)
{
    static const char *const ranges[] = { QT_TRANSLATE_NOOP("sn::ClassificationText", "grade 1"),
        QT_TRANSLATE_NOOP("sn::ClassificationText", "grades 1-2"),
        QT_TRANSLATE_NOOP("sn::ClassificationText", "grades 1-3"),
        QT_TRANSLATE_NOOP("sn::ClassificationText", "grades 1-4") };
    return mildest >= 1 && mildest <= 4 ? ClassificationText::tr(ranges[mildest - 1]) : QString::number(mildest);
}

QString grade(int grade)
{
    static const char *const grades[] = { QT_TRANSLATE_NOOP("sn::ClassificationText", "grade 1"),
        QT_TRANSLATE_NOOP("sn::ClassificationText", "grade 2"), QT_TRANSLATE_NOOP("sn::ClassificationText", "grade 3"),
        QT_TRANSLATE_NOOP("sn::ClassificationText", "grade 4") };
    return grade >= 1 && grade <= 4 ? ClassificationText::tr(grades[grade - 1]) : QString::number(grade);
}

QString disabilityName(const QString &type)
{
    for (const AssistanceRules::DisabilityRule &rule : AssistanceRules::DisabilityRules) {
        if (type == QLatin1String(rule.type))
            return QCoreApplication::translate("sn::AssistanceRules", rule.name);
    }
    return type;
}

QString finding(const QVariantHash &person)
{
    using F = AssistanceRules::LabourFinding;
    switch (F::Reason(person.value(QStringLiteral("reason")).toInt())) {
    case F::Elder:
        return ClassificationText::tr("aged %1 or over").arg(AssistanceRules::ElderAge);
    case F::Minor:
        return ClassificationText::tr("under %1").arg(AssistanceRules::MinorAge);
    case F::Disability:
        return ClassificationText::tr("%1, %2", "disability type and grade")
            .arg(disabilityName(person.value(QStringLiteral("disability")).toString()),
                grade(person.value(QStringLiteral("grade")).toInt()));
    case F::Assessed:
        return ClassificationText::tr("assessed as unable to work");
    case F::Able:
        break;
    }
    return {};
}

QString countedMembers(const ClassificationStep &s)
{
    QString line = ClassificationText::tr("counted members: %1 of %2").arg(s.number("counted")).arg(s.number("total"));
    QStringList excluded;
    for (const QVariant &v : list(s, "excluded")) {
        const QVariantHash m = v.toHash();
        excluded << ClassificationText::tr("%1 (%2)", "person and reason")
                        .arg(m.value(QStringLiteral("name")).toString(),
                            exclusionDisplay(Exclusion(m.value(QStringLiteral("exclusion")).toInt())));
    }
    if (!excluded.isEmpty())
        line += ClassificationText::tr("; not counted: %1").arg(excluded.join(ClassificationText::tr(", ", "list")));
    return line;
}

QString excludedIncome(const ClassificationStep &s)
{
    QStringList items;
    for (const QVariant &v : list(s, "items")) {
        const QVariantHash item = v.toHash();
        const AssistanceRules::ExcludedIncome *e
            = AssistanceRules::excludedIncome(item.value(QStringLiteral("kind")).toString());
        items << ClassificationText::tr("%1 %2 yuan")
                     .arg(e ? QCoreApplication::translate("sn::AssistanceRules", e->name)
                            : item.value(QStringLiteral("kind")).toString(),
                         yuan(item.value(QStringLiteral("amount")).toLongLong()));
    }
    return ClassificationText::tr("not counted as income (%1): %2")
        .arg(QString::fromUtf8(AssistanceRules::IncomeSource), items.join(ClassificationText::tr(", ", "list")));
}

QString financialAssets(const ClassificationStep &s)
{
    return ClassificationText::tr(
        "financial assets (deposits, securities) %1 yuan / %2 = %3 yuan per person %4 %5 x %6 = %7 -> %8")
        .arg(yuan(s, "total"))
        .arg(s.number("members"))
        .arg(yuan(s, "perPerson"), atMost(s.verdict))
        .arg(s.number("months"))
        .arg(yuan(s, "standard"), yuan(s, "limit"), rulesVerdict(s.verdict));
}

QString labourRule()
{
    QStringList parts { ClassificationText::tr("aged %1 or over").arg(AssistanceRules::ElderAge),
        ClassificationText::tr("under %1").arg(AssistanceRules::MinorAge) };
    for (const AssistanceRules::DisabilityRule &rule : AssistanceRules::DisabilityRules)
        parts << ClassificationText::tr("%1 %2", "disability type and grades")
                     .arg(QCoreApplication::translate("sn::AssistanceRules", rule.name), gradeRange(rule.mildestGrade));
    parts << ClassificationText::tr("assessed as unable to work");
    return ClassificationText::tr("unable to work means (%1)")
        .arg(ClassificationText::tr("%1: %2", "source and rule")
                 .arg(QString::fromUtf8(AssistanceRules::LabourSource),
                     parts.join(ClassificationText::tr(", ", "list"))));
}

QString tekun(const ClassificationStep &s)
{
    QString line
        = ClassificationText::tr("特困供养: every counted member unable to work: %1").arg(yesNo(s.flag("noLabour")));
    QStringList unable, able;
    for (const QVariant &v : list(s, "unable"))
        unable << ClassificationText::tr("%1 (%2)", "person and reason")
                      .arg(v.toHash().value(QStringLiteral("name")).toString(), finding(v.toHash()));
    for (const QVariant &v : list(s, "able")) {
        const int age = v.toHash().value(QStringLiteral("age")).toInt();
        able << ClassificationText::tr("%1, age %2")
                    .arg(v.toHash().value(QStringLiteral("name")).toString(),
                        age >= 0 ? QString::number(age) : QStringLiteral("?"));
    }
    if (!unable.isEmpty())
        line += ClassificationText::tr(" (unable to work: %1)").arg(people(unable));
    if (!able.isEmpty())
        line += ClassificationText::tr(" (able to work: %1)").arg(people(able));
    line += ClassificationText::tr("; no legal supporter able to support: %1").arg(yesNo(s.flag("noSupporter")));
    line += ClassificationText::tr("; per-capita income %1 yuan < standard %2: %3")
                .arg(yuan(s, "perCapita"), yuan(s, "standard"), yesNo(s.flag("belowStandard")));
    line += ClassificationText::tr("; property within the rules: %1").arg(yesNo(s.flag("propertyOk")));
    line += s.verdict ? ClassificationText::tr(" -> 特困供养") : ClassificationText::tr(" -> not 特困供养");
    return line;
}

QString dibao(const ClassificationStep &s)
{
    const QString perCapita = yuan(s, "perCapita");
    const QString standard = yuan(s, "standard");
    if (!s.flag("belowStandard"))
        return ClassificationText::tr("per-capita income %1 yuan >= standard %2 -> not 低保").arg(perCapita, standard);
    if (s.verdict)
        return ClassificationText::tr("per-capita income %1 yuan < standard %2 and %3 -> 低保")
            .arg(perCapita, standard, propertyPhrase(true));
    return ClassificationText::tr("per-capita income %1 yuan < standard %2 but %3 -> not 低保")
        .arg(perCapita, standard, propertyPhrase(false));
}

QString dibaoEdge(const ClassificationStep &s)
{
    const QString perCapita = yuan(s, "perCapita");
    const QString standard = yuan(s, "standard");
    const QString multiplier = factor(s, "multiplier");
    if (s.flag("belowStandard"))
        return ClassificationText::tr("per-capita income %1 yuan < standard %2 but %3 -> not 低保边缘")
            .arg(perCapita, standard, propertyPhrase(false));
    if (!s.flag("belowEdge"))
        return ClassificationText::tr("per-capita income %1 yuan >= %2 x standard %3 = %4 -> not 低保边缘")
            .arg(perCapita, multiplier, standard, yuan(s, "edgeLine"));
    if (s.verdict)
        return ClassificationText::tr("per-capita income %1 yuan >= standard %2 and < %3 x %2 -> 低保边缘")
            .arg(perCapita, standard, multiplier);
    return ClassificationText::tr("per-capita income %1 yuan >= standard %2 and < %3 x %2 but %4 -> not 低保边缘")
        .arg(perCapita, standard, multiplier, propertyPhrase(false));
}

QString expenditure(const ClassificationStep &s)
{
    QString line = ClassificationText::tr(
        "支出型贫困: yearly per-capita income %1 yuan < last year's per-capita disposable income %2: %3")
                       .arg(yuan(s, "yearlyPerCapita"), yuan(s, "disposable"), yesNo(s.flag("lowIncome")));
    line += ClassificationText::tr(
        "; rigid spending of the past 12 months %1 yuan > %2 x yearly family income %3 = %4: %5")
                .arg(yuan(s, "rigid"), factor(s, "share"), yuan(s, "yearlyIncome"), yuan(s, "shareLimit"),
                    yesNo(s.flag("heavy")));
    line += ClassificationText::tr("; per-capita income after rigid spending %1 yuan < %2 x %3 = %4: %5")
                .arg(yuan(s, "afterPerCapita"), factor(s, "multiplier"), yuan(s, "standard"), yuan(s, "edgeLine"),
                    yesNo(s.flag("underEdge")));
    line += ClassificationText::tr("; property within the rules: %1").arg(yesNo(s.flag("propertyOk")));
    line += s.verdict ? ClassificationText::tr(" -> 支出型贫困") : ClassificationText::tr(" -> not 支出型贫困");
    return line;
}

QString conclusion(const ClassificationStep &s)
{
    const Category c = Category(s.number("category"));
    if (c == Category::None)
        return ClassificationText::tr("result: none of 特困供养, 低保, 低保边缘, 支出型贫困 applies");
    return ClassificationText::tr("result: %1").arg(CategoryNames::chinese(c));
}

} // namespace

QString ClassificationText::line(const ClassificationStep &s)
{
    switch (s.rule) {
    case ClassificationRule::CountedMembers:
        return countedMembers(s);
    case ClassificationRule::NoCountedMembers:
        return tr("no counted household members: per-capita income cannot be computed");
    case ClassificationRule::ExcludedIncome:
        return excludedIncome(s);
    case ClassificationRule::StandardCarriedOver:
        return tr("no %1 standard entered for %2 yet: the %3 standard applies")
            .arg(area(s))
            .arg(s.number("year"))
            .arg(s.number("standardYear"));
    case ClassificationRule::PlaceholderStandard:
        return tr("note: the %1 %2 standard %3 yuan and disposable income %4 yuan are placeholders the district "
                  "has not replaced yet; the result is provisional")
            .arg(s.number("year"))
            .arg(area(s), yuan(s, "standard"), yuan(s, "disposable"));
    case ClassificationRule::PerCapitaIncome:
        return tr("household monthly income %1 yuan / %2 = per-capita income %3 yuan")
            .arg(yuan(s, "income"))
            .arg(s.number("members"))
            .arg(yuan(s, "perCapita"));
    case ClassificationRule::FinancialAssets:
        return financialAssets(s);
    case ClassificationRule::Housing:
        return tr("housing units %1 %2 %3 -> %4")
            .arg(s.number("units"))
            .arg(atMost(s.verdict))
            .arg(s.number("max"))
            .arg(rulesVerdict(s.verdict));
    case ClassificationRule::Vehicles:
        return tr("vehicle value %1 yuan %2 %3 -> %4")
            .arg(yuan(s, "value"), atMost(s.verdict), yuan(s, "limit"), rulesVerdict(s.verdict));
    case ClassificationRule::LabourRule:
        return labourRule();
    case ClassificationRule::Tekun:
        return tekun(s);
    case ClassificationRule::Dibao:
        return dibao(s);
    case ClassificationRule::DibaoEdge:
        return dibaoEdge(s);
    case ClassificationRule::Expenditure:
        return expenditure(s);
    case ClassificationRule::Conclusion:
        return conclusion(s);
    case ClassificationRule::StandardMissing:
        return tr("no %1 低保 standard has been entered for %2: the category cannot be determined")
            .arg(area(s))
            .arg(s.number("year"));
    }
    return {};
}

QStringList ClassificationText::lines(const ClassificationResult &result)
{
    QStringList out;
    out.reserve(result.steps.size());
    for (const ClassificationStep &s : result.steps)
        out << line(s);
    return out;
}

QString ClassificationText::explanation(const ClassificationResult &result)
{
    return lines(result).join(QLatin1Char('\n'));
}

} // namespace sn
