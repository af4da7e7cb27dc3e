#include "HouseholdFieldsWidget.h"

#include "DateLineEdit.h"
#include "HouseholdItemDelegate.h"

#include "domain/Clock.h"
#include "domain/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

namespace sn {

namespace {

QString plain(QString label)
{
    return label.remove(QLatin1Char('&'));
}

} // namespace

HouseholdFieldsWidget::HouseholdFieldsWidget(QWidget *parent)
    : QWidget(parent)
    , m_township(new QComboBox(this))
    , m_village(new QComboBox(this))
    , m_grid(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_area(new QComboBox(this))
    , m_startDate(new DateLineEdit(this))
    , m_startUnknown(new QCheckBox(tr("Un&known"), this))
    , m_startNote(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_exitReason(new QLineEdit(this))
    , m_monthlyAmount(new QLineEdit(this))
    , m_supporter(new QCheckBox(tr("Legal supporter a&ble to support"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setUpFields();
    layOut();
    // The form threads its tables between the two chains (HouseholdForm::Private::setTabOrder).
    const QList<QWidget *> chain = addressChain() + assistanceChain();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    connectSignals();
    updateExitReason();
}

// Names, choices, validators and tool tips of the fields.
void HouseholdFieldsWidget::setUpFields()
{
    m_township->setObjectName(QStringLiteral("township"));
    m_village->setObjectName(QStringLiteral("village"));
    m_grid->setObjectName(QStringLiteral("grid"));
    m_address->setObjectName(QStringLiteral("address"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_area->setObjectName(QStringLiteral("area"));
    m_startDate->setObjectName(QStringLiteral("startDate"));
    m_status->setObjectName(QStringLiteral("status"));
    m_exitReason->setObjectName(QStringLiteral("exitReason"));
    m_monthlyAmount->setObjectName(QStringLiteral("monthlyAmount"));
    m_supporter->setObjectName(QStringLiteral("hasCapableSupporter"));
    m_notes->setObjectName(QStringLiteral("notes"));

    m_area->addItem(tr("Urban"), QVariant::fromValue(int(AreaType::Urban)));
    m_area->addItem(tr("Rural"), QVariant::fromValue(int(AreaType::Rural)));
    m_area->setToolTip(tr("Decides which standard applies. Set from the village or community; change it if the "
                          "household's registration differs."));
    m_status->addItem(tr("Active"));
    m_status->addItem(tr("Exited"));
    m_startDate->setDate(Clock::today());
    m_startDate->setToolTip(tr("The date the assistance starts (or started). Type it in one go: 20240301, "
                               "2024-3-1 or 2024年3月1日."));
    m_startUnknown->setObjectName(QStringLiteral("startDateUnknown"));
    m_startUnknown->setToolTip(tr("The ledger does not say since when the household is covered. Reviews count "
                                  "from the date it was registered until the start date is entered."));
    m_startNote->setObjectName(QStringLiteral("startDateNote"));
    m_startNote->setWordWrap(true);
    m_startNote->setStyleSheet(QStringLiteral("color: #a15c00"));
    m_startNote->hide();
    m_phone->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9+\\- ]{0,20}")), m_phone));
    m_phone->setMaxLength(HouseholdLimits::Phone);
    m_monthlyAmount->setValidator(HouseholdItemDelegate::createYuanValidator(m_monthlyAmount));
    m_monthlyAmount->setPlaceholderText(QStringLiteral("0.00"));
    m_monthlyAmount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_monthlyAmount->setToolTip(tr("The assistance paid to the household per month, in yuan."));
    m_exitReason->setToolTip(tr("Required when the household has exited assistance."));
    m_address->setMaxLength(HouseholdLimits::Address);
    m_exitReason->setMaxLength(HouseholdLimits::Reason);
    m_supporter->setToolTip(tr("A spouse, parent or adult child with a legal duty of support who is able to "
                               "support the household. Rules out extreme-poverty support."));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
}

// Two columns of label and field; the start date with its "unknown" box.
void HouseholdFieldsWidget::layOut()
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    auto add = [&](const QString &text, QWidget *field, int r, int c, int span = 1) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        field->setAccessibleName(plain(text));
        grid->addWidget(label, r, c);
        grid->addWidget(field, r, c + 1, 1, span);
    };
    add(tr("&Township"), m_township, row, 0);
    add(tr("&Village or community"), m_village, row++, 2);
    add(tr("&Grid"), m_grid, row, 0);
    add(tr("&Urban or rural"), m_area, row++, 2);
    add(tr("A&ddress"), m_address, row++, 0, 3);
    add(tr("&Phone"), m_phone, row, 0);
    {
        auto *startRow = new QWidget(this);
        auto *startLayout = new QHBoxLayout(startRow);
        startLayout->setContentsMargins(0, 0, 0, 0);
        startLayout->addWidget(m_startDate, 1);
        startLayout->addWidget(m_startUnknown);
        auto *label = new QLabel(tr("Start dat&e"), this);
        label->setBuddy(m_startDate);
        m_startDate->setAccessibleName(plain(label->text()));
        m_startUnknown->setAccessibleName(tr("Start date unknown"));
        grid->addWidget(label, row, 2);
        grid->addWidget(startRow, row++, 3);
        grid->addWidget(m_startNote, row++, 2, 1, 2);
    }
    add(tr("&Status"), m_status, row, 0);
    add(tr("E&xit reason"), m_exitReason, row++, 2);
    add(tr("Mo&nthly amount (yuan)"), m_monthlyAmount, row, 0);
    m_supporter->setAccessibleName(plain(m_supporter->text()));
    grid->addWidget(m_supporter, row++, 2, 1, 2);
    add(tr("N&otes"), m_notes, row++, 0, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
}

void HouseholdFieldsWidget::connectSignals()
{
    auto emitChanged = [this] {
        if (!m_filling)
            emit changed();
    };
    connect(m_township, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        fillVillages();
        emitChanged();
    });
    connect(m_village, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        villageChosen();
        emitChanged();
    });
    connect(m_grid, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_area, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        updateExitReason();
        emitChanged();
    });
    connect(m_startDate, &QLineEdit::textChanged, this, emitChanged);
    connect(m_startUnknown, &QCheckBox::toggled, this, [this, emitChanged] {
        updateStartDate();
        emitChanged();
    });
    connect(m_address, &QLineEdit::textChanged, this, emitChanged);
    connect(m_phone, &QLineEdit::textChanged, this, emitChanged);
    connect(m_exitReason, &QLineEdit::textChanged, this, emitChanged);
    connect(m_monthlyAmount, &QLineEdit::textChanged, this, emitChanged);
    connect(m_supporter, &QCheckBox::toggled, this, emitChanged);
    connect(m_notes, &QPlainTextEdit::textChanged, this, emitChanged);
}

void HouseholdFieldsWidget::setRegions(const RegionTree &tree, const QString &fixedTownship)
{
    m_tree = tree;
    m_fixedTownship = fixedTownship;
    m_filling = true;
    m_township->clear();
    if (fixedTownship.isEmpty())
        m_township->addItem(tr("(choose)"), QString());
    for (const Region *t : m_tree.townships()) {
        if (fixedTownship.isEmpty() || t->code == fixedTownship)
            m_township->addItem(t->name, t->code);
    }
    m_township->setEnabled(!m_readOnly && fixedTownship.isEmpty());
    if (!fixedTownship.isEmpty())
        m_township->setToolTip(tr("Your station works for this township only."));
    m_filling = false;
    fillVillages();
}

void HouseholdFieldsWidget::fillVillages()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_village->clear();
    m_village->addItem(tr("(none)"), QString());
    const QString township = m_township->currentData().toString();
    if (!township.isEmpty()) {
        for (const Region *v : m_tree.children(township))
            m_village->addItem(v->name, v->code);
    }
    m_village->setEnabled(!m_readOnly && m_village->count() > 1);
    m_filling = wasFilling;
    fillGrids();
}

void HouseholdFieldsWidget::fillGrids()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_grid->clear();
    m_grid->addItem(tr("(none)"), QString());
    const QString village = m_village->currentData().toString();
    if (!village.isEmpty()) {
        for (const Region *g : m_tree.children(village))
            m_grid->addItem(g->name, g->code);
    }
    m_grid->setEnabled(!m_readOnly && m_grid->count() > 1);
    m_filling = wasFilling;
}

