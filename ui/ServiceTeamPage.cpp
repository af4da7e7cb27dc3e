#include "ServiceTeamPage.h"

#include "CsvWriter.h"
#include "EmptyStateHint.h"
#include "LazyRefresh.h"
#include <QFileDialog>

#include "MessageBox.h"

#include "domain/Clock.h"
#include "services/Config.h"
#include "services/ServiceTeamService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

namespace {

const QString SettingsGroup = QStringLiteral("serviceteam");
// Departments that name a liaison (domain.md "Who uses it").
const char *const Departments[] = { "组织部", "人社局", "医保局", "卫健局", "残联", "教育局", "建设局" };

QTableWidget *table(const QString &name, const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setAccessibleName(accessibleName);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultSectionSize(130);
    t->horizontalHeader()->restoreState(Config::viewState(Config::viewKey(SettingsGroup, name)));
    return t;
}

QTableWidgetItem *number(int n)
{
    auto *item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ServiceTeamPage::ServiceTeamPage(
    ServiceTeamService &service, const Session &session, RegionTree regions, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_regions(std::move(regions))
    , m_service(service)
{
    setObjectName(QStringLiteral("serviceTeamPage"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("serviceTeamTabs"));
    tabs->addTab(buildVolunteers(), tr("Volunteers and points"));
    tabs->addTab(buildPublicity(), tr("Publicity events"));
    tabs->addTab(buildLiaisons(), tr("Liaisons"));
    tabs->addTab(buildAssessment(), tr("Village assessment"));
    layout->addWidget(tabs);
    m_lazy = new LazyRefresh(this, [this] { refresh(); }); // the tabs are filled when first shown
}

ServiceTeamPage::~ServiceTeamPage()
{
    for (QTableWidget *t : { m_volunteers, m_liaisons, m_assessment })
        Config::setViewState(Config::viewKey(SettingsGroup, t->objectName()), t->horizontalHeader()->saveState());
}

QString ServiceTeamPage::regionName(const QString &code) const
{
    const Region *r = m_regions.find(code);
    return r ? r->name : code;
}

QString ServiceTeamPage::kindDisplay(const QString &kind)
{
    if (kind == QLatin1String("grid_worker"))
        return tr("Grid worker");
    if (kind == QLatin1String("party_member"))
        return tr("Party member");
    if (kind == QLatin1String("village_cadre"))
        return tr("Village cadre");
    return tr("Volunteer");
}

QComboBox *ServiceTeamPage::townshipCombo(const QString &accessibleName, QWidget *parent) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    for (const Region *t : m_regions.townships()) {
        if (m_session.coversTownship(t->code))
            combo->addItem(t->name, t->code);
    }
    combo->setEnabled(combo->count() > 1);
    return combo;
}

QWidget *ServiceTeamPage::buildVolunteers()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_volunteers = table(QStringLiteral("teamVolunteers"), tr("Volunteers"),
        { tr("Name"), tr("Kind"), tr("Township"), tr("Village / community"), tr("Phone"), tr("Points") }, page);
    layout->addWidget(m_volunteers, 1);
    EmptyStateHint::attach(m_volunteers,
        tr("No volunteers or grid workers yet. Enter the first one below and press "
           "Add: leads they find then earn them points."));
    const bool mayEdit = m_session.can(Permission::EditHouseholds);

    auto *redeemBox = new QGroupBox(tr("Redeem points (积分兑换) of the selected volunteer"), page);
    auto *redeemRow = new QHBoxLayout(redeemBox);
    m_redeemPoints = new QSpinBox(redeemBox);
    m_redeemPoints->setObjectName(QStringLiteral("teamRedeemPoints"));
    m_redeemPoints->setAccessibleName(tr("Points to redeem"));
    m_redeemPoints->setRange(1, 100000);
    m_redeemPoints->setValue(10);
    m_redeemReason = new QLineEdit(redeemBox);
    m_redeemReason->setObjectName(QStringLiteral("teamRedeemReason"));
    m_redeemReason->setAccessibleName(tr("Exchanged for"));
    m_redeemReason->setPlaceholderText(tr("Exchanged for (e.g. rice and oil)"));
    m_redeem = new QPushButton(tr("Re&deem"), redeemBox);
    m_redeem->setObjectName(QStringLiteral("teamRedeem"));
    redeemRow->addWidget(new QLabel(tr("Points:"), redeemBox));
    redeemRow->addWidget(m_redeemPoints);
    redeemRow->addWidget(m_redeemReason, 1);
    redeemRow->addWidget(m_redeem);
    redeemBox->setEnabled(mayEdit);
    layout->addWidget(redeemBox);

    auto *addBox = new QGroupBox(tr("New team member"), page);
    auto *addRow = new QHBoxLayout(addBox);
    m_volunteerName = new QLineEdit(addBox);
    m_volunteerName->setAccessibleName(tr("Name"));
    m_volunteerName->setPlaceholderText(tr("Name"));
    m_volunteerPhone = new QLineEdit(addBox);
    m_volunteerPhone->setAccessibleName(tr("Phone"));
    m_volunteerPhone->setPlaceholderText(tr("Phone"));
    m_volunteerKind = new QComboBox(addBox);
    m_volunteerKind->setAccessibleName(tr("Kind"));
    for (const char *kind : { "volunteer", "grid_worker", "party_member", "village_cadre" })
        m_volunteerKind->addItem(kindDisplay(QLatin1String(kind)), QLatin1String(kind));
    m_volunteerTownship = townshipCombo(tr("Township of the team member"), addBox);
    auto *add = new QPushButton(tr("&Add"), addBox);
    add->setObjectName(QStringLiteral("teamAddVolunteer"));
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_volunteerName, m_volunteerPhone, m_volunteerKind, m_volunteerTownship, add })
        addRow->addWidget(w);
    addBox->setEnabled(mayEdit);
    layout->addWidget(addBox);

