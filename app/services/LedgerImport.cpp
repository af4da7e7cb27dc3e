#include "LedgerImport.h"

#include "LedgerPreviewBuilder.h"
#include "ReviewService.h"
#include "StationService.h"
#include "spreadsheet/XlsxFile.h"

#include "database/BulkIndexes.h"
#include "database/ChangeCapture.h"
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
#include <QSet>
#include <algorithm>
#include <cmath>
#include <optional>
#include <xlsxwriter.h>

namespace sn {

LedgerImportService::LedgerImportService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
    m_db.setActor({ m_session.userId, m_session.userName });
}

LedgerImportService::~LedgerImportService() = default;

QList<SheetField> LedgerImportService::requiredFields() const
{
    QList<SheetField> required { SheetField::Name, SheetField::IdNumber };
    const QString township
        = Roles::districtWide(m_session.role) ? StationService::info(m_db).townshipCode : m_session.townshipCode;
    if (township.isEmpty())
        required.append(SheetField::Township);
    return required;
}

QList<SheetField> LedgerImportService::optionalFields()
{
    return { SheetField::HeadName, SheetField::Relation, SheetField::Township, SheetField::Village,
        SheetField::Category, SheetField::MonthlyAmount, SheetField::StartDate, SheetField::BirthDate,
        SheetField::Phone, SheetField::Address, SheetField::DisabilityType, SheetField::SeriousIllness };
}

Result<LedgerPreview> LedgerImportService::preview(
    const QString &path, const ColumnMapping &mapping, const QString &sheetName, const Progress &progress)
{
    auto sheet = SheetReader::readFile(path, sheetName);
    if (!sheet)
        return sheet.error();
    return preview(sheet.value(), QFileInfo(path).fileName(), mapping, progress);
}

Result<LedgerPreview> LedgerImportService::preview(
    const Sheet &sheet, const QString &fileName, const ColumnMapping &mapping, const Progress &progress)
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role (%1) may not import households.").arg(Roles::display(m_session.role)));
    const QString defaultTownship
        = Roles::districtWide(m_session.role) ? StationService::info(m_db).townshipCode : m_session.townshipCode;
    auto located = TableLocator::locate(sheet, requiredFields(), mapping);
    if (!located)
        return located.error();
    auto built
        = LedgerPreviewBuilder(m_db, m_session, sheet, located.value(), fileName, defaultTownship, progress).build();
    if (!built)
        return built.error();
    LedgerPreview preview = std::move(built).value();
    collectRejected(sheet, located.value(), preview);
    return preview;
}

// The data rows no planned household holds, with their own problems or their household's.
void LedgerImportService::collectRejected(const Sheet &sheet, const LocatedTable &table, LedgerPreview &preview)
{
    preview.headers = table.headers;
    QSet<int> planned;
    for (const LedgerHousehold &item : std::as_const(preview.plan))
        for (const int row : item.memberRows)
            planned.insert(row);
    QHash<int, QStringList> reasons;
    for (const ImportProblem &p : std::as_const(preview.problems))
        reasons[p.row].append(p.field.isEmpty() ? p.reason
                                                : QStringLiteral("%1: %2").arg(TableLocator::fromCode(p.field)
                                                        ? TableLocator::displayName(*TableLocator::fromCode(p.field))
                                                        : p.field,
                                                    p.reason));
    for (const int sheetRow : table.dataRows) {
        const int row = sheetRow + 1;
        if (planned.contains(row))
            continue;
        RejectedRow rejected;
        rejected.row = row;
        rejected.cells = sheet.rows.value(sheetRow);
        const int household = preview.householdOfRow.value(row, row);
        const int other = firstProblemRow(preview, household, row);
        if (reasons.contains(row))
            rejected.reason = reasons.value(row).join(QStringLiteral("；"));
        else if (other > 0)
            rejected.reason = tr("Not imported with its household: row %1 has a problem.").arg(other);
        else
            rejected.reason = tr("Not imported with its household.");
        preview.rejected.append(rejected);
    }
}

int LedgerImportService::firstProblemRow(const LedgerPreview &preview, int household, int row)
{
    for (const ImportProblem &p : preview.problems)
        if (p.row != row && preview.householdOfRow.value(p.row, p.row) == household)
            return p.row;
    return 0;
}

