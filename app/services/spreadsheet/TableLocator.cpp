#include "TableLocator.h"

#include "domain/Money.h"

#include <QRegularExpression>
#include <cmath>

namespace sn {

namespace {

struct FieldInfo
{
    SheetField field;
    const char *code;
    QStringList headers; // normalised forms
};

const QList<FieldInfo> &fieldTable()
{
    static const QList<FieldInfo> table = {
        {SheetField::Serial, "serial", {QStringLiteral("序号"), QStringLiteral("编号")}},
        {SheetField::HeadName, "head_name", {QStringLiteral("户主姓名"), QStringLiteral("户主")}},
        {SheetField::Name, "name", {QStringLiteral("姓名"), QStringLiteral("成员姓名"), QStringLiteral("家庭成员姓名"), QStringLiteral("保障对象姓名")}},
        {SheetField::IdNumber, "id_number", {QStringLiteral("身份证号"), QStringLiteral("身份证号码"), QStringLiteral("公民身份号码"),
                                             QStringLiteral("身份证"), QStringLiteral("证件号码"), QStringLiteral("户主身份证号"),
                                             QStringLiteral("户主身份证号码"), QStringLiteral("成员身份证号码")}},
        {SheetField::Relation, "relation", {QStringLiteral("与户主关系"), QStringLiteral("与户主的关系"), QStringLiteral("关系")}},
        {SheetField::Township, "township", {QStringLiteral("乡镇(街道)"), QStringLiteral("乡镇"), QStringLiteral("街道"),
                                            QStringLiteral("镇(街道)"), QStringLiteral("乡镇街道"), QStringLiteral("所属乡镇(街道)")}},
        {SheetField::Village, "village", {QStringLiteral("村(社区)"), QStringLiteral("村"), QStringLiteral("社区"), QStringLiteral("村社区"),
                                          QStringLiteral("村(居)"), QStringLiteral("所属村(社区)")}},
        {SheetField::Category, "category", {QStringLiteral("保障类别"), QStringLiteral("救助类别"), QStringLiteral("类别")}},
        {SheetField::PersonCount, "person_count", {QStringLiteral("保障人数"), QStringLiteral("人数")}},
        {SheetField::MonthlyAmount, "monthly_amount", {QStringLiteral("月保障金额"), QStringLiteral("月保障金额(元)"), QStringLiteral("保障金额"),
                                                       QStringLiteral("月救助金额"), QStringLiteral("月保障金")}},
        {SheetField::Phone, "phone", {QStringLiteral("联系电话"), QStringLiteral("电话"), QStringLiteral("手机号码"), QStringLiteral("联系方式")}},
        {SheetField::Address, "address", {QStringLiteral("家庭住址"), QStringLiteral("住址"), QStringLiteral("家庭地址"), QStringLiteral("地址"),
                                          QStringLiteral("现住址")}},
        {SheetField::Content, "content", {QStringLiteral("疑点内容"), QStringLiteral("疑点信息"), QStringLiteral("疑点")}},
        {SheetField::DisabilityType, "disability", {QStringLiteral("残疾类别"), QStringLiteral("残疾类别及等级"), QStringLiteral("残疾情况")}},
        {SheetField::SeriousIllness, "serious_illness", {QStringLiteral("是否重病"), QStringLiteral("重病")}},
        {SheetField::BirthDate, "birth_date", {QStringLiteral("出生日期"), QStringLiteral("出生年月")}},
        {SheetField::StartDate, "start_date", {QStringLiteral("享受起始时间"), QStringLiteral("起始时间"), QStringLiteral("纳入时间"),
                                               QStringLiteral("享受时间"), QStringLiteral("审批时间")}},
    };
    return table;
}

const FieldInfo &infoOf(SheetField f)
{
    for (const FieldInfo &i : fieldTable()) {
        if (i.field == f)
            return i;
    }
    return fieldTable().first();
}

QString halfWidth(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

bool isBlank(const SheetRow &row)
{
    for (const Cell &c : row) {
        if (!c.isEmpty())
            return false;
    }
    return true;
}

// A totals row, a note or a signature line: the table ends here.
bool isTrailer(const SheetRow &row)
{
    int seen = 0;
    for (const Cell &c : row) {
        if (c.isEmpty())
            continue;
        const QString t = TableLocator::normalizeHeader(c.display());
        if (t.startsWith(QStringLiteral("合计")) || t.startsWith(QStringLiteral("总计")) || t.startsWith(QStringLiteral("注:"))
            || t.startsWith(QStringLiteral("备注:")) || t.startsWith(QStringLiteral("制表")) || t.startsWith(QStringLiteral("填表"))
            || t.startsWith(QStringLiteral("填报")) || t.startsWith(QStringLiteral("审核人")) || t.startsWith(QStringLiteral("负责人")))
            return true;
        if (++seen >= 3)
            break;
    }
    return false;
}

} // namespace

// The row within the first 10 whose cells name the most distinct fields (or mapped headers): {row, score}.
static std::pair<int, int> bestHeaderRow(const Sheet &sheet, const QStringList &mappedHeaders)
{
    int bestRow = -1;
    int bestScore = 0;
    const int scan = std::min<int>(10, int(sheet.rows.size()));
    for (int r = 0; r < scan; ++r) {
        QSet<SheetField> fields;
        int score = 0;
        for (const Cell &c : sheet.rows.at(r)) {
            if (c.type != Cell::Type::Text)
                continue;
            if (mappedHeaders.contains(TableLocator::normalizeHeader(c.raw)))
                ++score;
            else if (auto f = TableLocator::fieldForHeader(c.raw); f && !fields.contains(*f)) {
                fields.insert(*f);
                ++score;
            }
        }
        if (score > bestScore) {
            bestScore = score;
            bestRow = r;
        }
    }
    return {bestRow, bestScore};
}

QString TableLocator::normalizeHeader(const QString &text)
{
    QString s = halfWidth(text);
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isSpace() || c == QLatin1Char('*') || c == QChar(0x3000))
            continue;
        out += c;
    }
    return out.toLower();
}

