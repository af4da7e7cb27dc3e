#include "FirstRunWizard.h"

#include "services/Translations.h"

#include "services/AccountService.h"
#include "services/StationService.h"
#include "services/sync/KeyRing.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QVBoxLayout>

namespace sn {

namespace {

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace

FirstRunWizard::FirstRunWizard(const QString &databasePath, Database *existing, QWidget *parent)
    : QWizard(parent)
    , m_path(databasePath)
    , m_existing(existing)
    , m_regions(RegionTree::builtIn())
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up this SafetyNet station"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/safetynet.svg")));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    if (!m_existing)
        buildStationPage();
    buildAdminPage();
    setButtonText(QWizard::FinishButton, tr("&Create station"));
    if (m_existing)
        setButtonText(QWizard::FinishButton, tr("&Create account"));
    resize(560, 420);
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::buildStationPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Station"));
    page->setSubTitle(tr("Which township does this desk serve? The district bureau chooses the district itself "
                         "and sees every township; a window the bureau enrolled opens its enrolment file."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;

    // The language first: Chinese by default on a Chinese system. The login and the desk that follow use it.
    auto *language = new QComboBox(page);
    language->setObjectName(QStringLiteral("firstRunLanguage"));
    language->setAccessibleName(tr("Language"));
    language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN")); // each language in its own words
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->setCurrentIndex(language->findData(Translations::preferredLanguage()));
    connect(language, &QComboBox::currentIndexChanged, this, [language] {
        const QString code = language->currentData().toString();
        Translations::setPreferredLanguage(code);
        Translations::install(code);
    });
    auto *languageLabel = new QLabel(tr("&Language / 语言:"), page);
    languageLabel->setBuddy(language);
    form->addRow(languageLabel, language);

    auto *districtRow = new QHBoxLayout;
    m_district = new QLabel(page);
    m_district->setObjectName(QStringLiteral("firstRunDistrict"));
    auto *load = new QPushButton(tr("&Load region file…"), page);
    load->setObjectName(QStringLiteral("firstRunLoadRegions"));
    load->setToolTip(tr("Another district: load its region tree (a SafetyNet regions JSON file)"));
    connect(load, &QPushButton::clicked, this, &FirstRunWizard::loadRegionFile);
    districtRow->addWidget(m_district, 1);
    districtRow->addWidget(load);
    form->addRow(tr("District:"), districtRow);

    m_township = new QComboBox(page);
    m_township->setObjectName(QStringLiteral("firstRunTownship"));
    m_township->setAccessibleName(tr("Township"));
    m_township->setEditable(true);
    m_township->setInsertPolicy(QComboBox::NoInsert);
    m_township->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_township->completer()->setFilterMode(Qt::MatchContains);
    auto *townshipLabel = new QLabel(tr("&Township:"), page);
    townshipLabel->setBuddy(m_township);
    form->addRow(townshipLabel, m_township);

    m_stationName = new QLineEdit(page);
    m_stationName->setObjectName(QStringLiteral("firstRunStationName"));
    m_stationName->setAccessibleName(tr("Station name"));
    auto *stationLabel = new QLabel(tr("Station &name:"), page);
    stationLabel->setBuddy(m_stationName);
    form->addRow(stationLabel, m_stationName);
    // Suggest a name from the township until the clerk types one.
    connect(m_township, &QComboBox::currentTextChanged, m_stationName, [this](const QString &text) {
        if (!m_stationName->isModified())
            m_stationName->setText(text.isEmpty() ? QString() : tr("%1 window").arg(text));
    });

    buildEnrolmentRow(page, form);
    layout->addLayout(form);
    m_stationError = errorLabel(QStringLiteral("firstRunStationError"), page);
    layout->addWidget(m_stationError);
    layout->addStretch(1);
    auto *where = new QLabel(tr("The station's data will be kept in %1.").arg(QDir::toNativeSeparators(m_path)), page);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);
    setPage(StationPageId, page);
    showRegions();
}

