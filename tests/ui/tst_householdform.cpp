// The household intake form, driven from the keyboard the way a window clerk uses it.
#include "TestUtil.h"
#include "domain/Format.h"

#include "ui/HouseholdForm.h"
#include "ui/HouseholdItemDelegate.h"
#include "ui/HouseholdProblemPanel.h"
#include "ui/HouseholdRowsView.h"
#include "ui/HouseholdSubTables.h"
#include "ui/MemberTableModel.h"
#include "ui/MessageBox.h"

#include "domain/Clock.h"
#include "domain/Tier.h"
#include "services/HouseholdService.h"
#include "services/StationService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;

namespace {

// Types like a clerk: ASCII through key presses, Chinese as the input method commits it (one commit per
// run of Chinese characters), always into whatever has the keyboard focus.
void typeText(const QString &text)
{
    QString run;
    auto flush = [&run] {
        if (run.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(run);
        QApplication::sendEvent(QApplication::focusWidget(), &event);
        run.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            flush();
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
        } else {
            run += c;
        }
    }
    flush();
    QCoreApplication::processEvents();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    // The delegate commits an edit closed with Enter through a queued call.
    QCoreApplication::processEvents();
}

QStringList problemTexts(const HouseholdForm &form)
{
    QStringList texts;
    if (const auto *panel = form.findChild<HouseholdProblemPanel *>()) {
        for (const HouseholdProblem &p : panel->problems())
            texts << p.message;
    }
    return texts;
}

Household householdWithIds(int firstSequence)
{
    Household h = test::household();
    h.members[0].idNumber = test::makeId(h.members[0].birthDate, firstSequence);
    h.members[1].idNumber = test::makeId(h.members[1].birthDate, firstSequence + 1);
    h.monthlyAmount = 30000; // 低保 is paid: a covered household without an amount is asked about
    return h;
}

} // namespace

class TestHouseholdForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tableModelsAreValidModels();
    void labourFollowsAgeUntilTheClerkChooses();
    void clerkTypesAWholeHousehold();
    void wrongIdNumberShowsErrorAndBlocksSave();
    void idNumberInAnotherHouseholdNamesIt();
    void classificationFollowsIncomeAndOverrideNeedsReason();
    void closingWithUnsavedChangesAsks();
    void shortcutsAddAndRemoveMemberRows();
    void viewOnlySessionGetsReadOnlyForm();
    void editFormShowsEveryPartOfAHousehold();
    void startDateIsTypedAsOneField();
    void altMGoesIntoTheMemberTable();

private:
    int storedCount() const { return m_service->count({}).value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HouseholdService> m_service;
};

void TestHouseholdForm::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
    MessageBox::setTestMode(true);
    auto db = StationService::initialize(m_dir.filePath(QStringLiteral("station.db")), QStringLiteral("朝阳街道"),
        QStringLiteral("Test"), RegionTree::builtIn());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db = std::move(db.value());
    m_service = std::make_unique<HouseholdService>(*m_db,
        Session {
            QStringLiteral("u1"), QStringLiteral("clerk"), Role::TownshipClerk, QStringLiteral("630105001"), {} });
}