std::optional<SheetField> TableLocator::fieldForHeader(const QString &header)
{
    const QString h = normalizeHeader(header);
    if (h.isEmpty())
        return std::nullopt;
    for (const FieldInfo &i : fieldTable()) {
        if (i.headers.contains(h))
            return i.field;
    }
    return std::nullopt;
}

QString TableLocator::code(SheetField field)
{
    return QString::fromLatin1(infoOf(field).code);
}

QString TableLocator::displayName(SheetField field)
{
    return infoOf(field).headers.first();
}

QList<SheetField> TableLocator::allFields()
{
    QList<SheetField> list;
    for (const FieldInfo &i : fieldTable())
        list.append(i.field);
    return list;
}

std::optional<SheetField> TableLocator::fromCode(const QString &code)
{
    for (const FieldInfo &i : fieldTable()) {
        if (code == QLatin1String(i.code))
            return i.field;
    }
    return fieldForHeader(code);
}

int TableLocator::guessHeaderRow(const Sheet &sheet)
{
    return bestHeaderRow(sheet, {}).first;
}

QHash<SheetField, int> TableLocator::recognise(const Sheet &sheet, int headerRow)
{
    QHash<SheetField, int> columns;
    const SheetRow &header = sheet.rows.value(headerRow);
    for (int c = 0; c < header.size(); ++c) {
        if (auto f = fieldForHeader(header.at(c).display().simplified()); f && !columns.contains(*f))
            columns.insert(*f, c);
    }
    return columns;
}