Status LedgerImportService::writeRejects(const LedgerPreview &preview, const QString &path)
{
    XlsxFile file(path);
    if (!file.isOpen())
        return file.openError();
    lxw_worksheet *sheet = file.addSheet(tr("Not imported"));
    lxw_format *bold = file.addFormat();
    format_set_bold(bold);
    lxw_format *date = file.addFormat();
    format_set_num_format(date, "yyyy-mm-dd");
    const int width = int(preview.headers.size());
    for (int c = 0; c < width; ++c)
        XlsxFile::writeText(sheet, 0, c, preview.headers.at(c), bold);
    XlsxFile::writeText(sheet, 0, width, tr("Reason not imported"), bold);
    XlsxFile::writeText(sheet, 0, width + 1, tr("Row in the file"), bold);
    int out = 1;
    for (const RejectedRow &r : preview.rejected) {
        for (int c = 0; c < width && c < r.cells.size(); ++c) {
            const Cell &cell = r.cells.at(c);
            // Numbers stay numbers, except long digit strings such as ID numbers: text, so no digit is lost.
            if (cell.type == Cell::Type::Number && std::fabs(cell.value) < 1e11)
                XlsxFile::writeNumber(sheet, out, c, cell.value, nullptr);
            else if (cell.type == Cell::Type::Date)
                XlsxFile::writeDate(sheet, out, c, cell.date, date);
            else
                XlsxFile::writeText(sheet, out, c, cell.display(), nullptr);
        }
        XlsxFile::writeText(sheet, out, width, r.reason, nullptr);
        XlsxFile::writeNumber(sheet, out, width + 1, r.row, nullptr);
        ++out;
    }
    worksheet_set_column(sheet, 0, lxw_col_t(qMax(0, width - 1)), 14, nullptr);
    worksheet_set_column(sheet, lxw_col_t(width), lxw_col_t(width), 60, nullptr);
    return file.commit();
}

// A row's own problem names the row; a disk or database failure is not about the row being written when it hit.
static Error atRow(const Error &e, int row)
{
    if (e.kind == Error::Kind::Io || e.kind == Error::Kind::Internal)
        return e;
    return Error { e.kind, e.message, QStringLiteral("row %1").arg(row) };
}

// Storing in bulk: who held the file's ID numbers when the import began, kept up to date with the households
// stored since (instead of a query per member); the review rhythms and today's date for the new households'
// tiers and schedules; the updated households, whose tiers and schedules are computed after all are stored.
struct LedgerImportService::Bulk
{
    explicit Bulk(Database &db)
        : indexes(db)
    {
    }
    QHash<QString, QString> holders;
    ReviewService *reviews = nullptr;
    ReviewRhythms rhythms;
    QDate today;
    QStringList updated;
    QHash<QString, qint64> captureMarks; // ChangeCapture::suspendInsertCapture
    BulkIndexes indexes; // dropped while a new station's tables are filled
};

// The checks before a household is stored (scope, and a member registered elsewhere since the preview), then
// the household itself; in bulk, a new one with its tier in its row and its first review tasks.
Status LedgerImportService::store(HouseholdRepository &repo, const LedgerHousehold &item, Household &h, Bulk *bulk)
{
    if (!m_session.coversTownship(h.townshipCode))
        return Error::forbidden(tr("Row %1: the household belongs to another township.").arg(item.headRow));
    for (const Member &m : std::as_const(h.members)) {
        if (m.idNumber.isEmpty())
            continue;
        auto taken = bulk ? Result<QString>(bulk->holders.value(m.idNumber)) : repo.householdHolding(m.idNumber);
        if (!taken)
            return taken.error();
        if (!taken.value().isEmpty() && (item.isNew || taken.value() != h.id))
            return Error::conflict(
                tr("Row %1: %2's ID number was registered in another household after the preview; preview again.")
                    .arg(item.headRow)
                    .arg(m.name));
    }
    if (bulk && item.isNew) {
        HouseholdRepository::assignIds(h);
        // Stored today: the registration date the tier rules and the schedule read back from created_at.
        const ReviewService::NewSchedule schedule = ReviewService::scheduleNew(
            HouseholdRepository::asStreamed(h, Clock::today()), bulk->rhythms, bulk->today);
        if (auto s = repo.saveNew(h, schedule.tier); !s)
            return atRow(s.error(), item.headRow);
        if (auto s = bulk->reviews->storeNewTasks(schedule.tasks); !s)
            return atRow(s.error(), item.headRow);
    } else if (auto s = repo.save(h); !s) {
        return atRow(s.error(), item.headRow);
    } else if (bulk) {
        bulk->updated.append(h.id);
    }
    if (bulk) {
        for (const Member &m : std::as_const(h.members))
            if (!m.idNumber.isEmpty())
                bulk->holders.insert(m.idNumber, h.id);
    }
    return {};
}

