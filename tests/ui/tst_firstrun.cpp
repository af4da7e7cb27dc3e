// The first start of a station, driven through the wizard's fields as a clerk would.
#include "DeskFixture.h"
#include "StationFixture.h"

#include "ui/FirstRunWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareDeskTest(); }

    void createsTownshipStation();
    void createsDistrictStation();
    void refusesUnknownTownship();
    void refusesDifferentPasswords();
    void finishesAnInterruptedSetUp();
    void joinsFromAnEnrolmentFile();

private:
    static QLineEdit *field(QWizard &wizard, const char *name)
    {
        return wizard.findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    static void typeStation(FirstRunWizard &wizard, const QString &township, const QString &station)
    {
        QLineEdit *townshipEdit = wizard.townshipCombo()->lineEdit();
        townshipEdit->clear();
        typeText(townshipEdit, township);
        QLineEdit *name = field(wizard, "firstRunStationName");
        name->clear();
        if (!station.isEmpty())
            typeText(name, station);
    }
    static void typeAdmin(FirstRunWizard &wizard, const QString &password, const QString &repeat)
    {
        typeText(field(wizard, "firstRunUser"), QStringLiteral("chief"));
        typeText(field(wizard, "firstRunDisplayName"), QStringLiteral("李局长"));
        typeText(field(wizard, "firstRunPassword"), password);
        typeText(field(wizard, "firstRunRepeat"), repeat);
    }
    static void click(QWizard &wizard, QWizard::WizardButton which)
    {
        QAbstractButton *button = wizard.button(which);
        QVERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
};

void TestFirstRun::createsTownshipStation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/station.sqlite")); // the folder does not exist yet
    FirstRunWizard wizard(path);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::StationPageId));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("firstRunDistrict"))->text().contains(QStringLiteral("城北区")));

    typeStation(wizard, QStringLiteral("朝阳街道"), QStringLiteral("朝阳街道一门受理窗口"));
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdminPageId));
    QVERIFY(!QFileInfo::exists(path)); // nothing is written before Finish

    typeAdmin(wizard, QStringLiteral("s3cret!-north"), QStringLiteral("s3cret!-north"));
    click(wizard, QWizard::FinishButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY2(wizard.errorText().isEmpty(), qPrintable(wizard.errorText()));
    QVERIFY(QFileInfo::exists(path));

    std::unique_ptr<Database> db = wizard.takeDatabase();
    QVERIFY(db);
    const StationInfo info = StationService::info(*db);
    QCOMPARE(info.stationName, QStringLiteral("朝阳街道一门受理窗口"));
    QCOMPARE(info.townshipName, QStringLiteral("朝阳街道"));
    db.reset();

    // A fresh open of the file, as the next start of the application does.
    auto reopened = Database::open(path);
    QVERIFY(reopened);
    AccountService accounts(*reopened.value());
    QVERIFY(accounts.hasUsers());
    auto session = accounts.login(QStringLiteral("chief"), QStringLiteral("s3cret!-north"));
    QVERIFY2(session, qPrintable(session.error().message));
    // A township's station holds no district role: its first account administers the township.
    QCOMPARE(session->role, Role::TownshipAdmin);
    QCOMPARE(session->townshipCode, info.townshipCode);
    QCOMPARE(session->userName, QStringLiteral("李局长"));
}

void TestFirstRun::createsDistrictStation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.sqlite"));
    FirstRunWizard wizard(path);
    wizard.show();
    typeStation(wizard, QStringLiteral("城北区"), QString());
    // An empty station name is refused inline.
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::StationPageId));
    QVERIFY(!wizard.errorText().isEmpty());
    typeText(field(wizard, "firstRunStationName"), QStringLiteral("城北区民政局"));
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdminPageId));
    typeAdmin(wizard, QStringLiteral("bureau-2026"), QStringLiteral("bureau-2026"));
    click(wizard, QWizard::FinishButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    auto db = wizard.takeDatabase();
    QVERIFY(db);
    const StationInfo info = StationService::info(*db);
    QVERIFY(info.townshipCode.isEmpty());
    QCOMPARE(info.districtName, QStringLiteral("城北区"));
    auto session = AccountService(*db).login(QStringLiteral("chief"), QStringLiteral("bureau-2026"));
    QVERIFY(session);
    QCOMPARE(session->role, Role::DistrictAdmin);
}

void TestFirstRun::refusesUnknownTownship()
{
    QTemporaryDir dir;
    FirstRunWizard wizard(dir.filePath(QStringLiteral("station.sqlite")));
    wizard.show();
    typeStation(wizard, QStringLiteral("海淀街道"), QStringLiteral("x"));
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::StationPageId));
    QVERIFY2(wizard.errorText().contains(QStringLiteral("海淀街道")), qPrintable(wizard.errorText()));
    // The short name is enough when it is unambiguous.
    typeStation(wizard, QStringLiteral("马坊"), QStringLiteral("马坊窗口"));
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdminPageId));
}

