#include "SyncSettingsPage.h"

#include "AppServices.h"

#include "MachineSettings.h"
#include "MessageBox.h"

#include "domain/Format.h"
#include "services/StationService.h"
#include "services/sync/SyncKey.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

SyncSettingsPage::SyncSettingsPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(services.session())
    , m_share(new QLineEdit(this))
    , m_key(new QLabel(this))
    , m_importKey(new QPushButton(tr("&Import district key file…"), this))
    , m_makeKey(new QPushButton(tr("Make a &new district key…"), this))
    , m_minutes(new QSpinBox(this))
    , m_stations(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("syncSettings"));
    m_share->setObjectName(QStringLiteral("shareFolder"));
    m_share->setAccessibleName(tr("Shared folder"));
    m_share->setPlaceholderText(tr("for example \\\\server\\safetynet or /mnt/safetynet"));
    m_share->setToolTip(tr("The network folder every station of the district reads and writes. Each station writes "
                           "only its own subfolder; the station's database itself always stays on this computer."));
    m_share->setText(QDir::toNativeSeparators(MachineSettings::shareFolder()));
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("browseShare"));
    browse->setAccessibleName(tr("Browse for the shared folder"));
    connect(browse, &QPushButton::clicked, this, &SyncSettingsPage::browseShare);
    auto *shareRow = new QHBoxLayout;
    shareRow->addWidget(m_share, 1);
    shareRow->addWidget(browse);

    m_minutes->setObjectName(QStringLiteral("syncInterval"));
    m_minutes->setAccessibleName(tr("Automatic sync interval"));
    m_minutes->setRange(0, 240);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("Off"));
    m_minutes->setToolTip(tr("How often this station exchanges changes while the shared folder can be reached. "
                             "0 turns automatic sync off; \"Sync now\" in the Tools menu always works."));
    m_minutes->setValue(MachineSettings::syncMinutes());

    auto *where = new QGroupBox(tr("Shared folder"), this);
    auto *whereLayout = new QFormLayout(where);
    auto *shareLabel = new QLabel(tr("&Folder:"), where);
    shareLabel->setBuddy(m_share);
    whereLayout->addRow(shareLabel, shareRow);
    whereLayout->addRow(tr("&Automatic sync every:"), m_minutes);

    m_key->setObjectName(QStringLiteral("keyInfo"));
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importKey->setObjectName(QStringLiteral("importKey"));
    m_importKey->setToolTip(
        tr("Copy the district key file from a USB stick into SafetyNet's own folder, readable by this user only."));
    connect(m_importKey, &QPushButton::clicked, this, &SyncSettingsPage::chooseKeyToImport);
    m_makeKey->setObjectName(QStringLiteral("makeKey"));
    m_makeKey->setToolTip(tr("District administrators: make the key once and give a copy to every station. "
                             "Stations with a different key cannot read each other's changes."));
    // Making the district's key is the district administrator's task, like the district rules.
    m_makeKey->setEnabled(m_session.can(Permission::EditStandards));
    connect(m_makeKey, &QPushButton::clicked, this, &SyncSettingsPage::chooseFileForNewKey);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_importKey);
    keyButtons->addWidget(m_makeKey);
    keyButtons->addStretch();

    auto *key = new QGroupBox(tr("District key"), this);
    auto *keyLayout = new QVBoxLayout(key);
    auto *keyNote
        = new QLabel(tr("Everything put on the shared folder is encrypted with the district key. Keep the key "
                        "file off the shared folder."),
            this);
    keyNote->setWordWrap(true);
    keyLayout->addWidget(keyNote);
    keyLayout->addWidget(m_key);
    keyLayout->addLayout(keyButtons);

    auto *stations = new QGroupBox(tr("Other stations (at the last sync)"), this);
    auto *stationsLayout = new QVBoxLayout(stations);
    m_stations->setObjectName(QStringLiteral("syncStations"));
    m_stations->setAccessibleName(tr("Other stations and how far behind they are"));
    m_stations->setHorizontalHeaderLabels(
        { tr("Station"), tr("Its bundles here"), tr("Ours there"), tr("Last acknowledged"), tr("Why behind") });
    m_stations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stations->verticalHeader()->hide();
    m_stations->horizontalHeader()->setStretchLastSection(true);
    m_stations->setWordWrap(true);
    stationsLayout->addWidget(m_stations);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(key);
    layout->addWidget(stations, 1);
    showKey();
    showStations();
}

