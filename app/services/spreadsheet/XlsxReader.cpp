#include "XlsxReader.h"

#include "ZipArchive.h"

#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <charconv>
#include <cmath>
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

// Text of the current element and its <t> descendants, skipping phonetic runs (<rPh>).
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString endName = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

// A number cell's text as Excel writes it ("13500011438", "6.301021949092246E+17") through std::from_chars,
// several times faster than QString::toDouble, which still reads anything else (surrounding spaces, "+1").
double toNumber(const QString &text, bool *ok)
{
    char ascii[64];
    qsizetype n = 0;
    if (text.size() < qsizetype(sizeof ascii)) {
        for (const QChar c : text) {
            if (c.unicode() > 127) {
                n = 0;
                break;
            }
            ascii[n++] = char(c.unicode());
        }
    }
    double v = 0;
    if (n > 0) {
        const auto [end, error] = std::from_chars(ascii, ascii + n, v);
        if (error == std::errc() && end == ascii + n && std::isfinite(v)) {
            *ok = true;
            return v;
        }
    }
    return text.toDouble(ok);
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
        QXmlStreamReader x(sst);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("si"))
                shared.append(readStringItem(x));
        }
        sharedBroken = x.hasError();
    });
    struct SharedCell
    {
        int row;
        int column;
        qsizetype index;
    };
    QList<SharedCell> sharedCells;

    Sheet sheet;
    sheet.name = chosen->name;
    QXmlStreamReader x(data);
    int rowIndex = -1;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("row")) {
            const QStringView r = x.attributes().value(QLatin1String("r"));
            const int number = r.isEmpty() ? rowIndex + 2 : r.toInt(); // 1-based; 0 when not a number
            if (number < 1 || number > 1048576)
                return damaged(path);
            rowIndex = number - 1;
            continue;
        }
        if (x.name() != QLatin1String("c"))
            continue;
        if (rowIndex < 0)
            rowIndex = 0;
        const QXmlStreamAttributes attrs = x.attributes();
        const QStringView ref = attrs.value(QLatin1String("r"));
        const QStringView type = attrs.value(QLatin1String("t"));
        const int style = attrs.value(QLatin1String("s")).toInt();
        while (sheet.rows.size() <= rowIndex)
            sheet.rows.append(SheetRow());
        SheetRow &row = sheet.rows[rowIndex];
        const int column = ref.isEmpty() ? int(row.size()) : columnOfReference(ref);
        if (column < 0 || column > 16383)
            return damaged(path);
        QString value;
        QString inlineText;
        bool hasInline = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement()) {
                if (x.name() == QLatin1String("v"))
                    value = x.readElementText();
                else if (x.name() == QLatin1String("is")) {
                    inlineText = readStringItem(x);
                    hasInline = true;
                } else if (x.name() == QLatin1String("f")) {
                    x.skipCurrentElement();
                }
            } else if (x.isEndElement() && x.name() == QLatin1String("c")) {
                break;
            }
        }
        Cell cell;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0)
                return damaged(path);
            // Its place now (a following cell without a reference counts from it), its text later.
            while (row.size() <= column)
                row.append(Cell());
            row[column] = Cell();
            sharedCells.append({rowIndex, column, index});
            continue;
        } else if (type == QLatin1String("inlineStr")) {
            cell = Cell::text(hasInline ? inlineText : value);
        } else if (type == QLatin1String("str")) {
            cell = Cell::text(value);
        } else if (type == QLatin1String("b")) {
            cell = Cell::boolean(value.trimmed() == QLatin1String("1"));
        } else if (type == QLatin1String("e")) {
            cell = {Cell::Type::Error, value, 0, {}};
        } else if (type == QLatin1String("d")) {
            cell = Cell::ofDate(QDate::fromString(value.left(10), Qt::ISODate));
        } else if (!value.isEmpty()) {
            bool ok = false;
            const double number = toNumber(value, &ok);
            if (!ok)
                cell = Cell::text(value);
            else if (style >= 0 && style < dateStyles.size() && dateStyles.at(style) && fromSerial(number, date1904).isValid())
                cell = Cell::ofDate(fromSerial(number, date1904));
            else
                cell = Cell::number(number);
        }
        if (cell.type == Cell::Type::Empty)
            continue;
        while (row.size() <= column)
            row.append(Cell());
        row[column] = cell;
    }
    if (x.hasError())
        return damaged(path);
    sharedReader.join();
    if (sharedBroken)
        return damaged(path);
    for (const SharedCell &c : std::as_const(sharedCells)) {
        if (c.index >= shared.size())
            return damaged(path);
        sheet.rows[c.row][c.column] = Cell::text(shared.at(c.index));
    }
    return sheet;
}

} // namespace sn