void FirstRunWizard::buildEnrolmentRow(QWidget *page, QFormLayout *form)
{
    auto *row = new QHBoxLayout;
    m_enrolmentLabel
        = new QLabel(tr("None: a new station (the district bureau, or a window made before enrolment)"), page);
    m_enrolmentLabel->setObjectName(QStringLiteral("firstRunEnrolment"));
    m_enrolmentLabel->setWordWrap(true);
    auto *choose = new QPushButton(tr("&Enrolment file…"), page);
    choose->setObjectName(QStringLiteral("firstRunChooseEnrolment"));
    choose->setToolTip(tr("The file the district bureau wrote for this window (safetynet-cli enrol)"));
    connect(choose, &QPushButton::clicked, this, &FirstRunWizard::chooseEnrolment);
    row->addWidget(m_enrolmentLabel, 1);
    row->addWidget(choose);
    form->addRow(tr("Enrolment:"), row);
    m_passphrase = new QLineEdit(page);
    m_passphrase->setObjectName(QStringLiteral("firstRunPassphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase of the enrolment file"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setEnabled(false);
    auto *passphraseLabel = new QLabel(tr("Pass&phrase:"), page);
    passphraseLabel->setBuddy(m_passphrase);
    form->addRow(passphraseLabel, m_passphrase);
}

void FirstRunWizard::chooseEnrolment()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Enrolment file"), QString(), tr("Enrolment files (*.enrol);;All files (*)"));
    if (!file.isEmpty())
        useEnrolment(file);
}

bool FirstRunWizard::useEnrolment(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), in.errorString()));
        return false;
    }
    const QByteArray bytes = in.readAll();
    auto label = KeyRing::describeEnrolment(bytes);
    if (!label) {
        showError(label.error().message);
        return false;
    }
    const Region *township = m_regions.find(label->townshipCode);
    const Region *district = m_regions.district();
    m_enrolmentFile = file;
    m_enrolment = bytes;
    m_township->setEditText(township ? township->name : (district ? district->name : label->townshipCode));
    m_stationName->setText(label->stationName);
    m_township->setEnabled(false);
    m_stationName->setEnabled(false);
    m_passphrase->setEnabled(true);
    m_passphrase->setFocus();
    m_enrolmentLabel->setText(tr("%1, enrolled by %2").arg(QFileInfo(file).fileName(), label->districtName));
    m_stationError->hide();
    return true;
}

