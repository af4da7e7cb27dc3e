#include "DemoGenerator.h"

#include "ReviewService.h"
#include "StationService.h"

#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/ReviewRepository.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
#include "database/StandardsRepository.h"
#include "database/Transaction.h"
#include "domain/Classification.h"
#include "domain/Clock.h"
#include "domain/ReviewSchedule.h"
#include "domain/Tier.h"

#include <QSet>
#include <random>

namespace sn {

namespace {

// Common surnames, with the Hui and Tu surnames frequent in Xining (马, 韩, 冶, 祁, 李).
const char16_t *const Surnames[] = { u"王", u"李", u"张", u"马", u"刘", u"陈", u"杨", u"赵", u"韩", u"周", u"吴", u"徐",
    u"孙", u"朱", u"胡", u"郭", u"何", u"高", u"祁", u"冶", u"罗", u"谢", u"宋", u"唐", u"许", u"邓", u"冯", u"曹",
    u"彭", u"曾", u"萧", u"田", u"董", u"潘", u"袁", u"蔡", u"蒋", u"余", u"于", u"杜", u"叶", u"程", u"魏", u"苏",
    u"吕", u"丁", u"任", u"沈", u"姚", u"卢", u"鲍", u"陶", u"汪", u"晋", u"严", u"薛", u"白", u"石", u"鲁", u"安" };
const char16_t GivenChars[] = u"秀英华兰芳玉珍明国建军伟强平德福海成文斌丽娟霞红梅凤琴桂花春生永志宝林金山东清"
                              u"忠祥荣敏静燕慧晓俊浩宇轩涛鹏飞云雪洁佳欣怡婷悦子涵博睿哲瑞萍莉琳璐昊天翔杰辉"
                              u"顺喜财旺发贵有才得胜存秀兴隆仁义礼智信和顺安康乐";
const char16_t *const Streets[] = { u"柴达木路", u"祁连路", u"海湖路", u"小桥大街", u"朝阳东路", u"宁张路", u"盐庄路",
    u"民和路", u"青藏路", u"北川路", u"经二路", u"生物园区纬二路" };
const char16_t *const Estates[] = { u"阳光小区", u"幸福家园", u"锦绣花园", u"北川新城", u"和谐苑", u"康乐小区",
    u"湟水人家", u"朝阳新村", u"青工小区", u"汽运家属院" };
const char *const DisabilityTypes[]
    = { "physical", "visual", "hearing", "speech", "intellectual", "mental", "multiple" };

class Maker
{
public:
    Maker(quint32 seed, const QDate &today)
        : m_rng(seed)
        , m_today(today)
    {
    }

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < p; }
    template <typename T, size_t N> const T &pick(const T (&array)[N]) { return array[uniform(0, int(N) - 1)]; }

    QString givenName()
    {
        const int n = int(std::size(GivenChars)) - 1;
        QString s(QChar(GivenChars[uniform(0, n - 1)]));
        if (chance(0.8))
            s.append(QChar(GivenChars[uniform(0, n - 1)]));
        return s;
    }

    QString name(const QString &surname) { return surname + givenName(); }

    QString idNumber(const QDate &birth, Sex sex)
    {
        static const char *const Areas[]
            = { "630105", "630105", "630105", "630105", "630102", "630103", "630104", "630121", "632122", "632123" };
        for (;;) {
            int seq = uniform(0, 499) * 2 + (sex == Sex::Male ? 1 : 0);
            if (seq == 0)
                seq = 2;
            const QString first17 = QString::fromLatin1(pick(Areas)) + birth.toString(QStringLiteral("yyyyMMdd"))
                + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
            const QString id = first17 + IdNumber::checkCharacter(first17);
            if (!m_used.contains(id)) {
                m_used.insert(id);
                return id;
            }
        }
    }

    QDate birthForAge(int age) { return m_today.addYears(-age).addDays(-uniform(1, 364)); }