void TestHouseholdForm::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestHouseholdForm::tableModelsAreValidModels()
{
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.insertRows(0, 2));
    QCOMPARE(model.data(model.index(0, MemberTableModel::RelationColumn)).toString(), relationDisplay(Relation::Head));
    const QString id = test::makeId(QDate(1990, 2, 3), 2);
    QVERIFY(model.setData(model.index(1, MemberTableModel::IdColumn), id));
    QCOMPARE(model.members().at(1).birthDate, QDate(1990, 2, 3));
    QCOMPARE(model.members().at(1).sex, Sex::Female);
    QCOMPARE(model.data(model.index(1, MemberTableModel::AgeColumn)).toString(), QStringLiteral("36"));
    QVERIFY(!(model.flags(model.index(1, MemberTableModel::BirthColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(model.index(1, MemberTableModel::NameColumn), QStringLiteral("李梅")));

    // An income names its member; when the member is taken off, the income stays, as household income.
    std::unique_ptr<IncomeTableModel> incomeModel(makeIncomeModel(&model, nullptr));
    IncomeTableModel &incomes = *incomeModel;
    QAbstractItemModelTester incomeTester(&incomes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(incomes.insertRows(0, 1));
    const QModelIndex whose = incomes.index(0, IncomeMemberColumn);
    QCOMPARE(whose.data(HouseholdItemDelegate::ChoicesRole).toStringList(),
        QStringList({ QStringLiteral("Whole household"), QStringLiteral("Member 1"), QStringLiteral("李梅") }));
    QVERIFY(incomes.setData(whose, 2));
    QCOMPARE(incomes.rows().first().memberId, model.members().at(1).id);
    QVERIFY(!incomes.setData(incomes.index(0, IncomeAmountColumn), QStringLiteral("12.345")));
    QVERIFY(incomes.setData(incomes.index(0, IncomeAmountColumn), QStringLiteral("812.5")));
    QCOMPARE(incomes.rows().first().monthlyAmount, Fen(81250));

    QVERIFY(model.removeRows(1, 1));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(incomes.rows().first().memberId.isEmpty());
    QCOMPARE(whose.data().toString(), QStringLiteral("Whole household"));
}

void TestHouseholdForm::labourFollowsAgeUntilTheClerkChooses()
{
    MemberTableModel model;
    QVERIFY(model.insertRows(0, 3));
    const QModelIndex labour68 = model.index(0, MemberTableModel::LabourColumn);
    QVERIFY(model.setData(model.index(0, MemberTableModel::IdColumn), test::makeId(QDate(1958, 3, 2), 3)));
    QCOMPARE(model.members().at(0).labour, LabourCapacity::None);
    QCOMPARE(labour68.data().toString(), QStringLiteral("Unable to work (aged 68)"));
    QVERIFY(labour68.data(Qt::ToolTipRole).toString().contains(QStringLiteral("aged 68")));

    // The clerk knows better (an assessment): kept, and the cell says what the rules make of it.
    QVERIFY(model.setData(labour68, 0)); // able to work
    QCOMPARE(model.members().at(0).labour, LabourCapacity::Full);
    QVERIFY(labour68.data(Qt::ToolTipRole).toString().contains(QStringLiteral("whatever is chosen")));
    QVERIFY(model.setData(model.index(0, MemberTableModel::IdColumn), test::makeId(QDate(1950, 3, 2), 3)));
    QCOMPARE(model.members().at(0).labour, LabourCapacity::Full);

    // An 11-year-old, then the number corrected to a 40-year-old's: the default follows.
    QVERIFY(model.setData(model.index(1, MemberTableModel::IdColumn), test::makeId(QDate(2015, 1, 20), 4)));
    QCOMPARE(model.members().at(1).labour, LabourCapacity::None);
    QVERIFY(model.index(1, MemberTableModel::LabourColumn).data().toString().contains(QStringLiteral("under 16")));
    QVERIFY(model.setData(model.index(1, MemberTableModel::IdColumn), test::makeId(QDate(1986, 1, 20), 4)));
    QCOMPARE(model.members().at(1).labour, LabourCapacity::Full);

    // A severe intellectual disability makes a 40-year-old unable to work too.
    QVERIFY(model.setData(model.index(2, MemberTableModel::IdColumn), test::makeId(QDate(1986, 5, 5), 5)));
    QCOMPARE(model.members().at(2).labour, LabourCapacity::Full);
    QVERIFY(model.setData(model.index(2, MemberTableModel::DisabilityTypeColumn), 5)); // intellectual
    QVERIFY(model.setData(model.index(2, MemberTableModel::DisabilityGradeColumn), 2));
    QCOMPARE(model.members().at(2).labour, LabourCapacity::None);

    // A stored household's values are the clerk's: never changed on opening.
    Member stored = test::member(QStringLiteral("老王"), Relation::Head, QDate(1950, 1, 1));
    stored.labour = LabourCapacity::Partial;
    model.setMembers({ stored });
    QVERIFY(model.setData(model.index(0, MemberTableModel::PhoneColumn), QStringLiteral("13900001111")));
    QCOMPARE(model.members().at(0).labour, LabourCapacity::Partial);
}

void TestHouseholdForm::clerkTypesAWholeHousehold()
{
    // A district administrator chooses the township too; a township clerk's is fixed (checked below).
    HouseholdService admin(
        *m_db, Session { QStringLiteral("u0"), QStringLiteral("admin"), Role::DistrictAdmin, {}, {} });
    HouseholdForm form(admin);
    QSignalSpy saved(&form, &HouseholdForm::saved);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));

    auto *township = form.findChild<QComboBox *>(QStringLiteral("township"));
    auto *village = form.findChild<QComboBox *>(QStringLiteral("village"));
    auto *area = form.findChild<QComboBox *>(QStringLiteral("area"));
    auto *members = form.findChild<HouseholdRowsView *>(QStringLiteral("membersView"));
    auto *memberStatus = form.findChild<QLabel *>(QStringLiteral("memberStatus"));
    QVERIFY(township && village && area && members && memberStatus);

    QCOMPARE(QApplication::focusWidget(), township);
    typeText(QStringLiteral("朝阳"));
    QCOMPARE(township->currentData().toString(), QStringLiteral("630105001"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), village);
    typeText(QStringLiteral("北园"));
    QCOMPARE(village->currentData().toString(), QStringLiteral("630105001201"));
    QCOMPARE(area->currentIndex(), 1); // a village: rural
    press(Qt::Key_Tab); // the grid list is empty and skipped; urban or rural follows the village
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("address"));
    typeText(QStringLiteral("北园村3社15号"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("phone"));
    typeText(QStringLiteral("13897001234"));

    // Straight on into the member table: the assistance fields come after the tables.
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), members);
    QCOMPARE(members->model()->rowCount(), 1); // the head's row is there already
    QCOMPARE(members->currentIndex(), members->model()->index(0, MemberTableModel::NameColumn));

    const QString headId = test::makeId(QDate(1975, 3, 15), 13);
    const QString spouseId = test::makeId(QDate(1978, 8, 20), 24);
    typeText(QStringLiteral("张三丰"));
    press(Qt::Key_Return);
    QCOMPARE(members->currentIndex().column(), int(MemberTableModel::IdColumn));
    typeText(headId);
    QVERIFY2(memberStatus->text().contains(QStringLiteral("1975-03-15")), qPrintable(memberStatus->text()));
    press(Qt::Key_Return);
    QCOMPARE(
        members->model()->index(0, MemberTableModel::BirthColumn).data().toString(), format::date(QDate(1975, 3, 15)));
    QCOMPARE(members->model()->index(0, MemberTableModel::SexColumn).data().toString(), QStringLiteral("Male"));
    QCOMPARE(members->model()->index(0, MemberTableModel::AgeColumn).data().toString(), QStringLiteral("51"));

    // Enter through the rest of the row; Enter in its last cell starts the spouse's row.
    for (int i = 0; i < 15 && members->model()->rowCount() < 2; ++i)
        press(Qt::Key_Return);
    QCOMPARE(members->model()->rowCount(), 2);
    QCOMPARE(members->currentIndex(), members->model()->index(1, MemberTableModel::NameColumn));
    typeText(QStringLiteral("李秀英"));
    press(Qt::Key_Return);
    typeText(spouseId);
    press(Qt::Key_Return);
    QCOMPARE(members->currentIndex().column(), int(MemberTableModel::RelationColumn));
    typeText(QStringLiteral("S")); // "Spouse" in the relation list
    press(Qt::Key_Return);
    QCOMPARE(members->model()->index(1, MemberTableModel::RelationColumn).data().toString(),
        relationDisplay(Relation::Spouse));

    // 低保 with no monthly amount: the clerk is asked first; Enter (the default) goes back to the amount.
    const int before = storedCount();
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 0);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("no monthly amount")), qPrintable(MessageBox::lastText()));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("monthlyAmount"));
    QCOMPARE(storedCount(), before);
    MessageBox::setNextAnswer(QMessageBox::Save);
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QVERIFY(!form.householdId().isEmpty());
    QCOMPARE(saved.first().first().toString(), form.householdId());
    // What to tell the person waiting: the tier and when the next review is due.
    const QString savedText = form.findChild<QLabel *>(QStringLiteral("formStatus"))->text();
    QVERIFY2(
        savedText.startsWith(QStringLiteral("Saved: tier ") + TierRules::display(Tier::Green)), qPrintable(savedText));
    QVERIFY2(savedText.contains(format::date(QDate(2026, 12, 28))), qPrintable(savedText)); // the monthly contact
    QVERIFY(!form.isModified());
    QCOMPARE(storedCount(), before + 1);

    auto stored = m_service->getForEdit(form.householdId());
    QVERIFY2(stored, qPrintable(stored.error().message));
    const Household &h = stored.value();
    QCOMPARE(h.townshipCode, QStringLiteral("630105001"));
    QCOMPARE(h.villageCode, QStringLiteral("630105001201"));
    QCOMPARE(h.area, AreaType::Rural);
    QCOMPARE(h.address, QStringLiteral("北园村3社15号"));
    QCOMPARE(h.phone, QStringLiteral("13897001234"));
    QCOMPARE(h.members.size(), 2);
    QCOMPARE(h.members[0].name, QStringLiteral("张三丰"));
    QCOMPARE(h.members[0].relation, Relation::Head);
    QCOMPARE(h.members[0].idNumber, headId);
    QCOMPARE(h.members[0].birthDate, QDate(1975, 3, 15));
    QCOMPARE(h.members[0].sex, Sex::Male);
    QCOMPARE(h.members[1].name, QStringLiteral("李秀英"));
    QCOMPARE(h.members[1].relation, Relation::Spouse);
    QCOMPARE(h.members[1].birthDate, QDate(1978, 8, 20));
    QCOMPARE(h.members[1].sex, Sex::Female);
    // No income, two adults, rural: the rules give 低保 and a new household takes it.
    QCOMPARE(h.category, Category::Dibao);

    HouseholdQuery byPhone;
    byPhone.text = QStringLiteral("13897001234");
    const auto found = m_service->search(byPhone);
    QVERIFY(found);
    QCOMPARE(found.value().size(), 1);
    QCOMPARE(found.value().first().id, form.householdId());

    // The clerk's own form has the township fixed.
    HouseholdForm clerkForm(*m_service);
    auto *fixed = clerkForm.findChild<QComboBox *>(QStringLiteral("township"));
    QCOMPARE(fixed->currentData().toString(), QStringLiteral("630105001"));
    QVERIFY(!fixed->isEnabled());
}

