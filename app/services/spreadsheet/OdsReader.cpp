#include "OdsReader.h"

#include "ExpatParser.h"
#include "ZipArchive.h"

#include <QFileInfo>
#include <charconv>
#include <cmath>

namespace sn {

namespace {

constexpr std::string_view Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

qint64 repeat(std::string_view text)
{
    qint64 n = 1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    return error == std::errc() && end == text.data() + text.size() && n >= 1 ? n : 1;
}

// The tables of content.xml: their names, and the cells of the one wanted (the first, or by name).
class ContentParser final : public ExpatParser
{
public:
    ContentParser(const QString &wanted, Sheet *sheet, CellBudget *budget)
        : m_wanted(wanted)
        , m_sheet(sheet)
        , m_budget(budget)
    {
    }
    const QStringList &names() const { return m_names; }
    bool found() const { return m_found; }

protected:
    void start(std::string_view name, const char **attributes) override
    {
        if (name == "table") {
            m_names.append(QString::fromUtf8(attribute(attributes, TableNs, "name")));
            m_reading = !m_found && (m_wanted.isEmpty() || m_names.last() == m_wanted);
            m_found = m_found || m_reading;
            if (m_reading)
                m_sheet->name = m_names.last();
            return;
        }
        if (!m_reading)
            return;
        if (name == "table-row") {
            m_rowRepeat = repeat(attribute(attributes, TableNs, "number-rows-repeated"));
            m_row.clear();
            m_pendingColumns = 0;
        } else if (name == "table-cell" || name == "covered-table-cell") {
            beginCell(attributes);
        } else if (m_inCell && name == "p") {
            if (m_paragraphs++ > 0)
                m_text += QLatin1Char('\n');
        } else if (m_inCell && name == "s") {
            m_text += QString(int(qMin<qint64>(repeat(attribute(attributes, TextNs, "c")), 1024)), QLatin1Char(' '));
        } else if (m_inCell && name == "tab") {
            m_text += QLatin1Char('\t');
        } else if (m_inCell && name == "line-break") {
            m_text += QLatin1Char('\n');
        } else if (m_inCell && (name == "annotation" || name == "note")) {
            ++m_skip;
        }
    }
    void end(std::string_view name) override
    {
        if (name == "table") {
            m_reading = false;
            return;
        }
        if (!m_reading)
            return;
        if (m_inCell && (name == "annotation" || name == "note"))
            --m_skip;
        else if (name == "table-cell" || name == "covered-table-cell")
            endCell();
        else if (name == "table-row")
            endRow();
    }
    void text(std::string_view text) override
    {
        if (m_inCell && m_skip == 0 && m_paragraphs > 0)
            m_text += QString::fromUtf8(text.data(), qsizetype(text.size()));
    }

private:
    void beginCell(const char **attributes)
    {
        m_inCell = true;
        m_paragraphs = 0;
        m_skip = 0;
        m_text.clear();
        m_cellRepeat = repeat(attribute(attributes, TableNs, "number-columns-repeated"));
        const std::string_view type = attribute(attributes, Office, "value-type");
        m_cell = Cell();
        if (type == "float" || type == "percentage" || type == "currency") {
            const std::string_view v = attribute(attributes, Office, "value");
            double number = 0;
            const auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), number);
            if (error == std::errc() && end == v.data() + v.size() && std::isfinite(number))
                m_cell = Cell::number(number);
        } else if (type == "date") {
            const QString v = QString::fromUtf8(attribute(attributes, Office, "date-value"));
            m_cell = Cell::ofDate(QDate::fromString(v.left(10), Qt::ISODate));
        } else if (type == "boolean") {
            m_cell = Cell::boolean(attribute(attributes, Office, "boolean-value") == "true");
        }
        m_typed = m_cell.type != Cell::Type::Empty;
    }