void SyncSettingsPage::showStations()
{
    const QList<StationLag> stations = MachineSettings::syncStations();
    m_stations->setRowCount(int(stations.size()));
    for (int row = 0; row < stations.size(); ++row) {
        const StationLag &s = stations.at(row);
        const QString behindHere = s.published > s.appliedHere
            ? tr("%1 of %2, %3 behind").arg(s.appliedHere).arg(s.published).arg(s.published - s.appliedHere)
            : tr("all %1").arg(s.appliedHere);
        const QString oursThere = !s.acknowledgedAt.isValid() ? tr("not acknowledged yet")
            : s.oursBehind > 0                                ? tr("%1, %2 behind").arg(s.hasOurs).arg(s.oursBehind)
                                                              : tr("all %1").arg(s.hasOurs);
        const QStringList cells { s.name.isEmpty() ? s.station : tr("%1 (%2)").arg(s.name, s.station), behindHere,
            oursThere, s.acknowledgedAt.isValid() ? format::dateTime(s.acknowledgedAt.toLocalTime()) : QString(),
            s.reason };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            const bool behind = (column == 1 && s.published > s.appliedHere) || (column == 2 && s.oursBehind > 0);
            if (behind)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_stations->setItem(row, column, item);
        }
    }
    m_stations->resizeColumnsToContents();
}

void SyncSettingsPage::apply()
{
    MachineSettings::setShareFolder(QDir::fromNativeSeparators(m_share->text().trimmed()));
    MachineSettings::setSyncMinutes(m_minutes->value());
}

QString SyncSettingsPage::districtName() const
{
    return m_services.stationInfo().districtName;
}

void SyncSettingsPage::showKey()
{
    QStringList lines;
    const StationKeys keys = m_services.stationKeys();
    if (keys.present) {
        const Region *township = m_services.regions().find(keys.townshipCode);
        lines.append(keys.district
                ? tr("This station holds the keys of %1 (district %2): it reads every township.")
                      .arg(keys.districtName, keys.districtId)
                : tr("This station holds the keys of %1 (district %2) for %3 only: other townships' records never "
                     "reach it.")
                      .arg(keys.districtName, keys.districtId, township ? township->name : keys.townshipCode));
    }
    const QString file = MachineSettings::keyFile();
    if (QFileInfo::exists(file)) {
        auto key = SyncKey::load(file);
        lines.append(key
                ? tr("Key %1 of %2\n%3").arg(key->id(), key->district(), QDir::toNativeSeparators(file))
                : tr("The key file %1 cannot be used: %2").arg(QDir::toNativeSeparators(file), key.error().message));
    } else if (!keys.present) {
        lines.append(tr("No district key imported yet: this station cannot sync."));
    }
    m_key->setText(lines.join(QLatin1Char('\n')));
}

void SyncSettingsPage::browseShare()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Shared folder"), m_share->text());
    if (!folder.isEmpty())
        m_share->setText(QDir::toNativeSeparators(folder));
}

void SyncSettingsPage::chooseKeyToImport()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import district key file"), QString(), tr("District key files (*.key);;All files (*)"));
    if (!file.isEmpty())
        importKey(file);
}

bool SyncSettingsPage::importKey(const QString &file)
{
    auto key = SyncKey::load(file);
    if (!key) {
        MessageBox::warning(this, tr("Import district key"), key.error().message);
        return false;
    }
    const QString ours = districtName();
    if (!ours.isEmpty() && key->district() != ours
        && MessageBox::question(this, tr("Import district key"),
               tr("This key was made for %1, but this station belongs to %2. Import it anyway?")
                   .arg(key->district(), ours),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
        return false;
    }
    const QString target = MachineSettings::defaultKeyFile();
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (auto saved = key->save(target); !saved) {
        MessageBox::warning(this, tr("Import district key"), saved.error().message);
        return false;
    }
    MachineSettings::setKeyFile(target);
    showKey();
    return true;
}

void SyncSettingsPage::chooseFileForNewKey()
{
    if (MessageBox::question(this, tr("Make a new district key"),
            tr("A new key is needed only once for the whole district. Stations that keep the old key "
               "will not read changes sealed with the new one. Make a new key?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QStringLiteral("district.key"));
    const QString file
        = QFileDialog::getSaveFileName(this, tr("Save the new district key"), start, tr("District key files (*.key)"));
    if (!file.isEmpty())
        makeKey(file);
}

bool SyncSettingsPage::makeKey(const QString &file)
{
    if (!m_session.can(Permission::EditStandards)) {
        MessageBox::warning(
            this, tr("Make a new district key"), tr("Only the district administrator makes the district key."));
        return false;
    }
    const SyncKey key = SyncKey::generate(districtName());
    if (auto saved = key.save(file); !saved) {
        MessageBox::warning(this, tr("Make a new district key"), saved.error().message);
        return false;
    }
    const auto answer = MessageBox::question(this, tr("Make a new district key"),
        tr("The key %1 was written to %2. Copy it to every station (on a USB stick, "
           "never through the shared folder).\n\nUse this key at this station too?")
            .arg(key.id(), QDir::toNativeSeparators(file)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        return importKey(file);
    return true;
}

} // namespace sn
