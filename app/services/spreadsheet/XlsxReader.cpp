#include "XlsxReader.h"

#include "ZipArchive.h"

#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <expat.h>
#include <string>
#include <string_view>
#include <thread>

namespace sn {

namespace {

struct SheetEntry
{
    QString name;
    QString target; // path inside the zip
};

class Package
{
public:
    explicit Package(const QString &path) : m_path(path) {}
    bool open() { return m_zip.open(m_path); }
    // The whole entry, or a null array when missing or unreadable (truncated archives fail the CRC here).
    QByteArray entry(const QString &name, bool *damaged)
    {
        const auto data = m_zip.read(name, damaged);
        if (!data || *damaged)
            return {};
        return *data;
    }

private:
    QString m_path;
    ZipArchive m_zip;
};

QString resolveTarget(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString t = target;
    QString base = QStringLiteral("xl/");
    while (t.startsWith(QLatin1String("../"))) {
        t = t.mid(3);
        base.clear();
    }
    return base + t;
}

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

// Expat for the two large parts, the shared strings and the sheet: a 50,000-row table has megabytes of each,
// and expat reads them several times faster than QXmlStreamReader (which still reads the small parts).
// Element names arrive as "namespace<0x01>local" (XML_ParserCreateNS); only the local name matters here.
class ExpatParser
{
public:
    ExpatParser()
        : m_parser(XML_ParserCreateNS("UTF-8", '\x01'))
    {
        XML_SetUserData(m_parser, this);
        XML_SetElementHandler(m_parser, &ExpatParser::onStart, &ExpatParser::onEnd);
        XML_SetCharacterDataHandler(m_parser, &ExpatParser::onText);
    }
    virtual ~ExpatParser() { XML_ParserFree(m_parser); }
    ExpatParser(const ExpatParser &) = delete;
    ExpatParser &operator=(const ExpatParser &) = delete;

    // False for XML that is not well-formed or a document the handlers refused.
    bool parse(const QByteArray &xml)
    {
        constexpr qsizetype Chunk = 16 * 1024 * 1024;
        for (qsizetype pos = 0;;) {
            const qsizetype n = std::min(Chunk, xml.size() - pos);
            const bool last = pos + n >= xml.size();
            if (XML_Parse(m_parser, xml.constData() + pos, int(n), last) != XML_STATUS_OK || m_failed)
                return false;
            if (last)
                return true;
            pos += n;
        }
    }

protected:
    virtual void start(std::string_view name, const char **attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view text) = 0;
    void fail()
    {
        m_failed = true;
        XML_StopParser(m_parser, XML_FALSE);
    }
    static std::string_view attribute(const char **attributes, std::string_view name)
    {
        for (const char **a = attributes; *a; a += 2) {
            if (localName(*a) == name)
                return a[1];
        }
        return {};
    }

private:
    static std::string_view localName(const char *name)
    {
        const char *separator = std::strrchr(name, '\x01');
        return separator ? separator + 1 : name;
    }
    static void XMLCALL onStart(void *self, const char *name, const char **attributes)
    {
        static_cast<ExpatParser *>(self)->start(localName(name), attributes);
    }
    static void XMLCALL onEnd(void *self, const char *name) { static_cast<ExpatParser *>(self)->end(localName(name)); }
    static void XMLCALL onText(void *self, const char *text, int length)
    {
        static_cast<ExpatParser *>(self)->text(std::string_view(text, size_t(length)));
    }

    XML_Parser m_parser;
    bool m_failed = false;
};

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
    QString result() const { return QString::fromUtf8(m_text); }

private:
    QByteArray m_text;
    int m_phonetic = 0;
    int m_inText = 0;
};

class SharedStringsParser final : public ExpatParser
{
public:
    explicit SharedStringsParser(QStringList *out) : m_out(out) {}

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

    SheetParser(Sheet *sheet, const QList<bool> &dateStyles, bool date1904)
        : m_sheet(sheet)
        , m_dateStyles(dateStyles)
        , m_date1904(date1904)
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
        } else if (name == "c") {
            if (m_rowIndex < 0)
                m_rowIndex = 0;
            while (m_sheet->rows.size() <= m_rowIndex)
                m_sheet->rows.append(SheetRow());
            const std::string_view ref = attribute(attributes, "r");
            m_column = ref.empty() ? int(m_sheet->rows.at(m_rowIndex).size()) : columnOf(ref);
            if (m_column < 0 || m_column > 16383)
                return fail();
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
            while (row.size() <= m_column)
                row.append(Cell());
            row[m_column] = Cell();
            m_shared.append({m_rowIndex, m_column, *index});
            return;
        }
        const auto value = [this] { return QString::fromUtf8(m_value); };
        if (m_type == "inlineStr") {
            cell = Cell::text(m_hasInline ? m_inline.result() : value());
        } else if (m_type == "str") {
            cell = Cell::text(value());
        } else if (m_type == "b") {
            cell = Cell::boolean(m_value.trimmed() == "1");
        } else if (m_type == "e") {
            cell = {Cell::Type::Error, value(), 0, {}};
        } else if (m_type == "d") {
            cell = Cell::ofDate(QDate::fromString(value().left(10), Qt::ISODate));
        } else if (!m_value.isEmpty()) {
            bool ok = false;
            const double number = toNumber(m_value, &ok);
            if (!ok)
                cell = Cell::text(value());
            else if (m_style >= 0 && m_style < m_dateStyles.size() && m_dateStyles.at(m_style) && fromSerial(number, m_date1904).isValid())
                cell = Cell::ofDate(fromSerial(number, m_date1904));
            else
                cell = Cell::number(number);
        }
        if (cell.type == Cell::Type::Empty)
            return;
        while (row.size() <= m_column)
            row.append(Cell());
        row[m_column] = cell;
    }

    Sheet *m_sheet;
    const QList<bool> &m_dateStyles;
    bool m_date1904;
    QList<SharedCell> m_shared;
    int m_rowIndex = -1;
    int m_column = 0;
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

