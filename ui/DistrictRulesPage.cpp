#include "DistrictRulesPage.h"

#include "domain/SettingKeys.h"

#include "MessageBox.h"

#include "domain/Tier.h"
#include "services/ReviewService.h"
#include "services/SettingsService.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

namespace {

const QColor PlaceholderBackground(255, 236, 179);

QList<Tier> rhythmTiers()
{
    return { Tier::Red, Tier::Yellow, Tier::Green, Tier::Monitoring };
}

template <typename Box> void applyRange(Box *box, const QString &key)
{
    const SettingsService::Range r = SettingsService::range(key);
    box->setRange(r.minimum, r.maximum);
}

QSpinBox *intBox(QWidget *parent, const QString &key, const QString &objectName, const QString &accessible,
    const QString &suffix, const QString &tooltip)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessible);
    box->setSuffix(suffix);
    box->setToolTip(tooltip);
    applyRange(box, key);
    return box;
}

QDoubleSpinBox *yuanBox(QWidget *parent, const QString &accessible)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setAccessibleName(accessible);
    box->setDecimals(2);
    box->setRange(0, 10000000);
    box->setSuffix(DistrictRulesPage::tr(" yuan"));
    box->setGroupSeparatorShown(true);
    box->setFrame(false);
    box->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return box;
}

} // namespace

