#include "HouseholdForm.h"

#include "HistoryDialog.h"
#include "HouseholdClassificationBox.h"
#include "HouseholdFieldsWidget.h"
#include "HouseholdItemDelegate.h"
#include "HouseholdProblemPanel.h"
#include "HouseholdRowsPage.h"
#include "HouseholdRowsView.h"
#include "HouseholdSubTables.h"
#include "MemberTableModel.h"
#include "MessageBox.h"
#include "ScreenFit.h"

#include "domain/Clock.h"
#include "domain/Format.h"
#include "services/HouseholdService.h"

#include <QCloseEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sn {

namespace {

// Alt+M (and the other tabs' mnemonics) go into the table of the tab, not only to the tab: the clerk's next
// keys are the member's name.
class TabMnemonicFocus : public QObject
{
public:
    explicit TabMnemonicFocus(QTabWidget *tabs)
        : QObject(tabs)
        , m_tabs(tabs)
    {
        tabs->tabBar()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Shortcut) {
            // After the tab bar has switched to the tab the mnemonic names.
            QTimer::singleShot(0, m_tabs, [tabs = m_tabs] {
                if (auto *page = qobject_cast<HouseholdRowsPage *>(tabs->currentWidget()))
                    page->focusTable();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTabWidget *m_tabs;
};

} // namespace

class HouseholdForm::Private
{
public:
    Private(HouseholdForm *form, HouseholdService &s)
        : q(form)
        , service(s)
    {
    }

    void buildUi();
    void buildTables();
    QHBoxLayout *buildButtons();
    void setTabOrder();
    void connectSignals();
    void load();
    void setReadOnly();
    Household collect() const;
    void refresh();
    void changed();
    void commitEdits();
    void focusField(const QString &field);
    void updateMemberStatus();
    void idTyped(const QModelIndex &index, const QString &text);
    void showStatus(const QString &text, bool problem);
    QString savedText() const;
    void addMember();
    void openHistory();

    HouseholdForm *q;
    HouseholdService &service;
    QString id;
    Household base; // what the form does not edit (and the id) is carried through unchanged
    bool readOnly = false;
    bool modified = false;
    bool loading = false;
    ValidationReport report;

    HouseholdFieldsWidget *fields = nullptr;
    HouseholdClassificationBox *classification = nullptr;
    HouseholdProblemPanel *problems = nullptr;
    QTabWidget *tabs = nullptr;
    MemberTableModel *members = nullptr;
    IncomeTableModel *incomes = nullptr;
    AssetTableModel *assets = nullptr;
    ExpenditureTableModel *expenditures = nullptr;
    HouseholdRowsPage *memberPage = nullptr;
    HouseholdRowsPage *incomePage = nullptr;
    HouseholdRowsPage *assetPage = nullptr;
    HouseholdRowsPage *expenditurePage = nullptr;
    QPushButton *saveButton = nullptr;
    QPushButton *closeButton = nullptr;
    QPushButton *historyButton = nullptr;
    QPushButton *referButton = nullptr;
    QPushButton *changeButton = nullptr;
    QLabel *status = nullptr;
    QTimer refreshTimer;
    QList<QShortcut *> editShortcuts;
};

void HouseholdForm::Private::buildUi()
{
    fields = new HouseholdFieldsWidget(q);
    auto *householdBox = new QGroupBox(HouseholdForm::tr("Household"), q);
    auto *householdLayout = new QVBoxLayout(householdBox);
    householdLayout->addWidget(fields);
    buildTables();
    classification = new HouseholdClassificationBox(q);
    problems = new HouseholdProblemPanel(q);
    QHBoxLayout *buttons = buildButtons();
    auto *left = new QVBoxLayout;
    left->addWidget(householdBox);
    left->addWidget(tabs, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(classification, 3);
    right->addWidget(problems, 2);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 7);
    columns->addLayout(right, 3);
    classification->setMinimumWidth(360);
    auto *layout = new QVBoxLayout(q);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    setTabOrder();
    connectSignals();
}

// Where the household lives, then straight into the member table (three Tabs from the village to the head's
// name), the other tables, the assistance fields, the decision, the buttons.
void HouseholdForm::Private::setTabOrder()
{
    QList<QWidget *> order = fields->addressChain();
    for (HouseholdRowsPage *page : { memberPage, incomePage, assetPage, expenditurePage })
        order << page->view() << page->addButton() << page->removeButton();
    order.insert(fields->addressChain().size() + 3, tabs->tabBar());
    order << fields->assistanceChain();
    order << classification->firstField() << classification->findChild<QWidget *>(QStringLiteral("category"))
          << classification->findChild<QWidget *>(QStringLiteral("overrideReason")) << classification->lastField()
          << problems->label() << historyButton << referButton << changeButton << saveButton << closeButton;
    // The tab widget passes its focus on to its tab bar, which is in the cycle itself: through that proxy the tab
    // widget would be a second stop, and it sits where the wrap from the last button goes.
    tabs->setFocusProxy(nullptr);
    tabs->setFocusPolicy(Qt::NoFocus);
    setTabCycle(order);
}

// The members, income, assets and rigid spending tables, one tab each.
void HouseholdForm::Private::buildTables()
{
    members = new MemberTableModel(q);
    incomes = makeIncomeModel(members, q);
    assets = makeAssetModel(q);
    expenditures = makeExpenditureModel(q);
    memberPage = new HouseholdRowsPage(members, HouseholdForm::tr("Household members"),
        HouseholdForm::tr("Add member (Ctrl+M)"), HouseholdForm::tr("Remove member (Ctrl+Del)"), q);
    incomePage = new HouseholdRowsPage(incomes, HouseholdForm::tr("Income"), HouseholdForm::tr("Add income (Ins)"),
        HouseholdForm::tr("Remove income (Ctrl+Del)"), q);
    assetPage = new HouseholdRowsPage(assets, HouseholdForm::tr("Assets"), HouseholdForm::tr("Add asset (Ins)"),
        HouseholdForm::tr("Remove asset (Ctrl+Del)"), q);
    expenditurePage = new HouseholdRowsPage(expenditures, HouseholdForm::tr("Rigid spending of the past 12 months"),
        HouseholdForm::tr("Add spending (Ins)"), HouseholdForm::tr("Remove spending (Ctrl+Del)"), q);
    memberPage->view()->setObjectName(QStringLiteral("membersView"));
    memberPage->statusLabel()->setObjectName(QStringLiteral("memberStatus"));
    memberPage->addButton()->setObjectName(QStringLiteral("addMember"));
    memberPage->removeButton()->setObjectName(QStringLiteral("removeMember"));
    incomePage->view()->setObjectName(QStringLiteral("incomesView"));
    assetPage->view()->setObjectName(QStringLiteral("assetsView"));
    expenditurePage->view()->setObjectName(QStringLiteral("expendituresView"));
    memberPage->view()->horizontalHeader()->setStretchLastSection(false);
    memberPage->view()->horizontalHeader()->setMinimumSectionSize(48);

    tabs = new QTabWidget(q);
    tabs->addTab(memberPage, HouseholdForm::tr("&Members"));
    tabs->addTab(incomePage, HouseholdForm::tr("&Income"));
    tabs->addTab(assetPage, HouseholdForm::tr("&Assets"));
    tabs->addTab(expenditurePage, HouseholdForm::tr("&Rigid spending"));
    new TabMnemonicFocus(tabs);
    tabs->setTabToolTip(0, HouseholdForm::tr("Alt+M goes to the member table"));
}

QHBoxLayout *HouseholdForm::Private::buildButtons()
{
    historyButton = new QPushButton(HouseholdForm::tr("&History…"), q);
    historyButton->setObjectName(QStringLiteral("historyButton"));
    historyButton->setToolTip(HouseholdForm::tr("Every recorded change of this household"));
    referButton = new QPushButton(HouseholdForm::tr("Re&fer…"), q);
    referButton->setObjectName(QStringLiteral("referButton"));
    referButton->setToolTip(
        HouseholdForm::tr("Refer the household to departments' policies, with a one-time notification letter"));
    changeButton = new QPushButton(HouseholdForm::tr("Ad&just payment…"), q);
    changeButton->setObjectName(QStringLiteral("changePaymentButton"));
    changeButton->setToolTip(
        HouseholdForm::tr("Propose an increase, a decrease or a stop of the payment (增发 / 减发 / "
                          "停发) with its month and reasons, for the bureau to confirm"));
    saveButton = new QPushButton(HouseholdForm::tr("Save (Ctrl+S)"), q);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setToolTip(HouseholdForm::tr("Save the household (Ctrl+S)"));
    closeButton = new QPushButton(HouseholdForm::tr("Close (Ctrl+W)"), q);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    status = new QLabel(q);
    status->setObjectName(QStringLiteral("formStatus"));
    status->setTextFormat(Qt::PlainText);
    status->setAccessibleName(HouseholdForm::tr("Form status"));
    // Enter belongs to the fields and tables; no button of the form may catch it as the dialog default.
    for (QPushButton *b : q->findChildren<QPushButton *>())
        b->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(historyButton);
    buttons->addWidget(referButton);
    buttons->addWidget(changeButton);
    buttons->addWidget(status, 1);
    buttons->addWidget(saveButton);
    buttons->addWidget(closeButton);
    return buttons;
}

void HouseholdForm::Private::connectSignals()
{
    refreshTimer.setSingleShot(true);
    refreshTimer.setInterval(150);
    QObject::connect(&refreshTimer, &QTimer::timeout, q, [this] { refresh(); });
    QObject::connect(fields, &HouseholdFieldsWidget::changed, q, [this] { changed(); });
    QObject::connect(classification, &HouseholdClassificationBox::changed, q, [this] { changed(); });
    for (QAbstractItemModel *model :
        std::initializer_list<QAbstractItemModel *> { members, incomes, assets, expenditures }) {
        QObject::connect(model, &QAbstractItemModel::dataChanged, q,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // Problem markers repaint cells too; only edits count as changes.
                if (roles.isEmpty() || roles.contains(Qt::EditRole) || roles.contains(Qt::CheckStateRole))
                    changed();
            });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, q, [this] { changed(); });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, q, [this] { changed(); });
    }
    QObject::connect(memberPage->view()->selectionModel(), &QItemSelectionModel::currentChanged, q,
        [this] { updateMemberStatus(); });
    QObject::connect(memberPage->delegate(), &HouseholdItemDelegate::textEdited, q,
        [this](const QModelIndex &index, const QString &text) { idTyped(index, text); });
    QObject::connect(
        problems, &HouseholdProblemPanel::problemActivated, q, [this](const QString &field) { focusField(field); });
    QObject::connect(saveButton, &QPushButton::clicked, q, [this] { q->save(); });
    QObject::connect(closeButton, &QPushButton::clicked, q, &HouseholdForm::close);
    QObject::connect(historyButton, &QPushButton::clicked, q, [this] { openHistory(); });
    QObject::connect(referButton, &QPushButton::clicked, q, [this] { emit q->referRequested(id, base.headName()); });
    QObject::connect(changeButton, &QPushButton::clicked, q, [this] { emit q->changeRequested(id, base.headName()); });