void TestHouseholdForm::wrongIdNumberShowsErrorAndBlocksSave()
{
    HouseholdForm form(*m_service);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto *members = form.findChild<HouseholdRowsView *>(QStringLiteral("membersView"));
    auto *memberStatus = form.findChild<QLabel *>(QStringLiteral("memberStatus"));
    auto *village = form.findChild<QComboBox *>(QStringLiteral("village"));
    village->setCurrentIndex(village->findData(QStringLiteral("630105001201")));
    form.findChild<QLineEdit *>(QStringLiteral("address"))->setText(QStringLiteral("北园村2社1号"));
    members->setFocus();
    members->setCurrentIndex(members->model()->index(0, MemberTableModel::NameColumn));
    typeText(QStringLiteral("王五"));
    press(Qt::Key_Return);

    const QString wrong = QStringLiteral("630105198001010019"); // the check character should be 8
    const QString expected = IdNumber::parse(wrong, Clock::today()).errorText();
    QVERIFY(!expected.isEmpty());
    typeText(wrong);
    // Shown while typing, before the number is committed.
    QVERIFY2(memberStatus->text().contains(expected), qPrintable(memberStatus->text()));
    QVERIFY(memberStatus->isVisible());
    press(Qt::Key_Return);

    const QModelIndex idCell = members->model()->index(0, MemberTableModel::IdColumn);
    QCOMPARE(idCell.data().toString(), wrong);
    QVERIFY(idCell.data(Qt::ToolTipRole).toString().contains(expected));
    QVERIFY(idCell.data(Qt::ForegroundRole).isValid());
    QVERIFY(members->model()->index(0, MemberTableModel::BirthColumn).data().toString().isEmpty());
    QTRY_VERIFY(problemTexts(form).join(QLatin1Char('\n')).contains(expected));

    const int before = storedCount();
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!form.save());
    QCOMPARE(storedCount(), before);
    QVERIFY(form.householdId().isEmpty());
    QVERIFY(form.findChild<QLabel *>(QStringLiteral("formStatus"))->text().startsWith(QStringLiteral("Not saved")));
    // The first problem's field gets the focus.
    QCOMPARE(QApplication::focusWidget(), members);
    QCOMPARE(members->currentIndex(), idCell);
    QVERIFY(memberStatus->text().contains(expected));
    const QString shot = qEnvironmentVariable("SN_FORM_SCREENSHOT");
    if (!shot.isEmpty()) {
        form.resize(1366, 768);
        QCoreApplication::processEvents();
        QVERIFY(form.grab().save(QString(shot).replace(QStringLiteral(".png"), QStringLiteral("-problems.png"))));
    }
}

