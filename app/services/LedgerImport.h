#pragma once

#include "spreadsheet/Sheet.h"
#include "spreadsheet/TableLocator.h"

#include "domain/Household.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

namespace sn {

class Database;
class HouseholdRepository;

// One thing wrong with one row of the file; nothing is written while any exists.
struct ImportProblem
{
    int row = 0; // 1-based row of the file
    QString field; // "id_number", "township", ... (SheetField codes); empty for the row as a whole
    QString reason; // translated
};

struct LedgerHousehold
{
    Household household; // ready to store: ids of an existing household kept
    bool isNew = true;
    int headRow = 0; // 1-based
    QList<int> memberRows;
};

// A row of the file that will not be imported, as the file had it, with why: its own problems, or the row of
// its household that has one (a household is imported whole or not at all).
struct RejectedRow
{
    int row = 0; // 1-based
    QList<Cell> cells;
    QString reason;
};

struct LedgerPreview
{
    QString fileName;
    QStringList headers; // the file's header row, by column
    QList<RejectedRow> rejected; // every data row of a household with a problem, in file order
    int rows = 0; // data rows read
    int households = 0;
    int persons = 0;
    int newHouseholds = 0;
    int updatedHouseholds = 0;
    QList<ImportProblem> problems;
    QList<LedgerHousehold> plan;
    QHash<int, int> householdOfRow; // 1-based row -> its household's first row
    bool ok() const { return problems.isEmpty(); }
};

struct LedgerSummary
{
    int households = 0;
    int persons = 0;
    int created = 0;
    int updated = 0;
};

// Importing a 花名册/台账 (one row per person; a household is its head's row and the member rows under it).
// preview() reads and checks everything and writes nothing; commit() writes a clean preview (or, asked to, the
// valid households of any preview) in one transaction through the household repository (audit, search index,
// tier and review schedule), or nothing; a file that cannot be read gives no preview and so writes nothing. A big
// file is stored in bulk (HouseholdRepository::beginBulk; a new household's tier and first reviews decided before
// its row is written, an updated one's in one pass at the end): the same rows, entries and sync capture, without a
// savepoint and index write per household.
// Households already registered (the same head ID number) are updated: their fields from the file, members
// matched by ID number, members not in the file kept.
class LedgerImportService
{
    Q_DECLARE_TR_FUNCTIONS(sn::LedgerImportService)
public:
    LedgerImportService(Database &db, Session session);
    ~LedgerImportService();

    Result<LedgerPreview> preview(const QString &path, const ColumnMapping &mapping = {}, const QString &sheetName = {},
        const Progress &progress = {});
    // The rows of a sheet already read (the GUI reads once, then maps columns and previews).
    Result<LedgerPreview> preview(
        const Sheet &sheet, const QString &fileName, const ColumnMapping &mapping = {}, const Progress &progress = {});
    // Every household of a clean preview; with validOnly, the valid households of any preview (the rejected rows
    // are left for writeRejects).
    Result<LedgerSummary> commit(const LedgerPreview &preview, const Progress &progress = {}, bool validOnly = false);

    // Files of at least this many households are stored in bulk (see commit()); tests set it to compare the
    // two ways of storing.
    static constexpr int DefaultBulkFrom = 201;
    void setBulkFrom(int households) { m_bulkFrom = households; }

    // The rejected rows as an .xlsx to fix and import again: the file's headers and rows, and a last column
    // "未导入原因" with the reason; written to a temporary name and renamed over `path` only when complete.
    static Status writeRejects(const LedgerPreview &preview, const QString &path);

    // The columns a ledger must have at this station (a district-wide station without a township of its own
    // needs 乡镇(街道)), and those it may have: what the column-mapping dialog offers.
    QList<SheetField> requiredFields() const;
    static QList<SheetField> optionalFields();

private:
    static void collectRejected(const Sheet &sheet, const LocatedTable &table, LedgerPreview &preview);
    static int firstProblemRow(const LedgerPreview &preview, int household, int row);
    struct Bulk; // what storing in bulk keeps between households (LedgerImport.cpp)
    Status store(HouseholdRepository &repo, const LedgerHousehold &item, Household &h, Bulk *bulk);
    Status beginBulk(HouseholdRepository &repo, const LedgerPreview &preview, Bulk &bulk);

    Database &m_db;
    Session m_session;
    int m_bulkFrom = DefaultBulkFrom;
};

} // namespace sn