    connect(m_redeem, &QPushButton::clicked, this, &ServiceTeamPage::redeem);
    connect(add, &QPushButton::clicked, this, &ServiceTeamPage::addVolunteer);
    return page;
}

QWidget *ServiceTeamPage::buildPublicity()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_withoutEvent = new QLabel(page);
    m_withoutEvent->setObjectName(QStringLiteral("teamWithoutEvent"));
    m_withoutEvent->setWordWrap(true);
    m_withoutEvent->setToolTip(
        tr("The plan asks each township for at least one publicity event per quarter (三.(三))"));
    layout->addWidget(m_withoutEvent);
    auto *box = new QGroupBox(tr("Record a publicity event"), page);
    auto *form = new QFormLayout(box);
    m_eventTownship = townshipCombo(tr("Township of the event"), box);
    form->addRow(tr("&Township:"), m_eventTownship);
    m_eventDate = new QDateEdit(Clock::today(), box);
    m_eventDate->setAccessibleName(tr("Date of the event"));
    m_eventDate->setCalendarPopup(true);
    m_eventDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_eventDate->setMaximumDate(Clock::today());
    form->addRow(tr("&Date:"), m_eventDate);
    m_eventPlace = new QLineEdit(box);
    m_eventPlace->setAccessibleName(tr("Place"));
    form->addRow(tr("&Place:"), m_eventPlace);
    m_eventParticipants = new QSpinBox(box);
    m_eventParticipants->setAccessibleName(tr("Participants"));
    m_eventParticipants->setRange(0, 100000);
    form->addRow(tr("P&articipants:"), m_eventParticipants);
    auto *record = new QPushButton(tr("&Record event"), box);
    record->setObjectName(QStringLiteral("teamRecordEvent"));
    form->addRow(QString(), record);
    box->setEnabled(m_session.can(Permission::EditHouseholds));
    layout->addWidget(box);
    layout->addStretch(1);
    connect(record, &QPushButton::clicked, this, &ServiceTeamPage::addEvent);
    return page;
}

QWidget *ServiceTeamPage::buildLiaisons()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_liaisons = table(QStringLiteral("teamLiaisons"), tr("Liaisons"), { tr("Unit"), tr("Name"), tr("Phone") }, page);
    layout->addWidget(m_liaisons, 1);
    auto *box = new QGroupBox(tr("Name the liaison of a unit (one per unit; replaces the previous one)"), page);
    auto *row = new QHBoxLayout(box);
    m_liaisonUnit = new QComboBox(box);
    m_liaisonUnit->setAccessibleName(tr("Unit"));
    if (m_session.can(Permission::EditStandards)) {
        for (const char *d : Departments)
            m_liaisonUnit->addItem(QString::fromUtf8(d), QStringLiteral("department"));
    }
    for (const Region *t : m_regions.townships()) {
        if (m_session.coversTownship(t->code))
            m_liaisonUnit->addItem(t->name, QStringLiteral("township:") + t->code);
    }
    m_liaisonName = new QLineEdit(box);
    m_liaisonName->setAccessibleName(tr("Name of the liaison"));
    m_liaisonName->setPlaceholderText(tr("Name"));
    m_liaisonPhone = new QLineEdit(box);
    m_liaisonPhone->setAccessibleName(tr("Phone of the liaison"));
    m_liaisonPhone->setPlaceholderText(tr("Phone"));
    auto *save = new QPushButton(tr("&Save liaison"), box);
    save->setObjectName(QStringLiteral("teamSaveLiaison"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_liaisonUnit, m_liaisonName, m_liaisonPhone, save })
        row->addWidget(w);
    box->setEnabled(m_session.can(Permission::EditHouseholds));
    layout->addWidget(box);
    connect(save, &QPushButton::clicked, this, &ServiceTeamPage::saveLiaison);
    return page;
}