void HouseholdFieldsWidget::villageChosen()
{
    fillGrids();
    if (m_filling)
        return;
    // Villages are rural and communities urban; the clerk may still change it afterwards.
    if (const Region *v = m_tree.find(m_village->currentData().toString())) {
        if (v->kind == QLatin1String("village"))
            m_area->setCurrentIndex(1);
        else if (v->kind == QLatin1String("community"))
            m_area->setCurrentIndex(0);
    }
}

void HouseholdFieldsWidget::updateExitReason()
{
    const bool exited = m_status->currentIndex() == 1;
    m_exitReason->setEnabled(!m_readOnly && exited);
}

void HouseholdFieldsWidget::load(const Household &h)
{
    m_filling = true;
    const QString township = h.townshipCode.isEmpty() ? m_fixedTownship : h.townshipCode;
    int t = m_township->findData(township);
    if (t < 0 && !township.isEmpty()) {
        // A household outside the station's list (seen read-only by a district role): show it anyway.
        const Region *r = m_tree.find(township);
        m_township->addItem(r ? r->name : township, township);
        t = m_township->count() - 1;
    }
    m_township->setCurrentIndex(std::max(t, 0));
    fillVillages();
    m_village->setCurrentIndex(std::max(m_village->findData(h.villageCode), 0));
    fillGrids();
    m_grid->setCurrentIndex(std::max(m_grid->findData(h.gridCode), 0));
    m_area->setCurrentIndex(h.area == AreaType::Rural ? 1 : 0);
    m_address->setText(h.address);
    m_phone->setText(h.phone);
    m_startDate->setDate(h.startDate.isValid() ? h.startDate : Clock::today());
    m_registeredOn = h.registeredOn;
    m_startUnknown->setChecked(!h.startDate.isValid() && !h.id.isEmpty());
    updateStartDate();
    m_status->setCurrentIndex(h.status == HouseholdStatus::Exited ? 1 : 0);
    m_exitReason->setText(h.exitReason);
    m_monthlyAmount->setText(h.monthlyAmount ? money::toYuanString(h.monthlyAmount) : QString());
    m_supporter->setChecked(h.hasCapableSupporter);
    m_notes->setPlainText(h.notes);
    updateExitReason();
    m_filling = false;
}