namespace {

// The non-empty first rows (up to three, within the first 10), for the "no header row" message.
QString firstRowsText(const Sheet &sheet)
{
    const int scan = std::min<int>(10, int(sheet.rows.size()));
    QStringList firstRows;
    for (int r = 0; r < scan && firstRows.size() < 3; ++r) {
        QStringList texts;
        for (const Cell &c : sheet.rows.at(r)) {
            if (!c.isEmpty())
                texts.append(c.display());
        }
        if (!texts.isEmpty())
            firstRows.append(texts.join(QStringLiteral(" | ")));
    }
    return firstRows.isEmpty() ? TableLocator::tr("(empty)") : firstRows.join(QStringLiteral(" / "));
}

// The header row: the one the clerk named, else the best-scoring of the first 10 rows; with only column
// indexes mapped and no header found, row 0.
Result<int> findHeaderRow(const Sheet &sheet, const ColumnMapping &mapping, const QStringList &mappedHeaders)
{
    auto [bestRow, bestScore] = bestHeaderRow(sheet, mappedHeaders);
    if (mapping.headerRow >= 0) {
        if (mapping.headerRow >= sheet.rows.size())
            return Error::invalid(TableLocator::tr("The header row %1 is past the end of sheet \"%2\" (%3 rows).")
                                      .arg(mapping.headerRow + 1).arg(sheet.name).arg(sheet.rows.size()),
                                  QStringLiteral("header"));
        bestRow = mapping.headerRow;
        bestScore = 2;
    }
    const bool explicitOnly = !mapping.byIndex.isEmpty() && mapping.byHeader.isEmpty();
    if (bestRow < 0 || (bestScore < 2 && mapping.isEmpty())) {
        if (!explicitOnly)
            return Error::invalid(TableLocator::tr("No header row (序号, 户主姓名, 身份证号 …) in the first 10 rows of sheet \"%1\". The first rows read: %2")
                                      .arg(sheet.name, firstRowsText(sheet)),
                                  QStringLiteral("header"));
        bestRow = 0;
    }
    return bestRow;
}

// The header texts of the row and the fields they name (the first column naming a field wins).
void readHeaders(const Sheet &sheet, int headerRow, LocatedTable &table)
{
    table.headerRow = headerRow;
    const SheetRow &header = sheet.rows.value(headerRow);
    for (int c = 0; c < header.size(); ++c) {
        const QString text = header.at(c).display().simplified();
        table.headers.append(text);
        if (auto f = TableLocator::fieldForHeader(text); f && !table.columns.contains(*f))
            table.columns.insert(*f, c);
    }
}

// The clerk's choices over the recognised headers: by header text, then fields left out, then by index; then
// 户主姓名 and 姓名 stand in for each other.
Status applyMapping(const ColumnMapping &mapping, LocatedTable &table)
{
    for (auto it = mapping.byHeader.cbegin(); it != mapping.byHeader.cend(); ++it) {
        const QString wanted = TableLocator::normalizeHeader(it.value());
        int found = -1;
        for (int c = 0; c < table.headers.size(); ++c) {
            if (TableLocator::normalizeHeader(table.headers.at(c)) == wanted) {
                found = c;
                break;
            }
        }
        if (found < 0)
            return Error::invalid(TableLocator::tr("No column headed \"%1\" (mapped to %2). Headers found: %3.")
                                      .arg(it.value(), TableLocator::code(it.key()), table.headers.join(QStringLiteral(", "))),
                                  TableLocator::code(it.key()));
        table.columns.insert(it.key(), found);
    }
    for (SheetField f : mapping.ignored)
        table.columns.remove(f);
    for (auto it = mapping.byIndex.cbegin(); it != mapping.byIndex.cend(); ++it)
        table.columns.insert(it.key(), it.value());

    if (!table.columns.contains(SheetField::HeadName) && table.columns.contains(SheetField::Name))
        table.columns.insert(SheetField::HeadName, table.columns.value(SheetField::Name));
    else if (!table.columns.contains(SheetField::Name) && table.columns.contains(SheetField::HeadName))
        table.columns.insert(SheetField::Name, table.columns.value(SheetField::HeadName));
    return {};
}

// Every required field has a column; the error lists the headers found.
Status checkRequired(const QList<SheetField> &required, const LocatedTable &table)
{
    QStringList missing;
    for (SheetField f : required) {
        if (!table.columns.contains(f))
            missing.append(QStringLiteral("%1 (%2)").arg(TableLocator::displayName(f), TableLocator::code(f)));
    }
    if (missing.isEmpty())
        return {};
    QStringList found;
    for (const QString &h : std::as_const(table.headers)) {
        if (!h.isEmpty())
            found.append(QStringLiteral("\"%1\"").arg(h));
    }
    return Error::invalid(TableLocator::tr("Column not recognised: %1. Headers found in row %2: %3. Choose the column for it (--map FIELD=HEADER).")
                              .arg(missing.join(QStringLiteral(", "))).arg(table.headerRow + 1).arg(found.join(QStringLiteral(", "))),
                          QStringLiteral("columns"));
}

// The rows under the header holding data, up to a totals row or note: blank rows and the header repeated
// on every printed page left out.
QList<int> dataRows(const Sheet &sheet, const LocatedTable &table)
{
    QList<int> rows;
    for (int r = table.headerRow + 1; r < sheet.rows.size(); ++r) {
        const SheetRow &row = sheet.rows.at(r);
        if (isBlank(row))
            continue;
        if (isTrailer(row))
            break;
        // A header repeated on every printed page.
        int same = 0;
        for (int c = 0; c < row.size() && c < table.headers.size(); ++c) {
            if (!table.headers.at(c).isEmpty() && row.at(c).display().simplified() == table.headers.at(c))
                ++same;
        }
        if (same >= 2)
            continue;
        rows.append(r);
    }
    return rows;
}

} // namespace