QWidget *ServiceTeamPage::buildAssessment()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Year:"), page);
    m_year = new QSpinBox(page);
    m_year->setObjectName(QStringLiteral("teamAssessmentYear"));
    m_year->setAccessibleName(tr("Year of the assessment"));
    m_year->setRange(2020, 2100);
    m_year->setValue(Clock::today().year());
    label->setBuddy(m_year);
    row->addWidget(label);
    row->addWidget(m_year);
    row->addStretch(1);
    auto *exportButton = new QPushButton(tr("E&xport…"), page);
    exportButton->setToolTip(tr("Save the assessment as a CSV file (UTF-8, opens in Excel and WPS)."));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export village assessment"),
            tr("village-assessment-%1.csv").arg(m_year->value()), tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto s = exportAssessment(path); !s)
            MessageBox::warning(this, tr("Village assessment"), s.error().message);
    });
    row->addWidget(exportButton);
    layout->addLayout(row);
    m_assessment = table(QStringLiteral("teamAssessment"), tr("Village assessment"),
        { tr("Village / community"), tr("Visits done"), tr("Leads found"), tr("Answered in time"),
            tr("Overdue tasks") },
        page);
    m_assessment->setToolTip(
        tr("Visits: review tasks completed in the year. Leads: reported in the village in the year, and "
           "how many were answered by their deadline. Overdue: open review tasks past due today."));
    layout->addWidget(m_assessment, 1);
    connect(m_year, &QSpinBox::valueChanged, this, &ServiceTeamPage::loadAssessment);
    return page;
}

Status ServiceTeamPage::exportAssessment(const QString &path) const
{
    QList<QStringList> rows = CsvWriter::rowsOf(*m_assessment->model());
    return CsvWriter::write(path, rows);
}

void ServiceTeamPage::refresh()
{
    if (m_lazy)
        m_lazy->loaded();
    loadVolunteers();
    loadPublicity();
    loadLiaisons();
    loadAssessment();
}

void ServiceTeamPage::loadVolunteers()
{
    const QString selected = m_volunteers->currentRow() >= 0 && m_volunteers->item(m_volunteers->currentRow(), 0)
        ? m_volunteers->item(m_volunteers->currentRow(), 0)->data(Qt::UserRole).toString()
        : QString();
    m_volunteers->setRowCount(0);
    auto list = m_service.volunteers();
    if (!list)
        return;
    for (const Volunteer &v : list.value()) {
        const int row = m_volunteers->rowCount();
        m_volunteers->insertRow(row);
        auto *name = new QTableWidgetItem(v.name);
        name->setData(Qt::UserRole, v.id);
        m_volunteers->setItem(row, 0, name);
        m_volunteers->setItem(row, 1, new QTableWidgetItem(kindDisplay(v.kind)));
        m_volunteers->setItem(row, 2, new QTableWidgetItem(regionName(v.townshipCode)));
        m_volunteers->setItem(row, 3, new QTableWidgetItem(regionName(v.villageCode)));
        m_volunteers->setItem(row, 4, new QTableWidgetItem(v.phone));
        m_volunteers->setItem(row, 5, number(v.balance));
        if (v.id == selected)
            m_volunteers->selectRow(row);
    }
}

void ServiceTeamPage::loadPublicity()
{
    auto missing = m_service.townshipsWithoutEvent(Clock::today());
    if (!missing) {
        m_withoutEvent->setText(missing.error().message);
        return;
    }
    QStringList names;
    for (const QString &code : missing.value())
        names.append(regionName(code));
    const int quarter = (Clock::today().month() - 1) / 3 + 1;
    m_withoutEvent->setText(names.isEmpty()
            ? tr("Every township has held a publicity event in Q%1 %2.").arg(quarter).arg(Clock::today().year())
            : tr("Without a publicity event in Q%1 %2: %3")
                  .arg(quarter)
                  .arg(Clock::today().year())
                  .arg(names.join(tr(", "))));
    m_withoutEvent->setStyleSheet(names.isEmpty() ? QString() : QStringLiteral("color: #c62828"));
}

