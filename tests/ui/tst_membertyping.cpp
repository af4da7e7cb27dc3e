// The member table at full speed: a clerk types about eight keys a second, straight after Tab, while the
// form's checks repaint the table behind her. Every key must land in the cell it was typed for.
#include "TestUtil.h"

#include "ui/HouseholdForm.h"
#include "ui/HouseholdRowsView.h"
#include "ui/MemberTableModel.h"
#include "ui/MessageBox.h"

#include "domain/Clock.h"
#include "services/HouseholdService.h"
#include "services/StationService.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;

namespace {

constexpr int KeyDelayMs = 120; // a clerk typing at normal speed

QWidget *focus()
{
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focus(), key, modifiers);
    QCoreApplication::processEvents();
}

// Chinese arrives as the input method's commit, one word at a time.
void commitChinese(const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(focus(), &event);
    QCoreApplication::processEvents();
}

// Types `text` at KeyDelayMs a key into whatever has the focus. When the focus is on the table itself (no
// editor open yet), the first key opens the editor and the rest go to the editor, as under a real window
// system.
void typeAtSpeed(const QString &text)
{
    QString rest = text;
    if (qobject_cast<HouseholdRowsView *>(focus()) && !rest.isEmpty()) {
        QTest::keyClick(focus(), rest.at(0).toLatin1(), Qt::NoModifier, KeyDelayMs);
        rest.remove(0, 1);
    }
    QTest::keyClicks(focus(), rest, Qt::NoModifier, KeyDelayMs);
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestMemberTyping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyColumnTypedStraightAfterTab();
    void firstKeyOpensTheEditorAndLands();
    void tabMovesCellToCellAndLeavesAtTheEnd();

private:
    // A new form with the village and address filled, the keyboard in the head's name cell.
    std::unique_ptr<HouseholdForm> openForm();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HouseholdService> m_service;
};

void TestMemberTyping::initTestCase()
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

void TestMemberTyping::init()
{
    MessageBox::setNextAnswer(QMessageBox::Discard);
}

std::unique_ptr<HouseholdForm> TestMemberTyping::openForm()
{
    auto form = std::make_unique<HouseholdForm>(*m_service);
    form->show();
    if (!QTest::qWaitForWindowActive(form.get()))
        return {};
    auto *village = form->findChild<QComboBox *>(QStringLiteral("village"));
    village->setCurrentIndex(village->findData(QStringLiteral("630105001201"))); // 北园村
    form->findChild<QLineEdit *>(QStringLiteral("address"))->setText(QStringLiteral("北园村3社15号"));
    auto *members = form->findChild<HouseholdRowsView *>(QStringLiteral("membersView"));
    members->setFocus(Qt::TabFocusReason);
    members->setCurrentIndex(members->model()->index(0, MemberTableModel::NameColumn));
    return form;
}

