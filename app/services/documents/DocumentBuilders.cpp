#include "DocumentBuilders.h"

#include "domain/Category.h"
#include "domain/ReviewSchedule.h"

#include <QSet>

namespace sn::doc::builders {

QString serviceChinese(const QString &code)
{
    if (code == QLatin1String("housing"))
        return QStringLiteral("住房保障");
    if (code == QLatin1String("disability"))
        return QStringLiteral("残疾人帮扶");
    if (code == QLatin1String("employment"))
        return QStringLiteral("就业帮扶");
    if (code == QLatin1String("medical"))
        return QStringLiteral("医疗救助");
    if (code == QLatin1String("education"))
        return QStringLiteral("教育救助");
    return QStringLiteral("其他帮扶");
}

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n < 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10;
    const int ones = n % 10;
    QString s = tens == 1 ? QString() : QString(digits.at(tens));
    s += QStringLiteral("十");
    if (ones)
        s += digits.at(ones);
    return s;
}

QString chineseDate(const QDate &d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

namespace {

QString orBlank(const QString &text, int width = 8)
{
    return text.trimmed().isEmpty() ? QString(width, QLatin1Char('_')) : text.trimmed();
}

TableColumn label(qreal weight = 1.0)
{
    return { QString(), weight, Qt::AlignHCenter, true };
}

TableColumn value(qreal weight = 1.6)
{
    return { QString(), weight, Qt::AlignLeft, false };
}

// A member's counting in the household, as the file sheet's last column writes it.
QString countingChinese(Exclusion e)
{
    return e == Exclusion::Counted ? exclusionChinese(e) : QStringLiteral("不计（%1）").arg(exclusionChinese(e));
}

QString disabilityChinese(const Member &m)
{
    static const QHash<QString, QString> types = {
        { QStringLiteral("visual"), QStringLiteral("视力") },
        { QStringLiteral("hearing"), QStringLiteral("听力") },
        { QStringLiteral("speech"), QStringLiteral("言语") },
        { QStringLiteral("physical"), QStringLiteral("肢体") },
        { QStringLiteral("intellectual"), QStringLiteral("智力") },
        { QStringLiteral("mental"), QStringLiteral("精神") },
        { QStringLiteral("multiple"), QStringLiteral("多重") },
    };
    if (m.disabilityType.isEmpty() && m.disabilityGrade == 0)
        return QStringLiteral("无");
    QString s = types.value(m.disabilityType, m.disabilityType);
    if (m.disabilityGrade > 0)
        s += chineseNumber(m.disabilityGrade) + QStringLiteral("级");
    return s;
}

QString kindChinese(const QString &kind)
{
    static const QHash<QString, QString> kinds = {
        { QStringLiteral("wage"), QStringLiteral("工资性收入") },
        { QStringLiteral("farming"), QStringLiteral("农业经营") },
        { QStringLiteral("business"), QStringLiteral("经营性收入") },
        { QStringLiteral("pension"), QStringLiteral("养老金") },
        { QStringLiteral("transfer"), QStringLiteral("转移性收入") },
        { QStringLiteral("housing"), QStringLiteral("房产") },
        { QStringLiteral("vehicle"), QStringLiteral("车辆") },
        { QStringLiteral("deposit"), QStringLiteral("存款") },
        { QStringLiteral("securities"), QStringLiteral("有价证券") },
        { QStringLiteral("medical"), QStringLiteral("医疗") },
        { QStringLiteral("education"), QStringLiteral("教育") },
        { QStringLiteral("rehabilitation"), QStringLiteral("康复") },
        { QStringLiteral("disaster"), QStringLiteral("灾害") },
        { QStringLiteral("accident"), QStringLiteral("意外事故") },
        { QStringLiteral("other"), QStringLiteral("其他") },
        { QStringLiteral("basic_pension"), QStringLiteral("基础养老金（不计入）") },
        { QStringLiteral("old_age_allowance"), QStringLiteral("高龄津贴（不计入）") },
        { QStringLiteral("special_care"), QStringLiteral("优待抚恤金（不计入）") },
    };
    return kinds.value(kind, kind);
}

QString yuan(Fen fen)
{
    return money::toGroupedYuanString(fen);
}

// A policy's materials, one per line as entered, without blank lines; numbered "1. 身份证".
QStringList numberedMaterials(const Policy &p)
{
    QStringList out;
    for (const QString &m : p.materials.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!m.trimmed().isEmpty())
            out.append(QStringLiteral("%1. %2").arg(out.size() + 1).arg(m.trimmed()));
    }
    return out;
}

void addIssuerFooter(FlowDocument &doc, const Issuer &issuer, const QString &office)
{
    doc.addSpace(6);
    doc.addParagraph(issuer.unit() + office + QStringLiteral("（盖章）"), Face::Serif, 12, Qt::AlignRight, 0, 1);
    doc.addParagraph(chineseDate(issuer.date), Face::Serif, 12, Qt::AlignRight, 0, 1);
}

} // namespace

