#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace sn {

// Long imports and exports report progress and may be cancelled: return false to stop. A cancelled job
// leaves nothing behind (the transaction is rolled back, the temporary file removed).
using Progress = std::function<bool(int done, int total)>;

// The error a cancelled job returns (Kind::Conflict, field "cancelled").
Error cancelledError();
bool isCancelled(const Error &error);

// One cell as the file stored it. Spreadsheets lie about types (phones stored as numbers, amounts typed as
// text), so callers ask for the form they need: text(), number(), date().
struct Cell
{
    enum class Type { Empty, Text, Number, Boolean, Date, Error };
    Type type = Type::Empty;
    QString raw; // text as stored (shared/inline string, formula result, error code)
    double value = 0; // Number and Boolean (0/1)
    QDate date; // Date: a number cell with a date format, or a date the reader recognised

    static Cell text(const QString &s) { return { s.isEmpty() ? Type::Empty : Type::Text, s, 0, {} }; }
    static Cell number(double v) { return { Type::Number, {}, v, {} }; }
    static Cell boolean(bool b) { return { Type::Boolean, {}, b ? 1.0 : 0.0, {} }; }
    static Cell ofDate(const QDate &d) { return { Type::Date, {}, 0, d }; }

    bool isEmpty() const { return type == Type::Empty || (type == Type::Text && raw.trimmed().isEmpty()); }
    // The cell as a clerk would read it: integral numbers without ".0" or exponent (a phone stored as a
    // double gives "13912345678"), dates as YYYY-MM-DD, text trimmed.
    QString display() const;
};

using SheetRow = QList<Cell>;

struct Sheet
{
    QString name;
    QList<SheetRow> rows; // rows[0] is the file's row 1; short rows are padded with nothing

    Cell cell(int row, int column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
            return {};
        return rows.at(row).at(column);
    }
};

// What one file may hold before it is refused with a message saying so. A township's ledger (45,000 members)
// or a department's month (50,000 rows) is far below each. Cells count every cell a sheet addresses, the empty
// ones before the last cell of a row and the empty rows before the last row included, since each takes memory:
// a small file may address few of them (minCells plus cellsPerByte for each byte of the file), so a few KB
// naming cell XFD1048576 is refused before anything is allocated for it.
struct SheetLimits
{
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024; // the file itself (CSV is read whole)
    static constexpr qint64 MaxPartBytes = 256LL * 1024 * 1024; // one part of a workbook after inflating
    static constexpr qint64 MaxCells = 10'000'000;
    static constexpr qint64 MinCells = 65'536;
    static constexpr qint64 CellsPerByte = 4;
};

// The cells a reader may still allocate for one file (SheetLimits).
class CellBudget
{
public:
    explicit CellBudget(qint64 fileBytes);
    // Counts n more cells; false once the file has asked for more than its budget.
    bool take(qint64 n)
    {
        m_used += n;
        return m_used <= m_limit;
    }
    bool exceeded() const { return m_used > m_limit; }
    qint64 limit() const { return m_limit; }

private:
    qint64 m_limit;
    qint64 m_used = 0;
};

// Reads the first worksheet (by workbook order) or a named one from .xlsx, .ods, .xls or .csv, chosen by the
// file's content (zip package, OLE2 compound file, else text) with the extension as a tie-breaker. A file that
// cannot be read says why: protected with a password, not a spreadsheet, too large, or damaged (which part).
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(sn::SheetReader)
public:
    virtual ~SheetReader() = default;
    // sheetName empty: the first worksheet in workbook order.
    virtual Result<Sheet> read(const QString &path, const QString &sheetName) = 0;
    virtual Result<QStringList> sheetNames(const QString &path) = 0;

    static Result<Sheet> readFile(const QString &path, const QString &sheetName = {});
    // Names of the worksheets in workbook order (one name, the file's base name, for CSV).
    static Result<QStringList> namesInFile(const QString &path);
    // The reader for a file, by its first bytes (zip, OLE2 compound file, else CSV text).
    static Result<std::unique_ptr<SheetReader>> forFile(const QString &path);

    // The messages every reader gives, naming the file.
    static Error passwordProtected(const QString &path);
    static Error notASpreadsheet(const QString &path, const QString &what);
    static Error damagedPart(const QString &path, const QString &part, const QString &what);
    static Error damaged(const QString &path, const QString &what);
    static Error tooManyCells(const QString &path, qint64 limit);
    static Error tooLarge(const QString &path, qint64 bytes, qint64 limit);
    // The file's size, or an error when it cannot be opened or is over SheetLimits::MaxFileBytes.
    static Result<qint64> checkedSize(const QString &path);
};

} // namespace sn
