#include "XlsxReader.h"

#include "ExpatParser.h"
#include "OdsReader.h"
#include "ZipArchive.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>

namespace sn {

namespace {

struct SheetEntry
{
    QString name;
    QString target; // path inside the zip
};

// A number cell's text as Excel writes it ("13500011438", "6.301021949092246E+17") through std::from_chars,
// several times faster than QString::toDouble, which still reads anything else (surrounding spaces, "+1").
double toNumber(const QByteArray &text, bool *ok)
{
    double v = 0;
    const auto [end, error] = std::from_chars(text.constData(), text.constData() + text.size(), v);
    if (!text.isEmpty() && error == std::errc() && end == text.constData() + text.size() && std::isfinite(v)) {
        *ok = true;
        return v;
    }
    return QString::fromUtf8(text).toDouble(ok);
}

QDate fromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465)
        return {};
    const qint64 days = qint64(std::floor(serial));
    // 1900 system: serial 1 is 1900-01-01 and Excel counts a fictitious 1900-02-29 (serial 60).
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    return QDate(1899, 12, 30).addDays(days);
}

// The text of a string item (<si> or <is>): its <t> elements and their descendants, skipping phonetic runs (<rPh>).
class StringItem
{
public:
    void begin()
    {
        m_text.clear();
        m_phonetic = 0;
        m_inText = 0;
    }
    void start(std::string_view name)
    {
        if (name == "rPh")
            ++m_phonetic;
        else if (name == "t" && m_phonetic == 0)
            ++m_inText;
    }
    void end(std::string_view name)
    {
        if (name == "rPh" && m_phonetic > 0)
            --m_phonetic;
        else if (name == "t" && m_inText > 0 && m_phonetic == 0)
            --m_inText;
    }
    void text(std::string_view text)
    {
        if (m_inText > 0 && m_phonetic == 0)
            m_text.append(text.data(), qsizetype(text.size()));
    }
    QString result() const { return XlsxReader::unescape(QString::fromUtf8(m_text)); }

private:
    QByteArray m_text;
    int m_phonetic = 0;
    int m_inText = 0;
};

class SharedStringsParser final : public ExpatParser
{
public:
    explicit SharedStringsParser(QStringList *out)
        : m_out(out)
    {
    }

protected:
    void start(std::string_view name, const char **) override
    {
        if (m_inItem)
            m_item.start(name);
        else if (name == "si") {
            m_inItem = true;
            m_item.begin();
        }
    }
    void end(std::string_view name) override
    {
        if (!m_inItem)
            return;
        if (name == "si") {
            m_inItem = false;
            m_out->append(m_item.result());
        } else {
            m_item.end(name);
        }
    }
    void text(std::string_view text) override
    {
        if (m_inItem)
            m_item.text(text);
    }

private:
    QStringList *m_out;
    StringItem m_item;
    bool m_inItem = false;
};

std::optional<int> toInt(std::string_view text)
{
    int v = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return v;
}

// The cells of a worksheet. Shared-string cells keep their place at once (a following cell without a reference
// counts from it) and get their text later from sharedCells().
class SheetParser final : public ExpatParser
{
public:
    struct SharedCell
    {
        int row;
        int column;
        qsizetype index;
    };