void HouseholdFieldsWidget::apply(Household &h) const
{
    h.townshipCode = m_township->currentData().toString();
    h.villageCode = m_village->currentData().toString();
    h.gridCode = m_grid->currentData().toString();
    h.area = m_area->currentIndex() == 1 ? AreaType::Rural : AreaType::Urban;
    h.address = m_address->text().trimmed();
    h.phone = m_phone->text().trimmed();
    h.startDate = m_startUnknown->isChecked() ? QDate() : m_startDate->date();
    h.status = m_status->currentIndex() == 1 ? HouseholdStatus::Exited : HouseholdStatus::Active;
    h.exitReason = h.status == HouseholdStatus::Exited ? m_exitReason->text().trimmed() : QString();
    // The validator admits only what parseYuan reads; an empty field is no amount.
    h.monthlyAmount = money::parseYuan(m_monthlyAmount->text()).value_or(0);
    h.hasCapableSupporter = m_supporter->isChecked();
    h.notes = m_notes->toPlainText().trimmed();
}

void HouseholdFieldsWidget::updateStartDate()
{
    const bool unknown = m_startUnknown->isChecked();
    m_startDate->setEnabled(!unknown);
    m_startNote->setVisible(unknown);
    if (unknown) {
        const QDate from = m_registeredOn.isValid() ? m_registeredOn : Clock::today();
        m_startNote->setText(tr("Start date unknown: reviews are scheduled from the registration date %1 until it is "
                                "entered. The household is listed under Records to complete.")
                                 .arg(format::date(from)));
    }
}

void HouseholdFieldsWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_township->setEnabled(!readOnly && m_fixedTownship.isEmpty());
    m_village->setEnabled(!readOnly && m_village->count() > 1);
    m_grid->setEnabled(!readOnly && m_grid->count() > 1);
    m_area->setEnabled(!readOnly);
    m_status->setEnabled(!readOnly);
    m_startDate->setReadOnly(readOnly);
    m_startUnknown->setEnabled(!readOnly);
    for (QLineEdit *edit : { m_address, m_phone, m_exitReason, m_monthlyAmount })
        edit->setReadOnly(readOnly);
    m_supporter->setEnabled(!readOnly);
    m_notes->setReadOnly(readOnly);
    updateExitReason();
}

bool HouseholdFieldsWidget::focusField(const QString &field)
{
    const QHash<QString, QWidget *> fields {
        { QStringLiteral("township"), m_township },
        { QStringLiteral("village"), m_village },
        { QStringLiteral("grid"), m_grid },
        { QStringLiteral("address"), m_address },
        { QStringLiteral("phone"), m_phone },
        { QStringLiteral("area"), m_area },
        { QStringLiteral("startDate"), m_startDate },
        { QStringLiteral("status"), m_status },
        { QStringLiteral("exitReason"), m_exitReason },
        { QStringLiteral("monthlyAmount"), m_monthlyAmount },
        { QStringLiteral("hasCapableSupporter"), m_supporter },
        { QStringLiteral("notes"), m_notes },
    };
    QWidget *w = fields.value(field);
    if (!w)
        return false;
    if (field == QLatin1String("exitReason") && !m_exitReason->isEnabled())
        w = m_status;
    w->setFocus(Qt::OtherFocusReason);
    return true;
}

QList<HouseholdProblem> HouseholdFieldsWidget::inputProblems() const
{
    if (m_startUnknown->isChecked() || m_startDate->isEmptyOrValid())
        return {};
    return { { QStringLiteral("startDate"),
        tr("Start date \"%1\" is not a date: type it as 20240301, 2024-3-1 or 2024年3月1日")
            .arg(m_startDate->text().trimmed()) } };
}

QWidget *HouseholdFieldsWidget::firstField() const
{
    return m_township->isEnabled() ? static_cast<QWidget *>(m_township) : m_village;
}

QList<QWidget *> HouseholdFieldsWidget::addressChain() const
{
    return { m_township, m_village, m_grid, m_address, m_phone };
}

QList<QWidget *> HouseholdFieldsWidget::assistanceChain() const
{
    return { m_area, m_startDate, m_startUnknown, m_status, m_exitReason, m_monthlyAmount, m_supporter, m_notes };
}

} // namespace sn