void TestHouseholdForm::idNumberInAnotherHouseholdNamesIt()
{
    auto existing = m_service->create(test::household());
    QVERIFY2(existing, qPrintable(existing.error().message));
    const QString takenId = test::makeId(QDate(1980, 1, 1), 1); // 张三's

    HouseholdForm form(*m_service);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto *members = form.findChild<HouseholdRowsView *>(QStringLiteral("membersView"));
    auto *memberStatus = form.findChild<QLabel *>(QStringLiteral("memberStatus"));
    members->setFocus();
    members->setCurrentIndex(members->model()->index(0, MemberTableModel::NameColumn));
    typeText(QStringLiteral("赵六"));
    press(Qt::Key_Return);
    typeText(takenId);
    press(Qt::Key_Return);
    members->setCurrentIndex(members->model()->index(0, MemberTableModel::IdColumn));

    QTRY_VERIFY(problemTexts(form).join(QLatin1Char('\n')).contains(QStringLiteral("张三")));
    const QString problem = problemTexts(form).filter(QStringLiteral("张三")).first();
    QVERIFY2(problem.contains(QStringLiteral("北园村")), qPrintable(problem));
    QVERIFY2(memberStatus->text().contains(QStringLiteral("张三")), qPrintable(memberStatus->text()));
    QVERIFY(members->model()
                ->index(0, MemberTableModel::IdColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("张三")));
    const int before = storedCount();
    QVERIFY(!form.save());
    QCOMPARE(storedCount(), before);
}