    SheetParser(Sheet *sheet, const QList<bool> &dateStyles, bool date1904, CellBudget *budget)
        : m_sheet(sheet)
        , m_dateStyles(dateStyles)
        , m_date1904(date1904)
        , m_budget(budget)
    {
    }
    const QList<SharedCell> &sharedCells() const { return m_shared; }

protected:
    void start(std::string_view name, const char **attributes) override
    {
        if (m_inCell) {
            if (m_inInline)
                m_inline.start(name);
            else if (name == "v")
                ++m_inValue;
            else if (name == "is") {
                m_inInline = true;
                m_hasInline = true;
                m_inline.begin();
            } else if (name == "f")
                ++m_inFormula;
            return;
        }
        if (name == "row") {
            const std::string_view r = attribute(attributes, "r");
            const int number = r.empty() ? m_rowIndex + 2 : toInt(r).value_or(0); // 1-based; 0 when not a number
            if (number < 1 || number > 1048576)
                return fail();
            m_rowIndex = number - 1;
            m_nextColumn = 0;
        } else if (name == "c") {
            if (m_rowIndex < 0)
                m_rowIndex = 0;
            // Rows up to this one, counted against the file's budget before they are made (an empty row is one).
            if (m_sheet->rows.size() <= m_rowIndex && !m_budget->take(m_rowIndex + 1 - m_sheet->rows.size()))
                return fail();
            while (m_sheet->rows.size() <= m_rowIndex)
                m_sheet->rows.append(SheetRow());
            // A cell without a reference follows the one before it, empty or not.
            const std::string_view ref = attribute(attributes, "r");
            m_column = ref.empty() ? m_nextColumn : columnOf(ref);
            if (m_column < 0 || m_column > 16383)
                return fail();
            m_nextColumn = m_column + 1;
            m_type = attribute(attributes, "t");
            m_style = toInt(attribute(attributes, "s")).value_or(0);
            m_value.clear();
            m_hasInline = false;
            m_inCell = true;
        }
    }
    void end(std::string_view name) override
    {
        if (!m_inCell)
            return;
        if (m_inInline) {
            if (name == "is")
                m_inInline = false;
            else
                m_inline.end(name);
        } else if (name == "v" && m_inValue > 0) {
            --m_inValue;
        } else if (name == "f" && m_inFormula > 0) {
            --m_inFormula;
        } else if (name == "c") {
            m_inCell = false;
            m_inValue = m_inFormula = 0;
            finishCell();
        }
    }
    void text(std::string_view text) override
    {
        if (m_inInline)
            m_inline.text(text);
        else if (m_inValue > 0 && m_inFormula == 0)
            m_value.append(text.data(), qsizetype(text.size()));
    }

private:
    static int columnOf(std::string_view reference)
    {
        char16_t buffer[64];
        if (reference.size() > std::size(buffer))
            return XlsxReader::columnOfReference(QString::fromUtf8(reference.data(), qsizetype(reference.size())));
        for (size_t i = 0; i < reference.size(); ++i)
            buffer[i] = char16_t(uchar(reference[i]));
        return XlsxReader::columnOfReference(QStringView(buffer, qsizetype(reference.size())));
    }

    void finishCell()
    {
        SheetRow &row = m_sheet->rows[m_rowIndex];
        Cell cell;
        if (m_type == "s") {
            const QByteArray digits = m_value.trimmed();
            const std::optional<int> index = toInt(std::string_view(digits.constData(), size_t(digits.size())));
            if (!index || *index < 0)
                return fail();
            if (row.size() <= m_column && !m_budget->take(m_column + 1 - row.size()))
                return fail();
            while (row.size() <= m_column)
                row.append(Cell());
            row[m_column] = Cell();
            m_shared.append({ m_rowIndex, m_column, *index });
            return;
        }
        const auto value = [this] { return QString::fromUtf8(m_value); };
        if (m_type == "inlineStr") {
            cell = Cell::text(m_hasInline ? m_inline.result() : XlsxReader::unescape(value()));
        } else if (m_type == "str") {
            cell = Cell::text(XlsxReader::unescape(value()));
        } else if (m_type == "b") {
            cell = Cell::boolean(m_value.trimmed() == "1");
        } else if (m_type == "e") {
            cell = { Cell::Type::Error, value(), 0, {} };
        } else if (m_type == "d") {
            cell = Cell::ofDate(QDate::fromString(value().left(10), Qt::ISODate));
        } else if (!m_value.isEmpty()) {
            bool ok = false;
            const double number = toNumber(m_value, &ok);
            if (!ok)
                cell = Cell::text(value());
            else if (m_style >= 0 && m_style < m_dateStyles.size() && m_dateStyles.at(m_style)
                && fromSerial(number, m_date1904).isValid())
                cell = Cell::ofDate(fromSerial(number, m_date1904));
            else
                cell = Cell::number(number);
        }
        if (cell.type == Cell::Type::Empty)
            return;
        if (row.size() <= m_column && !m_budget->take(m_column + 1 - row.size()))
            return fail();
        while (row.size() <= m_column)
            row.append(Cell());
        row[m_column] = cell;
    }

    Sheet *m_sheet;
    const QList<bool> &m_dateStyles;
    bool m_date1904;
    CellBudget *m_budget;
    QList<SharedCell> m_shared;
    int m_rowIndex = -1;
    int m_column = 0;
    int m_nextColumn = 0;
    bool m_inCell = false;
    int m_inValue = 0;
    int m_inFormula = 0;
    bool m_inInline = false;
    bool m_hasInline = false;
    std::string m_type;
    int m_style = 0;
    QByteArray m_value;
    StringItem m_inline;
};

} // namespace