    auto *closeShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), q);
    QObject::connect(closeShortcut, &QShortcut::activated, q, &HouseholdForm::close);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, q);
    QObject::connect(saveShortcut, &QShortcut::activated, q, [this] { q->save(); });
    // Ctrl+M adds a member wherever the cursor is; Insert a row to the table on show (the members at first).
    auto *addMemberKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), q);
    QObject::connect(addMemberKey, &QShortcut::activated, q, [this] { addMember(); });
    auto *addRowKey = new QShortcut(QKeySequence(Qt::Key_Insert), q);
    QObject::connect(addRowKey, &QShortcut::activated, q, [this] {
        if (auto *page = qobject_cast<HouseholdRowsPage *>(tabs->currentWidget()); page && !readOnly)
            page->addRow();
    });
    editShortcuts << addMemberKey << addRowKey;
    editShortcuts << saveShortcut;
}

void HouseholdForm::Private::load()
{
    Household h;
    const Session &session = service.session();
    if (id.isEmpty()) {
        h.townshipCode = Roles::districtWide(session.role) ? QString() : session.townshipCode;
        h.villageCode = session.villageCode;
        h.startDate = Clock::today();
    } else {
        auto loaded = session.can(Permission::EditHouseholds) ? service.getForEdit(id) : service.get(id);
        if (!loaded) {
            readOnly = true;
            showStatus(loaded.error().message, true);
        } else {
            h = loaded.value();
        }
    }
    base = h;
    fields->load(h);
    members->setMembers(h.members);
    incomes->setRows(h.incomes);
    assets->setRows(h.assets);
    expenditures->setRows(h.expenditures);
    classification->load(h);
    // A new household starts with its head's row, so the clerk can tab from the address into the name.
    if (id.isEmpty() && !readOnly) {
        members->insertRows(0, 1);
        classification->setFollowing(true);
    }
    q->setWindowTitle(id.isEmpty() ? HouseholdForm::tr("New household[*]")
                                   : HouseholdForm::tr("Household of %1[*]").arg(h.headName()));
}