    void endCell()
    {
        m_inCell = false;
        if (!m_typed)
            m_cell = Cell::text(m_text);
        if (m_cell.isEmpty()) {
            m_pendingColumns += m_cellRepeat;
            return;
        }
        // Empty cells before this one, then the cell as often as it is repeated, all against the budget.
        if (!m_budget->take(m_pendingColumns + m_cellRepeat) || m_row.size() + m_pendingColumns + m_cellRepeat > 16384)
            return fail();
        for (qint64 i = 0; i < m_pendingColumns; ++i)
            m_row.append(Cell());
        for (qint64 i = 0; i < m_cellRepeat; ++i)
            m_row.append(m_cell);
        m_pendingColumns = 0;
    }

    void endRow()
    {
        if (m_row.isEmpty()) {
            m_pendingRows += m_rowRepeat;
            return;
        }
        if (!m_budget->take(m_pendingRows + m_rowRepeat * qMax<qint64>(1, m_row.size()))
            || m_sheet->rows.size() + m_pendingRows + m_rowRepeat > 1048576)
            return fail();
        for (qint64 i = 0; i < m_pendingRows; ++i)
            m_sheet->rows.append(SheetRow());
        for (qint64 i = 0; i < m_rowRepeat; ++i)
            m_sheet->rows.append(m_row);
        m_pendingRows = 0;
    }

    QString m_wanted;
    Sheet *m_sheet;
    CellBudget *m_budget;
    QStringList m_names;
    bool m_found = false;
    bool m_reading = false;
    qint64 m_rowRepeat = 1;
    qint64 m_pendingRows = 0;
    SheetRow m_row;
    qint64 m_pendingColumns = 0;
    bool m_inCell = false;
    int m_paragraphs = 0;
    int m_skip = 0;
    QString m_text;
    qint64 m_cellRepeat = 1;
    Cell m_cell;
    bool m_typed = false;
};

Result<QByteArray> content(const QString &path)
{
    ZipArchive zip;
    if (!zip.open(path))
        return SheetReader::damaged(
            path, OdsReader::tr("its zip directory cannot be read (the file was cut short, or is not a zip)"));
    ZipArchive::Problem problem = ZipArchive::Problem::None;
    const auto data = zip.read(QStringLiteral("content.xml"), &problem);
    if (problem != ZipArchive::Problem::None)
        return SheetReader::damagedPart(path, QStringLiteral("content.xml"), ZipArchive::describe(problem));
    return *data;
}

Result<Sheet> parse(const QString &path, const QString &sheetName, QStringList *names)
{
    auto xml = content(path);
    if (!xml)
        return xml.error();
    Sheet sheet;
    CellBudget budget(QFileInfo(path).size());
    ContentParser parser(sheetName, &sheet, &budget);
    const bool ok = parser.parse(xml.value());
    if (budget.exceeded())
        return SheetReader::tooManyCells(path, budget.limit());
    if (!ok)
        return SheetReader::damagedPart(path, QStringLiteral("content.xml"),
            OdsReader::tr("is not well-formed XML or has too many rows or columns (line %1)").arg(parser.line()));
    *names = parser.names();
    if (names->isEmpty())
        return SheetReader::damagedPart(path, QStringLiteral("content.xml"), OdsReader::tr("holds no table"));
    if (!parser.found())
        return Error::invalid(OdsReader::tr("The workbook has no sheet named \"%1\"; its sheets are: %2.")
                                  .arg(sheetName, names->join(QStringLiteral(", "))),
            QStringLiteral("sheet"));
    return sheet;
}

} // namespace

Result<Sheet> OdsReader::read(const QString &path, const QString &sheetName)
{
    QStringList names;
    return parse(path, sheetName, &names);
}

Result<QStringList> OdsReader::sheetNames(const QString &path)
{
    QStringList names;
    // The first table is read too; the names come with it (content.xml is one part).
    auto sheet = parse(path, QString(), &names);
    if (!sheet)
        return sheet.error();
    return names;
}

} // namespace sn
