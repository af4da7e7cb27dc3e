#pragma once

// Every window a clerk meets on one desk: the main window with each of its pages, the household form (new and
// open), and every dialog. `visit(root, name)` is called while `root` is shown, once as it opens and once for each
// page of each of its tab and stacked widgets. The mnemonic and accessibility scans walk the same list, so a new
// dialog added here is checked by both.
#include "DeskFixture.h"

#include "services/LeadService.h"
#include "ui/AppServices.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/CompleteTaskDialog.h"
#include "ui/GrantDialog.h"
#include "ui/HistoryDialog.h"
#include "ui/HouseholdForm.h"
#include "ui/LeadStepDialog.h"
#include "ui/LinkHouseholdDialog.h"
#include "ui/LockScreen.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/ProposeChangeDialog.h"
#include "ui/ProxyDialog.h"
#include "ui/ReferralDialog.h"
#include "ui/ReportLeadDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/VerifySuspicionDialog.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <functional>

namespace sn::test {

using WindowVisitor = std::function<void(QWidget *root, const QString &name)>;

// `root` as shown, then with each page of each of its visible tab widgets and stacked widgets in turn.
inline void visitAllPages(QWidget *root, const QString &name, const WindowVisitor &visit)
{
    visit(root, name);
    for (QStackedWidget *stack : root->findChildren<QStackedWidget *>()) {
        if (!stack->isVisibleTo(root))
            continue;
        const int current = stack->currentIndex();
        auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget());
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            QCoreApplication::processEvents();
            visit(root, name + QStringLiteral(" / ") + (tabs ? tabs->tabText(i) : QString::number(i)));
        }
        stack->setCurrentIndex(current);
    }
}

inline void visitMainWindow(DeskFixture &fixture, const WindowVisitor &visit)
{
    MainWindow window(fixture.db(), fixture.admin());
    window.show();
    QCoreApplication::processEvents();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; nav && i < nav->count(); ++i) {
        nav->setCurrentRow(i);
        QCoreApplication::processEvents();
        visitAllPages(&window, QStringLiteral("main window / ") + nav->item(i)->text(), visit);
    }
}

inline void visitDialogs(DeskFixture &fixture, const QString &household, const WindowVisitor &visit)
{
    AppServices services(fixture.db(), fixture.admin());
    auto check = [&visit](QWidget *w, const QString &name) {
        w->show();
        QCoreApplication::processEvents();
        visitAllPages(w, name, visit);
        w->hide();
    };
    Lead lead;
    lead.id = QStringLiteral("lead-1");
    lead.personName = QStringLiteral("刘一");
    const RegionTree regions = services.regions();
    HouseholdForm newForm(services.households());
    check(&newForm, QStringLiteral("new household"));
    HouseholdForm form(services.households(), household);
    check(&form, QStringLiteral("household"));
    SettingsDialog settings(services);
    check(&settings, QStringLiteral("settings"));
    LoginDialog login(services.accounts(), QStringLiteral("测试窗口"));
    check(&login, QStringLiteral("sign in"));
    ChangePasswordDialog password(services.accounts(), fixture.admin(), QString());
    check(&password, QStringLiteral("change password"));
    LockScreen lock(services.accounts(), fixture.admin());
    check(&lock, QStringLiteral("lock screen"));
    ReportLeadDialog report(services.leads(), fixture.admin(), regions, {});
    check(&report, QStringLiteral("report lead"));
    ReferralDialog referral(services.referrals(), services.households(), household, QStringLiteral("张三"));
    check(&referral, QStringLiteral("referral"));
    ProposeChangeDialog change(services.changes(), household, QStringLiteral("张三"));
    check(&change, QStringLiteral("propose change"));
    HistoryDialog history(services.households(), household);
    check(&history, QStringLiteral("history"));
    VerifySuspicionDialog verify(SuspicionRow {});
    check(&verify, QStringLiteral("verify suspicion"));
    CompleteTaskDialog visitDialog(services.reviews(), TaskRow {}, QStringLiteral("北园村"));
    check(&visitDialog, QStringLiteral("record visit"));
    for (LeadState to : { LeadState::Verified, LeadState::Decided, LeadState::Closed }) {
        LeadStepDialog step(services.leads(), lead, to);
        check(&step, QStringLiteral("lead step %1").arg(int(to)));
    }
    GrantDialog grant(services.leads(), lead);
    check(&grant, QStringLiteral("grant"));
    ProxyDialog proxy(services.leads(), lead);
    check(&proxy, QStringLiteral("proxy"));
    LinkHouseholdDialog link(services.leads(), lead, regions);
    check(&link, QStringLiteral("link household"));
}

// The main window's pages, then every dialog.
inline void visitEveryWindow(DeskFixture &fixture, const QString &household, const WindowVisitor &visit)
{
    visitMainWindow(fixture, visit);
    visitDialogs(fixture, household, visit);
}

} // namespace sn::test