void HouseholdForm::Private::setReadOnly()
{
    fields->setReadOnly(true);
    classification->setReadOnly(true);
    members->setReadOnly(true);
    incomes->setReadOnly(true);
    assets->setReadOnly(true);
    expenditures->setReadOnly(true);
    for (HouseholdRowsPage *page : { memberPage, incomePage, assetPage, expenditurePage })
        page->setReadOnly(true);
    saveButton->setEnabled(false);
    problems->hide();
    for (QShortcut *s : std::as_const(editShortcuts))
        s->setEnabled(false);
    if (status->text().isEmpty())
        showStatus(HouseholdForm::tr("Read only: your role may view households but not change them."), false);
}

Household HouseholdForm::Private::collect() const
{
    Household h = base;
    fields->apply(h);
    h.members = members->members();
    h.incomes = incomes->rows();
    h.assets = assets->rows();
    h.expenditures = expenditures->rows();
    classification->apply(h);
    return h;
}

void HouseholdForm::Private::refresh()
{
    refreshTimer.stop();
    Household h = collect();
    if (readOnly) {
        classification->setResult(service.classify(h));
        return;
    }
    report = service.validate(h);
    if (classification->isFollowing() && h.category != report.classification.category) {
        classification->setResult(report.classification); // moves the category along
        h = collect();
        report = service.validate(h);
    }
    report.problems = fields->inputProblems() + report.problems;
    problems->setProblems(report.problems, report.warnings);
    members->setProblems(report.problems);
    classification->setResult(report.classification);
    updateMemberStatus();
}

