#pragma once

#include "spreadsheet/Sheet.h"
#include "spreadsheet/TableLocator.h"

#include "domain/Household.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <memory>

namespace sn {

class Database;

// One thing wrong with one row of the file; nothing is written while any exists.
struct ImportProblem
{
    int row = 0;      // 1-based row of the file
    QString field;    // "id_number", "township", ... (SheetField codes); empty for the row as a whole
    QString reason;   // translated
};

struct LedgerHousehold
{
    Household household;  // ready to store: ids of an existing household kept
    bool isNew = true;
    int headRow = 0;      // 1-based
    QList<int> memberRows;
};

struct LedgerPreview
{
    QString fileName;
    int rows = 0;          // data rows read
    int households = 0;
    int persons = 0;
    int newHouseholds = 0;
    int updatedHouseholds = 0;
    QList<ImportProblem> problems;
    QList<LedgerHousehold> plan;
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
// preview() reads and checks everything and writes nothing; commit() writes a clean preview in one
// transaction through the household repository (audit, search index, tier and review schedule), or nothing.
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
    Result<LedgerPreview> preview(const Sheet &sheet, const QString &fileName, const ColumnMapping &mapping = {},
                                  const Progress &progress = {});
    Result<LedgerSummary> commit(const LedgerPreview &preview, const Progress &progress = {});

    // The columns a ledger must have at this station (a district-wide station without a township of its own
    // needs 乡镇(街道)), and those it may have: what the column-mapping dialog offers.
    QList<SheetField> requiredFields() const;
    static QList<SheetField> optionalFields();

private:
    Database &m_db;
    Session m_session;
};

} // namespace sn
