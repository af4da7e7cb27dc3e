#pragma once

#include "Category.h"
#include "IdNumber.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sn {

enum class Relation { Head, Spouse, Child, Parent, Grandchild, Grandparent, Sibling, ChildInLaw, Other };
enum class LabourCapacity { Full, Partial, None };
enum class Employment { Employed, Farming, SelfEmployed, Unemployed, Retired, Student, None };
// Why a member living in the home does not count towards the household (domain.md).
enum class Exclusion { Counted, Prison, Rehab, Missing, Clergy, NotLivingTogether };
// A 特困 person's care level (生活自理能力), which sets the care standard added to the basic living standard.
enum class CareLevel { SelfCare, Partial, Full }; // 全自理 / 半护理 / 全护理

struct IncomeItem
{
    QString id;
    QString memberId; // empty: household-level income (rent, transfers)
    QString kind; // wage, farming, business, pension, transfer, other; not counted (AssistanceRules):
                  // basic_pension, old_age_allowance, special_care
    Fen monthlyAmount = 0;
    bool stable = true; // unstable income matters for the green tier
};

struct Asset
{
    QString id;
    QString kind; // housing, vehicle, deposit, securities, other
    QString description;
    Fen value = 0;
};

struct RigidExpenditure
{
    QString id;
    QString kind; // medical, education, rehabilitation, disaster, accident
    Fen amount = 0; // personal share over the past 12 months
    QDate incurredOn;
    QString note;
};

struct Member
{
    QString id;
    QString name;
    QString idNumber; // normalised 18 characters
    Relation relation = Relation::Other;
    QDate birthDate;
    Sex sex = Sex::Unknown;
    LabourCapacity labour = LabourCapacity::Full;
    QString disabilityType; // visual, hearing, speech, physical, intellectual, mental, multiple; empty: none
    int disabilityGrade = 0; // 1..4; 0: none
    bool seriousIllness = false;
    bool student = false;
    Employment employment = Employment::None;
    Exclusion exclusion = Exclusion::Counted;
    QString phone;
    CareLevel care = CareLevel::SelfCare;

    bool counts() const { return exclusion == Exclusion::Counted; }
    bool severelyDisabled() const { return disabilityGrade == 1 || disabilityGrade == 2; }
    int ageOn(const QDate &date) const { return sn::ageOn(birthDate, date); }
    // No labour capacity in the sense of 特困 (AssistanceRules::labourFinding: 60+, under 16, the listed
    // disability types and grades, or assessed as none).
    bool withoutLabourCapacity(const QDate &date) const;
};

enum class HouseholdStatus { Active, Exited };

// Three-colour management (三色管理): see Tier.h for the rules.
enum class Tier { None, Red, Yellow, Green, Monitoring };

// A live household's finding of a category with a validity period (schema 30): the renewal list and the lapse.
struct CategoryFinding
{
    QString householdId;
    QString townshipCode;
    QString headName;
    QDate foundOn;
};

struct Household
{
    QString id;
    QString townshipCode;
    QString villageCode;
    QString gridCode;
    QString address;
    QString phone;
    AreaType area = AreaType::Urban;
    Category category = Category::None; // the decided category
    QString categoryOverrideReason; // set when the clerk chose other than the classification
    QDate
        categoryFoundOn; // when the category was found or last renewed (a 刚性支出困难 finding lapses after 12 months)
    Fen monthlyAmount = 0; // assistance paid per month
    QDate startDate; // 享受起始时间; invalid: unknown (ledgers rarely carry it)
    QDate registeredOn; // first saved at this desk or imported (read-only, from created_at)
    HouseholdStatus status = HouseholdStatus::Active;
    QString exitReason;
    bool hasCapableSupporter = false; // a legal supporter able to support (rules out 特困)
    std::optional<Tier> tierOverride; // a clerk's choice over the rule table, kept until removed
    QString tierOverrideReason;
    QString notes;
    QList<Member> members;
    QList<IncomeItem> incomes;
    QList<Asset> assets;
    QList<RigidExpenditure> expenditures;

    const Member *head() const;
    QString headName() const;
    QList<const Member *> countedMembers() const;
    // What review rhythms count from: the start date, or the registration date while it is unknown.
    QDate reviewAnchor() const { return startDate.isValid() ? startDate : registeredOn; }
    Fen monthlyIncome() const; // of counted members plus household-level items, without the
                               // kinds the rules exclude (AssistanceRules::incomeCounts)
};

// Problems a household has regardless of classification: one head, valid ID numbers, relations that fit ages.
struct HouseholdProblem
{
    QString field; // "members[2].idNumber", "members", ...
    QString message; // translated
};

// The longest texts a record keeps (characters); the form's fields stop there too.
struct HouseholdLimits
{
    static constexpr int Address = 100;
    static constexpr int Name = 30;
    static constexpr int Phone = 20;
    static constexpr int Reason = 200; // exit reason, override reasons
    static constexpr int Notes = 1000;
};

class HouseholdRules
{
    Q_DECLARE_TR_FUNCTIONS(sn::HouseholdRules)
public:
    // What blocks saving: required fields (village or community, address, one head with a name and a valid
    // ID number), lengths, ID numbers, relations that fit ages, amounts.
    static QList<HouseholdProblem> validate(const Household &h, const QDate &today);
    // What is allowed but worth a second look before saving: a covered (特困, 低保) household with no monthly
    // amount.
    static QList<HouseholdProblem> warnings(const Household &h);
    // Whether there is anything to classify yet: a member with a valid ID number (ages decide the rules).
    // A blank intake form gets no verdict.
    static bool readyToClassify(const Household &h, const QDate &today);
};

QString relationCode(Relation r);
Relation relationFromCode(const QString &code, bool *ok = nullptr);
Relation relationFromText(const QString &text, bool *ok = nullptr); // "户主", "配偶", "子女", codes
QString relationDisplay(Relation r);
QString relationChinese(Relation r); // official wording for documents
QString labourCode(LabourCapacity l);
LabourCapacity labourFromCode(const QString &code);
QString labourChinese(LabourCapacity l);
QString employmentCode(Employment e);
Employment employmentFromCode(const QString &code);
QString employmentChinese(Employment e);
QString exclusionCode(Exclusion e);
Exclusion exclusionFromCode(const QString &code);
QString exclusionChinese(Exclusion e);
// Translated labels, and every value in the order the form lists them.
QString labourDisplay(LabourCapacity l);
QString employmentDisplay(Employment e);
QString exclusionDisplay(Exclusion e);
QList<Relation> allRelations();
QList<LabourCapacity> allLabourCapacities();
QList<Employment> allEmployments();
QList<Exclusion> allExclusions();
QString careCode(CareLevel c); // "self", "partial", "full"
CareLevel careFromCode(const QString &code, bool *ok = nullptr);
QString careChinese(CareLevel c); // 全自理 / 半护理 / 全护理
QString sexCode(Sex s); // "M", "F", ""
Sex sexFromCode(const QString &code);

} // namespace sn