void HouseholdForm::Private::changed()
{
    if (loading || readOnly)
        return;
    if (!modified) {
        modified = true;
        q->setWindowModified(true);
    }
    showStatus(HouseholdForm::tr("Unsaved changes"), false);
    refreshTimer.start();
}

void HouseholdForm::Private::commitEdits()
{
    for (HouseholdRowsPage *page : { memberPage, incomePage, assetPage, expenditurePage })
        page->view()->commitPendingEdit();
}

void HouseholdForm::Private::focusField(const QString &field)
{
    if (fields->focusField(field) || classification->focusField(field))
        return;
    static const QRegularExpression path(
        QStringLiteral("^(members|incomes|assets|expenditures)(?:\\[(\\d+)\\](?:\\.(\\w+))?)?$"));
    const QRegularExpressionMatch m = path.match(field);
    if (!m.hasMatch())
        return;
    const QString table = m.captured(1);
    const QString column = m.captured(3);
    HouseholdRowsPage *page = memberPage;
    int c = 0;
    if (table == QLatin1String("members")) {
        // "members" alone is about the head: the relation column is where it is fixed.
        c = m.captured(2).isEmpty() ? MemberTableModel::RelationColumn
                                    : std::max(MemberTableModel::columnOf(column), 0);
    } else if (table == QLatin1String("incomes")) {
        page = incomePage;
        c = IncomeAmountColumn;
    } else if (table == QLatin1String("assets")) {
        page = assetPage;
        c = AssetValueColumn;
    } else {
        page = expenditurePage;
        c = ExpenditureAmountColumn;
    }
    tabs->setCurrentWidget(page);
    HouseholdRowsView *view = page->view();
    view->setFocus(Qt::OtherFocusReason);
    const int row = m.captured(2).toInt();
    if (view->model()->rowCount() > 0) {
        const QModelIndex index = view->model()->index(std::min(row, view->model()->rowCount() - 1), c);
        view->setCurrentIndex(index);
        view->scrollTo(index);
    }
}