std::unique_ptr<FlowDocument> notificationLetter(const NotificationLetter &letter, const Issuer &issuer)
{
    auto doc = std::make_unique<FlowDocument>(QStringLiteral("一次性告知书"), QPageSize::A4, QPageLayout::Portrait);
    doc->setArchival(true);
    doc->setRunningHeader(QStringLiteral("一次性告知书（%1）").arg(letter.headName));
    doc->addTitle(QStringLiteral("一次性告知书"), 22);
    doc->addParagraph(
        QStringLiteral("告知事项：%1").arg(serviceChinese(letter.service)), Face::Sans, 10.5, Qt::AlignHCenter, 0, 5);
    doc->addParagraph(
        QStringLiteral("%1（户主）：").arg(orBlank(letter.headName)), Face::Serif, 13, Qt::AlignLeft, 0, 2);
    const QString where = (letter.townshipName + letter.villageName).trimmed();
    doc->addParagraph(QStringLiteral("经%1走访核查，您家庭可能符合以下%2政策。为免您多次往返，现将各项政策的适用对象、"
                                     "所需材料、办理地点和联系方式一次性告知如下：")
                          .arg(where.isEmpty() ? issuer.unit() : where, serviceChinese(letter.service)),
        Face::Serif, 12.5, Qt::AlignLeft | Qt::AlignJustify, 0, 4);
    if (letter.policies.isEmpty())
        doc->addParagraph(
            QStringLiteral("（目前政策目录中没有此类政策，请与乡镇（街道）社会救助窗口联系。）"), Face::Serif, 12.5);
    for (int i = 0; i < letter.policies.size(); ++i) {
        const Policy &p = letter.policies.at(i);
        doc->addParagraph(QStringLiteral("%1、%2（%3）").arg(chineseNumber(i + 1), p.title, p.department),
            Face::SansBold, 13, Qt::AlignLeft, 0, 2);
        doc->addParagraph(
            QStringLiteral("适用对象：") + orBlank(p.whoQualifies, 0), Face::Serif, 12, Qt::AlignLeft, 7, 1.5);
        doc->addParagraph(QStringLiteral("所需材料："), Face::Serif, 12, Qt::AlignLeft, 7, 1);
        const QStringList materials = numberedMaterials(p);
        for (const QString &m : materials)
            doc->addParagraph(m, Face::Serif, 12, Qt::AlignLeft, 14, 1);
        if (materials.isEmpty())
            doc->addParagraph(QStringLiteral("（无需另行提供材料）"), Face::Serif, 12, Qt::AlignLeft, 14, 1);
        doc->addParagraph(
            QStringLiteral("办理地点：") + orBlank(p.whereToGo, 0), Face::Serif, 12, Qt::AlignLeft, 7, 1.5);
        doc->addParagraph(QStringLiteral("联系方式：") + orBlank(p.contact, 0), Face::Serif, 12, Qt::AlignLeft, 7, 4);
    }
    QString contact;
    if (!issuer.contactName.isEmpty() || !issuer.contactPhone.isEmpty())
        contact = QStringLiteral("（联系人：%1，电话：%2）")
                      .arg(orBlank(issuer.contactName, 6), orBlank(issuer.contactPhone, 11));
    doc->addParagraph(
        QStringLiteral("请按上述清单一次备齐材料。如有疑问，请与%1社会救助窗口联系%2。").arg(issuer.unit(), contact),
        Face::Serif, 12.5, Qt::AlignLeft | Qt::AlignJustify, 0, 8);
    doc->beginGroup();
    doc->addParagraph(QStringLiteral("告知人（签字）：____________　　被告知人（签字）：____________"), Face::Serif, 12,
        Qt::AlignLeft, 0, 2);
    addIssuerFooter(*doc, issuer, QString());
    doc->endGroup();
    return doc;
}