DistrictRulesPage::DistrictRulesPage(SettingsService &service, Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_service(service)
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("districtRules"));
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(buildClassification());
    left->addWidget(buildDesk());
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(buildCard());
    right->addWidget(buildLeads());
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    QGroupBox *rhythms = buildRhythms();
    QGroupBox *standards = buildStandards();

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(columns);
    contentLayout->addWidget(rhythms);
    contentLayout->addWidget(standards);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    m_note->setObjectName(QStringLiteral("rulesNote"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(scroll, 1);

    const bool editable = isEditable();
    m_note->setText(editable
            ? tr("These rules apply to every station of the district and reach them with the next sync. "
                 "Households are classified with the new rules when they are next saved or reviewed.")
            : tr("Only the district administrator can change these rules (your role: %1). They apply to "
                 "every station of the district.")
                  .arg(Roles::display(m_session.role)));
    for (QGroupBox *g : std::as_const(m_groups))
        g->setEnabled(editable);
    load();
}

DistrictRulesPage::~DistrictRulesPage() = default;

// Classification and the desk.
QGroupBox *DistrictRulesPage::buildClassification()
{
    QGroupBox *classification = group(tr("Classification"));
    auto *classForm = new QFormLayout(classification);
    m_edge = new QDoubleSpinBox(classification);
    m_edge->setObjectName(QStringLiteral("edgeMultiplier"));
    m_edge->setAccessibleName(tr("Edge multiplier"));
    m_edge->setDecimals(2);
    m_edge->setSingleStep(0.1);
    applyRange(m_edge, setting::EdgeMultiplier);
    m_edge->setToolTip(tr("低保边缘: a household whose monthly income per person is below this multiple of the dibao "
                          "standard (the plan says 2; the national guideline 1.5)."));
    classForm->addRow(tr("&Edge multiplier (× dibao standard):"), m_edge);
    m_rigid = new QDoubleSpinBox(classification);
    m_rigid->setObjectName(QStringLiteral("rigidSpendingShare"));
    m_rigid->setAccessibleName(tr("Rigid spending share"));
    m_rigid->setDecimals(0);
    m_rigid->setSuffix(QStringLiteral(" %"));
    const SettingsService::Range share = SettingsService::range(setting::RigidSpendingShare);
    m_rigid->setRange(share.minimum * 100, share.maximum * 100);
    m_rigid->setToolTip(
        tr("支出型: rigid spending (medical, education…) above this share of the family's yearly income."));
    classForm->addRow(tr("Rigid spen&ding share:"), m_rigid);
    return classification;
}

QGroupBox *DistrictRulesPage::buildDesk()
{
    QGroupBox *desk = group(tr("Desk and sign-in"));
    auto *deskForm = new QFormLayout(desk);
    m_idle = intBox(desk, setting::IdleLockMinutes, QStringLiteral("idleLockMinutes"), tr("Idle lock"), tr(" min"),
        tr("The desk locks itself after this many minutes without use."));
    deskForm->addRow(tr("Loc&k the desk after:"), m_idle);
    m_failures = intBox(desk, setting::LoginMaxFailures, QStringLiteral("loginMaxFailures"), tr("Failed sign-ins"),
        QString(), tr("After this many wrong passwords in a row the account is locked for a while."));
    deskForm->addRow(tr("Wrong pass&words allowed:"), m_failures);
    m_lockMinutes = intBox(desk, setting::LoginLockMinutes, QStringLiteral("loginLockMinutes"), tr("Account lock time"),
        tr(" min"), tr("How long an account stays locked after too many wrong passwords."));
    deskForm->addRow(tr("Account locked &for:"), m_lockMinutes);
    return desk;
}

QGroupBox *DistrictRulesPage::buildCard()
{
    QGroupBox *card = group(tr("Publicity card"));
    auto *cardForm = new QFormLayout(card);
    m_cardTitle = new QLineEdit(card);
    m_cardTitle->setObjectName(QStringLiteral("cardTitle"));
    m_cardTitle->setAccessibleName(tr("Card title"));
    m_cardTitle->setMaxLength(40);
    m_cardTitle->setToolTip(tr("The heading printed on every publicity card."));
    cardForm->addRow(tr("Card &title:"), m_cardTitle);
    m_hotline = new QLineEdit(card);
    m_hotline->setObjectName(QStringLiteral("supervisionHotline"));
    m_hotline->setAccessibleName(tr("Supervision hotline"));
    m_hotline->setMaxLength(20);
    m_hotline->setToolTip(tr("The supervision telephone number printed on the cards."));
    cardForm->addRow(tr("Supervision &hotline:"), m_hotline);
    return card;
}

QGroupBox *DistrictRulesPage::buildLeads()
{
    QGroupBox *leads = group(tr("Leads and points"));
    auto *leadsForm = new QFormLayout(leads);
    m_emergency = intBox(leads, SettingsService::LeadEmergencyHours, QStringLiteral("leadEmergencyHours"),
        tr("Emergency deadline"), tr(" h"), tr("Emergencies are answered within this many hours (green channel)."));
    leadsForm->addRow(tr("Answer emer&gencies within:"), m_emergency);
    m_publicDays = intBox(leads, SettingsService::LeadPublicReportDays, QStringLiteral("leadPublicReportDays"),
        tr("Public report deadline in days"), QString(),
        tr("Reports from the media, petitions and online are answered within this many days."));
    leadsForm->addRow(tr("Answer &public reports within (days):"), m_publicDays);
    m_points = intBox(leads, SettingsService::PointsVerifiedLead, QStringLiteral("pointsPerVerifiedLead"),
        tr("Points per verified lead"), QString(), tr("Points a volunteer earns for a lead that is verified."));
    leadsForm->addRow(tr("P&oints per verified lead:"), m_points);
    return leads;
}

// Review rhythms: tiers down, task types across, months in each cell.
QGroupBox *DistrictRulesPage::buildRhythms()
{
    QGroupBox *rhythms = group(tr("Review rhythms (months; — means not required)"));
    auto *rhythmLayout = new QVBoxLayout(rhythms);
    const QList<TaskType> types = ReviewSchedule::allTypes();
    m_rhythms = new QTableWidget(int(rhythmTiers().size()), int(types.size()), rhythms);
    m_rhythms->setObjectName(QStringLiteral("reviewRhythms"));
    m_rhythms->setAccessibleName(tr("Review rhythms per tier and task type"));
    QStringList typeNames, tierNames;
    for (TaskType t : types)
        typeNames.append(ReviewSchedule::display(t));
    for (Tier t : rhythmTiers())
        tierNames.append(TierRules::display(t));
    m_rhythms->setHorizontalHeaderLabels(typeNames);
    m_rhythms->setVerticalHeaderLabels(tierNames);
    m_rhythms->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rhythms->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int row = 0; row < rhythmTiers().size(); ++row) {
        for (int col = 0; col < types.size(); ++col) {
            auto *box = new QSpinBox(m_rhythms);
            applyRange(box, ReviewService::rhythmKey(rhythmTiers().at(row), types.at(col)));
            box->setSpecialValueText(QStringLiteral("—"));
            box->setFrame(false);
            box->setAccessibleName(tr("%1, %2").arg(tierNames.at(row), typeNames.at(col)));
            box->setToolTip(tr("Every how many months a %1 household needs a %2; 0: not required.")
                                .arg(tierNames.at(row), typeNames.at(col)));
            m_rhythms->setCellWidget(row, col, box);
        }
    }
    m_rhythms->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rhythms->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rhythms->setFixedHeight(m_rhythms->horizontalHeader()->sizeHint().height() + m_rhythms->verticalHeader()->length()
        + 2 * m_rhythms->frameWidth());
    rhythmLayout->addWidget(m_rhythms);
    return rhythms;
}