void TestHouseholdForm::classificationFollowsIncomeAndOverrideNeedsReason()
{
    auto created = m_service->create(householdWithIds(41)); // rural, 2 members, 600 yuan: 300 per person
    QVERIFY2(created, qPrintable(created.error().message));
    const QString id = created.value();

    HouseholdForm form(*m_service, id);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto *explanation = form.findChild<QPlainTextEdit *>(QStringLiteral("explanation"));
    auto *category = form.findChild<QComboBox *>(QStringLiteral("category"));
    auto *reason = form.findChild<QLineEdit *>(QStringLiteral("overrideReason"));
    auto *incomes = form.findChild<HouseholdRowsView *>(QStringLiteral("incomesView"));
    QVERIFY(explanation && category && reason && incomes);
    QVERIFY2(explanation->toPlainText().contains(QStringLiteral("per-capita income 300.00")),
        qPrintable(explanation->toPlainText()));
    QCOMPARE(category->currentData().toString(), CategoryNames::code(Category::Dibao));
    QVERIFY(!reason->isEnabled()); // the category agrees with the rules

    // The income goes up to 2000 yuan: 1000 per person, above the standard.
    press(Qt::Key_I, Qt::AltModifier);
    incomes->setFocus();
    incomes->setCurrentIndex(incomes->model()->index(0, IncomeAmountColumn));
    typeText(QStringLiteral("2000"));
    press(Qt::Key_Return);
    QCOMPARE(incomes->model()->index(0, IncomeAmountColumn).data().toString(), format::money(200000));
    QCOMPARE(incomes->model()->index(0, IncomeAmountColumn).data(Qt::EditRole).toString(), QStringLiteral("2000.00"));
    QTRY_VERIFY2(explanation->toPlainText().contains(QStringLiteral("per-capita income 1000.00")),
        qPrintable(explanation->toPlainText()));
    QVERIFY(
        explanation->toPlainText().contains(QStringLiteral("result: ") + CategoryNames::chinese(Category::DibaoEdge)));

    // Accept takes the classification; choosing 低保 again is an override that needs a reason.
    press(Qt::Key_C, Qt::AltModifier); // a mnemonic "animates" the click: it lands ~100 ms later
    QTRY_COMPARE(category->currentData().toString(), CategoryNames::code(Category::DibaoEdge));
    QCOMPARE(QApplication::focusWidget(), category);
    typeText(QStringLiteral("Mi")); // "Minimum living guarantee"
    QCOMPARE(category->currentData().toString(), CategoryNames::code(Category::Dibao));
    QVERIFY(reason->isEnabled());
    QVERIFY(!form.save());
    QCOMPARE(m_service->get(id).value().monthlyIncome(), Fen(60000)); // not stored
    QCOMPARE(QApplication::focusWidget(), reason);
    QVERIFY(problemTexts(form).join(QLatin1Char('\n')).contains(QStringLiteral("reason")));

    const QString why = QStringLiteral("Wage stopped in October, employer letter on file");
    typeText(why);
    QVERIFY(form.save());
    const Household stored = m_service->get(id).value();
    QCOMPARE(stored.category, Category::Dibao);
    QCOMPARE(stored.categoryOverrideReason, why);
    QCOMPARE(stored.monthlyIncome(), Fen(200000));
}