std::unique_ptr<FlowDocument> policyCatalogue(const QList<Policy> &policies, const Issuer &issuer)
{
    auto doc = std::make_unique<FlowDocument>(
        QStringLiteral("部门救助政策目录"), QPageSize::A4, QPageLayout::Landscape, QMarginsF(15, 15, 15, 15));
    doc->setRunningHeader(QStringLiteral("%1部门救助政策目录").arg(issuer.districtName));
    doc->addTitle(QStringLiteral("%1部门救助政策目录").arg(issuer.districtName), 20);
    doc->addParagraph(QStringLiteral("各部门每年 4 月 30 日前更新本部门政策；“最近审核”为该政策最近一次确认的日期。"),
        Face::Sans, 10.5, Qt::AlignHCenter, 0, 4);
    Table t;
    t.columns = { { QStringLiteral("部门"), 0.9 }, { QStringLiteral("政策名称"), 1.3 },
        { QStringLiteral("适用对象"), 2.0 }, { QStringLiteral("所需材料"), 2.0 }, { QStringLiteral("办理地点"), 1.3 },
        { QStringLiteral("联系方式"), 1.1 }, { QStringLiteral("最近审核"), 0.9, Qt::AlignHCenter } };
    t.points = 9.5;
    for (const Policy &p : policies) {
        t.rows.append({ p.department, p.title, p.whoQualifies.trimmed(), numberedMaterials(p).join(QLatin1Char('\n')),
            p.whereToGo.trimmed(), p.contact.trimmed(),
            p.reviewedOn.isValid() ? p.reviewedOn.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("未审核") });
    }
    if (policies.isEmpty())
        doc->addParagraph(QStringLiteral("（政策目录为空。）"), Face::Serif, 12);
    else
        doc->addTable(t);
    addIssuerFooter(*doc, issuer, QString());
    return doc;
}

std::unique_ptr<FlowDocument> referralSlip(
    const Referral &referral, const NotificationLetter &letter, const HouseholdContact &contact, const Issuer &issuer)
{
    auto doc = std::make_unique<FlowDocument>(
        QStringLiteral("困难群众救助转介单"), QPageSize::A4, QPageLayout::Portrait, QMarginsF(20, 16, 20, 16));
    doc->addTitle(QStringLiteral("困难群众救助转介单"), 20);
    const QString number = referral.id.left(8).toUpper();
    QStringList titles;
    QStringList departments;
    for (const Policy &p : letter.policies) {
        titles.append(p.title);
        if (!departments.contains(p.department))
            departments.append(p.department);
    }
    Table t;
    t.columns = { label(1.1), value(1.6), label(1.1), value(1.6) };
    t.showHeader = false;
    t.points = 11;
    t.paddingMm = 2.2;
    t.rows = {
        { QStringLiteral("转介编号"), number, QStringLiteral("转介日期"), chineseDate(referral.sentOn) },
        { QStringLiteral("户主姓名"), letter.headName, QStringLiteral("联系电话"), contact.phone },
        { QStringLiteral("所在乡镇（街道）"), letter.townshipName, QStringLiteral("村（社区）"), letter.villageName },
        { QStringLiteral("家庭住址"), contact.address },
        { QStringLiteral("转介事项"), serviceChinese(referral.service) },
        { QStringLiteral("涉及政策"),
            titles.isEmpty() ? QStringLiteral("（未指定）") : titles.join(QStringLiteral("；")) },
        { QStringLiteral("接收部门"), departments.join(QStringLiteral("、")) },
        { QStringLiteral("转介事由"),
            referral.note.trimmed().isEmpty() ? QStringLiteral("\n\n") : referral.note.trimmed() },
        { QStringLiteral("转出单位"), issuer.unit(), QStringLiteral("经办人"), issuer.contactName },
        { QStringLiteral("回访日期"), chineseDate(referral.followUpOn), QStringLiteral("联系电话"),
            issuer.contactPhone },
    };
    doc->addTable(t);
    doc->addParagraph(QStringLiteral("请接收部门收到本单后及时受理，办结后填写下方回执并送回%1社会救助窗口。"
                                     "本单所载个人信息仅用于办理转介事项，不得另作他用。")
                          .arg(issuer.unit()),
        Face::Serif, 11, Qt::AlignLeft | Qt::AlignJustify, 0, 2);
    doc->beginGroup();
    doc->addTearOff(QStringLiteral("沿此线剪开"));
    doc->addParagraph(QStringLiteral("转介回执"), Face::Title, 16, Qt::AlignHCenter, 0, 3);
    Table r;
    r.columns = { label(1.1), value(1.6), label(1.1), value(1.6) };
    r.showHeader = false;
    r.points = 11;
    r.paddingMm = 2.2;
    r.rows = {
        { QStringLiteral("转介编号"), number, QStringLiteral("户主姓名"), letter.headName },
        { QStringLiteral("接收部门"), QString(), QStringLiteral("接收日期"), QStringLiteral("　　年　　月　　日") },
        { QStringLiteral("办理结果"),
            QStringLiteral("□ 已办结　　□ 正在办理　　□ 不符合条件（原因：　　　　　　　　）\n\n\n") },
        { QStringLiteral("经办人（签字）"), QString(), QStringLiteral("联系电话"), QString() },
    };
    doc->addTable(r);
    doc->addParagraph(QStringLiteral("（请于办结后五个工作日内送回%1社会救助窗口）").arg(issuer.unit()), Face::Serif,
        10.5, Qt::AlignRight, 0, 0);
    doc->endGroup();
    doc->setPageNumbers(false);
    return doc;
}