void FirstRunWizard::buildAdminPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("First administrator"));
    page->setSubTitle(tr("This account manages the station: it creates the other users. At a township's station "
                         "it is the township administrator, at the district bureau the district administrator. "
                         "Choose a password that the public at the counter cannot guess."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    auto field = [&](QLineEdit *&edit, const QString &name, const QString &label, const QString &accessible) {
        edit = new QLineEdit(page);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        auto *l = new QLabel(label, page);
        l->setBuddy(edit);
        form->addRow(l, edit);
    };
    field(m_userName, QStringLiteral("firstRunUser"), tr("&User name:"), tr("User name"));
    field(m_displayName, QStringLiteral("firstRunDisplayName"), tr("&Full name:"), tr("Full name"));
    field(m_password, QStringLiteral("firstRunPassword"), tr("&Password:"), tr("Password"));
    field(m_repeat, QStringLiteral("firstRunRepeat"), tr("&Repeat password:"), tr("Repeat password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(AccountService::MinPasswordLength));
    layout->addLayout(form);
    m_adminError = errorLabel(QStringLiteral("firstRunAdminError"), page);
    layout->addWidget(m_adminError);
    layout->addStretch(1);
    setPage(AdminPageId, page);
}

void FirstRunWizard::showRegions()
{
    const Region *district = m_regions.district();
    m_district->setText(district ? tr("%1 (%2)").arg(district->name, district->code) : tr("(no district loaded)"));
    const QString typed = m_township->currentText();
    m_township->clear();
    for (const Region *t : m_regions.townships())
        m_township->addItem(t->name, t->code);
    if (district) {
        m_township->addItem(district->name, district->code);
        m_township->setItemData(
            m_township->count() - 1, tr("The district bureau: sees every township"), Qt::ToolTipRole);
    }
    m_township->setCurrentIndex(-1);
    m_township->setEditText(typed);
    m_township->lineEdit()->setPlaceholderText(tr("Choose or type the township"));
}

void FirstRunWizard::loadRegionFile()
{
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Load region file"), QString(), tr("Region files (*.json)"));
    if (file.isEmpty())
        return;
    RegionTree tree;
    QString error;
    if (!tree.loadFile(file, &error) || !tree.district()) {
        showError(tr("The region file could not be read: %1").arg(error.isEmpty() ? tr("no district in it") : error));
        return;
    }
    m_regions = tree;
    m_stationError->hide();
    showRegions();
}

void FirstRunWizard::showError(const QString &text)
{
    QLabel *label = currentId() == StationPageId && m_stationError ? m_stationError : m_adminError;
    label->setText(text);
    label->show();
}

QString FirstRunWizard::errorText() const
{
    if (m_stationError && !m_stationError->isHidden())
        return m_stationError->text();
    return m_adminError->isHidden() ? QString() : m_adminError->text();
}

bool FirstRunWizard::checkStation()
{
    const Region *district = m_regions.district();
    const QString township = m_township->currentText().trimmed();
    if (township.isEmpty()) {
        showError(tr("Choose the township this desk serves, or %1 for the district bureau.")
                      .arg(district ? district->name : QString()));
        m_township->setFocus();
        return false;
    }
    const bool isDistrict = district && (township == district->name || township == district->code);
    if (!isDistrict && !m_regions.findByName(township, RegionLevel::Township)) {
        showError(tr("No township named \"%1\" in %2.").arg(township, district ? district->name : QString()));
        m_township->setFocus();
        return false;
    }
    if (!m_enrolment.isEmpty()) {
        // The passphrase is checked here, so that a wrong one is said on this page.
        if (auto opened = KeyRing::openEnrolment(m_enrolment, m_passphrase->text()); !opened) {
            showError(opened.error().message);
            m_passphrase->selectAll();
            m_passphrase->setFocus();
            return false;
        }
    }
    if (m_stationName->text().trimmed().isEmpty()) {
        showError(tr("Give the station a name."));
        m_stationName->setFocus();
        return false;
    }
    m_stationError->hide();
    return true;
}

bool FirstRunWizard::createStation()
{
    if (m_userName->text().trimmed().isEmpty()) {
        showError(tr("Enter a user name."));
        m_userName->setFocus();
        return false;
    }
    if (m_password->text().size() < AccountService::MinPasswordLength) {
        showError(tr("The password needs at least %1 characters.").arg(AccountService::MinPasswordLength));
        m_password->setFocus();
        return false;
    }
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    if (!m_existing && !m_created) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        auto db = m_enrolment.isEmpty()
            ? StationService::initialize(m_path, m_township->currentText().trimmed(), m_stationName->text(), m_regions)
            : StationService::join(m_path, m_enrolment, m_passphrase->text(), m_regions);
        if (!db) {
            showError(db.error().message);
            return false;
        }
        m_created = std::move(db).value();
    }
    Database &db = m_existing ? *m_existing : *m_created;
    User admin;
    admin.username = m_userName->text().trimmed();
    admin.displayName = m_displayName->text().trimmed();
    admin.role = Role::DistrictAdmin; // AccountService makes it the township's administrator at a township station
    auto user = AccountService(db).createUser(nullptr, admin, m_password->text());
    if (!user) {
        showError(user.error().message);
        return false;
    }
    m_adminError->hide();
    return true;
}

bool FirstRunWizard::validateCurrentPage()
{
    switch (currentId()) {
    case StationPageId:
        return checkStation();
    case AdminPageId:
        return createStation();
    default:
        return QWizard::validateCurrentPage();
    }
}

std::unique_ptr<Database> FirstRunWizard::takeDatabase()
{
    return std::move(m_created);
}

} // namespace sn