void TestHouseholdForm::closingWithUnsavedChangesAsks()
{
    const int before = storedCount();
    HouseholdForm form(*m_service);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    QVERIFY(!form.isModified());
    auto *address = form.findChild<QLineEdit *>(QStringLiteral("address"));
    address->setFocus();
    typeText(QStringLiteral("朝阳村1社2号"));
    QVERIFY(form.isModified());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!form.close());
    QVERIFY(form.isVisible());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not saved")));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    press(Qt::Key_Escape);
    QVERIFY(form.isVisible());

    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(form.close());
    QVERIFY(!form.isVisible());
    QCOMPARE(storedCount(), before);

    // An untouched form closes without asking.
    HouseholdForm untouched(*m_service);
    untouched.show();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(untouched.close());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestHouseholdForm::shortcutsAddAndRemoveMemberRows()
{
    HouseholdForm form(*m_service);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto *members = form.findChild<HouseholdRowsView *>(QStringLiteral("membersView"));
    QCOMPARE(members->model()->rowCount(), 1);
    press(Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(members->model()->rowCount(), 2);
    QCOMPARE(members->currentIndex(), members->model()->index(1, MemberTableModel::NameColumn));
    press(Qt::Key_Escape); // leaves the cell editor, not the form
    QVERIFY(form.isVisible());
    QCOMPARE(QApplication::focusWidget(), members);
    press(Qt::Key_Insert);
    QCOMPARE(members->model()->rowCount(), 3);
    press(Qt::Key_Escape);
    press(Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(members->model()->rowCount(), 2);

    // Every input says what it is to a screen reader.
    for (QWidget *w : form.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)) {
            if (w->parentWidget()
                && (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                    || qobject_cast<QHeaderView *>(w) || qobject_cast<QAbstractItemView *>(w->parentWidget())))
                continue; // parts of a combo, date field or table
            QVERIFY2(!w->accessibleName().isEmpty(),
                qPrintable(w->objectName() + QLatin1Char(' ') + QLatin1String(w->metaObject()->className())));
        }
    }
    MessageBox::setNextAnswer(QMessageBox::Discard);
    form.close();
}