namespace {

// 一、家庭基本情况: a key/value table of three pairs a row.
Table fileSheetBasics(const Household &h, const RegionTree &tree)
{
    const QString head = h.headName();
    const QList<const Member *> counted = h.countedMembers();
    const Fen income = h.monthlyIncome();
    const Fen perCapita = counted.isEmpty() ? 0 : income / counted.size();
    Table basic;
    basic.columns = { label(1), value(2), label(1), value(2), label(1), value(2) };
    basic.showHeader = false;
    basic.points = 10;
    basic.rows = {
        { QStringLiteral("户主姓名"), head, QStringLiteral("联系电话"), h.phone, QStringLiteral("户籍类型"),
            h.area == AreaType::Urban ? QStringLiteral("城市") : QStringLiteral("农村") },
        { QStringLiteral("所属区域"),
            tree.path(h.gridCode.isEmpty() ? (h.villageCode.isEmpty() ? h.townshipCode : h.villageCode) : h.gridCode),
            QStringLiteral("家庭住址"), h.address },
        { QStringLiteral("保障类别"), CategoryNames::chinese(h.category), QStringLiteral("月保障金额"),
            yuan(h.monthlyAmount) + QStringLiteral(" 元"), QStringLiteral("享受起始时间"), chineseDate(h.startDate) },
        { QStringLiteral("保障状态"),
            h.status == HouseholdStatus::Active ? QStringLiteral("在保") : QStringLiteral("已退出"),
            QStringLiteral("退出原因"), h.exitReason, QStringLiteral("有赡养能力人"),
            h.hasCapableSupporter ? QStringLiteral("有") : QStringLiteral("无") },
        { QStringLiteral("共同生活人数"),
            QStringLiteral("%1 人（计入 %2 人）").arg(h.members.size()).arg(counted.size()),
            QStringLiteral("家庭月收入"), yuan(income) + QStringLiteral(" 元"), QStringLiteral("人均月收入"),
            yuan(perCapita) + QStringLiteral(" 元") },
        { QStringLiteral("类别调整理由"), h.categoryOverrideReason },
        { QStringLiteral("备注"), h.notes },
    };
    return basic;
}

// 二、家庭成员: one row a member.
Table fileSheetMembers(const Household &h)
{
    Table members;
    members.points = 9.5;
    members.columns = { { QStringLiteral("序号"), 0.5, Qt::AlignHCenter }, { QStringLiteral("姓名"), 1.2 },
        { QStringLiteral("关系"), 0.8, Qt::AlignHCenter }, { QStringLiteral("公民身份号码"), 2.2 },
        { QStringLiteral("出生日期"), 1.3 }, { QStringLiteral("性别"), 0.5, Qt::AlignHCenter },
        { QStringLiteral("劳动能力"), 0.9 }, { QStringLiteral("残疾"), 0.9 },
        { QStringLiteral("重病"), 0.5, Qt::AlignHCenter }, { QStringLiteral("就业"), 0.8 },
        { QStringLiteral("电话"), 1.3 }, { QStringLiteral("计入保障"), 1.2 } };
    for (int i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        members.rows.append(
            { QString::number(i + 1), m.name, relationChinese(m.relation), m.idNumber, chineseDate(m.birthDate),
                m.sex == Sex::Male ? QStringLiteral("男") : (m.sex == Sex::Female ? QStringLiteral("女") : QString()),
                labourChinese(m.labour), disabilityChinese(m),
                m.seriousIllness ? QStringLiteral("是") : QStringLiteral("否"),
                m.student ? QStringLiteral("在校") : employmentChinese(m.employment), m.phone,
                countingChinese(m.exclusion) });
    }
    return members;
}

// 三、收入情况: one row an income item, named by its member ("家庭" for the household's own).
Table fileSheetIncomes(const Household &h)
{
    auto memberName = [&](const QString &id) {
        for (const Member &m : h.members)
            if (m.id == id)
                return m.name;
        return QStringLiteral("家庭");
    };
    Table incomes;
    incomes.points = 9.5;
    incomes.columns = { { QStringLiteral("序号"), 0.5, Qt::AlignHCenter }, { QStringLiteral("成员"), 1.5 },
        { QStringLiteral("收入类型"), 1.5 }, { QStringLiteral("月收入（元）"), 1.5, Qt::AlignRight },
        { QStringLiteral("是否稳定"), 1, Qt::AlignHCenter } };
    for (int i = 0; i < h.incomes.size(); ++i) {
        const IncomeItem &in = h.incomes.at(i);
        incomes.rows.append({ QString::number(i + 1), memberName(in.memberId), kindChinese(in.kind),
            yuan(in.monthlyAmount), in.stable ? QStringLiteral("稳定") : QStringLiteral("不稳定") });
    }
    return incomes;
}

// 四、家庭财产
Table fileSheetAssets(const Household &h)
{
    Table assets;
    assets.points = 9.5;
    assets.columns = { { QStringLiteral("序号"), 0.5, Qt::AlignHCenter }, { QStringLiteral("财产类型"), 1.2 },
        { QStringLiteral("说明"), 4 }, { QStringLiteral("价值（元）"), 1.5, Qt::AlignRight } };
    for (int i = 0; i < h.assets.size(); ++i) {
        const Asset &a = h.assets.at(i);
        assets.rows.append({ QString::number(i + 1), kindChinese(a.kind), a.description, yuan(a.value) });
    }
    return assets;
}

// 五、刚性支出
Table fileSheetSpending(const Household &h)
{
    Table spending;
    spending.points = 9.5;
    spending.columns = { { QStringLiteral("序号"), 0.5, Qt::AlignHCenter }, { QStringLiteral("支出类型"), 1.2 },
        { QStringLiteral("金额（元）"), 1.3, Qt::AlignRight }, { QStringLiteral("发生日期"), 1.3 },
        { QStringLiteral("说明"), 3.5 } };
    for (int i = 0; i < h.expenditures.size(); ++i) {
        const RigidExpenditure &e = h.expenditures.at(i);
        spending.rows.append(
            { QString::number(i + 1), kindChinese(e.kind), yuan(e.amount), chineseDate(e.incurredOn), e.note });
    }
    return spending;
}

// A numbered section of the file sheet: its heading, then the table, or `none` when the table has no rows
// (an empty `none`: the table even when empty).
void addSection(FlowDocument &doc, const QString &heading, const Table &table, const QString &none = QString())
{
    doc.addParagraph(heading, Face::SansBold, 12, Qt::AlignLeft, 0, 1.5);
    if (!none.isEmpty() && table.rows.isEmpty())
        doc.addParagraph(none, Face::Serif, 10.5, Qt::AlignLeft, 0, 3);
    else
        doc.addTable(table);
}

} // namespace

