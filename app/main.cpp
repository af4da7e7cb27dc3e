// safetynet: the desk application (composition root). Opens the station database (first-run wizard when
// there is none yet), signs the clerk in, shows the desk.
#include "database/Database.h"
#include "services/AccountService.h"
#include "services/StationService.h"
#include "services/Translations.h"
#include "ui/FirstRunWizard.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SafetyNet"));
    QApplication::setApplicationName(QStringLiteral("safetynet"));
    QApplication::setApplicationDisplayName(QStringLiteral("SafetyNet"));
    QApplication::setApplicationVersion(QStringLiteral(SN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/safetynet.svg")));
    sn::Translations::install(sn::Translations::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "SafetyNet: the desk of a township social-assistance window."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("main", "The station database file."), QStringLiteral("FILE")});
    parser.process(app);

    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/station.sqlite");

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

    sn::MainWindow window(*db, login.session());
    window.show();
    return app.exec();
}
