// safetynet: the desk application (composition root).
#include "database/Database.h"
#include "services/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SafetyNet"));
    QApplication::setApplicationName(QStringLiteral("safetynet"));
    QApplication::setApplicationVersion(QStringLiteral(SN_VERSION));
    sn::Translations::install(sn::Translations::preferredLanguage());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "The station database file."), QStringLiteral("FILE")});
    parser.process(app);

    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/station.sqlite");
    auto db = sn::Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SafetyNet"), db.error().message);
        return 3;
    }
    sn::MainWindow window(*db.value(), sn::Session::system());
    window.show();
    return app.exec();
}