int XlsxReader::columnOfReference(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            column = column * 26 + (u - u'A' + 1);
        else if (u >= u'a' && u <= u'z')
            column = column * 26 + (u - u'a' + 1);
        else
            break;
        ++letters;
        if (column > 16384) // past XFD, the last column: not a reference (and no int overflow on long runs of letters)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

bool XlsxReader::isDateFormat(int id, const QString &formatCode)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (formatCode.isEmpty())
        return false;
    // Drop quoted literals, escaped characters and [colour]/[locale] sections before looking for y, m, d.
    QString code;
    bool quoted = false;
    for (int i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('[')) {
            const int close = formatCode.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                break;
            i = close;
            continue;
        }
        code += c.toLower();
    }
    code = code.section(QLatin1Char(';'), 0, 0);
    return code.contains(QLatin1Char('y')) || code.contains(QLatin1Char('d'))
        || (code.contains(QLatin1Char('m')) && !code.contains(QLatin1Char('h')) && !code.contains(QLatin1Char('s')));
}

QString XlsxReader::unescape(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype from = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

namespace {

// A part's name from a relationship's target: absolute ("/xl/worksheets/sheet1.xml") from the package's root,
// relative ("worksheets/sheet1.xml", "../book.xml") from the folder of the part that names it.
QString resolvePart(const QString &folder, const QString &target)
{
    const QString joined = target.startsWith(QLatin1Char('/')) ? target : folder + target;
    QStringList parts;
    for (const QString &p : joined.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            parts.removeLast();
        else if (p != QLatin1String("."))
            parts.append(p);
    }
    return parts.join(QLatin1Char('/'));
}

QString folderOf(const QString &part)
{
    return part.left(part.lastIndexOf(QLatin1Char('/')) + 1);
}

struct Relationship
{
    QString type; // the last segment of the type URI: officeDocument, worksheet, sharedStrings, styles
    QString part;
};

class Package
{
public:
    explicit Package(const QString &path)
        : m_path(path)
    {
    }
    bool open() { return m_zip.open(m_path); }
    const QString &path() const { return m_path; }
    bool contains(const QString &name) const { return m_zip.contains(name); }
    // A part that must be there, or the message naming it.
    Result<QByteArray> part(const QString &name) const
    {
        ZipArchive::Problem problem = ZipArchive::Problem::None;
        const auto data = m_zip.read(name, &problem);
        if (problem != ZipArchive::Problem::None)
            return SheetReader::damagedPart(m_path, name, ZipArchive::describe(problem));
        return *data;
    }
    // A part that may be left out: a null array when it is.
    Result<QByteArray> optionalPart(const QString &name) const
    {
        if (!m_zip.contains(name))
            return QByteArray();
        return part(name);
    }
    Error badXml(const QString &name, int line) const
    {
        return SheetReader::damagedPart(m_path, name, XlsxReader::tr("is not well-formed XML (line %1)").arg(line));
    }
    // The relationships of `source` ("" for the package's own), by id.
    Result<QHash<QString, Relationship>> relationships(const QString &source) const
    {
        const QString name = folderOf(source) + QStringLiteral("_rels/") + source.mid(folderOf(source).size())
            + QStringLiteral(".rels");
        auto xml = optionalPart(name);
        if (!xml)
            return xml.error();
        QHash<QString, Relationship> rels;
        QXmlStreamReader rx(xml.value());
        while (!rx.atEnd()) {
            rx.readNext();
            if (rx.isStartElement() && rx.name() == QLatin1String("Relationship")) {
                const QXmlStreamAttributes a = rx.attributes();
                if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                    continue;
                rels.insert(a.value(QLatin1String("Id")).toString(),
                    { a.value(QLatin1String("Type")).toString().section(QLatin1Char('/'), -1),
                        resolvePart(folderOf(source), a.value(QLatin1String("Target")).toString()) });
            }
        }
        if (rx.hasError() && !xml->isNull())
            return badXml(name, int(rx.lineNumber()));
        return rels;
    }
    // The workbook's part: as the package's relationships say, else where Excel puts it.
    QString workbookPart() const
    {
        if (const auto rels = relationships(QString()))
            for (const Relationship &r : rels.value())
                if (r.type == QLatin1String("officeDocument") && m_zip.contains(r.part))
                    return r.part;
        return m_zip.contains(QStringLiteral("xl/workbook.xml")) ? QStringLiteral("xl/workbook.xml") : QString();
    }

private:
    QString m_path;
    ZipArchive m_zip;
};

struct Workbook
{
    QList<SheetEntry> sheets;
    QString sharedStrings; // part names, empty when the workbook has none
    QString styles;
    bool date1904 = false;
};

Result<Workbook> readWorkbook(const Package &zip)
{
    const QString part = zip.workbookPart();
    if (part.isEmpty()) {
        if (zip.contains(QStringLiteral("word/document.xml")))
            return SheetReader::notASpreadsheet(zip.path(), XlsxReader::tr("it is a Word document"));
        if (zip.contains(QStringLiteral("ppt/presentation.xml")))
            return SheetReader::notASpreadsheet(zip.path(), XlsxReader::tr("it is a PowerPoint presentation"));
        return SheetReader::notASpreadsheet(zip.path(), XlsxReader::tr("it is a zip archive without a workbook"));
    }
    auto xml = zip.part(part);
    if (!xml)
        return xml.error();
    auto rels = zip.relationships(part);
    if (!rels)
        return rels.error();
    Workbook book;
    for (const Relationship &r : rels.value()) {
        if (r.type == QLatin1String("sharedStrings"))
            book.sharedStrings = r.part;
        else if (r.type == QLatin1String("styles"))
            book.styles = r.part;
    }
    // Where Excel puts them, when the relationships do not say (hand-made and minimal packages).
    if (book.sharedStrings.isEmpty() && zip.contains(folderOf(part) + QStringLiteral("sharedStrings.xml")))
        book.sharedStrings = folderOf(part) + QStringLiteral("sharedStrings.xml");
    if (book.styles.isEmpty() && zip.contains(folderOf(part) + QStringLiteral("styles.xml")))
        book.styles = folderOf(part) + QStringLiteral("styles.xml");
    QXmlStreamReader wx(xml.value());
    bool root = true;
    while (!wx.atEnd()) {
        wx.readNext();
        if (!wx.isStartElement())
            continue;
        if (std::exchange(root, false) && wx.name() != QLatin1String("workbook")) {
            if (wx.name() == QLatin1String("document"))
                return SheetReader::notASpreadsheet(zip.path(), XlsxReader::tr("it is a Word document"));
            if (wx.name() == QLatin1String("presentation"))
                return SheetReader::notASpreadsheet(zip.path(), XlsxReader::tr("it is a PowerPoint presentation"));
            return SheetReader::notASpreadsheet(
                zip.path(), XlsxReader::tr("its main part is a %1, not a workbook").arg(wx.name()));
        }
        if (wx.name() == QLatin1String("workbookPr")) {
            const QStringView v = wx.attributes().value(QLatin1String("date1904"));
            book.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (wx.name() == QLatin1String("sheet")) {
            QString rid;
            for (const QXmlStreamAttribute &a : wx.attributes())
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
            book.sheets.append({ wx.attributes().value(QLatin1String("name")).toString(), rels->value(rid).part });
        }
    }
    if (wx.hasError())
        return zip.badXml(part, int(wx.lineNumber()));
    if (book.sheets.isEmpty())
        return SheetReader::damagedPart(zip.path(), part, XlsxReader::tr("lists no worksheet"));
    return book;
}

// Which cell styles (by cellXfs index) show a date.
Result<QList<bool>> dateStyles(const Package &zip, const QString &part)
{
    QList<bool> dates;
    if (part.isEmpty())
        return dates;
    auto styles = zip.optionalPart(part);
    if (!styles)
        return styles.error();
    QHash<int, QString> codes;
    QXmlStreamReader x(styles.value());
    bool inCellXfs = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("numFmt"))
                codes.insert(x.attributes().value(QLatin1String("numFmtId")).toInt(),
                    x.attributes().value(QLatin1String("formatCode")).toString());
            else if (x.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && x.name() == QLatin1String("xf")) {
                const int id = x.attributes().value(QLatin1String("numFmtId")).toInt();
                dates.append(XlsxReader::isDateFormat(id, codes.value(id)));
            }
        } else if (x.isEndElement() && x.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (x.hasError() && !styles->isNull())
        return zip.badXml(part, int(x.lineNumber()));
    return dates;
}

Result<Package *> opened(Package &zip)
{
    if (!zip.open())
        return SheetReader::damaged(
            zip.path(), XlsxReader::tr("its zip directory cannot be read (the file was cut short, or is not a zip)"));
    return &zip;
}

} // namespace

namespace {

Result<Sheet> readSheetPart(const QString &path, const SheetEntry &entry, bool date1904, const QString &sstPart,
    const QByteArray &sst, const QList<bool> &dateStyles, const QByteArray &data)
{
    // The shared strings are parsed on a second thread while this one parses the sheet, whose cells name them
    // by index and get their text once both are done: a large table has megabytes of each. A shared-strings
    // part of no bytes at all (some writers leave it so) holds no strings.
    QStringList shared;
    int sharedBrokenAt = 0;
    std::jthread sharedReader([&] {
        if (sst.isEmpty())
            return;
        SharedStringsParser parser(&shared);
        if (!parser.parse(sst))
            sharedBrokenAt = qMax(1, parser.line());
    });

    Sheet sheet;
    sheet.name = entry.name;
    CellBudget budget(QFileInfo(path).size());
    SheetParser parser(&sheet, dateStyles, date1904, &budget);
    const bool parsed = parser.parse(data);
    sharedReader.join();
    if (budget.exceeded())
        return SheetReader::tooManyCells(path, budget.limit());
    if (!parsed)
        return SheetReader::damagedPart(path, entry.target,
            XlsxReader::tr("is not well-formed XML or names a cell outside the sheet (line %1)").arg(parser.line()));
    if (sharedBrokenAt)
        return SheetReader::damagedPart(
            path, sstPart, XlsxReader::tr("is not well-formed XML (line %1)").arg(sharedBrokenAt));
    for (const SheetParser::SharedCell &c : parser.sharedCells()) {
        if (c.index >= shared.size())
            return SheetReader::damagedPart(path, entry.target,
                XlsxReader::tr("names shared string %1 of %2 (cell %3%4)")
                    .arg(c.index)
                    .arg(shared.size())
                    .arg(XlsxReader::columnName(c.column))
                    .arg(c.row + 1));
        sheet.rows[c.row][c.column] = Cell::text(shared.at(c.index));
    }
    return sheet;
}

} // namespace

Result<std::unique_ptr<SheetReader>> XlsxReader::forPackage(const QString &path)
{
    Package zip(path);
    if (auto ok = opened(zip); !ok)
        return ok.error();
    if (zip.contains(QStringLiteral("mimetype"))) {
        const auto mimetype = zip.part(QStringLiteral("mimetype"));
        const QByteArray type = mimetype ? mimetype->trimmed() : QByteArray();
        if (type == "application/vnd.oasis.opendocument.spreadsheet"
            || type == "application/vnd.oasis.opendocument.spreadsheet-template")
            return std::unique_ptr<SheetReader>(std::make_unique<OdsReader>());
        if (type.startsWith("application/vnd.oasis.opendocument."))
            return SheetReader::notASpreadsheet(
                path, tr("it is an OpenDocument file of another kind (%1)").arg(QString::fromLatin1(type.mid(35))));
    }
    if (zip.workbookPart().isEmpty()) {
        auto book = readWorkbook(zip); // says what the package is instead
        return book.error();
    }
    return std::unique_ptr<SheetReader>(std::make_unique<XlsxReader>());
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    Package zip(path);
    if (auto ok = opened(zip); !ok)
        return ok.error();
    auto book = readWorkbook(zip);
    if (!book)
        return book.error();
    QStringList names;
    for (const SheetEntry &s : book->sheets)
        names.append(s.name);
    return names;
}

Result<Sheet> XlsxReader::read(const QString &path, const QString &sheetName)
{
    Package zip(path);
    if (auto ok = opened(zip); !ok)
        return ok.error();
    auto book = readWorkbook(zip);
    if (!book)
        return book.error();
    const SheetEntry *chosen = nullptr;
    for (const SheetEntry &s : book->sheets) {
        if (sheetName.isEmpty() || s.name == sheetName) {
            chosen = &s;
            break;
        }
    }
    if (!chosen) {
        QStringList names;
        for (const SheetEntry &s : book->sheets)
            names.append(s.name);
        return Error::invalid(tr("The workbook has no sheet named \"%1\"; its sheets are: %2.")
                                  .arg(sheetName, names.join(QStringLiteral(", "))),
            QStringLiteral("sheet"));
    }
    auto sst = zip.optionalPart(book->sharedStrings);
    if (!sst)
        return sst.error();
    auto styles = dateStyles(zip, book->styles);
    if (!styles)
        return styles.error();
    auto data = zip.part(chosen->target);
    if (!data)
        return data.error();
    return readSheetPart(
        zip.path(), *chosen, book->date1904, book->sharedStrings, sst.value(), styles.value(), data.value());
}

QString XlsxReader::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

} // namespace sn