std::unique_ptr<FlowDocument> householdFileSheet(
    const Household &h, const RegionTree &tree, const Issuer &issuer, const QString &printedBy)
{
    auto doc = std::make_unique<FlowDocument>(
        QStringLiteral("家庭档案"), QPageSize::A4, QPageLayout::Landscape, QMarginsF(15, 16, 15, 16));
    const QString head = h.headName();
    doc->setArchival(true);
    doc->setRunningHeader(QStringLiteral("家庭档案（%1）　内部资料 严禁外传").arg(head));
    doc->addTitle(QStringLiteral("家庭档案"), 20);
    doc->addParagraph(QStringLiteral("内部资料　严禁外传　不得张贴公示"), Face::SansBold, 10.5, Qt::AlignHCenter, 0, 2);
    doc->addParagraph(
        QStringLiteral("档案号：%1　　打印人：%2　　打印日期：%3").arg(h.id, printedBy, chineseDate(issuer.date)),
        Face::Sans, 9.5, Qt::AlignRight, 0, 2);

    addSection(*doc, QStringLiteral("一、家庭基本情况"), fileSheetBasics(h, tree));
    addSection(*doc, QStringLiteral("二、家庭成员"), fileSheetMembers(h));
    addSection(*doc, QStringLiteral("三、收入情况"), fileSheetIncomes(h), QStringLiteral("无收入记录。"));
    addSection(*doc, QStringLiteral("四、家庭财产"), fileSheetAssets(h), QStringLiteral("无财产记录。"));
    addSection(*doc, QStringLiteral("五、刚性支出（近12个月个人负担部分）"), fileSheetSpending(h),
        QStringLiteral("无刚性支出记录。"));

    doc->beginGroup();
    doc->addSpace(4);
    doc->addParagraph(
        QStringLiteral("经办人（签字）：____________　　审核人（签字）：____________　　%1").arg(issuer.unit()),
        Face::Serif, 11, Qt::AlignRight, 0, 1);
    doc->endGroup();
    return doc;
}