void ServiceTeamPage::loadLiaisons()
{
    m_liaisons->setRowCount(0);
    auto list = m_service.liaisons();
    if (!list)
        return;
    for (const Liaison &l : list.value()) {
        const int row = m_liaisons->rowCount();
        m_liaisons->insertRow(row);
        m_liaisons->setItem(
            row, 0, new QTableWidgetItem(l.unitKind == QLatin1String("township") ? regionName(l.unit) : l.unit));
        m_liaisons->setItem(row, 1, new QTableWidgetItem(l.name));
        m_liaisons->setItem(row, 2, new QTableWidgetItem(l.phone));
    }
}

void ServiceTeamPage::loadAssessment()
{
    m_assessment->setRowCount(0);
    auto list = m_service.assessment(m_year->value());
    if (!list) {
        MessageBox::warning(this, tr("Village assessment"), list.error().message);
        return;
    }
    for (const VillageAssessment &a : list.value()) {
        const int row = m_assessment->rowCount();
        m_assessment->insertRow(row);
        m_assessment->setItem(row, 0, new QTableWidgetItem(a.villageName));
        m_assessment->setItem(row, 1, number(a.visitsDone));
        m_assessment->setItem(row, 2, number(a.leadsFound));
        m_assessment->setItem(row, 3, number(a.leadsInTime));
        auto *overdue = number(a.overdueTasks);
        if (a.overdueTasks > 0)
            overdue->setForeground(QColor(0xc6, 0x28, 0x28));
        m_assessment->setItem(row, 4, overdue);
    }
}

void ServiceTeamPage::addVolunteer()
{
    Volunteer v;
    v.name = m_volunteerName->text().trimmed();
    v.phone = m_volunteerPhone->text().trimmed();
    v.kind = m_volunteerKind->currentData().toString();
    v.townshipCode = m_volunteerTownship->currentData().toString();
    if (auto id = m_service.addVolunteer(v); !id) {
        MessageBox::warning(this, tr("New team member"), id.error().message);
        return;
    }
    m_volunteerName->clear();
    m_volunteerPhone->clear();
    loadVolunteers();
}

void ServiceTeamPage::redeem()
{
    const int row = m_volunteers->currentRow();
    if (row < 0 || !m_volunteers->item(row, 0)) {
        MessageBox::information(this, tr("Redeem points"), tr("Select the volunteer first."));
        return;
    }
    const QString id = m_volunteers->item(row, 0)->data(Qt::UserRole).toString();
    if (auto s = m_service.redeem(id, m_redeemPoints->value(), m_redeemReason->text()); !s) {
        MessageBox::warning(this, tr("Redeem points"), s.error().message);
        return;
    }
    m_redeemReason->clear();
    loadVolunteers();
}

void ServiceTeamPage::addEvent()
{
    PublicityEvent e;
    e.townshipCode = m_eventTownship->currentData().toString();
    e.heldOn = m_eventDate->date();
    e.place = m_eventPlace->text().trimmed();
    e.participants = m_eventParticipants->value();
    if (auto id = m_service.addPublicityEvent(e); !id) {
        MessageBox::warning(this, tr("Publicity event"), id.error().message);
        return;
    }
    m_eventPlace->clear();
    m_eventParticipants->setValue(0);
    loadPublicity();
}

void ServiceTeamPage::saveLiaison()
{
    const QString data = m_liaisonUnit->currentData().toString();
    Liaison l;
    if (data.startsWith(QLatin1String("township:"))) {
        l.unitKind = QStringLiteral("township");
        l.unit = data.mid(9);
    } else {
        l.unitKind = QStringLiteral("department");
        l.unit = m_liaisonUnit->currentText();
    }
    l.name = m_liaisonName->text();
    l.phone = m_liaisonPhone->text();
    if (auto s = m_service.setLiaison(l); !s) {
        MessageBox::warning(this, tr("Liaisons"), s.error().message);
        return;
    }
    m_liaisonName->clear();
    m_liaisonPhone->clear();
    loadLiaisons();
}

} // namespace sn