void HouseholdForm::Private::updateMemberStatus()
{
    const QModelIndex current = memberPage->view()->currentIndex();
    if (!current.isValid() || readOnly) {
        memberPage->showStatus({}, false);
        return;
    }
    const int row = current.row();
    const QStringList rowProblems = members->rowProblems(row);
    if (!rowProblems.isEmpty()) {
        // The messages name the member already ("成员 1 没有姓名"); a second name in front only repeats it.
        memberPage->showStatus(rowProblems.join(HouseholdForm::tr("; ")), true);
        return;
    }
    const Member &m = members->members().at(row);
    if (m.birthDate.isValid()) {
        const QString sex = m.sex == Sex::Male ? HouseholdForm::tr("male") : HouseholdForm::tr("female");
        memberPage->showStatus(HouseholdForm::tr("%1: ID number checked; born %2, %3, age %4")
                                   .arg(members->label(row), m.birthDate.toString(Qt::ISODate), sex)
                                   .arg(m.ageOn(Clock::today())),
            false);
    } else {
        memberPage->showStatus({}, false);
    }
}

void HouseholdForm::Private::idTyped(const QModelIndex &index, const QString &text)
{
    if (index.column() != MemberTableModel::IdColumn)
        return;
    // Said while typing, before the number is committed to the table.
    const IdNumber number = IdNumber::parse(text, Clock::today());
    if (number.isValid()) {
        const QString sex = number.sex() == Sex::Male ? HouseholdForm::tr("male") : HouseholdForm::tr("female");
        memberPage->showStatus(HouseholdForm::tr("ID number valid: born %1, %2, age %3")
                                   .arg(number.birthDate().toString(Qt::ISODate), sex)
                                   .arg(number.ageOn(Clock::today())),
            false);
    } else {
        memberPage->showStatus(HouseholdForm::tr("ID number: %1").arg(number.errorText()), true);
    }
}

