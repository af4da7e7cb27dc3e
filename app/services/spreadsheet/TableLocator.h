#pragma once

#include "Sheet.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace sn {

// The columns the importers understand, found by header text (with synonyms) or mapped by hand.
enum class SheetField {
    Serial,         // 序号
    HeadName,       // 户主姓名
    Name,           // 姓名, 成员姓名
    IdNumber,       // 身份证号, 身份证号码, 公民身份号码
    Relation,       // 与户主关系
    Township,       // 乡镇(街道), 乡镇, 街道
    Village,        // 村(社区), 村, 社区
    Category,       // 保障类别
    PersonCount,    // 保障人数
    MonthlyAmount,  // 月保障金额 (values may carry 元)
    Phone,          // 联系电话, 电话
    Address,        // 家庭住址, 住址
    Content,        // 疑点内容
    DisabilityType, // 残疾类别
    SeriousIllness, // 是否重病
    BirthDate,      // 出生日期
    StartDate,      // 享受起始时间, 纳入时间
};

inline size_t qHash(SheetField f, size_t seed = 0)
{
    return ::qHash(int(f), seed);
}

// A clerk's choice of column for a field, by 0-based column index (the GUI's mapping dialog) or by header
// text (the CLI's --map field=HEADER). Explicit choices win over recognised headers.
struct ColumnMapping
{
    QHash<SheetField, int> byIndex;
    QHash<SheetField, QString> byHeader;
    QSet<SheetField> ignored;  // fields the clerk said are not in the file, even if a header seems to name them
    int headerRow = -1;  // 0-based sheet row the clerk named as the header; -1: found by header text
    bool isEmpty() const { return byIndex.isEmpty() && byHeader.isEmpty() && ignored.isEmpty() && headerRow < 0; }
};

struct LocatedTable
{
    int headerRow = -1;              // 0-based sheet row
    QStringList headers;             // header texts as found (trimmed), by column
    QHash<SheetField, int> columns;  // field -> column
    QList<int> dataRows;             // 0-based sheet rows holding data (blank rows, repeated headers, totals and notes left out)

    bool has(SheetField f) const { return columns.contains(f); }
    int column(SheetField f) const { return columns.value(f, -1); }
};

// The outcome of reading an ID-number cell.
struct IdCell
{
    QString text;          // as typed (trimmed), or the digits a number cell gave
    bool damaged = false;  // stored as a number: Excel kept only 15 significant digits
};

// Finds the table in a sheet as it really arrives: the header row anywhere in the first 10 rows under merged
// title rows, headers with spaces, full-width parentheses and line breaks, blank rows in the middle, a totals
// row (合计/总计) or a note (注：…) or signature line at the end.
class TableLocator
{
    Q_DECLARE_TR_FUNCTIONS(sn::TableLocator)
public:
    // When only one of 户主姓名 and 姓名 is present it serves for both (a table of one row per household).
    // A missing required column gives an error that lists the headers found.
    static Result<LocatedTable> locate(const Sheet &sheet, const QList<SheetField> &required,
                                       const ColumnMapping &mapping = {});

    // The row most likely to be the header (0-based, within the first 10 rows), or -1 when none looks like one.
    static int guessHeaderRow(const Sheet &sheet);
    // The fields recognised by header text in one row: what the mapping dialog starts from.
    static QHash<SheetField, int> recognise(const Sheet &sheet, int headerRow);

    static QString code(SheetField field);                           // "head_name", ...
    static std::optional<SheetField> fromCode(const QString &code);  // also accepts the Chinese header
    static QString displayName(SheetField field);                    // "户主姓名" (the header to look for)
    static QList<SheetField> allFields();
    // Spaces and line breaks removed, full-width to half-width, "*" markers dropped.
    static QString normalizeHeader(const QString &text);
    static std::optional<SheetField> fieldForHeader(const QString &header);

    // Cell conversions for importers.
    static QString text(const Cell &cell);  // trimmed, full-width digits made half-width, numbers without ".0"
    static IdCell idNumber(const Cell &cell);
    // A date from a date cell, a serial number, or text such as 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日,
    // 20240301. Empty cell: nullopt with *bad false; impossible date (2024-02-30): nullopt with *bad true.
    static std::optional<QDate> date(const Cell &cell, bool *bad);
    // Yuan as fen from a number or text ("735", "735.00元", "¥1,234.5").
    static std::optional<qint64> fen(const Cell &cell, bool *bad);
    // 是/否, Y/N, 1/0, TRUE/FALSE, √; nullopt when empty or not recognised.
    static std::optional<bool> flag(const Cell &cell);
    // The damaged-ID message, for every importer.
    static QString damagedIdMessage();
};

} // namespace sn
