#include "Household.h"

#include "AssistanceRules.h"
#include "EnumTable.h"

#include <QHash>
#include <QSet>

namespace sn {

namespace {

void setOk(bool *ok, bool value)
{
    if (ok)
        *ok = value;
}

constexpr EnumEntry<Relation> kRelationEntries[] = {
    { Relation::Head, "head", QT_TRANSLATE_NOOP("sn::Relation", "Head of household"), u"户主" },
    { Relation::Spouse, "spouse", QT_TRANSLATE_NOOP("sn::Relation", "Spouse"), u"配偶" },
    { Relation::Child, "child", QT_TRANSLATE_NOOP("sn::Relation", "Child"), u"子女" },
    { Relation::Parent, "parent", QT_TRANSLATE_NOOP("sn::Relation", "Parent"), u"父母" },
    { Relation::Grandchild, "grandchild", QT_TRANSLATE_NOOP("sn::Relation", "Grandchild"), u"孙子女" },
    { Relation::Grandparent, "grandparent", QT_TRANSLATE_NOOP("sn::Relation", "Grandparent"), u"祖父母" },
    { Relation::Sibling, "sibling", QT_TRANSLATE_NOOP("sn::Relation", "Sibling"), u"兄弟姐妹" },
    { Relation::ChildInLaw, "child_in_law", QT_TRANSLATE_NOOP("sn::Relation", "Son- or daughter-in-law"),
        u"儿媳/女婿" },
    { Relation::Other, "other", QT_TRANSLATE_NOOP("sn::Relation", "Other"), u"其他" },
};
constexpr EnumTable<Relation> kRelations("sn::Relation", kRelationEntries);

struct RelationAlias
{
    const char16_t *text;
    Relation relation;
};

constexpr RelationAlias kRelationAliases[] = {
    { u"户主", Relation::Head },
    { u"本人", Relation::Head },
    { u"配偶", Relation::Spouse },
    { u"妻", Relation::Spouse },
    { u"夫", Relation::Spouse },
    { u"妻子", Relation::Spouse },
    { u"丈夫", Relation::Spouse },
    { u"子", Relation::Child },
    { u"女", Relation::Child },
    { u"儿子", Relation::Child },
    { u"女儿", Relation::Child },
    { u"子女", Relation::Child },
    { u"长子", Relation::Child },
    { u"次子", Relation::Child },
    { u"长女", Relation::Child },
    { u"次女", Relation::Child },
    { u"父亲", Relation::Parent },
    { u"母亲", Relation::Parent },
    { u"父母", Relation::Parent },
    { u"父", Relation::Parent },
    { u"母", Relation::Parent },
    { u"孙子", Relation::Grandchild },
    { u"孙女", Relation::Grandchild },
    { u"孙子女", Relation::Grandchild },
    { u"外孙", Relation::Grandchild },
    { u"外孙女", Relation::Grandchild },
    { u"祖父", Relation::Grandparent },
    { u"祖母", Relation::Grandparent },
    { u"外祖父", Relation::Grandparent },
    { u"外祖母", Relation::Grandparent },
    { u"兄", Relation::Sibling },
    { u"弟", Relation::Sibling },
    { u"姐", Relation::Sibling },
    { u"妹", Relation::Sibling },
    { u"兄弟姐妹", Relation::Sibling },
    { u"儿媳", Relation::ChildInLaw },
    { u"女婿", Relation::ChildInLaw },
};

// Labels in the member table's context, where the form shows them.
constexpr EnumEntry<LabourCapacity> kLabourEntries[] = {
    { LabourCapacity::Full, "full", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Able to work"), u"有" },
    { LabourCapacity::Partial, "partial", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Partly able to work"),
        u"部分丧失" },
    { LabourCapacity::None, "none", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Unable to work"), u"无" },
};
constexpr EnumTable<LabourCapacity> kLabour("sn::MemberTableModel", kLabourEntries);

constexpr EnumEntry<Employment> kEmploymentEntries[] = {
    { Employment::Employed, "employed", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Employed"), u"就业" },
    { Employment::Farming, "farming", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Farming"), u"务农" },
    { Employment::SelfEmployed, "self_employed", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Self-employed"),
        u"个体经营" },
    { Employment::Unemployed, "unemployed", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Unemployed"), u"失业" },
    { Employment::Retired, "retired", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Retired"), u"退休" },
    { Employment::Student, "student", QT_TRANSLATE_NOOP("sn::MemberTableModel", "In education"), u"在校" },
    { Employment::None, "none", QT_TRANSLATE_NOOP("sn::MemberTableModel", "None"), u"无" },
};
constexpr EnumTable<Employment> kEmployment("sn::MemberTableModel", kEmploymentEntries);

constexpr EnumEntry<Exclusion> kExclusionEntries[] = {
    { Exclusion::Counted, "counted", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Counted"), u"计入" },
    { Exclusion::Prison, "prison", QT_TRANSLATE_NOOP("sn::MemberTableModel", "In prison"), u"服刑" },
    { Exclusion::Rehab, "rehab", QT_TRANSLATE_NOOP("sn::MemberTableModel", "In compulsory rehabilitation"),
        u"强制隔离戒毒" },
    { Exclusion::Missing, "missing", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Declared missing"), u"宣告失踪" },
    { Exclusion::Clergy, "clergy", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Clergy away 3+ years"), u"宗教教职人员" },
    { Exclusion::NotLivingTogether, "not_living_together",
        QT_TRANSLATE_NOOP("sn::MemberTableModel", "Not living together"), u"不共同生活" },
};
constexpr EnumTable<Exclusion> kExclusion("sn::MemberTableModel", kExclusionEntries);

constexpr EnumEntry<CareLevel> kCareEntries[] = {
    { CareLevel::SelfCare, "self", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Self-care"), u"全自理" },
    { CareLevel::Partial, "partial", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Partial care"), u"半护理" },
    { CareLevel::Full, "full", QT_TRANSLATE_NOOP("sn::MemberTableModel", "Full care"), u"全护理" },
};
constexpr EnumTable<CareLevel> kCare("sn::MemberTableModel", kCareEntries);

constexpr EnumEntry<Sex> kSexEntries[] = {
    { Sex::Unknown, "" },
    { Sex::Male, "M", nullptr, u"男" },
    { Sex::Female, "F", nullptr, u"女" },
};
constexpr EnumTable<Sex> kSexes("sn::Member", kSexEntries);

QString memberLabel(const Member &m, qsizetype index)
{
    if (!m.name.trimmed().isEmpty())
        return m.name;
    return HouseholdRules::tr("member %1").arg(index + 1);
}

} // namespace

// ---- Member / Household --------------------------------------------------------------------------------

bool Member::withoutLabourCapacity(const QDate &date) const
{
    return AssistanceRules::labourFinding(*this, date).unable;
}

const Member *Household::head() const
{
    for (const Member &m : members) {
        if (m.relation == Relation::Head)
            return &m;
    }
    return nullptr;
}

QString Household::headName() const
{
    const Member *h = head();
    return h ? h->name : QString();
}

QList<const Member *> Household::countedMembers() const
{
    QList<const Member *> list;
    for (const Member &m : members) {
        if (m.counts())
            list.append(&m);
    }
    return list;
}

Fen Household::monthlyIncome() const
{
    QSet<QString> counted;
    for (const Member &m : members) {
        if (m.counts())
            counted.insert(m.id);
    }
    Fen total = 0;
    for (const IncomeItem &item : incomes) {
        if ((item.memberId.isEmpty() || counted.contains(item.memberId)) && AssistanceRules::incomeCounts(item.kind))
            total += item.monthlyAmount;
    }
    return total;
}

// ---- HouseholdRules --------------------------------------------------------------------------------------

namespace {

// The problems found so far; each step of HouseholdRules::validate adds to it.
struct Problems
{
    QList<HouseholdProblem> list;
    void add(const QString &field, const QString &message) { list.append(HouseholdProblem { field, message }); }
};

QString memberField(qsizetype i, const char *name)
{
    return QStringLiteral("members[%1].%2").arg(i).arg(QLatin1String(name));
}

// Exactly one head of household.
void validateHead(const Household &h, Problems &p)
{
    if (h.members.isEmpty()) {
        p.add(QStringLiteral("members"), HouseholdRules::tr("The household has no members"));
        return;
    }
    int heads = 0;
    for (const Member &m : h.members) {
        if (m.relation == Relation::Head)
            ++heads;
    }
    if (heads == 0)
        p.add(QStringLiteral("members"), HouseholdRules::tr("No member is marked as head of household"));
    else if (heads > 1)
        p.add(QStringLiteral("members"),
            HouseholdRules::tr("%n members are marked as head of household; exactly one is needed", nullptr, heads));
}

// Names, ID numbers (valid, not twice, matching the birth date). Returns the members' birth dates as the
// record has them, or from the ID number when the record has none.
QList<QDate> validateMembers(const Household &h, const QDate &today, Problems &p)
{
    QList<QDate> births(h.members.size());
    QHash<QString, qsizetype> seenIds;
    for (qsizetype i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        const QString label = memberLabel(m, i);
        if (m.name.trimmed().isEmpty())
            p.add(memberField(i, "name"), HouseholdRules::tr("Member %1 has no name").arg(i + 1));

        births[i] = m.birthDate;
        const IdNumber id = IdNumber::parse(m.idNumber, today);
        if (!id.isValid()) {
            p.add(memberField(i, "idNumber"),
                HouseholdRules::tr("ID number of %1 is invalid: %2").arg(label, id.errorText()));
        } else {
            const QString key = id.normalized();
            const auto seen = seenIds.constFind(key);
            if (seen != seenIds.constEnd()) {
                p.add(memberField(i, "idNumber"),
                    HouseholdRules::tr("%1 has the same ID number as %2")
                        .arg(label, memberLabel(h.members.at(*seen), *seen)));
            } else {
                seenIds.insert(key, i);
            }
            if (m.birthDate.isValid() && m.birthDate != id.birthDate()) {
                p.add(memberField(i, "birthDate"),
                    HouseholdRules::tr("Birth date of %1 (%2) does not match the ID number (%3)")
                        .arg(label, m.birthDate.toString(Qt::ISODate), id.birthDate().toString(Qt::ISODate)));
            }
            if (!births[i].isValid())
                births[i] = id.birthDate();
        }
    }
    return births;
}

// Relations that fit ages: children younger and parents older than the head, no spouse under 16.
void validateRelations(const Household &h, const QList<QDate> &births, const QDate &today, Problems &p)
{
    qsizetype headIndex = -1;
    for (qsizetype i = 0; i < h.members.size(); ++i) {
        if (h.members.at(i).relation == Relation::Head) {
            headIndex = i;
            break;
        }
    }
    const QDate headBirth = headIndex >= 0 ? births.at(headIndex) : QDate();
    for (qsizetype i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        const QDate birth = births.at(i);
        if (!birth.isValid())
            continue;
        const QString label = memberLabel(m, i);
        if (headBirth.isValid() && i != headIndex) {
            const QString headLabel = memberLabel(h.members.at(headIndex), headIndex);
            if ((m.relation == Relation::Child || m.relation == Relation::Grandchild) && birth < headBirth) {
                p.add(memberField(i, "relation"),
                    HouseholdRules::tr("%1 is recorded as %2 but is older than the head of household %3")
                        .arg(label, relationDisplay(m.relation), headLabel));
            } else if ((m.relation == Relation::Parent || m.relation == Relation::Grandparent) && birth > headBirth) {
                p.add(memberField(i, "relation"),
                    HouseholdRules::tr("%1 is recorded as %2 but is younger than the head of household %3")
                        .arg(label, relationDisplay(m.relation), headLabel));
            }
        }
        if (m.relation == Relation::Spouse && today.isValid()) {
            const int age = sn::ageOn(birth, today);
            if (age < 16)
                p.add(memberField(i, "relation"),
                    HouseholdRules::tr("%1 is recorded as spouse but is only %n years old", nullptr, age).arg(label));
        }
    }
}

// Money is never negative.
void validateAmounts(const Household &h, Problems &p)
{
    if (h.monthlyAmount < 0)
        p.add(QStringLiteral("monthlyAmount"),
            HouseholdRules::tr("Monthly assistance amount is negative (%1 yuan)")
                .arg(money::toYuanString(h.monthlyAmount)));
    for (qsizetype i = 0; i < h.incomes.size(); ++i) {
        const Fen v = h.incomes.at(i).monthlyAmount;
        if (v < 0)
            p.add(QStringLiteral("incomes[%1].monthlyAmount").arg(i),
                HouseholdRules::tr("Income item %1 has a negative amount (%2 yuan)")
                    .arg(i + 1)
                    .arg(money::toYuanString(v)));
    }
    for (qsizetype i = 0; i < h.assets.size(); ++i) {
        const Fen v = h.assets.at(i).value;
        if (v < 0)
            p.add(QStringLiteral("assets[%1].value").arg(i),
                HouseholdRules::tr("Asset %1 has a negative value (%2 yuan)").arg(i + 1).arg(money::toYuanString(v)));
    }
    for (qsizetype i = 0; i < h.expenditures.size(); ++i) {
        const Fen v = h.expenditures.at(i).amount;
        if (v < 0)
            p.add(QStringLiteral("expenditures[%1].amount").arg(i),
                HouseholdRules::tr("Expenditure %1 has a negative amount (%2 yuan)")
                    .arg(i + 1)
                    .arg(money::toYuanString(v)));
    }
}

// Texts within the lengths a record keeps.
void validateLengths(const Household &h, Problems &p)
{
    auto tooLong = [&p](const QString &field, const QString &what, const QString &text, int limit) {
        if (text.size() > limit)
            p.add(field,
                HouseholdRules::tr("%1 is %2 characters long; at most %3 are kept")
                    .arg(what)
                    .arg(text.size())
                    .arg(limit));
    };
    tooLong(QStringLiteral("address"), HouseholdRules::tr("The address"), h.address, HouseholdLimits::Address);
    tooLong(QStringLiteral("phone"), HouseholdRules::tr("The phone number"), h.phone, HouseholdLimits::Phone);
    tooLong(QStringLiteral("exitReason"), HouseholdRules::tr("The exit reason"), h.exitReason, HouseholdLimits::Reason);
    tooLong(QStringLiteral("overrideReason"), HouseholdRules::tr("The reason for the override"),
        h.categoryOverrideReason, HouseholdLimits::Reason);
    tooLong(QStringLiteral("notes"), HouseholdRules::tr("The notes"), h.notes, HouseholdLimits::Notes);
    for (qsizetype i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        tooLong(memberField(i, "name"), HouseholdRules::tr("The name of member %1").arg(i + 1), m.name,
            HouseholdLimits::Name);
        tooLong(memberField(i, "phone"), HouseholdRules::tr("The phone number of %1").arg(memberLabel(m, i)), m.phone,
            HouseholdLimits::Phone);
    }
}

} // namespace

QList<HouseholdProblem> HouseholdRules::warnings(const Household &h)
{
    Problems warnings;
    const bool paid = h.category == Category::Tekun || h.category == Category::Dibao;
    if (paid && h.status == HouseholdStatus::Active && h.monthlyAmount <= 0)
        warnings.add(QStringLiteral("monthlyAmount"),
            tr("The household is covered as %1 but no monthly amount is entered")
                .arg(CategoryNames::display(h.category)));
    return warnings.list;
}

bool HouseholdRules::readyToClassify(const Household &h, const QDate &today)
{
    for (const Member &m : h.members) {
        if (IdNumber::parse(m.idNumber, today).isValid())
            return true;
    }
    return false;
}

QList<HouseholdProblem> HouseholdRules::validate(const Household &h, const QDate &today)
{
    Problems problems;
    validateLengths(h, problems);
    validateHead(h, problems);
    const QList<QDate> births = validateMembers(h, today, problems);
    validateRelations(h, births, today, problems);
    validateAmounts(h, problems);
    if (h.status == HouseholdStatus::Exited && h.exitReason.trimmed().isEmpty())
        problems.add(QStringLiteral("exitReason"), tr("The household has exited but no exit reason is recorded"));
    return problems.list;
}

// ---- codes -------------------------------------------------------------------------------------------------

QString relationCode(Relation r)
{
    return kRelations.code(r);
}

Relation relationFromCode(const QString &code, bool *ok)
{
    return kRelations.fromCode(code, Relation::Other, ok);
}

Relation relationFromText(const QString &text, bool *ok)
{
    QString t = text.trimmed();
    t.remove(QChar(0x3000));
    bool codeOk = false;
    const Relation byCode = relationFromCode(t, &codeOk);
    if (codeOk) {
        setOk(ok, true);
        return byCode;
    }
    for (const RelationAlias &a : kRelationAliases) {
        if (t == QStringView(a.text)) {
            setOk(ok, true);
            return a.relation;
        }
    }
    setOk(ok, false);
    return Relation::Other;
}

QString relationDisplay(Relation r)
{
    return kRelations.label(r);
}

QString relationChinese(Relation r)
{
    return kRelations.chinese(r);
}

QString labourCode(LabourCapacity l)
{
    return kLabour.code(l);
}

LabourCapacity labourFromCode(const QString &code)
{
    return kLabour.fromCode(code);
}

QString labourChinese(LabourCapacity l)
{
    return kLabour.chinese(l);
}

QString employmentCode(Employment e)
{
    return kEmployment.code(e);
}

Employment employmentFromCode(const QString &code)
{
    return kEmployment.fromCode(code, Employment::None);
}

QString employmentChinese(Employment e)
{
    return kEmployment.chinese(e);
}

QString exclusionCode(Exclusion e)
{
    return kExclusion.code(e);
}

Exclusion exclusionFromCode(const QString &code)
{
    return kExclusion.fromCode(code);
}

QString careCode(CareLevel c)
{
    return kCare.code(c);
}

CareLevel careFromCode(const QString &code, bool *ok)
{
    if (const auto found = kCare.findChinese(code)) {
        if (ok)
            *ok = true;
        return *found;
    }
    return kCare.fromCode(code, ok);
}

QString careChinese(CareLevel c)
{
    return kCare.chinese(c);
}

QString exclusionChinese(Exclusion e)
{
    return kExclusion.chinese(e);
}

QString exclusionDisplay(Exclusion e)
{
    return kExclusion.label(e);
}

QString labourDisplay(LabourCapacity l)
{
    return kLabour.label(l);
}

QString employmentDisplay(Employment e)
{
    return kEmployment.label(e);
}

QList<Relation> allRelations()
{
    return kRelations.values();
}

QList<LabourCapacity> allLabourCapacities()
{
    return kLabour.values();
}

QList<Employment> allEmployments()
{
    return kEmployment.values();
}

QList<Exclusion> allExclusions()
{
    return kExclusion.values();
}

QString sexCode(Sex s)
{
    return s == Sex::Unknown ? QString() : kSexes.code(s);
}

Sex sexFromCode(const QString &code)
{
    if (code.trimmed().isEmpty())
        return Sex::Unknown;
    if (const auto bySymbol = kSexes.find(code))
        return *bySymbol;
    return kSexes.findChinese(code).value_or(Sex::Unknown);
}

} // namespace sn
