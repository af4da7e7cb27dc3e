#include "BackupSettingsPage.h"

#include "AppServices.h"

#include "domain/Format.h"

#include "MachineSettings.h"
#include "MessageBox.h"
#include "PendingRestore.h"

#include "database/Database.h"
#include "services/BackupService.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

namespace {
QTableWidgetItem *cell(const QString &text, const QVariant &data = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}
} // namespace

BackupSettingsPage::BackupSettingsPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_folder(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_restore(new QPushButton(tr("Res&tore…"), this))
{
    setObjectName(QStringLiteral("backupSettings"));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setAccessibleName(tr("Backup folder"));
    m_folder->setText(QDir::toNativeSeparators(MachineSettings::backupFolder(m_services.databasePath())));
    m_folder->setToolTip(tr("A folder on this computer or on a USB disk. SafetyNet makes a backup there every day at "
                            "start-up and keeps %1 daily and %2 weekly ones.")
                             .arg(BackupService::KeepDaily)
                             .arg(BackupService::KeepWeekly));
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupSettingsPage::refresh);
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setAccessibleName(tr("Browse for the backup folder"));
    connect(browse, &QPushButton::clicked, this, &BackupSettingsPage::browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_table->setObjectName(QStringLiteral("backupList"));
    m_table->setAccessibleName(tr("Backups"));
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Kind"), tr("Size"), tr("File") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupSettingsPage::updateButtons);

    auto *now = new QPushButton(tr("Back &up now"), this);
    now->setObjectName(QStringLiteral("backUpNow"));
    now->setToolTip(tr("Make today's backup again, with everything saved so far."));
    connect(now, &QPushButton::clicked, this, &BackupSettingsPage::backUpNow);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setToolTip(tr("Replace this station's data with the chosen backup. SafetyNet closes and starts again."));
    connect(m_restore, &QPushButton::clicked, this, &BackupSettingsPage::restoreSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(now);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    refresh();
}

QString BackupSettingsPage::folder() const
{
    const QString text = QDir::fromNativeSeparators(m_folder->text().trimmed());
    return text.isEmpty() ? BackupService::defaultFolder(m_services.databasePath()) : text;
}

void BackupSettingsPage::apply()
{
    const QString chosen = folder();
    // The default follows the database; only a different folder is remembered.
    MachineSettings::setBackupFolder(
        chosen == BackupService::defaultFolder(m_services.databasePath()) ? QString() : chosen);
}

void BackupSettingsPage::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup folder"), folder());
    if (chosen.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(chosen));
    refresh();
}

void BackupSettingsPage::refresh()
{
    m_table->setRowCount(0);
    auto files = BackupService::list(folder());
    if (!files) {
        m_status->setText(files.error().message);
        updateButtons();
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(files->size()));
    for (int row = 0; row < files->size(); ++row) {
        const BackupFile &f = files->at(row);
        m_table->setItem(row, DateColumn, cell(format::date(f.date, locale), f.path));
        m_table->setItem(row, KindColumn, cell(f.weekly ? tr("Weekly") : tr("Daily")));
        auto *size = cell(locale.formattedDataSize(f.bytes, 1, QLocale::DataSizeTraditionalFormat));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SizeColumn, size);
        m_table->setItem(row, FileColumn, cell(QFileInfo(f.path).fileName(), f.path));
    }
    m_status->setText(files->isEmpty() ? tr("No backups in this folder yet.")
                                       : tr("%n backup(s) in this folder.", nullptr, int(files->size())));
    updateButtons();
}

void BackupSettingsPage::updateButtons()
{
    m_restore->setEnabled(!m_table->selectedItems().isEmpty());
}

bool BackupSettingsPage::backUpNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = m_services.backupNow(folder());
    QApplication::restoreOverrideCursor();
    if (!made) {
        MessageBox::warning(this, tr("Back up now"), made.error().message);
        return false;
    }
    refresh();
    m_status->setText(tr("Backed up to %1.").arg(QDir::toNativeSeparators(made.value())));
    return true;
}

bool BackupSettingsPage::restoreSelected()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return false;
    const int row = items.first()->row();
    const QString file = m_table->item(row, DateColumn)->data(Qt::UserRole).toString();
    if (auto s = BackupService::verify(file); !s) {
        MessageBox::warning(this, tr("Restore backup"), s.error().message);
        return false;
    }
    const QString date = m_table->item(row, DateColumn)->text();
    const auto answer = MessageBox::question(this, tr("Restore backup"),
        tr("Replace this station's data with the backup of %1?\n\n"
           "Every change made at this station since that backup is replaced (the current file is kept beside it, "
           "named \"…before-restore…\"). Changes this station already sent to the shared folder stay with the "
           "other stations.\n\nSafetyNet will close, restore the backup and start again.")
            .arg(date),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    PendingRestore::request(file);
    emit restoreRequested();
    return true;
}

} // namespace sn
