#include "ReportLeadDialog.h"

#include "MessageBox.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "services/LeadService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn {

namespace {

QLineEdit *lineEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ReportLeadDialog::ReportLeadDialog(LeadService &service, const Session &session, const RegionTree &regions,
    QList<Volunteer> volunteers, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_regions(regions)
    , m_volunteers(std::move(volunteers))
{
    setObjectName(QStringLiteral("reportLeadDialog"));
    setWindowTitle(tr("Report a lead"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("leadSource"));
    m_source->setAccessibleName(tr("Source"));
    for (LeadSource s : LeadRules::allSources())
        m_source->addItem(LeadRules::display(s), int(s));
    m_source->setToolTip(tr("Media, petition and online reports must be answered within a day; other leads are "
                            "verified and reported to the township the same day"));
    form->addRow(tr("&Source:"), m_source);
    m_reporter = lineEdit(QStringLiteral("leadReporter"), tr("Reporter"), this);
    form->addRow(tr("&Reporter:"), m_reporter);
    m_reporterPhone = lineEdit(QStringLiteral("leadReporterPhone"), tr("Reporter's phone"), this);
    form->addRow(tr("Reporter's pho&ne:"), m_reporterPhone);
    m_volunteer = new QComboBox(this);
    m_volunteer->setObjectName(QStringLiteral("leadVolunteer"));
    m_volunteer->setAccessibleName(tr("Volunteer"));
    m_volunteer->setToolTip(tr("The service-team member who found the lead earns points once it is verified"));
    form->addRow(tr("&Volunteer:"), m_volunteer);

    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("leadTownship"));
    m_township->setAccessibleName(tr("Township"));
    for (const Region *t : m_regions.townships()) {
        if (session.coversTownship(t->code))
            m_township->addItem(t->name, t->code);
    }
    m_township->setCurrentIndex(std::max(0, m_township->findData(service.defaultTownship())));
    m_township->setEnabled(m_township->count() > 1);
    form->addRow(tr("&Township:"), m_township);
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("leadVillage"));
    m_village->setAccessibleName(tr("Village or community"));
    form->addRow(tr("Villa&ge / community:"), m_village);

    m_person = lineEdit(QStringLiteral("leadPerson"), tr("Person in difficulty"), this);
    form->addRow(tr("&Person in difficulty:"), m_person);
    m_idNumber = lineEdit(QStringLiteral("leadIdNumber"), tr("ID number (optional)"), this);
    m_idNumber->setToolTip(tr("Optional. 18 characters; a lower-case x, full-width digits and spaces are accepted"));
    m_idError = new QLabel(this);
    m_idError->setObjectName(QStringLiteral("leadIdNumberError"));
    m_idError->setStyleSheet(QStringLiteral("color: #c62828"));
    m_idError->setWordWrap(true);
    m_idError->hide();
    auto *idBox = new QVBoxLayout;
    idBox->setSpacing(2);
    idBox->addWidget(m_idNumber);
    idBox->addWidget(m_idError);
    auto *idLabel = new QLabel(tr("&ID number:"), this); // a row of a layout gets no buddy by itself
    idLabel->setBuddy(m_idNumber);
    form->addRow(idLabel, idBox);
    m_address = lineEdit(QStringLiteral("leadAddress"), tr("Address"), this);
    form->addRow(tr("&Address:"), m_address);
    m_phone = lineEdit(QStringLiteral("leadPhone"), tr("Phone of the person"), this);
    form->addRow(tr("P&hone:"), m_phone);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("leadDescription"));
    m_description->setAccessibleName(tr("What happened"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(70);
    form->addRow(tr("&What happened:"), m_description);
    m_emergency = new QCheckBox(tr("&Emergency (temporary assistance, answer within 12 hours)"), this);
    m_emergency->setObjectName(QStringLiteral("leadEmergency"));
    m_emergency->setToolTip(tr("The green channel: the first help must be given within 12 hours of the report"));
    form->addRow(QString(), m_emergency);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Report &lead"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportLeadDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportLeadDialog::reject);
    connect(m_township, &QComboBox::currentIndexChanged, this, [this] {
        fillVillages();
        fillVolunteers();
    });
    connect(m_idNumber, &QLineEdit::textChanged, this, &ReportLeadDialog::checkIdNumber);
    fillVillages();
    fillVolunteers();
    if (session.role == Role::VillageWorker && !session.villageCode.isEmpty())
        m_village->setCurrentIndex(std::max(0, m_village->findData(session.villageCode)));
    resize(520, sizeHint().height());
}

void ReportLeadDialog::fillVillages()
{
    m_village->clear();
    m_village->addItem(tr("(not known)"), QString());
    for (const Region *v : m_regions.children(m_township->currentData().toString()))
        m_village->addItem(v->name, v->code);
}

void ReportLeadDialog::fillVolunteers()
{
    const QString township = m_township->currentData().toString();
    m_volunteer->clear();
    m_volunteer->addItem(tr("(none)"), QString());
    for (const Volunteer &v : std::as_const(m_volunteers)) {
        if (v.active && v.townshipCode == township)
            m_volunteer->addItem(v.phone.isEmpty() ? v.name : tr("%1 (%2)").arg(v.name, v.phone), v.id);
    }
}

void ReportLeadDialog::checkIdNumber()
{
    const QString text = m_idNumber->text().trimmed();
    const IdNumber id = IdNumber::parse(text, Clock::today());
    const bool bad = !text.isEmpty() && !id.isValid();
    m_idError->setText(bad ? id.errorText() : QString());
    m_idError->setVisible(bad);
}

void ReportLeadDialog::accept()
{
    Lead lead;
    lead.source = LeadSource(m_source->currentData().toInt());
    lead.reporterName = m_reporter->text().trimmed();
    lead.reporterPhone = m_reporterPhone->text().trimmed();
    lead.volunteerId = m_volunteer->currentData().toString();
    lead.townshipCode = m_township->currentData().toString();
    lead.villageCode = m_village->currentData().toString();
    lead.personName = m_person->text();
    lead.personIdNumber = m_idNumber->text();
    lead.address = m_address->text().trimmed();
    lead.phone = m_phone->text().trimmed();
    lead.description = m_description->toPlainText().trimmed();
    lead.emergency = m_emergency->isChecked();
    auto id = m_service.report(lead);
    if (!id) {
        MessageBox::warning(this, windowTitle(), id.error().message);
        return;
    }
    m_leadId = id.value();
    QDialog::accept();
}

} // namespace sn
