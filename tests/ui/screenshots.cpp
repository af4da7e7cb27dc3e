// sn_screenshots OUTDIR [--households N] [--seed S] [--language zh_CN|en]
// Builds a demo district station in a temporary folder and saves PNGs of the desk: the workbench, the
// registry with a search typed, a household form, the review calendar, the leads (a few demo leads made
// through LeadService), the service team, the sign-in dialog and the first-run wizard.
// Not a test; packaging/screenshots.sh runs it under xvfb-run.
#include "database/Database.h"
#include "domain/Clock.h"
#include "services/AccountService.h"
#include "services/DemoGenerator.h"
#include "services/HouseholdService.h"
#include "services/LeadService.h"
#include "services/ReferralService.h"
#include "services/ServiceTeamService.h"
#include "services/StationService.h"
#include "services/SuspicionService.h"
#include "services/Translations.h"
#include "ui/ColumnMappingDialog.h"
#include "ui/FirstRunWizard.h"
#include "ui/HouseholdForm.h"
#include "ui/HouseholdTableModel.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PoliciesPage.h"
#include "ui/RegistryPage.h"
#include "ui/ReviewCalendarPage.h"
#include "ui/ReviewCalendarWidget.h"
#include "ui/ServiceTeamPage.h"
#include "ui/SuspicionsPage.h"
#include "ui/WorkbenchPage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