std::unique_ptr<FlowDocument> taskList(const QList<TaskRow> &rows, const QDate &month, const QString &regionTitle,
    bool showVillage, const RegionTree &tree, const Issuer &issuer)
{
    const QString title = QStringLiteral("%1年%2月入户走访任务清单").arg(month.year()).arg(month.month());
    auto doc = std::make_unique<FlowDocument>(title, QPageSize::A4, QPageLayout::Landscape, QMarginsF(15, 16, 15, 16));
    doc->setRunningHeader(QStringLiteral("%1　%2（续）").arg(regionTitle, title));
    doc->addTitle(title, 18);
    doc->addParagraph(
        QStringLiteral("%1　　走访人：______________　　打印日期：%2").arg(regionTitle, chineseDate(issuer.date)),
        Face::Sans, 10.5, Qt::AlignLeft, 0, 3);
    Table t;
    t.points = 10;
    t.minRowHeightMm = 11;
    t.columns = { { QStringLiteral("序号"), 0.5, Qt::AlignHCenter },
        { QStringLiteral("应完成日期"), 1.1, Qt::AlignHCenter }, { QStringLiteral("户主姓名"), 1.1 } };
    if (showVillage)
        t.columns.append({ QStringLiteral("村（社区）"), 1.1 });
    t.columns += { { QStringLiteral("家庭住址"), 2.4 }, { QStringLiteral("联系电话"), 1.3 },
        { QStringLiteral("任务类型"), 1.4 }, { QStringLiteral("签字 / 走访结果"), 2.6 } };
    for (int i = 0; i < rows.size(); ++i) {
        const TaskRow &r = rows.at(i);
        QStringList cells { QString::number(i + 1), r.task.due.toString(QStringLiteral("M月d日")), r.headName };
        if (showVillage) {
            const Region *v = tree.find(r.villageCode);
            cells.append(v ? v->name : QString());
        }
        cells += { r.address, r.phone, ReviewSchedule::chinese(r.task.type), QString() };
        t.rows.append(cells);
    }
    doc->addTable(t);
    doc->addParagraph(
        QStringLiteral("共 %1 项。走访后请在“签字 / 走访结果”栏签字并简要记录生活、收支变化情况，月底交回%2。")
            .arg(rows.size())
            .arg(issuer.unit()),
        Face::Serif, 10.5, Qt::AlignLeft, 0, 0);
    return doc;
}

} // namespace sn::doc::builders
