#include "ApplicationDocuments.h"

#include "CardService.h"

#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/SettingsRepository.h"
#include "domain/Clock.h"
#include "services/ApplicationService.h"
#include "services/BenefitService.h"
#include "services/StationService.h"
#include "services/documents/Document.h"

namespace sn {

using doc::Face;
using doc::FlowDocument;
using doc::Table;

namespace {

QString blank(const QString &text, int width = 8)
{
    return text.trimmed().isEmpty() ? QString(width, QLatin1Char('_')) : text.trimmed();
}

QString yuan(Fen fen)
{
    return money::toGroupedYuanString(fen) + QStringLiteral("元");
}

void footer(FlowDocument &doc, const doc::Issuer &issuer, const QString &office)
{
    doc.addSpace(6);
    doc.addParagraph(issuer.unit() + office + QStringLiteral("（盖章）"), Face::Serif, 12, Qt::AlignRight, 0, 1);
    doc.addParagraph(doc::builders::chineseDate(issuer.date), Face::Serif, 12, Qt::AlignRight, 0, 1);
}

std::unique_ptr<FlowDocument> surveyForm(const Application &a, const Household *h, const doc::Issuer &issuer)
{
    auto doc = std::make_unique<FlowDocument>(QStringLiteral("入户调查表"), QPageSize::A4, QPageLayout::Portrait);
    doc->addTitle(QStringLiteral("%1家庭入户调查表").arg(ApplicationRules::chinese(a.assistance)), 20);
    doc->addParagraph(QStringLiteral("申请日期：%1　　平台受理编号：%2")
                          .arg(doc::builders::chineseDate(a.appliedOn), blank(a.platformCaseNo, 12)),
        Face::Sans, 10.5, Qt::AlignHCenter, 0, 4);
    Table members;
    members.columns = { { QStringLiteral("姓名"), 1 }, { QStringLiteral("与申请人关系"), 1 },
        { QStringLiteral("身份证号"), 2 }, { QStringLiteral("劳动能力"), 1 }, { QStringLiteral("残疾/重病"), 1 },
        { QStringLiteral("月收入（元）"), 1 } };
    if (h) {
        for (const Member &m : h->members)
            members.rows.append(
                { m.name, relationChinese(m.relation), IdNumber::mask(m.idNumber), labourChinese(m.labour),
                    m.disabilityGrade > 0 ? QStringLiteral("残疾%1级").arg(m.disabilityGrade)
                                          : (m.seriousIllness ? QStringLiteral("重病") : QString()),
                    QString() });
    }
    for (int i = members.rows.size(); i < 6; ++i)
        members.rows.append({ QString(), QString(), QString(), QString(), QString(), QString() });
    members.minRowHeightMm = 8;
    doc->addParagraph(QStringLiteral("申请人：%1　　代办人：%2").arg(blank(a.applicantName), blank(a.proxyName)),
        Face::Serif, 12, Qt::AlignLeft, 0, 2);
    doc->addTable(members);
    doc->addSpace(3);
    for (const char *line : { "家庭收入情况（工资、经营、种养殖、转移性收入等）：",
             "家庭财产情况（存款、房产、车辆等）：", "赡养、抚养、扶养情况：", "实际生活状况及调查结论：" }) {
        doc->addParagraph(QString::fromUtf8(line), Face::SansBold, 12, Qt::AlignLeft, 0, 1);
        doc->addParagraph(QString(60, QLatin1Char('_')), Face::Serif, 12, Qt::AlignLeft, 0, 1);
        doc->addParagraph(QString(60, QLatin1Char('_')), Face::Serif, 12, Qt::AlignLeft, 0, 3);
    }
    doc->beginGroup();
    doc->addParagraph(QStringLiteral("调查人（签字）：____________　____________　　被调查人（签字）：____________"),
        Face::Serif, 12, Qt::AlignLeft, 0, 2);
    doc->addParagraph(QStringLiteral("调查日期：______年____月____日"), Face::Serif, 12, Qt::AlignLeft, 0, 2);
    footer(*doc, issuer, QString());
    doc->endGroup();
    return doc;
}

struct NoticeFacts
{
    QString village;
    int persons = 0;
    Fen amount = 0;
    QString hotline;
};

std::unique_ptr<FlowDocument> publicNotice(const Application &a, const NoticeFacts &f, const doc::Issuer &issuer)
{
    auto doc = std::make_unique<FlowDocument>(QStringLiteral("公示"), QPageSize::A4, QPageLayout::Portrait);
    doc->addTitle(QStringLiteral("%1审核确认公示").arg(ApplicationRules::chinese(a.assistance)), 22);
    doc->addParagraph(QStringLiteral("根据有关规定，经申请、入户调查和乡镇（街道）审核，现将下列拟%1对象予以公示，"
                                     "公示期为%2至%3。")
                          .arg(ApplicationRules::chinese(a.assistance), doc::builders::chineseDate(a.stepStartedOn),
                              doc::builders::chineseDate(a.stepDeadline)),
        Face::Serif, 13, Qt::AlignLeft | Qt::AlignJustify, 0, 4);
    Table t;
    t.columns = { { QStringLiteral("申请人"), 1, Qt::AlignHCenter }, { QStringLiteral("村（社区）"), 1.4 },
        { QStringLiteral("保障人数"), 0.8, Qt::AlignHCenter }, { QStringLiteral("救助类别"), 1.2 },
        { QStringLiteral("拟保障金额（月）"), 1.2, Qt::AlignRight } };
    t.rows.append({ a.applicantName, f.village, QString::number(f.persons), ApplicationRules::chinese(a.assistance),
        f.amount > 0 ? yuan(f.amount) : QStringLiteral("—") });
    t.points = 12;
    doc->addTable(t);
    doc->addSpace(4);
    doc->addParagraph(QStringLiteral("公示期间，如有异议，请向%1反映，或拨打监督电话 %2。反映情况请实事求是，"
                                     "我们将依法保护反映人的个人信息。")
                          .arg(issuer.unit(), f.hotline),
        Face::Serif, 13, Qt::AlignLeft | Qt::AlignJustify, 0, 4);
    footer(*doc, issuer, QString());
    return doc;
}

std::unique_ptr<FlowDocument> decision(const Application &a, const doc::Issuer &issuer)
{
    const bool approved = a.outcome == ApplicationOutcome::Approved;
    const QString title = approved ? QStringLiteral("%1确认通知书").arg(ApplicationRules::chinese(a.assistance))
                                   : QStringLiteral("%1不予确认通知书").arg(ApplicationRules::chinese(a.assistance));
    auto doc = std::make_unique<FlowDocument>(title, QPageSize::A4, QPageLayout::Portrait);
    doc->setArchival(true); // kept on file: PDF/A-1b, with the text layer read back as printed
    doc->addTitle(title, 22);
    doc->addParagraph(QStringLiteral("%1：").arg(a.applicantName), Face::Serif, 13, Qt::AlignLeft, 0, 2);
    const QString applied = QStringLiteral("你（户）于%1提出的%2申请（受理编号：%3），经入户调查、审核和公示，")
                                .arg(doc::builders::chineseDate(a.appliedOn), ApplicationRules::chinese(a.assistance),
                                    a.platformCaseNo.isEmpty() ? a.id.left(8) : a.platformCaseNo);
    if (approved) {
        const QDate start = QDate::fromString(a.startMonth + QStringLiteral("-01"), Qt::ISODate);
        doc->addParagraph(applied
                + QStringLiteral("符合条件，决定予以确认：救助类别为%1，月保障金额%2，自%3年%4月起发放。")
                      .arg(CategoryNames::chinese(a.category), yuan(a.amount))
                      .arg(start.year())
                      .arg(start.month()),
            Face::Serif, 13, Qt::AlignLeft | Qt::AlignJustify, 0, 3);
        doc->addParagraph(QStringLiteral("享受期间家庭人口、收入和财产状况发生变化的，请及时告知乡镇（街道）。"),
            Face::Serif, 13, Qt::AlignLeft | Qt::AlignJustify, 0, 3);
    } else {
        doc->addParagraph(applied + QStringLiteral("决定不予确认。理由如下："), Face::Serif, 13,
            Qt::AlignLeft | Qt::AlignJustify, 0, 2);
        doc->addParagraph(a.refusalReasons, Face::Serif, 13, Qt::AlignLeft | Qt::AlignJustify, 7, 3);
        doc->addParagraph(QStringLiteral("如对本决定不服，可以自收到本通知书之日起六十日内依法申请行政复议，"
                                         "或者在六个月内依法提起行政诉讼。"),
            Face::Serif, 13, Qt::AlignLeft | Qt::AlignJustify, 0, 3);
    }
    footer(*doc, issuer, QStringLiteral("民政局"));
    return doc;
}

} // namespace

ApplicationDocuments::ApplicationDocuments(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
}

ApplicationDocuments::Kind ApplicationDocuments::kindFromCode(const QString &code, bool *ok)
{
    *ok = true;
    if (code == QLatin1String("survey"))
        return Kind::SurveyForm;
    if (code == QLatin1String("notice"))
        return Kind::PublicNotice;
    *ok = code == QLatin1String("decision");
    return Kind::Decision;
}

doc::Issuer ApplicationDocuments::issuerFor(const QString &townshipCode) const
{
    const RegionTree tree = StationService::regions(m_db);
    doc::Issuer issuer;
    issuer.districtName = tree.district() ? tree.district()->name : QString();
    if (const Region *t = tree.find(townshipCode))
        issuer.townshipName = t->name;
    issuer.date = Clock::today();
    return issuer;
}

Result<std::unique_ptr<doc::FlowDocument>> ApplicationDocuments::build(const QString &id, Kind kind) const
{
    ApplicationService service(m_db, m_session);
    auto a = service.get(id); // checks permission and township
    if (!a)
        return a.error();
    std::optional<Household> h;
    if (!a->householdId.isEmpty()) {
        auto loaded = HouseholdRepository(m_db).load(a->householdId);
        if (!loaded)
            return loaded.error();
        h = loaded.value();
    }
    doc::Issuer issuer = issuerFor(a->townshipCode);
    if (kind == Kind::SurveyForm)
        return surveyForm(a.value(), h ? &*h : nullptr, issuer);
    if (kind == Kind::PublicNotice) {
        if (a->step != ApplicationStep::Publicity)
            return Error::invalid(tr("The notice is printed while the application is at 公示 (now: %1).")
                                      .arg(ApplicationRules::display(a->step)),
                QStringLiteral("step"));
        NoticeFacts f;
        const RegionTree tree = StationService::regions(m_db);
        const Region *village = tree.find(a->villageCode);
        f.village = village ? village->name : issuer.townshipName;
        f.hotline = SettingsRepository(m_db).value(setting::SupervisionHotline).toString();
        if (h) {
            f.persons = int(h->countedMembers().size());
            const Category c = ApplicationRules::categoryOf(a->assistance);
            if (auto st = BenefitService(m_db, m_session).statement(h->id, c); st && st->computed.eligible)
                f.amount = st->computed.monthlyAmount;
        }
        return publicNotice(a.value(), f, issuer);
    }
    if (a->step != ApplicationStep::Decided && a->step != ApplicationStep::Enrolled)
        return Error::invalid(
            tr("The written decision exists once the application is decided."), QStringLiteral("step"));
    return decision(a.value(), issuer);
}

} // namespace sn