void TestHouseholdForm::viewOnlySessionGetsReadOnlyForm()
{
    auto created = m_service->create(householdWithIds(51));
    QVERIFY2(created, qPrintable(created.error().message));
    HouseholdService auditor(*m_db, Session { QStringLiteral("u9"), QStringLiteral("auditor"), Role::Auditor, {}, {} });
    HouseholdForm form(auditor, created.value());
    auto *address = form.findChild<QLineEdit *>(QStringLiteral("address"));
    auto *members = form.findChild<HouseholdRowsView *>(QStringLiteral("membersView"));
    QCOMPARE(address->text(), QStringLiteral("北园村3社15号"));
    QVERIFY(address->isReadOnly());
    QVERIFY(!form.findChild<QComboBox *>(QStringLiteral("category"))->isEnabled());
    QCOMPARE(members->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!(members->model()->flags(members->model()->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(members->model()->index(0, MemberTableModel::IdColumn).data().toString().contains(QLatin1Char('*')));
    QVERIFY(!form.findChild<QWidget *>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(!form.save());
    QVERIFY(!form.isModified());
}

void TestHouseholdForm::editFormShowsEveryPartOfAHousehold()
{
    Household h = test::household();
    h.address = QStringLiteral("北园村5社22号");
    h.phone = QStringLiteral("13997123456");
    h.members.clear();
    Member head = test::member(QStringLiteral("马建国"), Relation::Head, QDate(1968, 4, 12), 61);
    head.labour = LabourCapacity::Partial;
    head.disabilityType = QStringLiteral("physical");
    head.disabilityGrade = 3;
    head.employment = Employment::Farming;
    head.phone = QStringLiteral("13997123456");
    Member spouse = test::member(QStringLiteral("韩秀兰"), Relation::Spouse, QDate(1970, 9, 3), 62);
    spouse.seriousIllness = true;
    spouse.labour = LabourCapacity::None;
    Member son = test::member(QStringLiteral("马小军"), Relation::Child, QDate(2009, 6, 18), 63);
    son.student = true;
    son.employment = Employment::Student;
    h.members = { head, spouse, son };
    h.incomes = { { QString(), QString(), QStringLiteral("farming"), 65000, false },
        { QString(), QString(), QStringLiteral("transfer"), 12000, true } };
    h.assets = { { QString(), QStringLiteral("housing"), QStringLiteral("自建房 3间"), 8000000 },
        { QString(), QStringLiteral("deposit"), QStringLiteral("农商银行活期"), 450000 } };
    h.expenditures
        = { { QString(), QStringLiteral("medical"), 3650000, QDate(2026, 5, 10), QStringLiteral("住院自付") },
              { QString(), QStringLiteral("education"), 300000, QDate(2026, 9, 1), QStringLiteral("高中学杂费") } };
    h.notes = QStringLiteral("妻子尿毒症，每周透析两次。");
    ValidationReport check = m_service->validate(h);
    h.category = check.classification.category;
    auto created = m_service->create(h);
    QVERIFY2(created, qPrintable(created.error().message));

    HouseholdForm form(*m_service, created.value());
    form.resize(1366, 768); // a common counter screen (the offscreen one is smaller)
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto *members = form.findChild<HouseholdRowsView *>(QStringLiteral("membersView"));
    QCOMPARE(members->model()->rowCount(), 3);
    QCOMPARE(members->model()->index(2, MemberTableModel::AgeColumn).data().toString(), QStringLiteral("17"));
    QCOMPARE(form.findChild<HouseholdRowsView *>(QStringLiteral("incomesView"))->model()->rowCount(), 2);
    QCOMPARE(form.findChild<HouseholdRowsView *>(QStringLiteral("assetsView"))->model()->rowCount(), 2);
    QCOMPARE(form.findChild<HouseholdRowsView *>(QStringLiteral("expendituresView"))->model()->rowCount(), 2);
    QCOMPARE(form.windowTitle(), QStringLiteral("Household of 马建国[*]"));
    QVERIFY2(problemTexts(form).isEmpty(), qPrintable(problemTexts(form).join(QLatin1Char('\n'))));
    QVERIFY(!form.isModified());
    QVERIFY(form.findChild<QWidget *>(QStringLiteral("historyButton"))->isEnabled());

    // SN_FORM_SCREENSHOT=<file.png> keeps a picture of the filled form, for checking the layout by eye.
    const QString shot = qEnvironmentVariable("SN_FORM_SCREENSHOT");
    if (!shot.isEmpty()) {
        members->setFocus();
        members->setCurrentIndex(members->model()->index(1, MemberTableModel::IdColumn));
        QCoreApplication::processEvents();
        QVERIFY(form.grab().save(shot));
    }
}

void TestHouseholdForm::startDateIsTypedAsOneField()
{
    auto created = m_service->create(householdWithIds(71));
    QVERIFY2(created, qPrintable(created.error().message));
    HouseholdForm form(*m_service, created.value());
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto *start = form.findChild<QLineEdit *>(QStringLiteral("startDate"));
    QVERIFY(start);
    const QList<QPair<QString, QDate>> typings { { QStringLiteral("19991231"), QDate(1999, 12, 31) },
        { QStringLiteral("2024-3-1"), QDate(2024, 3, 1) }, { QStringLiteral("2025年6月9日"), QDate(2025, 6, 9) } };
    for (const auto &[text, date] : typings) {
        start->setFocus(Qt::TabFocusReason);
        start->selectAll();
        typeText(text);
        press(Qt::Key_Tab); // one Tab leaves the date: no sections to tab through
        QVERIFY(QApplication::focusWidget() != start);
        QVERIFY2(form.save(), qPrintable(problemTexts(form).join(QLatin1Char('\n'))));
        QCOMPARE(m_service->get(created.value()).value().startDate, date);
    }

    // A text that is no date is named, and nothing is stored.
    start->setFocus(Qt::TabFocusReason);
    start->selectAll();
    typeText(QStringLiteral("20250231"));
    press(Qt::Key_Tab);
    QVERIFY(!form.save());
    QVERIFY2(problemTexts(form).join(QLatin1Char('\n')).contains(QStringLiteral("20250231")),
        qPrintable(problemTexts(form).join(QLatin1Char('\n'))));
    QCOMPARE(m_service->get(created.value()).value().startDate, QDate(2025, 6, 9));
    MessageBox::setNextAnswer(QMessageBox::Discard);
}

void TestHouseholdForm::altMGoesIntoTheMemberTable()
{
    HouseholdForm form(*m_service);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto *members = form.findChild<HouseholdRowsView *>(QStringLiteral("membersView"));
    press(Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), members);
    QCOMPARE(members->currentIndex(), members->model()->index(0, MemberTableModel::NameColumn));
    typeText(QStringLiteral("马丽"));
    press(Qt::Key_Return);
    QCOMPARE(members->model()->index(0, MemberTableModel::NameColumn).data().toString(), QStringLiteral("马丽"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
}

QTEST_MAIN(TestHouseholdForm)
#include "tst_householdform.moc"