// Yearly standards.
QGroupBox *DistrictRulesPage::buildStandards()
{
    QGroupBox *standards = group(tr("Yearly standards"));
    auto *standardsLayout = new QVBoxLayout(standards);
    auto *placeholderNote = new QLabel(tr("Rows marked <b>Placeholder</b> (amber) hold example figures shipped with "
                                          "SafetyNet, not the district's official standards. Enter the official "
                                          "figures and clear the mark."),
        standards);
    placeholderNote->setWordWrap(true);
    standardsLayout->addWidget(placeholderNote);
    m_standards = new QTableWidget(0, StandardColumnCount, standards);
    m_standards->setObjectName(QStringLiteral("yearlyStandards"));
    m_standards->setAccessibleName(tr("Yearly standards"));
    m_standards->setHorizontalHeaderLabels({ tr("Year"), tr("Area"), tr("Dibao standard per person per month"),
        tr("Disposable income per person last year"), tr("Placeholder (not official)") });
    m_standards->horizontalHeaderItem(DibaoColumn)->setToolTip(tr("低保标准: the monthly amount per person."));
    m_standards->horizontalHeaderItem(IncomeColumn)->setToolTip(tr("人均可支配收入: used by the 支出型 test."));
    m_standards->horizontalHeaderItem(PlaceholderColumn)
        ->setToolTip(tr("Ticked: an example figure, not the official standard."));
    m_standards->verticalHeader()->hide();
    m_standards->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_standards->horizontalHeader()->setSectionResizeMode(DibaoColumn, QHeaderView::Stretch);
    m_standards->horizontalHeader()->setSectionResizeMode(IncomeColumn, QHeaderView::Stretch);
    m_standards->setMinimumHeight(220);
    connect(m_standards, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == PlaceholderColumn)
            markPlaceholder(item->row());
    });
    standardsLayout->addWidget(m_standards);
    auto *addYearButton = new QPushButton(tr("&Add a year"), standards);
    addYearButton->setObjectName(QStringLiteral("addYear"));
    addYearButton->setToolTip(tr("Add the next year's standards (starting from the latest year's figures)."));
    connect(addYearButton, &QPushButton::clicked, this, &DistrictRulesPage::addYear);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(addYearButton);
    addRow->addStretch();
    standardsLayout->addLayout(addRow);
    return standards;
}

bool DistrictRulesPage::isEditable() const
{
    return m_service.canEdit();
}

QGroupBox *DistrictRulesPage::group(const QString &title)
{
    auto *box = new QGroupBox(title, this);
    m_groups.append(box);
    return box;
}

void DistrictRulesPage::load()
{
    const DistrictRules r = m_service.rules();
    m_edge->setValue(r.edgeMultiplier);
    m_rigid->setValue(r.rigidSpendingShare * 100);
    m_idle->setValue(r.idleLockMinutes);
    m_failures->setValue(r.loginMaxFailures);
    m_lockMinutes->setValue(r.loginLockMinutes);
    m_cardTitle->setText(r.cardTitle);
    m_hotline->setText(r.supervisionHotline);
    m_emergency->setValue(r.leadEmergencyHours);
    m_publicDays->setValue(r.leadPublicReportDays);
    m_points->setValue(r.pointsPerVerifiedLead);
    const QList<TaskType> types = ReviewSchedule::allTypes();
    for (int row = 0; row < rhythmTiers().size(); ++row) {
        for (int col = 0; col < types.size(); ++col)
            static_cast<QSpinBox *>(m_rhythms->cellWidget(row, col))
                ->setValue(r.rhythms.interval(rhythmTiers().at(row), types.at(col)));
    }
    m_standards->setRowCount(0);
    for (const YearlyStandard &s : m_service.standards())
        addStandardRow(s.year, s.area, s.dibaoMonthly, s.disposableIncomeYearly, s.placeholder);
}

void DistrictRulesPage::addStandardRow(int year, AreaType area, qint64 dibaoFen, qint64 incomeFen, bool placeholder)
{
    const QSignalBlocker block(m_standards);
    const int row = m_standards->rowCount();
    m_standards->insertRow(row);
    auto *yearItem = new QTableWidgetItem(QString::number(year));
    yearItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    yearItem->setData(Qt::UserRole, year);
    m_standards->setItem(row, YearColumn, yearItem);
    auto *areaItem = new QTableWidgetItem(area == AreaType::Urban ? tr("Urban") : tr("Rural"));
    areaItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    areaItem->setData(Qt::UserRole, int(area));
    m_standards->setItem(row, AreaColumn, areaItem);
    const QString areaName = areaItem->text();
    QDoubleSpinBox *dibao = yuanBox(m_standards, tr("Dibao standard %1 %2").arg(year).arg(areaName));
    dibao->setValue(double(dibaoFen) / 100.0);
    m_standards->setCellWidget(row, DibaoColumn, dibao);
    QDoubleSpinBox *income = yuanBox(m_standards, tr("Disposable income %1 %2").arg(year).arg(areaName));
    income->setValue(double(incomeFen) / 100.0);
    m_standards->setCellWidget(row, IncomeColumn, income);
    auto *flag = new QTableWidgetItem;
    flag->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    flag->setCheckState(placeholder ? Qt::Checked : Qt::Unchecked);
    m_standards->setItem(row, PlaceholderColumn, flag);
    markPlaceholder(row);
}

