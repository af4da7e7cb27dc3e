// sn_screenshots OUTDIR [--households N] [--seed S] [--language zh_CN|en]
// Builds a demo district station in a temporary folder and saves PNGs of the desk: the workbench, the
// registry with a search typed, a household form, the sign-in dialog and the first-run wizard.
// Not a test; packaging/screenshots.sh runs it under xvfb-run.
#include "database/Database.h"
#include "domain/Clock.h"
#include "services/AccountService.h"
#include "services/DemoGenerator.h"
#include "services/StationService.h"
#include "services/Translations.h"
#include "ui/FirstRunWizard.h"
#include "ui/HouseholdForm.h"
#include "ui/HouseholdTableModel.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/RegistryPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
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
    parser.addOption({QStringLiteral("households"), QStringLiteral("Demo households (3000)."), QStringLiteral("N"), QStringLiteral("3000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Demo seed (2026)."), QStringLiteral("S"), QStringLiteral("2026")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("UI language (zh_CN)."), QStringLiteral("L"), QStringLiteral("zh_CN")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString out = parser.positionalArguments().first();
    if (!QDir().mkpath(out))
        return fail(QStringLiteral("cannot create %1").arg(out));

    if (!sn::Translations::install(parser.value(QStringLiteral("language"))))
        std::fprintf(stderr, "sn_screenshots: no translation for %s, English shown\n", qPrintable(parser.value(QStringLiteral("language"))));
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

    auto db = sn::StationService::initialize(path, QStringLiteral("城北区"), QStringLiteral("城北区民政局"), sn::RegionTree::builtIn());
    if (!db)
        return fail(db.error().message);
    sn::Database &database = *db.value();
    sn::User admin;
    admin.username = QStringLiteral("admin");
    admin.displayName = QStringLiteral("马丽");
    admin.role = sn::Role::DistrictAdmin;
    if (auto created = sn::AccountService(database).createUser(nullptr, admin, QStringLiteral("demo-password")); !created)
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
    return ok ? 0 : 1;
}