static Error damaged(const QString &path)
{
    return Error::invalid(XlsxReader::tr("%1 is not a readable .xlsx workbook: the file is damaged or incomplete.")
                              .arg(QFileInfo(path).fileName()),
                          QFileInfo(path).fileName());
}

static Result<QList<SheetEntry>> listSheets(Package &zip, const QString &path, bool *date1904)
{
    bool bad = false;
    const QByteArray workbook = zip.entry(QStringLiteral("xl/workbook.xml"), &bad);
    if (workbook.isNull())
        return damaged(path);
    const QByteArray rels = zip.entry(QStringLiteral("xl/_rels/workbook.xml.rels"), &bad);
    if (rels.isNull())
        return damaged(path);
    QHash<QString, QString> targets;
    QXmlStreamReader rx(rels);
    while (!rx.atEnd()) {
        rx.readNext();
        if (rx.isStartElement() && rx.name() == QLatin1String("Relationship"))
            targets.insert(rx.attributes().value(QLatin1String("Id")).toString(),
                           resolveTarget(rx.attributes().value(QLatin1String("Target")).toString()));
    }
    QList<SheetEntry> sheets;
    QXmlStreamReader wx(workbook);
    while (!wx.atEnd()) {
        wx.readNext();
        if (!wx.isStartElement())
            continue;
        if (wx.name() == QLatin1String("workbookPr")) {
            const QStringView v = wx.attributes().value(QLatin1String("date1904"));
            *date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (wx.name() == QLatin1String("sheet")) {
            QString rid;
            for (const QXmlStreamAttribute &a : wx.attributes()) {
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
            }
            sheets.append({wx.attributes().value(QLatin1String("name")).toString(), targets.value(rid)});
        }
    }
    if (wx.hasError() || sheets.isEmpty())
        return damaged(path);
    return sheets;
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    Package zip(path);
    if (!zip.open())
        return damaged(path);
    bool date1904 = false;
    auto sheets = listSheets(zip, path, &date1904);
    if (!sheets)
        return sheets.error();
    QStringList names;
    for (const SheetEntry &s : sheets.value())
        names.append(s.name);
    return names;
}

Result<Sheet> XlsxReader::read(const QString &path, const QString &sheetName)
{
    Package zip(path);
    if (!zip.open())
        return damaged(path);
    bool date1904 = false;
    auto sheets = listSheets(zip, path, &date1904);
    if (!sheets)
        return sheets.error();
    const SheetEntry *chosen = nullptr;
    for (const SheetEntry &s : sheets.value()) {
        if (sheetName.isEmpty() || s.name == sheetName) {
            chosen = &s;
            break;
        }
    }
    if (!chosen) {
        QStringList names;
        for (const SheetEntry &s : sheets.value())
            names.append(s.name);
        return Error::invalid(tr("The workbook has no sheet named \"%1\"; its sheets are: %2.").arg(sheetName, names.join(QStringLiteral(", "))),
                              QStringLiteral("sheet"));
    }

    bool bad = false;
    const QByteArray sst = zip.entry(QStringLiteral("xl/sharedStrings.xml"), &bad);
    if (bad)
        return damaged(path);

    QList<bool> dateStyles; // by cellXfs index
    const QByteArray styles = zip.entry(QStringLiteral("xl/styles.xml"), &bad);
    if (bad)
        return damaged(path);
    if (!styles.isNull()) {
        QHash<int, QString> codes;
        QXmlStreamReader x(styles);
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
                    dateStyles.append(isDateFormat(id, codes.value(id)));
                }
            } else if (x.isEndElement() && x.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
    }

    const QByteArray data = zip.entry(chosen->target, &bad);
    if (data.isNull())
        return damaged(path);

    // The shared strings are parsed on a second thread while this one parses the sheet, whose cells name them
    // by index and get their text once both are done: a large table has megabytes of each.
    QStringList shared;
    bool sharedBroken = false;
    std::jthread sharedReader([&] {
        if (sst.isNull())
            return;
        SharedStringsParser parser(&shared);
        sharedBroken = !parser.parse(sst);
    });

    Sheet sheet;
    sheet.name = chosen->name;
    SheetParser parser(&sheet, dateStyles, date1904);
    if (!parser.parse(data))
        return damaged(path);
    sharedReader.join();
    if (sharedBroken)
        return damaged(path);
    for (const SheetParser::SharedCell &c : parser.sharedCells()) {
        if (c.index >= shared.size())
            return damaged(path);
        sheet.rows[c.row][c.column] = Cell::text(shared.at(c.index));
    }
    return sheet;
}

} // namespace sn
