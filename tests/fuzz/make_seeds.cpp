// Writes the small seed corpora the fuzz targets start from: fuzz_make_seeds <source>/tests/fuzz/corpus
// Valid inputs of every kind the readers accept, so the fuzzer starts deep inside the formats.
#include "FuzzInputs.h"

#include "services/spreadsheet/ZipArchive.h"
#include "services/sync/Bundle.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <cstdio>
#include <xlsxwriter.h>

using namespace sn;

namespace {

QString root;

void put(const QString &target, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(root + u'/' + target);
    QFile f(root + u'/' + target + u'/' + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
        std::exit(1);
    }
}

QByteArray utf8(const char16_t *s)
{
    return QString::fromUtf16(s).toUtf8();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A ledger-like workbook: shared strings, numbers, a date format, a boolean, a second sheet.
QByteArray ledgerXlsx(const QString &path, bool twoSheets)
{
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_worksheet *ws = workbook_add_worksheet(wb, "台账");
    worksheet_merge_range(ws, 0, 0, 0, 3, "朝阳街道低保台账", nullptr);
    const char *head[] = { "姓名", "身份证号", "保障人数", "认定日期" };
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(ws, 1, lxw_col_t(c), head[c], nullptr);
    worksheet_write_string(ws, 2, 0, "张三", nullptr);
    worksheet_write_string(ws, 2, 1, "630105198001010012", nullptr);
    worksheet_write_number(ws, 2, 2, 2, nullptr);
    lxw_datetime dt = { 2024, 3, 1, 0, 0, 0 };
    worksheet_write_datetime(ws, 2, 3, &dt, date);
    worksheet_write_string(ws, 3, 0, "李四", nullptr);
    worksheet_write_number(ws, 3, 1, 630105198205060028.0, nullptr);
    worksheet_write_boolean(ws, 3, 2, 1, nullptr);
    worksheet_write_formula_num(ws, 3, 3, "=1+1", nullptr, 2);
    if (twoSheets) {
        lxw_worksheet *ws2 = workbook_add_worksheet(wb, "Sheet2");
        worksheet_write_string(ws2, 0, 0, "备注", nullptr);
        worksheet_write_number(ws2, 5, 27, 1.5, nullptr);
    }
    if (workbook_close(wb) != LXW_NO_ERROR) {
        std::fprintf(stderr, "xlsxwriter failed\n");
        std::exit(1);
    }
    return readAll(path);
}

QByteArray parts(const QString &xlsxPath)
{
    ZipArchive zip;
    if (!zip.open(xlsxPath))
        std::exit(1);
    QList<QByteArray> list;
    for (const char *name : { "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
             "xl/sharedStrings.xml", "xl/styles.xml" }) {
        bool damaged = false;
        list.append(zip.read(QString::fromLatin1(name), &damaged).value_or(QByteArray()));
    }
    return fuzz::joinParts(list);
}

QList<Change> sampleChanges()
{
    QJsonObject household { { QStringLiteral("id"), QStringLiteral("h-0001") },
        { QStringLiteral("township_code"), QStringLiteral("630105001") },
        { QStringLiteral("address"), QStringLiteral("北园村3社15号") },
        { QStringLiteral("hlc"), QStringLiteral("0000019a1b2c3d4e-0000-st1") } };
    QJsonObject member { { QStringLiteral("id"), QStringLiteral("m-0001") },
        { QStringLiteral("household_id"), QStringLiteral("h-0001") },
        { QStringLiteral("name"), QStringLiteral("张三") },
        { QStringLiteral("id_number"), QStringLiteral("630105198001010012") } };
    return { { QStringLiteral("households"), QStringLiteral("h-0001"), QString(),
                 Row::fromJson(QStringLiteral("households"), household), true },
        { QStringLiteral("members"), QStringLiteral("m-0001"), QStringLiteral("0000019a1b2c3d4e-0000-st0"),
            Row::fromJson(QStringLiteral("members"), member), false } };
}

QByteArray signedBundle(const QList<Change> &changes, qint64 seq)
{
    BundleHeader h;
    h.schema = 20;
    h.station = QStringLiteral("st1");
    h.stationName = QStringLiteral("朝阳街道");
    h.seq = seq;
    h.firstOutbox = 1;
    h.lastOutbox = changes.size();
    h.created = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    auto bytes = Bundle::sealSigned(h, { BundleSection { QStringLiteral("630105001"), changes } }, fuzz::testRing());
    if (!bytes)
        std::exit(1);
    return bytes.value();
}

QByteArray sealed(const QList<Change> &changes, qint64 seq, int format = Bundle::SealedFormat)
{
    BundleHeader h;
    h.schema = 7;
    h.station = QStringLiteral("st1");
    h.stationName = QStringLiteral("朝阳街道");
    h.seq = seq;
    h.firstOutbox = 1;
    h.lastOutbox = changes.size();
    h.created = QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
    auto bytes = Bundle::seal(h, changes, fuzz::testKey(), format);
    if (!bytes)
        std::exit(1);
    return bytes.value();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds <tests/fuzz/corpus>\n");
        return 1;
    }
    root = QString::fromLocal8Bit(argv[1]);

    // ID numbers: the first byte picks UTF-8 (even) or UTF-16 (odd).
    const char *ids[] = { "630105198001010012", "63010580010101", "630105800101001", "11010519491231002X",
        "110105 1949 1231 002x", "630105-19800101-0013", "630105198002300011", "99010519800101001X" };
    int n = 0;
    for (const char *id : ids)
        put(QStringLiteral("idnumber"), QStringLiteral("id%1").arg(++n), QByteArray(1, '\0') + id);
    put(QStringLiteral("idnumber"), QStringLiteral("fullwidth"),
        QByteArray(1, '\0') + utf8(u"６３０１０５１９８００１０１００１２"));
    const QString wide = QStringLiteral("630105198001010012");
    put(QStringLiteral("idnumber"), QStringLiteral("utf16"),
        QByteArray(1, '\1') + QByteArray(reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2));

    // CSV: UTF-8, UTF-8 with BOM and semicolons, GB18030, UTF-16LE tab-separated, quotes and line breaks.
    const QString table = QStringLiteral("姓名,身份证号,电话,地址\n张三,630105198001010012,13897001234,北园村3社15号\n"
                                         "李四,\"630105198205060028\",,\"北园村\"\"老\"\"屋,\n2号\"\r\n");
    put(QStringLiteral("csv"), QStringLiteral("utf8.csv"), table.toUtf8());
    put(QStringLiteral("csv"), QStringLiteral("bom-semicolon.csv"),
        "\xEF\xBB\xBF" + QString(table).replace(u',', u';').toUtf8());
    QStringEncoder gb("GB18030");
    put(QStringLiteral("csv"), QStringLiteral("gb18030.csv"), gb(table));
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    put(QStringLiteral("csv"), QStringLiteral("utf16.tsv"), "\xFF\xFE" + utf16(QString(table).replace(u',', u'\t')));
    put(QStringLiteral("csv"), QStringLiteral("excel-tab.tsv"), QByteArray("1\t2\t\"a\tb\"\n3\t4\t5\n"));

    // xlsx: two workbooks from libxlsxwriter, and their XML parts for xlsx_parts.
    QTemporaryDir tmp;
    put(QStringLiteral("xlsx"), QStringLiteral("ledger.xlsx"),
        ledgerXlsx(tmp.filePath(QStringLiteral("a.xlsx")), false));
    put(QStringLiteral("xlsx"), QStringLiteral("two-sheets.xlsx"),
        ledgerXlsx(tmp.filePath(QStringLiteral("b.xlsx")), true));
    put(QStringLiteral("xlsx_parts"), QStringLiteral("ledger"), parts(tmp.filePath(QStringLiteral("a.xlsx"))));
    put(QStringLiteral("xlsx_parts"), QStringLiteral("two-sheets"), parts(tmp.filePath(QStringLiteral("b.xlsx"))));
    put(QStringLiteral("xlsx_parts"), QStringLiteral("inline"),
        fuzz::joinParts(
            { "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr "
              "date1904=\"1\"/><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>",
                "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                "<worksheet><sheetData><row r=\"2\"><c r=\"B2\" "
                "t=\"inlineStr\"><is><t>文</t><rPh><t>ぶん</t></rPh></is></c>"
                "<c r=\"C2\" s=\"1\"><v>45000.5</v></c><c t=\"e\"><v>#N/A</v></c><c t=\"d\"><v>2026-01-02</v></c></row>"
                "</sheetData></worksheet>",
                "<sst><si><t>x</t></si></sst>",
                "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"[Red]yyyy&quot;年&quot;\"/></numFmts>"
                "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>" }));

    // xls: the committed FreeXL fixture.
    put(QStringLiteral("xls"), QStringLiteral("ledger.xls"), readAll(root + QStringLiteral("/../../data/ledger.xls")));

    // Bundles sealed with the test key: two changes (the current format and format 1, JSON), and none.
    put(QStringLiteral("bundle"), QStringLiteral("two-changes"), sealed(sampleChanges(), 1));
    put(QStringLiteral("bundle"), QStringLiteral("two-changes-format1"), sealed(sampleChanges(), 1, 1));
    put(QStringLiteral("bundle"), QStringLiteral("empty"), sealed({}, 2));
    put(QStringLiteral("bundle"), QStringLiteral("signed-two-changes"), signedBundle(sampleChanges(), 3));
    // Payloads (first byte: bit 0 compress the rest, bit 1 format 2): JSON of format 1 and CBOR of format 2.
    const QByteArray json = Bundle::encode(sampleChanges(), 1);
    put(QStringLiteral("bundle_payload"), QStringLiteral("json"), QByteArray(1, '\1') + json);
    put(QStringLiteral("bundle_payload"), QStringLiteral("compressed"), QByteArray(1, '\0') + qCompress(json, 6));
    put(QStringLiteral("bundle_payload"), QStringLiteral("empty-array"), QByteArray("\1[]"));
    const QByteArray cbor = Bundle::encode(sampleChanges(), 2);
    put(QStringLiteral("bundle_payload"), QStringLiteral("cbor"), QByteArray(1, '\3') + cbor);
    put(QStringLiteral("bundle_payload"), QStringLiteral("cbor-one-change"),
        QByteArray(1, '\3') + Bundle::encode(sampleChanges().mid(1), 2));
    put(QStringLiteral("bundle_payload"), QStringLiteral("cbor-compressed"), QByteArray(1, '\2') + qCompress(cbor, 6));
    put(QStringLiteral("bundle_payload"), QStringLiteral("cbor-empty"), QByteArray(1, '\3') + Bundle::encode({}, 2));
    return 0;
}