void TestFirstRun::refusesDifferentPasswords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.sqlite"));
    FirstRunWizard wizard(path);
    wizard.show();
    typeStation(wizard, QStringLiteral("朝阳街道"), QStringLiteral("窗口"));
    click(wizard, QWizard::NextButton);
    typeAdmin(wizard, QStringLiteral("secret-one-1"), QStringLiteral("secret-two-2"));
    click(wizard, QWizard::FinishButton);
    QVERIFY(wizard.isVisible());
    QVERIFY2(wizard.errorText().contains(QLatin1String("differ")), qPrintable(wizard.errorText()));
    QVERIFY(!QFileInfo::exists(path));
    // Too short.
    field(wizard, "firstRunPassword")->clear();
    typeText(field(wizard, "firstRunPassword"), QStringLiteral("ab"));
    typeText(field(wizard, "firstRunRepeat"), QStringLiteral("ab"));
    click(wizard, QWizard::FinishButton);
    QVERIFY(wizard.isVisible());
    QVERIFY2(wizard.errorText().contains(QLatin1String("at least")), qPrintable(wizard.errorText()));
    // Fixed: the station is created.
    field(wizard, "firstRunPassword")->clear();
    field(wizard, "firstRunRepeat")->clear();
    typeText(field(wizard, "firstRunPassword"), QStringLiteral("secret-one-1"));
    typeText(field(wizard, "firstRunRepeat"), QStringLiteral("secret-one-1"));
    click(wizard, QWizard::FinishButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(QFileInfo::exists(path));
}

void TestFirstRun::finishesAnInterruptedSetUp()
{
    // A station file without users (the power failed between the two steps): only the account is asked for.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.sqlite"));
    auto db
        = StationService::initialize(path, QStringLiteral("朝阳街道"), QStringLiteral("窗口"), RegionTree::builtIn());
    QVERIFY(db);
    QVERIFY(!AccountService(*db.value()).hasUsers());
    FirstRunWizard wizard(path, db.value().get());
    wizard.show();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdminPageId));
    typeAdmin(wizard, QStringLiteral("again-2026"), QStringLiteral("again-2026"));
    click(wizard, QWizard::FinishButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(!wizard.takeDatabase());
    QVERIFY(AccountService(*db.value()).login(QStringLiteral("chief"), QStringLiteral("again-2026")));
}

void TestFirstRun::joinsFromAnEnrolmentFile()
{
    // The bureau enrols 朝阳's window; the window's clerk opens the file in the wizard and types the passphrase.
    Station bureau;
    auto sealed = StationService::enrol(*bureau.db, admin(), QStringLiteral("朝阳街道"), QStringLiteral("朝阳-窗口2"),
        QStringLiteral("window-passphrase"));
    QVERIFY2(sealed, qPrintable(sealed.error().message));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("朝阳-窗口2.enrol"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(sealed.value());
    out.close();

    const QString path = dir.filePath(QStringLiteral("window.sqlite"));
    FirstRunWizard wizard(path);
    wizard.show();
    QVERIFY(wizard.useEnrolment(file));
    QCOMPARE(wizard.townshipCombo()->currentText(), QStringLiteral("朝阳街道"));
    QVERIFY(!wizard.townshipCombo()->isEnabled());
    QCOMPARE(field(wizard, "firstRunStationName")->text(), QStringLiteral("朝阳-窗口2"));
    typeText(field(wizard, "firstRunPassphrase"), QStringLiteral("not-the-passphrase"));
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::StationPageId));
    QVERIFY2(wizard.errorText().contains(QStringLiteral("passphrase")), qPrintable(wizard.errorText()));
    QVERIFY(!QFileInfo::exists(path));
    field(wizard, "firstRunPassphrase")->clear();
    typeText(field(wizard, "firstRunPassphrase"), QStringLiteral("window-passphrase"));
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdminPageId));
    typeAdmin(wizard, QStringLiteral("chaoyang-2026!"), QStringLiteral("chaoyang-2026!"));
    click(wizard, QWizard::FinishButton);
    auto db = wizard.takeDatabase();
    QVERIFY2(db, qPrintable(wizard.errorText()));
    const StationInfo info = StationService::info(*db);
    QCOMPARE(info.townshipName, QStringLiteral("朝阳街道"));
    QCOMPARE(info.stationName, QStringLiteral("朝阳-窗口2"));
    const StationKeys keys = StationService::keys(*db);
    QVERIFY(keys.present && !keys.district);
    QCOMPARE(keys.townshipCode, QStringLiteral("630105001"));
    auto session = AccountService(*db).login(QStringLiteral("chief"), QStringLiteral("chaoyang-2026!"));
    QVERIFY(session);
    QCOMPARE(session->role, Role::TownshipAdmin);
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
