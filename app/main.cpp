// safetynet: the desk application (composition root). Opens the station database (first-run wizard when
// there is none yet), signs the clerk in, shows the desk.
#include "database/Database.h"
#include "domain/Clock.h"
#include "services/AccountService.h"
#include "services/ReviewService.h"
#include "services/StationService.h"
#include "services/Translations.h"
#include "ui/AutoBackupTask.h"
#include "ui/FirstRunWizard.h"
#include "ui/LoginDialog.h"
#include "ui/MachineSettings.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PendingRestore.h"
#include "ui/WorkbenchPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SafetyNet"));
    QApplication::setApplicationName(QStringLiteral("safetynet"));
    QApplication::setApplicationDisplayName(QStringLiteral("SafetyNet"));
    QApplication::setApplicationVersion(QStringLiteral(SN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/safetynet.svg")));
    sn::Translations::install(sn::Translations::preferredLanguage());
    // Qt ends every window title with the display name: "— 安全网" in the Chinese UI.
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "SafetyNet"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "SafetyNet: the desk of a township social-assistance window."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("db"), QCoreApplication::translate("main", "The station database file."),
        QStringLiteral("FILE") });
    parser.process(app);

    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/station.sqlite");

    // Declared before the database so that it acts after the database is closed: a restore chosen in
    // Settings replaces the file then, and SafetyNet starts again.
    sn::PendingRestore restoreOnExit(path);
    std::unique_ptr<sn::Database> db;
    const QFileInfo file(path);
    if (file.exists() && file.size() > 0) {
        auto opened = sn::Database::open(path);
        if (!opened) {
            sn::MessageBox::warning(nullptr, QCoreApplication::translate("main", "SafetyNet"), opened.error().message);
            return 3;
        }
        db = std::move(opened).value();
    }
    if (!db || !sn::AccountService(*db).hasUsers()) {
        sn::FirstRunWizard wizard(path, db.get());
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        if (!db)
            db = wizard.takeDatabase();
    }

    sn::AccountService accounts(*db);
    const sn::StationInfo station = sn::StationService::info(*db);
    const QString where = station.townshipName.isEmpty() ? station.districtName : station.townshipName;
    sn::LoginDialog login(accounts, QStringLiteral("%1 · %2").arg(station.stationName, where));
    if (login.exec() != QDialog::Accepted)
        return 0;

    // Tiers change when a child turns 18 or an adult 60: recompute what fell due, now and once a day.
    sn::ReviewService reviews(*db, login.session());
    const auto refreshReviews = [&reviews]() -> QString {
        auto refreshed = reviews.refreshDue();
        return refreshed ? QString() : refreshed.error().message;
    };
    const QString startError = refreshReviews();

    sn::MainWindow window(*db, login.session());
    if (!startError.isEmpty())
        window.statusBar()->showMessage(
            QCoreApplication::translate("main", "Review schedules were not updated: %1").arg(startError));
    QDate refreshedOn = sn::Clock::today();
    QTimer daily;
    daily.setInterval(15 * 60 * 1000); // checks for a new day; the desk often stays open overnight
    QObject::connect(&daily, &QTimer::timeout, &window, [&]() {
        if (sn::Clock::today() == refreshedOn)
            return;
        refreshedOn = sn::Clock::today();
        if (const QString error = refreshReviews(); !error.isEmpty())
            window.statusBar()->showMessage(
                QCoreApplication::translate("main", "Review schedules were not updated: %1").arg(error));
        else
            window.workbench()->refresh();
    });
    daily.start();
    // Today's backup (and this week's), on its own connection and thread; again whenever the date changes.
    auto *backup = new sn::AutoBackupTask(db->path(), sn::MachineSettings::backupFolder(db->path()), &window);
    QObject::connect(backup, &sn::AutoBackupTask::failed, &window, [&window](const QString &error) {
        window.statusBar()->showMessage(QCoreApplication::translate("main", "The daily backup failed: %1").arg(error));
    });
    backup->start();
    window.show();
    return app.exec();
}