// Who holds the ID numbers of the households to store, in one query.
static Result<QHash<QString, QString>> holdersOf(HouseholdRepository &repo, const LedgerPreview &preview)
{
    QStringList idNumbers;
    for (const LedgerHousehold &item : preview.plan)
        for (const Member &m : item.household.members)
            if (!m.idNumber.isEmpty())
                idNumbers.append(m.idNumber);
    return repo.householdsHolding(idNumbers);
}

Status LedgerImportService::beginBulk(HouseholdRepository &repo, const LedgerPreview &preview, Bulk &bulk)
{
    if (auto s = repo.beginBulk(); !s)
        return s;
    auto held = holdersOf(repo, preview);
    if (!held)
        return held.error();
    bulk.holders = std::move(held).value();
    bulk.rhythms = bulk.reviews->rhythms();
    bulk.today = Clock::today();
    // Every row of a new household is an insert: queued for sync in one statement at the end.
    auto marks = ChangeCapture::suspendInsertCapture(m_db,
        { QStringLiteral("households"), QStringLiteral("members"), QStringLiteral("incomes"), QStringLiteral("assets"),
            QStringLiteral("expenditures"), QStringLiteral("review_tasks") });
    if (!marks)
        return marks.error();
    bulk.captureMarks = std::move(marks).value();
    // Into a station with no more households than the file brings (a new station), the indexes are built again
    // at the end: one sorted pass each costs less than a random insert per row (W8: 0.5 s against 2 s of CPU).
    // Kept: the members by household, which the search index's pass and an updated household's load read by.
    const qint64 created = std::count_if(
        preview.plan.cbegin(), preview.plan.cend(), [](const LedgerHousehold &item) { return item.isNew; });
    auto worth = bulk.indexes.worthSuspending(QStringLiteral("households"), created);
    if (!worth)
        return worth.error();
    if (!worth.value())
        return {};
    return bulk.indexes.suspend(
        { QStringLiteral("households"), QStringLiteral("members"), QStringLiteral("review_tasks") },
        { QStringLiteral("members_household"), QStringLiteral("members_live") });
}

Result<LedgerSummary> LedgerImportService::commit(
    const LedgerPreview &preview, const Progress &progress, bool validOnly)
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role (%1) may not import households.").arg(Roles::display(m_session.role)));
    if (!preview.ok() && !validOnly) {
        const ImportProblem &first = preview.problems.first();
        return Error::invalid(
            tr("%n row(s) have problems; nothing was imported. Row %1: %2", nullptr, int(preview.problems.size()))
                .arg(first.row)
                .arg(first.reason),
            QStringLiteral("row %1").arg(first.row));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    HouseholdRepository repo(m_db);
    ReviewService reviews(m_db, m_session);
    LedgerSummary summary;
    const int total = int(preview.plan.size());
    // A small file household by household, each with its tier and schedule (a few queries each); a big one in
    // bulk (W8: 20000 households): no savepoint per household, a new household's row written once with its tier
    // and its review tasks inserted beside it, the tiers and schedules of the updated households in one pass,
    // and the search index in one pass at the end.
    std::optional<Bulk> bulk;
    if (total >= m_bulkFrom) {
        bulk.emplace(m_db);
        bulk->reviews = &reviews;
        if (auto s = beginBulk(repo, preview, *bulk); !s)
            return s.error();
    }
    for (const LedgerHousehold &item : preview.plan) {
        Household h = item.household;
        if (auto s = store(repo, item, h, bulk ? &*bulk : nullptr); !s)
            return s.error();
        if (!bulk) {
            if (auto s = reviews.refreshHousehold(h.id); !s)
                return atRow(s.error(), item.headRow);
        }
        summary.households += 1;
        summary.persons += int(item.memberRows.size());
        (item.isNew ? summary.created : summary.updated) += 1;
        if (progress && (summary.households % 200 == 0 || summary.households == total)
            && !progress(summary.households, total))
            return cancelledError();
    }
    if (bulk) {
        // The search index last: once FTS5 is written in a transaction, every later statement that opens a
        // statement journal (each upsert of a review task) calls FTS5's savepoint hook too.
        if (auto tiers = reviews.regenerateFor(bulk->updated); !tiers)
            return tiers.error();
        if (auto s = ChangeCapture::resumeInsertCapture(m_db, bulk->captureMarks); !s)
            return s.error();
        if (auto s = bulk->indexes.restore(); !s)
            return s.error();
        if (auto s = repo.finishBulk(); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace sn
