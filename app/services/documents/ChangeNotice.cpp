#include "ChangeNotice.h"

#include "DocumentBuilders.h"

#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "domain/Clock.h"
#include "services/ChangeService.h"
#include "services/StationService.h"

namespace sn {

using doc::Face;
using doc::FlowDocument;
using doc::Table;

namespace {

QString yuan(Fen fen)
{
    return money::toGroupedYuanString(fen) + QStringLiteral("元");
}

QString monthText(const BenefitChange &c)
{
    const QDate d = c.effectiveDate();
    return QStringLiteral("%1年%2月").arg(d.year()).arg(d.month());
}

std::unique_ptr<FlowDocument> notice(const BenefitChange &c, const QString &head, const doc::Issuer &issuer)
{
    const bool stop = c.kind == ChangeKind::Stop;
    const QString assistance = CategoryNames::chinese(c.oldCategory);
    const QString title = stop ? QStringLiteral("停止%1告知书").arg(assistance)
                               : QStringLiteral("%1金%2告知书").arg(assistance, ChangeRules::chinese(c.kind));
    auto doc = std::make_unique<FlowDocument>(title, QPageSize::A4, QPageLayout::Portrait);
    doc->setArchival(true); // kept on file, like the decision letter
    doc->addTitle(title, 22);
    doc->addParagraph(QStringLiteral("%1：").arg(head), Face::Serif, 13, Qt::AlignLeft, 0, 2);
    const QString lead = stop
        ? QStringLiteral("经核查，你户已不再符合%1条件，决定自%2起停止发放%1金。理由如下：")
              .arg(assistance, monthText(c))
        : QStringLiteral("经核查，你户家庭人口、收入或财产状况发生变化，决定自%1起%2%3金。理由如下：")
              .arg(monthText(c), ChangeRules::chinese(c.kind), assistance);
    doc->addParagraph(lead, Face::Serif, 13, Qt::AlignLeft | Qt::AlignJustify, 0, 2);
    doc->addParagraph(c.reasons, Face::Serif, 13, Qt::AlignLeft | Qt::AlignJustify, 7, 3);
    Table t;
    t.columns = { { QStringLiteral("项目"), 1.2 }, { QStringLiteral("变更前"), 1, Qt::AlignHCenter },
        { QStringLiteral("变更后"), 1, Qt::AlignHCenter } };
    t.rows.append({ QStringLiteral("救助类别"), CategoryNames::chinese(c.oldCategory),
        stop ? QStringLiteral("停止保障") : CategoryNames::chinese(c.newCategory) });
    t.rows.append({ QStringLiteral("月保障金额"), yuan(c.oldAmount), yuan(c.newAmount) });
    t.rows.append({ QStringLiteral("执行月份"), QString(), monthText(c) });
    t.points = 12;
    doc->addTable(t);
    doc->addSpace(4);
    doc->addParagraph(QStringLiteral("如对本决定有异议，可以向%1或区民政局申诉；也可以自收到本告知书之日起六十日内"
                                     "依法申请行政复议，或者在六个月内依法提起行政诉讼。")
                          .arg(issuer.unit()),
        Face::Serif, 13, Qt::AlignLeft | Qt::AlignJustify, 0, 3);
    doc->addSpace(6);
    doc->addParagraph(issuer.districtName + QStringLiteral("民政局（盖章）"), Face::Serif, 12, Qt::AlignRight, 0, 1);
    doc->addParagraph(doc::builders::chineseDate(issuer.date), Face::Serif, 12, Qt::AlignRight, 0, 1);
    return doc;
}

} // namespace

ChangeNotice::ChangeNotice(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
}

Result<std::unique_ptr<doc::FlowDocument>> ChangeNotice::build(const QString &changeId) const
{
    auto c = ChangeService(m_db, m_session).get(changeId); // checks permission and township
    if (!c)
        return c.error();
    if (c->state != ChangeState::Confirmed && c->state != ChangeState::Applied)
        return Error::invalid(
            tr("The notice is written once the change is confirmed (now: %1).").arg(ChangeRules::display(c->state)),
            QStringLiteral("state"));
    auto h = HouseholdRepository(m_db).load(c->householdId);
    if (!h)
        return h.error();
    const RegionTree tree = StationService::regions(m_db);
    doc::Issuer issuer;
    issuer.districtName = tree.district() ? tree.district()->name : QString();
    if (const Region *t = tree.find(c->townshipCode))
        issuer.townshipName = t->name;
    issuer.date = c->confirmedOn.isValid() ? c->confirmedOn : Clock::today();
    return notice(c.value(), h->headName(), issuer);
}

} // namespace sn