void DistrictRulesPage::markPlaceholder(int row)
{
    const QSignalBlocker block(m_standards);
    QTableWidgetItem *flag = m_standards->item(row, PlaceholderColumn);
    if (!flag)
        return;
    const bool placeholder = flag->checkState() == Qt::Checked;
    flag->setText(placeholder ? tr("Placeholder") : tr("Official"));
    flag->setToolTip(placeholder ? tr("An example figure, not the district's official standard.")
                                 : tr("The district's official standard."));
    for (int col : { YearColumn, AreaColumn, PlaceholderColumn }) {
        if (QTableWidgetItem *item = m_standards->item(row, col)) {
            item->setBackground(placeholder ? QBrush(PlaceholderBackground) : QBrush());
            item->setForeground(placeholder ? QBrush(Qt::black) : QBrush());
        }
    }
}

QDoubleSpinBox *DistrictRulesPage::standardBox(int year, AreaType area, StandardColumn column) const
{
    for (int row = 0; row < m_standards->rowCount(); ++row) {
        if (m_standards->item(row, YearColumn)->data(Qt::UserRole).toInt() == year
            && m_standards->item(row, AreaColumn)->data(Qt::UserRole).toInt() == int(area))
            return qobject_cast<QDoubleSpinBox *>(m_standards->cellWidget(row, column));
    }
    return nullptr;
}

void DistrictRulesPage::addYear()
{
    int last = 0;
    for (int row = 0; row < m_standards->rowCount(); ++row)
        last = std::max(last, m_standards->item(row, YearColumn)->data(Qt::UserRole).toInt());
    if (last == 0)
        last = QDate::currentDate().year() - 1;
    for (AreaType area : { AreaType::Urban, AreaType::Rural }) {
        const QDoubleSpinBox *dibao = standardBox(last, area, DibaoColumn);
        const QDoubleSpinBox *income = standardBox(last, area, IncomeColumn);
        addStandardRow(last + 1, area, dibao ? qRound64(dibao->value() * 100) : 0,
            income ? qRound64(income->value() * 100) : 0, true);
    }
    m_standards->scrollToBottom();
}

DistrictRules DistrictRulesPage::collect() const
{
    DistrictRules r;
    r.edgeMultiplier = m_edge->value();
    r.rigidSpendingShare = m_rigid->value() / 100.0;
    r.idleLockMinutes = m_idle->value();
    r.loginMaxFailures = m_failures->value();
    r.loginLockMinutes = m_lockMinutes->value();
    r.cardTitle = m_cardTitle->text();
    r.supervisionHotline = m_hotline->text();
    r.leadEmergencyHours = m_emergency->value();
    r.leadPublicReportDays = m_publicDays->value();
    r.pointsPerVerifiedLead = m_points->value();
    const QList<TaskType> types = ReviewSchedule::allTypes();
    for (int row = 0; row < rhythmTiers().size(); ++row) {
        for (int col = 0; col < types.size(); ++col)
            r.rhythms.set(rhythmTiers().at(row), types.at(col),
                static_cast<QSpinBox *>(m_rhythms->cellWidget(row, col))->value());
    }
    return r;
}

bool DistrictRulesPage::save()
{
    if (!isEditable())
        return true; // nothing a reader could have changed
    QList<YearlyStandard> standards;
    for (int row = 0; row < m_standards->rowCount(); ++row) {
        YearlyStandard s;
        s.year = m_standards->item(row, YearColumn)->data(Qt::UserRole).toInt();
        s.area = AreaType(m_standards->item(row, AreaColumn)->data(Qt::UserRole).toInt());
        s.dibaoMonthly
            = qRound64(static_cast<QDoubleSpinBox *>(m_standards->cellWidget(row, DibaoColumn))->value() * 100);
        s.disposableIncomeYearly
            = qRound64(static_cast<QDoubleSpinBox *>(m_standards->cellWidget(row, IncomeColumn))->value() * 100);
        s.placeholder = m_standards->item(row, PlaceholderColumn)->checkState() == Qt::Checked;
        standards.append(s);
    }
    auto saved = m_service.save(collect(), standards);
    if (!saved) {
        MessageBox::warning(this, tr("District rules"), saved.error().message);
        return false;
    }
    return true;
}

} // namespace sn