    QString phone()
    {
        static const char *const Prefixes[] = { "138", "139", "135", "136", "150", "151", "152", "157", "158", "159",
            "177", "180", "181", "187", "189", "199" };
        return QString::fromLatin1(pick(Prefixes))
            + QStringLiteral("%1").arg(uniform(0, 99999999), 8, 10, QLatin1Char('0'));
    }

    QDate today() const { return m_today; }
    void reserve(const QString &id) { m_used.insert(id); }
    std::mt19937 &rng() { return m_rng; }

private:
    std::mt19937 m_rng;
    QDate m_today;
    QSet<QString> m_used;
};

Member person(Maker &mk, const QString &name, Relation relation, int age, Sex sex)
{
    Member m;
    m.id = sql::newId();
    m.name = name;
    m.relation = relation;
    m.sex = sex;
    m.birthDate = mk.birthForAge(age);
    m.idNumber = mk.idNumber(m.birthDate, sex);
    if (age >= 18 && age < 60)
        m.employment
            = mk.chance(0.5) ? Employment::Employed : (mk.chance(0.5) ? Employment::Farming : Employment::Unemployed);
    else if (age >= 60)
        m.employment = Employment::Retired;
    else if (age >= 6)
        m.employment = Employment::Student;
    m.student = age >= 6 && age < 23 && m.employment == Employment::Student;
    if (mk.chance(0.07)) {
        m.disabilityGrade = mk.uniform(1, 4);
        m.disabilityType = QString::fromLatin1(mk.pick(DisabilityTypes));
    }
    m.seriousIllness = mk.chance(age >= 60 ? 0.08 : 0.03);
    if (m.severelyDisabled() || (age >= 75 && mk.chance(0.5)))
        m.labour = LabourCapacity::None;
    else if (m.disabilityGrade > 0 || m.seriousIllness)
        m.labour = LabourCapacity::Partial;
    if (age >= 18 && mk.chance(0.3))
        m.phone = mk.phone();
    return m;
}

// Profiles aim at a spread of categories; the category stored is what the rules say.
enum class Profile { Tekun, Dibao, Edge, Expense, Other };

Household makeHousehold(
    Maker &mk, const RegionTree &tree, const QList<const Region *> &townships, Fen urbanStd, Fen ruralStd)
{
    Household h;
    const Region *township = townships.at(mk.uniform(0, int(townships.size()) - 1));
    const auto villages = tree.children(township->code);
    const Region *village = villages.isEmpty() ? nullptr : villages.at(mk.uniform(0, int(villages.size()) - 1));
    h.townshipCode = township->code;
    h.villageCode = village ? village->code : QString();
    const bool rural = village && village->kind == QLatin1String("village");
    h.area = rural ? AreaType::Rural : AreaType::Urban;
    if (rural) {
        h.address = QStringLiteral("%1%2社%3号").arg(village->name).arg(mk.uniform(1, 8)).arg(mk.uniform(1, 180));
    } else {
        h.address = QStringLiteral("%1%2号%3%4号楼%5单元%6室")
                        .arg(QString::fromUtf16(mk.pick(Streets)))
                        .arg(mk.uniform(1, 300))
                        .arg(QString::fromUtf16(mk.pick(Estates)))
                        .arg(mk.uniform(1, 30))
                        .arg(mk.uniform(1, 6))
                        .arg(mk.uniform(1, 18) * 100 + mk.uniform(1, 4));
    }
    h.phone = mk.phone();
    h.startDate = mk.today().addDays(-mk.uniform(30, 8 * 365));

    const int roll = mk.uniform(0, 99);
    const Profile profile = roll < 8 ? Profile::Tekun
        : roll < 48                  ? Profile::Dibao
        : roll < 68                  ? Profile::Edge
        : roll < 80                  ? Profile::Expense
                                     : Profile::Other;
    const Fen standard = rural ? ruralStd : urbanStd;
    const QString surname = QString::fromUtf16(mk.pick(Surnames));
    const Sex headSex = mk.chance(0.6) ? Sex::Male : Sex::Female;

    if (profile == Profile::Tekun) {
        const int age = mk.chance(0.7) ? mk.uniform(60, 95) : mk.uniform(20, 59);
        Member head = person(mk, mk.name(surname), Relation::Head, age, headSex);
        if (age < 60) {
            head.disabilityGrade = mk.uniform(1, 2);
            head.disabilityType = QString::fromLatin1(mk.pick(DisabilityTypes));
            head.labour = LabourCapacity::None;
        }
        h.members.append(head);
        if (mk.chance(0.2))
            h.incomes.append({ {}, {}, QStringLiteral("transfer"), Fen(mk.uniform(0, int(standard / 2))), false });
    } else {
        const int headAge = mk.uniform(28, 80);
        h.members.append(person(mk, mk.name(surname), Relation::Head, headAge, headSex));
        if (mk.chance(0.75)) {
            const int spouseAge = std::clamp(headAge + mk.uniform(-5, 5), 20, 95);
            const QString spouseSurname = QString::fromUtf16(mk.pick(Surnames));
            h.members.append(person(mk, mk.name(spouseSurname), Relation::Spouse, spouseAge,
                headSex == Sex::Male ? Sex::Female : Sex::Male));
        }
        const int children = headAge < 60 ? mk.uniform(0, 3) : mk.uniform(0, 1);
        for (int i = 0; i < children; ++i) {
            const int childAge = std::clamp(headAge - mk.uniform(22, 35), 0, 60);
            h.members.append(
                person(mk, mk.name(surname), Relation::Child, childAge, mk.chance(0.5) ? Sex::Male : Sex::Female));
        }
        if (headAge < 50 && mk.chance(0.15))
            h.members.append(person(mk, mk.name(surname), Relation::Parent, std::min(headAge + mk.uniform(22, 32), 98),
                mk.chance(0.5) ? Sex::Male : Sex::Female));
        const int n = int(h.members.size());
        // Household income per person as a share of the standard, by profile.
        const double share = profile == Profile::Dibao ? mk.uniform(10, 95) / 100.0
            : profile == Profile::Edge                 ? mk.uniform(102, 195) / 100.0
            : profile == Profile::Expense              ? mk.uniform(210, 300) / 100.0
                                                       : mk.uniform(220, 600) / 100.0;
        Fen total = Fen(share * double(standard) * n);
        const bool unstable = mk.chance(0.4);
        for (Member &m : h.members) {
            const int age = m.ageOn(mk.today());
            if (total <= 0)
                break;
            if (age >= 18 && age < 60 && m.labour != LabourCapacity::None) {
                const Fen part = std::min<Fen>(total, Fen(total * (mk.uniform(50, 100) / 100.0)));
                h.incomes.append({ {}, m.id,
                    m.employment == Employment::Farming ? QStringLiteral("farming") : QStringLiteral("wage"), part,
                    !unstable });
                total -= part;
            }
        }
        if (total > 0)
            h.incomes.append({ {}, {}, QStringLiteral("pension"), total, true });
        if (profile == Profile::Expense) {
            h.expenditures.append({ {}, mk.chance(0.8) ? QStringLiteral("medical") : QStringLiteral("education"),
                Fen(mk.uniform(30000, 150000)) * 100, mk.today().addDays(-mk.uniform(10, 300)), QString() });
        }
    }
    h.assets.append({ {}, QStringLiteral("housing"), rural ? QStringLiteral("自建房") : QStringLiteral("住房"),
        Fen(mk.uniform(50000, 400000)) * 100 });
    if (mk.chance(0.5))
        h.assets.append({ {}, QStringLiteral("deposit"), QStringLiteral("银行存款"), Fen(mk.uniform(0, 3000)) * 100 });
    if (mk.chance(0.05))
        h.status = HouseholdStatus::Exited, h.exitReason = QStringLiteral("收入超过标准");
    return h;
}

Status simulateHistory(Database &db, Maker &mk, const ReviewRhythms &rhythms)
{
    ReviewRepository reviews(db);
    auto open = reviews.openTasks();
    if (!open)
        return open.error();
    QList<std::pair<QString, QDate>> done;
    const QDate today = mk.today();
    for (const ReviewRepository::OpenTask &task : std::as_const(open.value())) {
        const int months = std::max(1, rhythms.interval(task.tier, task.type));
        const int span = int(today.addMonths(-months).daysTo(today));
        const QDate on = mk.chance(0.12) ? today.addMonths(-months).addDays(-mk.uniform(1, 60))
                                         : today.addDays(-mk.uniform(0, std::max(0, span - 1)));
        done.append({ task.id, on });
    }
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = reviews.markDone(done, DemoGenerator::tr("demo worker")); !s)
        return s;
    return tx.commit();
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(Database &db, const DemoOptions &options)
{
    if (options.years < 0 || options.years > 50)
        return Error::invalid(tr("The number of years must be between 0 and 50."), QStringLiteral("years"));
    auto summary = households(db, options);
    if (!summary || options.years == 0)
        return summary;
    if (auto s = simulateYears(db, options, summary.value()); !s)
        return s.error();
    return summary;
}

Result<DemoSummary> DemoGenerator::households(Database &db, const DemoOptions &options)
{
    if (options.households < 1)
        return Error::invalid(tr("The number of households must be at least 1."), QStringLiteral("households"));
    const RegionTree tree = StationService::regions(db);
    const QList<const Region *> townships = tree.townships();
    if (townships.isEmpty())
        return Error::invalid(tr("The database has no townships; initialise the station first."));
    const QDate today = Clock::today();
    StandardsRepository standards(db);
    const auto urban = standards.forYear(today.year(), AreaType::Urban);
    const auto rural = standards.forYear(today.year(), AreaType::Rural);
    if (!urban || !rural)
        return Error::invalid(tr("No yearly standards for %1; enter them first.").arg(today.year()));
    const ClassificationSettings settings = SettingsRepository(db).classification();

    Maker maker(options.seed, today);
    // Demo data added to a database that already has people must not give anyone's ID number twice.
    if (auto existing = HouseholdRepository(db).storedIdNumbers()) {
        for (const QString &idNumber : std::as_const(existing.value()))
            maker.reserve(idNumber);
    }
    HouseholdRepository repo(db);
    db.setActor({ QStringLiteral("demo"), QStringLiteral("demo generator") });
    DemoSummary summary;
    constexpr int BatchSize = 2000;
    int done = 0;
    while (done < options.households) {
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        const int batchEnd = std::min(options.households, done + BatchSize);
        for (; done < batchEnd; ++done) {
            Household h = makeHousehold(maker, tree, townships, urban->dibaoMonthly, rural->dibaoMonthly);
            const YearlyStandard &s = h.area == AreaType::Rural ? *rural : *urban;
            const ClassificationResult result = Classifier::classify(h, s, settings, today);
            h.category = result.category;
            const int counted = std::max(result.countedMembers, 1);
            switch (h.category) {
            case Category::Tekun:
                h.monthlyAmount = Fen(s.dibaoMonthly * 13 / 10) * counted;
                break;
            case Category::Dibao:
                h.monthlyAmount = std::max<Fen>((s.dibaoMonthly - result.perCapitaIncome) * counted, 5000);
                break;
            default:
                h.monthlyAmount = 0;
                break;
            }
            if (auto st = repo.save(h); !st)
                return st.error();
            summary.members += int(h.members.size());
            ++summary.households;
        }
        if (auto st = tx.commit(); !st)
            return st.error();
        if (options.progress && !options.progress(done, options.households))
            break;
    }
    // Tiers and review calendars for everything generated, in bulk; then a plausible history: most first
    // reviews were done some time within their rhythm, about one in eight is overdue by up to two months.
    ReviewService reviews(db, Session::system());
    if (auto r = reviews.regenerateAll(); !r)
        return r.error();
    if (auto s = simulateHistory(db, maker, reviews.rhythms()); !s)
        return s.error();
    if (auto r = reviews.regenerateAll(); !r)
        return r.error();
    return summary;
}

} // namespace sn