Result<LocatedTable> TableLocator::locate(const Sheet &sheet, const QList<SheetField> &required, const ColumnMapping &mapping)
{
    QStringList mappedHeaders;
    for (const QString &h : mapping.byHeader)
        mappedHeaders.append(normalizeHeader(h));
    auto headerRow = findHeaderRow(sheet, mapping, mappedHeaders);
    if (!headerRow)
        return headerRow.error();
    LocatedTable table;
    readHeaders(sheet, headerRow.value(), table);
    if (auto s = applyMapping(mapping, table); !s)
        return s.error();
    if (auto s = checkRequired(required, table); !s)
        return s.error();
    table.dataRows = dataRows(sheet, table);
    return table;
}

QString TableLocator::text(const Cell &cell)
{
    if (cell.type == Cell::Type::Text)
        return halfWidth(cell.raw).trimmed();
    return cell.display();
}

QString TableLocator::damagedIdMessage()
{
    return tr("ID number stored as a number in Excel lost its last digits");
}

IdCell TableLocator::idNumber(const Cell &cell)
{
    IdCell id;
    if (cell.type == Cell::Type::Number) {
        // Doubles keep 15-16 significant digits: a 15-digit legacy number survives, an 18-digit one does not.
        const double v = std::fabs(cell.value);
        id.text = cell.display();
        id.damaged = v >= 1e15;
        return id;
    }
    id.text = text(cell);
    static const QRegularExpression scientific(QStringLiteral("^\\d(\\.\\d+)?[eE]\\+?\\d+$"));
    if (scientific.match(id.text).hasMatch())
        id.damaged = true;
    return id;
}

std::optional<QDate> TableLocator::date(const Cell &cell, bool *bad)
{
    *bad = false;
    if (cell.isEmpty())
        return std::nullopt;
    if (cell.type == Cell::Type::Date) {
        if (cell.date.isValid())
            return cell.date;
        *bad = true;
        return std::nullopt;
    }
    if (cell.type == Cell::Type::Number) {
        const double v = cell.value;
        if (v >= 19000101 && v <= 29991231 && std::trunc(v) == v) {
            const QDate d = QDate::fromString(QString::number(qint64(v)), QStringLiteral("yyyyMMdd"));
            if (d.isValid())
                return d;
        } else if (v >= 1 && v < 2958466) {
            return QDate(1899, 12, 30).addDays(qint64(v));
        }
        *bad = true;
        return std::nullopt;
    }
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s.*)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?$"));
    const QString t = text(cell);
    QRegularExpressionMatch m = ymd.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
        *bad = true;
        return std::nullopt;
    }
    m = ym.match(t);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (d.isValid())
            return d;
    }
    *bad = true;
    return std::nullopt;
}

std::optional<qint64> TableLocator::fen(const Cell &cell, bool *bad)
{
    *bad = false;
    if (cell.isEmpty())
        return std::nullopt;
    if (cell.type == Cell::Type::Number) {
        if (cell.value < 0 || !std::isfinite(cell.value)) {
            *bad = true;
            return std::nullopt;
        }
        return qint64(std::llround(cell.value * 100));
    }
    QString t = text(cell);
    t.remove(QStringLiteral("元/月"));
    t.remove(QLatin1Char(','));
    if (auto v = money::parseYuan(t))
        return *v;
    *bad = true;
    return std::nullopt;
}

std::optional<bool> TableLocator::flag(const Cell &cell)
{
    if (cell.isEmpty())
        return std::nullopt;
    if (cell.type == Cell::Type::Boolean || cell.type == Cell::Type::Number)
        return cell.value != 0;
    const QString t = normalizeHeader(cell.raw);
    static const QStringList yes = {QStringLiteral("是"), QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("1"),
                                    QStringLiteral("true"), QStringLiteral("√"), QStringLiteral("有"), QStringLiteral("重病")};
    static const QStringList no = {QStringLiteral("否"), QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("0"),
                                   QStringLiteral("false"), QStringLiteral("无"), QStringLiteral("×")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

} // namespace sn
