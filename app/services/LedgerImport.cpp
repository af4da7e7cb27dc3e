#include "LedgerImport.h"

#include "LedgerPreviewBuilder.h"
#include "ReviewService.h"
#include "StationService.h"

#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
#include "database/StandardsRepository.h"
#include "database/Transaction.h"
#include "domain/Classification.h"
#include "domain/Clock.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sn {

namespace {

constexpr int BulkTierThreshold = 200;

} // namespace

LedgerImportService::LedgerImportService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
    m_db.setActor({m_session.userId, m_session.userName});
}

LedgerImportService::~LedgerImportService() = default;

QList<SheetField> LedgerImportService::requiredFields() const
{
    QList<SheetField> required{SheetField::Name, SheetField::IdNumber};
    const QString township = Roles::districtWide(m_session.role) ? StationService::info(m_db).townshipCode : m_session.townshipCode;
    if (township.isEmpty())
        required.append(SheetField::Township);
    return required;
}

QList<SheetField> LedgerImportService::optionalFields()
{
    return {SheetField::HeadName, SheetField::Relation, SheetField::Township, SheetField::Village, SheetField::Category,
            SheetField::MonthlyAmount, SheetField::StartDate, SheetField::BirthDate, SheetField::Phone, SheetField::Address,
            SheetField::DisabilityType, SheetField::SeriousIllness};
}

Result<LedgerPreview> LedgerImportService::preview(const QString &path, const ColumnMapping &mapping, const QString &sheetName,
                                                   const Progress &progress)
{
    auto sheet = SheetReader::readFile(path, sheetName);
    if (!sheet)
        return sheet.error();
    return preview(sheet.value(), QFileInfo(path).fileName(), mapping, progress);
}

Result<LedgerPreview> LedgerImportService::preview(const Sheet &sheet, const QString &fileName, const ColumnMapping &mapping,
                                                   const Progress &progress)
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role (%1) may not import households.").arg(Roles::display(m_session.role)));
    const QString defaultTownship = Roles::districtWide(m_session.role) ? StationService::info(m_db).townshipCode : m_session.townshipCode;
    auto located = TableLocator::locate(sheet, requiredFields(), mapping);
    if (!located)
        return located.error();
    return LedgerPreviewBuilder(m_db, m_session, sheet, located.value(), fileName, defaultTownship, progress).build();
}

// A row's own problem names the row; a disk or database failure is not about the row being written when it hit.
static Error atRow(const Error &e, int row)
{
    if (e.kind == Error::Kind::Io || e.kind == Error::Kind::Internal)
        return e;
    return Error{e.kind, e.message, QStringLiteral("row %1").arg(row)};
}

Result<LedgerSummary> LedgerImportService::commit(const LedgerPreview &preview, const Progress &progress)
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role (%1) may not import households.").arg(Roles::display(m_session.role)));
    if (!preview.ok()) {
        const ImportProblem &first = preview.problems.first();
        return Error::invalid(tr("%n row(s) have problems; nothing was imported. Row %1: %2", nullptr, int(preview.problems.size()))
                                  .arg(first.row).arg(first.reason),
                              QStringLiteral("row %1").arg(first.row));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    HouseholdRepository repo(m_db);
    ReviewService reviews(m_db, m_session);
    LedgerSummary summary;
    const int total = int(preview.plan.size());
    for (const LedgerHousehold &item : preview.plan) {
        Household h = item.household;
        if (!m_session.coversTownship(h.townshipCode))
            return Error::forbidden(tr("Row %1: the household belongs to another township.").arg(item.headRow));
        // Someone may have registered a member since the preview.
        for (const Member &m : std::as_const(h.members)) {
            if (m.idNumber.isEmpty())
                continue;
            auto taken = repo.householdHolding(m.idNumber);
            if (!taken)
                return taken.error();
            if (!taken.value().isEmpty() && (item.isNew || taken.value() != h.id))
                return Error::conflict(tr("Row %1: %2's ID number was registered in another household after the preview; preview again.")
                                           .arg(item.headRow).arg(m.name));
        }
        if (auto s = repo.save(h); !s)
            return atRow(s.error(), item.headRow);
        // Tiers and schedules one by one for a small file; a big one is done in one pass at the end (below):
        // refreshHousehold costs a few queries per household, regenerateAll streams them all.
        if (total <= BulkTierThreshold) {
            if (auto s = reviews.refreshHousehold(h.id); !s)
                return atRow(s.error(), item.headRow);
        }
        summary.households += 1;
        summary.persons += int(item.memberRows.size());
        (item.isNew ? summary.created : summary.updated) += 1;
        if (progress && (summary.households % 200 == 0 || summary.households == total) && !progress(summary.households, total))
            return cancelledError();
    }
    if (total > BulkTierThreshold) {
        if (auto all = reviews.regenerateAll(); !all)
            return all.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace sn