void TestMemberTyping::everyColumnTypedStraightAfterTab()
{
    const auto form = openForm();
    QVERIFY(form);
    auto *members = form->findChild<HouseholdRowsView *>(QStringLiteral("membersView"));
    const QAbstractItemModel *model = members->model();
    const QString headId = QStringLiteral("370102197503150013");
    const QString childId = QStringLiteral("370102201509100227"); // the number of the report
    QVERIFY(IdNumber::parse(headId, Clock::today()).isValid());
    QVERIFY(IdNumber::parse(childId, Clock::today()).isValid());

    commitChinese(QStringLiteral("张三丰"));
    // Each cell is typed into the moment Tab has left the previous one, at a clerk's speed: the form's
    // checks of the previous cell run (and repaint the table) while the keys arrive.
    press(Qt::Key_Tab);
    QCOMPARE(members->currentIndex().column(), int(MemberTableModel::IdColumn));
    typeAtSpeed(headId);
    press(Qt::Key_Tab);
    QCOMPARE(members->currentIndex().column(), int(MemberTableModel::RelationColumn));
    typeAtSpeed(QStringLiteral("Head"));
    press(Qt::Key_Tab); // over birth date, sex and age, which follow the ID number
    QCOMPARE(members->currentIndex().column(), int(MemberTableModel::PhoneColumn));
    typeAtSpeed(QStringLiteral("13897001234"));
    press(Qt::Key_Tab);
    QCOMPARE(members->currentIndex().column(), int(MemberTableModel::LabourColumn));
    typeAtSpeed(QStringLiteral("Partly"));
    press(Qt::Key_Tab);
    QCOMPARE(members->currentIndex().column(), int(MemberTableModel::EmploymentColumn));
    typeAtSpeed(QStringLiteral("Farm"));
    press(Qt::Key_Tab);
    QCOMPARE(members->currentIndex().column(), int(MemberTableModel::ExclusionColumn));
    typeAtSpeed(QStringLiteral("Counted"));
    press(Qt::Key_Tab);
    QCOMPARE(members->currentIndex().column(), int(MemberTableModel::DisabilityTypeColumn));
    typeAtSpeed(QStringLiteral("Phys"));
    press(Qt::Key_Tab);
    QCOMPARE(members->currentIndex().column(), int(MemberTableModel::DisabilityGradeColumn));
    typeAtSpeed(QStringLiteral("Grade 3"));
    press(Qt::Key_Tab);
    QCOMPARE(members->currentIndex().column(), int(MemberTableModel::IllnessColumn));
    typeAtSpeed(QStringLiteral(" "));
    press(Qt::Key_Tab);
    QCOMPARE(members->currentIndex().column(), int(MemberTableModel::StudentColumn));
    press(Qt::Key_Return); // Enter in the last cell: the next member's row, its name cell open

    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(members->currentIndex(), model->index(1, MemberTableModel::NameColumn));
    typeAtSpeed(QStringLiteral("Li Xiaomei"));
    press(Qt::Key_Tab);
    typeAtSpeed(childId);
    press(Qt::Key_Tab);
    typeAtSpeed(QStringLiteral("Ch"));
    press(Qt::Key_Tab);
    typeAtSpeed(QStringLiteral("13900002222"));
    press(Qt::Key_Tab);
    typeAtSpeed(QStringLiteral("Unable"));
    press(Qt::Key_Tab);
    typeAtSpeed(QStringLiteral("In ed"));
    press(Qt::Key_Tab);
    typeAtSpeed(QStringLiteral("Not"));
    press(Qt::Key_Tab);
    typeAtSpeed(QStringLiteral("Int"));
    press(Qt::Key_Tab);
    typeAtSpeed(QStringLiteral("Grade 2"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab); // not seriously ill
    QCOMPARE(members->currentIndex(), model->index(1, MemberTableModel::StudentColumn));
    typeAtSpeed(QStringLiteral(" "));

    MessageBox::setNextAnswer(QMessageBox::Save); // covered without an amount yet: saved all the same
    QVERIFY2(form->save(), qPrintable(form->findChild<QLabel *>(QStringLiteral("formStatus"))->text()));
    auto stored = m_service->getForEdit(form->householdId());
    QVERIFY2(stored, qPrintable(stored.error().message));
    const QList<Member> &m = stored.value().members;
    QCOMPARE(m.size(), 2);
    QCOMPARE(m[0].name, QStringLiteral("张三丰"));
    QCOMPARE(m[0].idNumber, headId);
    QCOMPARE(m[0].relation, Relation::Head);
    QCOMPARE(m[0].phone, QStringLiteral("13897001234"));
    QCOMPARE(m[0].labour, LabourCapacity::Partial);
    QCOMPARE(m[0].employment, Employment::Farming);
    QCOMPARE(m[0].exclusion, Exclusion::Counted);
    QCOMPARE(m[0].disabilityType, QStringLiteral("physical"));
    QCOMPARE(m[0].disabilityGrade, 3);
    QVERIFY(m[0].seriousIllness);
    QVERIFY(!m[0].student);
    QCOMPARE(m[1].name, QStringLiteral("Li Xiaomei"));
    QCOMPARE(m[1].idNumber, childId);
    QCOMPARE(m[1].relation, Relation::Child);
    QCOMPARE(m[1].birthDate, QDate(2015, 9, 10));
    QCOMPARE(m[1].phone, QStringLiteral("13900002222"));
    QCOMPARE(m[1].labour, LabourCapacity::None);
    QCOMPARE(m[1].employment, Employment::Student);
    QCOMPARE(m[1].exclusion, Exclusion::NotLivingTogether);
    QCOMPARE(m[1].disabilityType, QStringLiteral("intellectual"));
    QCOMPARE(m[1].disabilityGrade, 2);
    QVERIFY(!m[1].seriousIllness);
    QVERIFY(m[1].student);
}

void TestMemberTyping::firstKeyOpensTheEditorAndLands()
{
    const auto form = openForm();
    QVERIFY(form);
    auto *members = form->findChild<HouseholdRowsView *>(QStringLiteral("membersView"));
    const QAbstractItemModel *model = members->model();
    commitChinese(QStringLiteral("王五"));
    press(Qt::Key_Return); // committed; the cursor is on the ID number cell, no editor open
    QCOMPARE(cell(model, 0, MemberTableModel::NameColumn), QStringLiteral("王五"));
    QCOMPARE(members->currentIndex(), model->index(0, MemberTableModel::IdColumn));
    QCOMPARE(focus(), members);
    // On cells that are not being edited, Shift+Tab and Tab move between cells, not out of the table.
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(focus(), members);
    QCOMPARE(members->currentIndex(), model->index(0, MemberTableModel::NameColumn));
    press(Qt::Key_Tab);
    QCOMPARE(focus(), members);
    QCOMPARE(members->currentIndex(), model->index(0, MemberTableModel::IdColumn));
    typeAtSpeed(QStringLiteral("370102201509100227")); // the first key opens the editor
    press(Qt::Key_Return);
    QCOMPARE(cell(model, 0, MemberTableModel::IdColumn), QStringLiteral("370102201509100227"));
    QCOMPARE(cell(model, 0, MemberTableModel::BirthColumn).isEmpty(), false);
}

void TestMemberTyping::tabMovesCellToCellAndLeavesAtTheEnd()
{
    const auto form = openForm();
    QVERIFY(form);
    auto *members = form->findChild<HouseholdRowsView *>(QStringLiteral("membersView"));
    const QAbstractItemModel *model = members->model();

    // Shift+Tab from a cell that is not being edited goes back one cell, not out to the notes.
    members->setCurrentIndex(model->index(0, MemberTableModel::PhoneColumn));
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(focus(), members);
    QCOMPARE(members->currentIndex(), model->index(0, MemberTableModel::RelationColumn));
    press(Qt::Key_Tab);
    QCOMPARE(members->currentIndex(), model->index(0, MemberTableModel::PhoneColumn));

    // From the last cell of the last row, Tab goes on to the next field of the form.
    members->setCurrentIndex(model->index(0, MemberTableModel::StudentColumn));
    press(Qt::Key_Tab);
    QVERIFY(focus() != members);
    QVERIFY2(qobject_cast<QPushButton *>(focus()), focus()->metaObject()->className());
    // And Shift+Tab comes back into it.
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(focus(), members);

    // Shift+Tab in the first cell leaves backwards.
    members->setCurrentIndex(model->index(0, MemberTableModel::NameColumn));
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(focus() != members);
}

QTEST_MAIN(TestMemberTyping)
#include "tst_membertyping.moc"
