// The Policies page as the district and a clerk use it: the district types a department's policy, marks a
// policy reviewed and prints the catalogue; a clerk refers a household to policies, follows it up and saves
// its one-time notification letter.
#include "DeskFixture.h"

#include "domain/Format.h"

#include "documents/PdfText.h"
#include "services/ReferralService.h"
#include "services/documents/CardService.h"
#include "services/HouseholdService.h"
#include "ui/AppServices.h"
#include "ui/HouseholdForm.h"
#include "ui/PoliciesPage.h"
#include "ui/ReferralDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestPoliciesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<DeskFixture> m_desk;

private slots:
    void init()
    {
        prepareDeskTest();
        m_desk = std::make_unique<DeskFixture>();
        QVERIFY(m_desk->create());
    }

    void districtEntersAndReviewsPolicies();
    void clerkRefersAndFollowsUp();
    void clerkCannotEditTheCatalogue();
};

void TestPoliciesPage::districtEntersAndReviewsPolicies()
{
    AppServices pageServices(m_desk->db(), m_desk->admin());
    PoliciesPage page(pageServices);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.policyTable()->rowCount(), 0);

    // Name missing: refused, the field named, nothing stored.
    page.departmentEdit()->setFocus();
    typeText(page.departmentEdit(), QStringLiteral("区残联"));
    QTest::mouseClick(page.saveButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("name")));
    QCOMPARE(page.policyTable()->rowCount(), 0);

    typeText(page.nameEdit(), QStringLiteral("困难残疾人生活补贴"));
    typeText(page.eligibilityEdit(), QStringLiteral("低保家庭中的残疾人"));
    typeText(page.materialsEdit(), QStringLiteral("身份证"));
    QTest::keyClick(page.materialsEdit(), Qt::Key_Return);
    typeText(page.materialsEdit(), QStringLiteral("残疾证"));
    typeText(page.whereEdit(), QStringLiteral("区残联一楼窗口"));
    typeText(page.contactEdit(), QStringLiteral("0971-8123456"));
    QTest::mouseClick(page.saveButton(), Qt::LeftButton);
    QCOMPARE(page.policyTable()->rowCount(), 1);
    QCOMPARE(page.policyTable()->item(0, PoliciesPage::NameColumn)->text(), QStringLiteral("困难残疾人生活补贴"));
    QCOMPARE(page.policyTable()->item(0, PoliciesPage::MaterialsColumn)->text(), QStringLiteral("身份证; 残疾证"));
    QCOMPARE(page.policyTable()->item(0, PoliciesPage::ReviewedColumn)->text(), format::date(Clock::today()));
    // 28 November: reviewed this year, but after 30 April.
    QCOMPARE(page.departmentTable()->rowCount(), 1);
    QCOMPARE(page.departmentTable()->item(0, 3)->text(), QStringLiteral("reviewed late"));

    // Next spring: due again; marking it reviewed before 30 April puts the department on time.
    Clock::setNow(QDateTime(QDate(2027, 3, 2), QTime(9, 0)));
    page.refresh();
    QVERIFY(page.departmentTable()->item(0, 3)->text().startsWith(QLatin1String("not yet")));
    QVERIFY(
        page.findChild<QLabel *>(QStringLiteral("policyReviewNote"))->text().contains(QLatin1String("1 department")));
    page.policyTable()->selectRow(0);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("policyReviewed")), Qt::LeftButton);
    QCOMPARE(page.departmentTable()->item(0, 3)->text(), QStringLiteral("yes"));
    QCOMPARE(ReferralService(m_desk->db(), m_desk->admin()).policies().value().first().reviewedOn, QDate(2027, 3, 2));

    // The printable catalogue carries the policy.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("catalogue.pdf"));
    QVERIFY(page.saveCatalogue(pdf));
    const auto text = pdfText(pdf);
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(squeeze(*text).contains(QStringLiteral("部门救助政策目录")), qPrintable(*text));
    QVERIFY(squeeze(*text).contains(QStringLiteral("困难残疾人生活补贴")));
}