namespace {

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    QTest::qWait(300); // let layouts, the chart and pending searches settle
    const QString file = QDir(dir).filePath(name);
    if (!widget->grab().save(file)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

// A morning at the window: an emergency two hours old, a petition, a grid worker's lead from yesterday (overdue),
// one already verified (its volunteer earned points), one answered by the first help.
sn::Status addDemoLeads(sn::Database &db, const sn::Session &session)
{
    sn::ServiceTeamService team(db, session);
    sn::Volunteer volunteer;
    volunteer.name = QStringLiteral("马秀兰");
    volunteer.phone = QStringLiteral("13897105566");
    volunteer.townshipCode = QStringLiteral("630105001");
    volunteer.villageCode = QStringLiteral("630105001201");
    auto volunteerId = team.addVolunteer(volunteer);
    if (!volunteerId)
        return volunteerId.error();
    volunteer.name = QStringLiteral("李国强");
    volunteer.kind = QStringLiteral("grid_worker");
    volunteer.phone = QStringLiteral("13997203344");
    volunteer.townshipCode = QStringLiteral("630105003");
    volunteer.villageCode.clear();
    if (auto id = team.addVolunteer(volunteer); !id)
        return id.error();

    sn::LeadService leads(db, session);
    const QDateTime now = sn::Clock::now();
    struct Demo
    {
        const char *person;
        const char *township;
        const char *village;
        sn::LeadSource source;
        bool emergency;
        int minutesAgo;
        const char *what;
    };
    const Demo demos[] = {
        { "刘桂英", "630105001", "630105001201", sn::LeadSource::Volunteer, true, 120, "独居老人，家中失火，暂无住处" },
        { "陈建华", "630105002", "", sn::LeadSource::Petition, false, 180, "信访反映：因病致贫，医疗费用无力支付" },
        { "赵丽", "630105003", "630105003001", sn::LeadSource::GridWorker, false, 20 * 60,
            "网格员走访：丈夫去世，两个孩子上学" },
        { "王德福", "630105001", "630105001202", sn::LeadSource::Volunteer, false, 60, "残疾，无固定收入" },
        { "孙玉梅", "630105100", "", sn::LeadSource::Hotline, true, 300, "车祸受伤，家庭收入中断" },
    };
    QStringList ids;
    for (const Demo &d : demos) {
        sn::Lead lead;
        lead.personName = QString::fromUtf8(d.person);
        lead.townshipCode = QString::fromUtf8(d.township);
        lead.villageCode = QString::fromUtf8(d.village);
        lead.source = d.source;
        lead.emergency = d.emergency;
        lead.reportedAt = now.addSecs(-60 * d.minutesAgo);
        lead.description = QString::fromUtf8(d.what);
        lead.reporterName = d.source == sn::LeadSource::Volunteer ? QStringLiteral("马秀兰") : QString();
        lead.volunteerId = d.source == sn::LeadSource::Volunteer ? volunteerId.value() : QString();
        auto id = leads.report(lead);
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    if (auto s = leads.advance(ids.at(3), sn::LeadState::Verified, QStringLiteral("服务队当日核实")); !s)
        return s;
    sn::TemporaryGrant grant;
    grant.leadId = ids.at(4);
    grant.amount = 80000;
    grant.reason = QStringLiteral("先行小额救助");
    grant.smallAmountFirst = true;
    if (auto g = leads.recordGrant(grant); !g)
        return g.error();
    return {};
}

int fail(const QString &message)
{
    std::fprintf(stderr, "sn_screenshots: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SafetyNet"));
    QApplication::setApplicationName(QStringLiteral("safetynet-screenshots"));
    QApplication::setApplicationVersion(QStringLiteral(SN_VERSION));
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QSettings().clear();
    sn::MessageBox::setTestMode(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Folder for the PNG files."));
    parser.addOption({ QStringLiteral("households"), QStringLiteral("Demo households (3000)."), QStringLiteral("N"),
        QStringLiteral("3000") });
    parser.addOption(
        { QStringLiteral("seed"), QStringLiteral("Demo seed (2026)."), QStringLiteral("S"), QStringLiteral("2026") });
    parser.addOption(
        { QStringLiteral("font-scale"), QStringLiteral("Scale the system font (1.5: a larger font for poor eyesight)."),
            QStringLiteral("F"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("language"), QStringLiteral("UI language (zh_CN)."), QStringLiteral("L"),
        QStringLiteral("zh_CN") });
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString out = parser.positionalArguments().first();
    if (!QDir().mkpath(out))
        return fail(QStringLiteral("cannot create %1").arg(out));

    if (const double scale = parser.value(QStringLiteral("font-scale")).toDouble(); scale > 0 && scale != 1.0) {
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * scale);
        QApplication::setFont(font);
    }
    if (!sn::Translations::install(parser.value(QStringLiteral("language"))))
        std::fprintf(stderr, "sn_screenshots: no translation for %s, English shown\n",
            qPrintable(parser.value(QStringLiteral("language"))));
    sn::Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.sqlite"));

    // The first-run wizard, filled in but not finished.
    {
        sn::FirstRunWizard wizard(dir.filePath(QStringLiteral("unused.sqlite")));
        wizard.townshipCombo()->setEditText(QStringLiteral("朝阳街道"));
        wizard.show();
        save(&wizard, out, QStringLiteral("first-run.png"));
    }
    // ... and a window joining from the enrolment file the bureau wrote for it.
    {
        auto bureau = sn::StationService::initialize(dir.filePath(QStringLiteral("bureau.sqlite")),
            QStringLiteral("城北区"), QStringLiteral("城北区民政局"), sn::RegionTree::builtIn());
        if (!bureau)
            return fail(bureau.error().message);
        const sn::Session chief { QStringLiteral("chief"), QStringLiteral("chief"), sn::Role::DistrictAdmin, {}, {} };
        auto sealed = sn::StationService::enrol(*bureau.value(), chief, QStringLiteral("朝阳街道"),
            QStringLiteral("朝阳街道-窗口1"), QStringLiteral("window-passphrase"));
        if (!sealed)
            return fail(sealed.error().message);
        QFile file(dir.filePath(QStringLiteral("朝阳街道-窗口1.enrol")));
        if (!file.open(QIODevice::WriteOnly) || file.write(sealed.value()) != sealed->size())
            return fail(file.errorString());
        file.close();
        sn::FirstRunWizard wizard(dir.filePath(QStringLiteral("window.sqlite")));
        wizard.show();
        wizard.useEnrolment(file.fileName());
        save(&wizard, out, QStringLiteral("first-run-enrolment.png"));
    }

    auto db = sn::StationService::initialize(
        path, QStringLiteral("城北区"), QStringLiteral("城北区民政局"), sn::RegionTree::builtIn());
    if (!db)
        return fail(db.error().message);
    sn::Database &database = *db.value();
    sn::User admin;
    admin.username = QStringLiteral("admin");
    admin.displayName = QStringLiteral("马丽");
    admin.role = sn::Role::DistrictAdmin;
    if (auto created = sn::AccountService(database).createUser(nullptr, admin, QStringLiteral("demo-password"));
        !created)
        return fail(created.error().message);
    sn::DemoOptions options;
    options.households = parser.value(QStringLiteral("households")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toUInt();
    if (auto demo = sn::DemoGenerator::generate(database, options); !demo)
        return fail(demo.error().message);

    sn::AccountService accounts(database);
    {
        sn::LoginDialog login(accounts, QStringLiteral("城北区民政局 · 城北区"));
        login.userNameEdit()->setText(QStringLiteral("admin"));
        login.show();
        save(&login, out, QStringLiteral("login.png"));
    }
    auto session = accounts.login(QStringLiteral("admin"), QStringLiteral("demo-password"));
    if (!session)
        return fail(session.error().message);

    sn::MainWindow window(database, session.value());
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the main window was never shown"));
    // The workbench counts right after its first frame.
    if (!QTest::qWaitFor([&window] { return window.workbench()->countsTable()->rowCount() > 0; }))
        return fail(QStringLiteral("the workbench never showed its counts"));
    bool ok = save(&window, out, QStringLiteral("workbench.png"));

    window.find();
    QTest::keyClicks(window.registry()->searchBox(), QStringLiteral("wang"));
    QTest::qWait(sn::RegistryPage::DebounceMs * 3);
    window.registry()->view()->selectRow(0);
    ok = save(&window, out, QStringLiteral("registry.png")) && ok;

    const QString id = window.registry()->model()->householdId(0);
    if (id.isEmpty())
        return fail(QStringLiteral("the search found no household"));
    sn::HouseholdForm *form = window.openHousehold(id);
    if (!form)
        return fail(QStringLiteral("the household form did not open: %1").arg(sn::MessageBox::lastText()));
    form->resize(1200, 860);
    ok = save(form, out, QStringLiteral("household-form.png")) && ok;
    form->close();

    window.showPage(window.reviews());
    window.reviews()->calendar()->setSelectedDate(sn::Clock::today().addDays(1)); // tomorrow's visits
    window.reviews()->dayView()->selectRow(0);
    ok = save(&window, out, QStringLiteral("review-calendar.png")) && ok;

    if (auto made = addDemoLeads(database, session.value()); !made)
        return fail(made.error().message);
    window.leads()->refresh();
    window.showPage(window.leads());
    window.leads()->selectLead(window.leads()->model()->row(0) ? window.leads()->model()->row(0)->lead.id : QString());
    ok = save(&window, out, QStringLiteral("leads.png")) && ok;

    window.serviceTeam()->refresh();
    window.showPage(window.serviceTeam());
    ok = save(&window, out, QStringLiteral("service-team.png")) && ok;

    // The policy catalogue of three departments, and a referral of the first household to two of them.
    {
        sn::ReferralService referrals(database, session.value());
        const struct
        {
            const char *department, *service, *name, *who, *materials, *where, *contact;
        } catalogue[] = {
            { "区残联", "disability", "困难残疾人生活补贴", "低保、低保边缘家庭中的残疾人",
                "身份证\n残疾人证\n低保证或低保边缘证明", "区政务服务中心二楼残联窗口", "0971-8123456" },
            { "区医保局", "medical", "医疗救助", "特困、低保、低保边缘及支出型贫困人员",
                "身份证\n医疗费用票据\n出院小结", "区医保服务大厅", "0971-8234567" },
            { "区住建局", "housing", "公共租赁住房保障", "城镇住房困难的低保、低保边缘家庭",
                "户口簿\n身份证\n住房情况证明", "区政务服务中心三楼住建窗口", "0971-8345678" },
        };
        QStringList ids;
        for (const auto &c : catalogue) {
            sn::Policy p { {}, QString::fromUtf8(c.department), QString::fromUtf8(c.service), QString::fromUtf8(c.name),
                QString::fromUtf8(c.who), QString::fromUtf8(c.materials), QString::fromUtf8(c.where),
                QString::fromUtf8(c.contact), {} };
            if (auto id = referrals.savePolicy(p))
                ids.append(id.value());
        }
        if (ids.size() == 3) {
            sn::Referral r;
            r.householdId = id;
            r.policyIds = { ids.at(0), ids.at(1) };
            r.note = QStringLiteral("户主肢体残疾二级，妻子住院");
            (void)referrals.refer(r);
        }
        window.policies()->refresh();
        window.showPage(window.policies());
        window.policies()->policyTable()->selectRow(0);
        ok = save(&window, out, QStringLiteral("policies.png")) && ok;
        window.policies()->tabs()->setCurrentIndex(1);
        window.policies()->referralTable()->selectRow(0);
        ok = save(&window, out, QStringLiteral("referrals.png")) && ok;
    }

    // A department's month: rows taken from the registry (some with another house number), some strangers.
    {
        const QString table = dir.filePath(QStringLiteral("yibao.csv"));
        QFile file(table);
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(table));
        QByteArray csv = "医保局困难群众疑点信息反馈表\n序号,户主姓名,家庭住址,疑点内容,联系电话\n";
        const QStringList contents { QStringLiteral("住院自付费用超过2万元"), QStringLiteral("门诊慢特病"),
            QStringLiteral("断缴医保") };
        for (int i = 0; i < 24; ++i) {
            const QString householdId
                = window.registry()->model()->householdId(i % std::max(1, window.registry()->model()->rowCount()));
            auto h = sn::HouseholdService(database, session.value()).get(householdId);
            QString name = h ? h->members.value(0).name : QStringLiteral("某某");
            QString address = h ? h->address : QString();
            if (i % 6 == 4)
                address.replace(QRegularExpression(QStringLiteral("\\d+号")), QStringLiteral("99号"));
            if (i % 6 == 5) {
                name = QStringLiteral("无名%1").arg(i);
                address = QStringLiteral("马坊街道幸福社区%1号").arg(i);
            }
            csv += QStringLiteral("%1,%2,%3,%4,\n").arg(i + 1).arg(name, address, contents.at(i % 3)).toUtf8();
        }
        file.write(csv);
        file.close();
        window.showPage(window.suspicions());
        if (!window.suspicions()->importTable(QStringLiteral("医保局"), QStringLiteral("2026-11"), table))
            return fail(QStringLiteral("department table: %1").arg(window.suspicions()->summary()->text()));
        window.suspicions()->view()->selectRow(1);
        ok = save(&window, out, QStringLiteral("department-data.png")) && ok;
    }

    // The column dialog, for a table whose headers the importer does not know.
    {
        sn::Sheet sheet;
        sheet.name = QStringLiteral("Sheet1");
        sheet.rows = { { sn::Cell::text(QStringLiteral("残联2026年11月疑点数据")) },
            { sn::Cell::text(QStringLiteral("编号")), sn::Cell::text(QStringLiteral("对象")),
                sn::Cell::text(QStringLiteral("住址")), sn::Cell::text(QStringLiteral("情况说明")),
                sn::Cell::text(QStringLiteral("手机")) },
            { sn::Cell::number(1), sn::Cell::text(QStringLiteral("刘桂英")),
                sn::Cell::text(QStringLiteral("北园村2社8号")), sn::Cell::text(QStringLiteral("残疾证即将到期")),
                sn::Cell::number(13897105566.0) },
            { sn::Cell::number(2), sn::Cell::text(QStringLiteral("陈建华")),
                sn::Cell::text(QStringLiteral("宋家寨村5号")), sn::Cell::text(QStringLiteral("新办残疾证")),
                sn::Cell::number(13997203344.0) } };
        sn::ColumnMappingDialog dialog(sheet, sn::SuspicionService::requiredFields(),
            sn::SuspicionService::optionalFields(), QStringLiteral("未识别的列：户主姓名 (head_name)。"), &window);
        dialog.show();
        ok = save(&dialog, out, QStringLiteral("column-mapping.png")) && ok;
    }
    return ok ? 0 : 1;
}