void HouseholdForm::Private::showStatus(const QString &text, bool problem)
{
    status->setText(text);
    status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

// "Saved: tier yellow; next review (dynamic review) due 2027年6月1日" — what the clerk tells the person waiting.
QString HouseholdForm::Private::savedText() const
{
    auto where = service.standing(id);
    if (!where || where->tier == Tier::None)
        return HouseholdForm::tr("Saved");
    if (!where->nextReview.isValid())
        return HouseholdForm::tr("Saved: tier %1").arg(TierRules::display(where->tier));
    return HouseholdForm::tr("Saved: tier %1; next %2 due %3")
        .arg(TierRules::display(where->tier), where->nextTask, format::date(where->nextReview));
}

void HouseholdForm::Private::addMember()
{
    if (readOnly)
        return;
    tabs->setCurrentWidget(memberPage);
    memberPage->addRow();
}

void HouseholdForm::Private::openHistory()
{
    if (id.isEmpty())
        return;
    auto *dialog = new HistoryDialog(service, id, q);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

HouseholdForm::HouseholdForm(HouseholdService &service, const QString &householdId, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(this, service))
{
    d->id = householdId;
    d->readOnly = !service.session().can(Permission::EditHouseholds);
    d->loading = true;
    d->buildUi();
    const Session &session = service.session();
    d->fields->setRegions(service.regions(), Roles::districtWide(session.role) ? QString() : session.townshipCode);
    d->load();
    if (d->readOnly)
        d->setReadOnly();
    d->historyButton->setEnabled(!d->id.isEmpty());
    d->referButton->setEnabled(!d->id.isEmpty());
    d->referButton->setVisible(session.can(Permission::EditHouseholds));
    d->changeButton->setEnabled(!d->id.isEmpty());
    d->changeButton->setVisible(session.can(Permission::EditHouseholds));
    d->refresh();
    d->loading = false;
    d->fields->firstField()->setFocus(Qt::OtherFocusReason);
    resizeToScreen(this, QSize(1400, 860));
}

HouseholdForm::~HouseholdForm() = default;

void HouseholdForm::setDraft(const Household &draft)
{
    if (!d->id.isEmpty() || d->readOnly)
        return;
    d->loading = true;
    Household h = draft;
    h.id.clear();
    d->base = h;
    d->fields->load(h);
    d->members->setMembers(h.members);
    d->incomes->setRows(h.incomes);
    d->assets->setRows(h.assets);
    d->expenditures->setRows(h.expenditures);
    d->classification->load(h);
    d->classification->setFollowing(true);
    if (h.members.isEmpty())
        d->members->insertRows(0, 1);
    d->refresh();
    d->loading = false;
    d->modified = true; // nothing is stored until the clerk saves
    setWindowModified(true);
}

QString HouseholdForm::householdId() const
{
    return d->id;
}

bool HouseholdForm::isModified() const
{
    return d->modified;
}

bool HouseholdForm::save()
{
    if (d->readOnly)
        return false;
    d->commitEdits();
    d->refresh();
    if (!d->report.ok()) {
        d->showStatus(tr("Not saved: %n problem(s) to correct first.", nullptr, int(d->report.problems.size())), true);
        d->focusField(d->report.problems.first().field);
        return false;
    }
    if (!d->report.warnings.isEmpty()) {
        QStringList lines;
        for (const HouseholdProblem &w : std::as_const(d->report.warnings))
            lines << w.message;
        const auto answer = MessageBox::question(this, tr("Check before saving"),
            tr("%1\n\nSave the household all the same?").arg(lines.join(QLatin1Char('\n'))),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save) {
            d->focusField(d->report.warnings.first().field);
            return false;
        }
    }
    const Household household = d->collect();
    Status stored;
    if (d->id.isEmpty()) {
        auto created = d->service.create(household);
        if (created)
            d->id = created.value();
        else
            stored = created.error();
    } else {
        stored = d->service.update(household);
    }
    if (!stored) {
        d->showStatus(tr("Not saved: %1").arg(stored.error().message), true);
        MessageBox::warning(this, tr("Household not saved"), stored.error().message);
        if (!stored.error().field.isEmpty())
            d->focusField(stored.error().field);
        return false;
    }
    d->base = household;
    d->base.id = d->id;
    d->modified = false;
    setWindowModified(false);
    setWindowTitle(tr("Household of %1[*]").arg(household.headName()));
    d->historyButton->setEnabled(true);
    d->referButton->setEnabled(true);
    d->changeButton->setEnabled(true);
    d->showStatus(d->savedText(), false);
    emit saved(d->id);
    return true;
}

void HouseholdForm::closeEvent(QCloseEvent *event)
{
    // QDialog turns a close into reject(), which asks about unsaved changes and may keep the form open.
    QDialog::closeEvent(event);
}

void HouseholdForm::reject()
{
    d->commitEdits();
    if (d->readOnly || !d->modified) {
        QDialog::reject();
        return;
    }
    const auto answer = MessageBox::question(this, tr("Unsaved changes"),
        tr("The household has changes that are not saved. Save them now?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        if (save())
            QDialog::accept();
    } else if (answer == QMessageBox::Discard) {
        QDialog::reject();
    }
}

} // namespace sn