void TestPoliciesPage::clerkRefersAndFollowsUp()
{
    Policy p;
    p.department = QStringLiteral("区医保局");
    p.title = QStringLiteral("医疗救助");
    p.materials = QStringLiteral("医疗费用票据\n身份证");
    const QString policy = ReferralService(m_desk->db(), m_desk->admin()).savePolicy(p).value();
    const QString household = m_desk->addHousehold(test::household());
    QVERIFY(!household.isEmpty());
    const Session clerk = m_desk->addClerk(QStringLiteral("wang"));

    AppServices pageServices(m_desk->db(), clerk);
    PoliciesPage page(pageServices);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.saveButton()->isVisible()); // the catalogue is the district's
    page.tabs()->setCurrentIndex(1);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("referralNew")), Qt::LeftButton);
    auto *dialog = page.findChild<ReferralDialog *>();
    QVERIFY(dialog);
    typeText(dialog->searchEdit(), QStringLiteral("张三"));
    QTRY_VERIFY(dialog->householdList()->count() >= 1);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton); // no policy ticked
    QVERIFY(MessageBox::lastText().contains(QLatin1String("at least one policy")));
    QVERIFY(dialog->choosePolicy(policy));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!page.findChild<ReferralDialog *>());
    QCOMPARE(page.referralTable()->rowCount(), 1);
    QCOMPARE(page.referralTable()->item(0, PoliciesPage::HouseholdColumn)->text(), QStringLiteral("张三"));
    QCOMPARE(page.referralTable()->item(0, PoliciesPage::StatusColumn)->text(), QStringLiteral("Sent"));

    // Not due yet; in two weeks it is.
    QTest::mouseClick(page.dueOnlyBox(), Qt::LeftButton);
    QCOMPARE(page.referralTable()->rowCount(), 0);
    Clock::setNow(Clock::now().addDays(14));
    page.refresh();
    QCOMPARE(page.referralTable()->rowCount(), 1);

    // Accepted, next follow-up in a month: no longer due.
    page.referralTable()->selectRow(0);
    page.statusCombo()->setCurrentIndex(page.statusCombo()->findData(int(ReferralStatus::Accepted)));
    page.followUpEdit()->setDate(Clock::today().addDays(30));
    typeText(page.statusNoteEdit(), QStringLiteral("医保局已受理"));
    QTest::mouseClick(page.updateButton(), Qt::LeftButton);
    QCOMPARE(page.referralTable()->rowCount(), 0);
    QTest::mouseClick(page.dueOnlyBox(), Qt::LeftButton);
    QCOMPARE(page.referralTable()->item(0, PoliciesPage::StatusColumn)->text(), QStringLiteral("Accepted"));
    QCOMPARE(page.referralTable()->item(0, PoliciesPage::NoteColumn)->text(), QStringLiteral("医保局已受理"));

    // Declined needs the reason.
    page.referralTable()->selectRow(0);
    page.statusCombo()->setCurrentIndex(page.statusCombo()->findData(int(ReferralStatus::Declined)));
    QTest::mouseClick(page.updateButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("why")));

    // From the household's own form: "Refer…" asks for the referral dialog of that household.
    {
        HouseholdService households(m_desk->db(), clerk);
        HouseholdForm form(households, household);
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        QSignalSpy asked(&form, &HouseholdForm::referRequested);
        QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("referButton")), Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).toString(), household);
        ReferralService referrals(m_desk->db(), clerk);
        ReferralDialog dialog(referrals, households, household, asked.first().at(1).toString());
        QVERIFY(!dialog.searchEdit()); // the household is given
        QVERIFY(dialog.choosePolicy(policy));
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(referrals.referral(dialog.referralId())->householdId, household);
    }
    page.refresh();
    QCOMPARE(page.referralTable()->rowCount(), 2);

    // The one-time notification letter of the referral lists the policy's materials.
    page.referralTable()->selectRow(0);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    QVERIFY(page.saveLetter(pdf));
    const QList<PrintLogEntry> log = CardService(m_desk->db(), clerk).printLog().value();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().kind, QStringLiteral("letter")); // saved like `letter --out`: in the print log
    QCOMPARE(log.first().householdIds, QStringList{household});
    const auto text = pdfText(pdf);
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(squeeze(*text).contains(QStringLiteral("一次性告知书")), qPrintable(*text));
    QVERIFY(squeeze(*text).contains(QStringLiteral("医疗费用票据")));
}

void TestPoliciesPage::clerkCannotEditTheCatalogue()
{
    const Session clerk = m_desk->addClerk(QStringLiteral("li"));
    AppServices pageServices(m_desk->db(), clerk);
    PoliciesPage page(pageServices);
    QVERIFY(page.departmentEdit()->isReadOnly());
    QVERIFY(!page.savePolicy()); // the service refuses as well
    QVERIFY(MessageBox::lastText().contains(QLatin1String("district")));
}

QTEST_MAIN(TestPoliciesPage)
#include "tst_policiespage.moc"
