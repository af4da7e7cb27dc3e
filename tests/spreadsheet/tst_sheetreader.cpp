// Reading .xlsx, .xls and .csv as they really arrive, and finding the table inside.
#include "SheetFixtures.h"
#include "../fuzz/FuzzInputs.h"

#include "domain/AddressKey.h"
#include "services/spreadsheet/CsvReader.h"
#include "services/spreadsheet/Sheet.h"
#include "services/spreadsheet/TableLocator.h"
#include "services/spreadsheet/XlsxReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestSheetReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A department table with everything wrong with it that we have seen.
    QString messyXlsx()
    {
        XlsxFixture s;
        s.sheetName = QStringLiteral("人社局");
        s.title = QStringLiteral("人社局困难群众疑点信息反馈表");
        s.subtitle = QStringLiteral("报送单位：人社局        2026年11月");
        s.rows = {
            {QStringLiteral("序号"), QStringLiteral("户主\n姓名"), QStringLiteral("家庭 住址"), QStringLiteral("疑点内容"), QStringLiteral("联系电话"),
             QStringLiteral("公民身份号码"), QStringLiteral("登记日期"), QStringLiteral("已核实")},
            {1, QStringLiteral("张三"), QStringLiteral("北园村三社十五号院"), QStringLiteral("失业登记"), 13912345678.0,
             QStringLiteral("630105198001010018"), QDate(2026, 11, 3), true},
            {},
            {2, QStringLiteral("李四"), QStringLiteral("山川社区"), QStringLiteral("就业困难"), QStringLiteral("０９７１-１２３４５６７"),
             630105198001010018.0, QDate(2026, 2, 28), false},
            {QStringLiteral("合计"), QStringLiteral("2户")},
            {QStringLiteral("注：每月月底报送。")},
        };
        const QString file = path(QStringLiteral("messy.xlsx"));
        XlsxFixture second;
        second.sheetName = QStringLiteral("说明");
        second.rows = {{QStringLiteral("只有说明")}};
        if (!writeXlsx(file, {s, second}))
            qFatal("cannot write fixture");
        return file;
    }

private slots:
    void xlsxCellTypes()
    {
        auto sheet = SheetReader::readFile(messyXlsx());
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->name, QStringLiteral("人社局"));
        QCOMPARE(sheet->cell(0, 0).display(), QStringLiteral("人社局困难群众疑点信息反馈表"));
        QCOMPARE(sheet->cell(3, 0).type, Cell::Type::Number);
        QCOMPARE(sheet->cell(3, 0).display(), QStringLiteral("1"));
        QCOMPARE(sheet->cell(3, 4).display(), QStringLiteral("13912345678")); // a phone stored as a double, no ".0"
        QCOMPARE(sheet->cell(3, 6).type, Cell::Type::Date);
        QCOMPARE(sheet->cell(3, 6).date, QDate(2026, 11, 3));
        QCOMPARE(sheet->cell(3, 7).type, Cell::Type::Boolean);
        QCOMPARE(sheet->cell(5, 7).display(), QStringLiteral("FALSE"));
        QCOMPARE(sheet->cell(5, 6).date, QDate(2026, 2, 28));
        QVERIFY(sheet->cell(4, 0).isEmpty());
    }

    void xlsxNamedSheet()
    {
        const QString file = messyXlsx();
        auto names = SheetReader::namesInFile(file);
        QVERIFY(names);
        QCOMPARE(names.value(), (QStringList{QStringLiteral("人社局"), QStringLiteral("说明")}));
        auto sheet = SheetReader::readFile(file, QStringLiteral("说明"));
        QVERIFY(sheet);
        QCOMPARE(sheet->cell(0, 0).display(), QStringLiteral("只有说明"));
        auto missing = SheetReader::readFile(file, QStringLiteral("没有"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("说明")));
    }

    void dateFormats()
    {
        QVERIFY(XlsxReader::isDateFormat(14, {}));
        QVERIFY(XlsxReader::isDateFormat(31, {}));           // yyyy"年"m"月"d"日" built in (zh-CN)
        QVERIFY(XlsxReader::isDateFormat(176, QStringLiteral("yyyy\\-mm\\-dd")));
        QVERIFY(XlsxReader::isDateFormat(177, QStringLiteral("[$-804]yyyy\"年\"m\"月\"")));
        QVERIFY(!XlsxReader::isDateFormat(2, {}));
        QVERIFY(!XlsxReader::isDateFormat(178, QStringLiteral("0.00_);[Red](0.00)")));
        QVERIFY(!XlsxReader::isDateFormat(179, QStringLiteral("\"电话\"0")));
        QVERIFY(!XlsxReader::isDateFormat(180, QStringLiteral("h:mm:ss")));
        QCOMPARE(XlsxReader::columnOfReference(u"A1"), 0);
        QCOMPARE(XlsxReader::columnOfReference(u"AB12"), 27);
    }

    void locateTable()
    {
        auto sheet = SheetReader::readFile(messyXlsx());
        QVERIFY(sheet);
        auto table = TableLocator::locate(sheet.value(), {SheetField::HeadName, SheetField::Address});
        QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
        QCOMPARE(table->headerRow, 2);                       // under two merged title rows
        QCOMPARE(table->column(SheetField::HeadName), 1);    // "户主\n姓名"
        QCOMPARE(table->column(SheetField::Address), 2);     // "家庭 住址"
        QCOMPARE(table->column(SheetField::IdNumber), 5);    // 公民身份号码
        QCOMPARE(table->dataRows, (QList<int>{3, 5}));       // blank row skipped, totals and note left out

        const IdCell good = TableLocator::idNumber(sheet->cell(3, 5));
        QVERIFY(!good.damaged);
        QCOMPARE(good.text, QStringLiteral("630105198001010018"));
        const IdCell lost = TableLocator::idNumber(sheet->cell(5, 5));
        QVERIFY(lost.damaged);                               // 6.30105198001010e17: the last digits are gone
        QCOMPARE(TableLocator::text(sheet->cell(5, 4)), QStringLiteral("0971-1234567")); // full-width digits
    }

    void headerSynonyms_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        QTest::newRow("乡镇（街道）") << QStringLiteral("乡镇（街道）") << QStringLiteral("township");
        QTest::newRow("村(社区)") << QStringLiteral(" 村 (社区) ") << QStringLiteral("village");
        QTest::newRow("身份证号码") << QStringLiteral("身份证\n号码") << QStringLiteral("id_number");
        QTest::newRow("月保障金额（元）") << QStringLiteral("月保障金额（元）") << QStringLiteral("monthly_amount");
        QTest::newRow("成员姓名") << QStringLiteral("成员姓名") << QStringLiteral("name");
        QTest::newRow("电话") << QStringLiteral("电话") << QStringLiteral("phone");
        QTest::newRow("是否重病") << QStringLiteral("是否重病") << QStringLiteral("serious_illness");
    }
    void headerSynonyms()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        const auto f = TableLocator::fieldForHeader(header);
        QVERIFY(f);
        QCOMPARE(TableLocator::code(*f), field);
    }

    void missingColumnListsHeaders()
    {
        Sheet sheet;
        sheet.name = QStringLiteral("t");
        sheet.rows = {{Cell::text(QStringLiteral("序号")), Cell::text(QStringLiteral("姓名")), Cell::text(QStringLiteral("证件"))},
                      {Cell::number(1), Cell::text(QStringLiteral("张三")), Cell::text(QStringLiteral("630105198001010018"))}};
        auto table = TableLocator::locate(sheet, {SheetField::Name, SheetField::IdNumber});
        QVERIFY(!table);
        QVERIFY(table.error().message.contains(QStringLiteral("\"证件\"")));
        QVERIFY(table.error().message.contains(QStringLiteral("身份证号")));
        ColumnMapping mapping;
        mapping.byHeader.insert(SheetField::IdNumber, QStringLiteral("证件"));
        auto mapped = TableLocator::locate(sheet, {SheetField::Name, SheetField::IdNumber}, mapping);
        QVERIFY(mapped);
        QCOMPARE(mapped->column(SheetField::IdNumber), 2);
        ColumnMapping byIndex;
        byIndex.byIndex.insert(SheetField::IdNumber, 2);
        QVERIFY(TableLocator::locate(sheet, {SheetField::Name, SheetField::IdNumber}, byIndex));
    }

    void cellConversions()
    {
        bool bad = false;
        QCOMPARE(*TableLocator::date(Cell::text(QStringLiteral("2024年3月1日")), &bad), QDate(2024, 3, 1));
        QCOMPARE(*TableLocator::date(Cell::text(QStringLiteral("2024/3/1")), &bad), QDate(2024, 3, 1));
        QCOMPARE(*TableLocator::date(Cell::text(QStringLiteral("20240301")), &bad), QDate(2024, 3, 1));
        QCOMPARE(*TableLocator::date(Cell::number(45352), &bad), QDate(2024, 3, 1));
        QVERIFY(!TableLocator::date(Cell::text(QStringLiteral("2024-02-30")), &bad));
        QVERIFY(bad);
        QCOMPARE(*TableLocator::fen(Cell::text(QStringLiteral("735.50元")), &bad), 73550);
        QCOMPARE(*TableLocator::fen(Cell::number(1150.5), &bad), 115050);
        QVERIFY(!TableLocator::fen(Cell::text(QStringLiteral("七百")), &bad) && bad);
        QVERIFY(TableLocator::idNumber(Cell::text(QStringLiteral("6.30105E+17"))).damaged);
        QCOMPARE(TableLocator::idNumber(Cell::number(630105800101001.0)).text, QStringLiteral("630105800101001")); // 15 digits survive
        QCOMPARE(*TableLocator::flag(Cell::text(QStringLiteral("是"))), true);
    }

    void csvGb18030()
    {
        const QString text = QStringLiteral("朝阳街道疑点表,,\r\n序号,户主姓名,家庭住址\r\n1,张三,\"北园村3社,15号\"\r\n2,\"王\"\"五\"\"\",\"多行\n地址\"\r\n");
        const QString file = path(QStringLiteral("gb.csv"));
        QVERIFY(writeBytes(file, gb18030(text)));
        CsvReader::Encoding used;
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(CsvReader::decode(f.readAll(), &used));
        QCOMPARE(used, CsvReader::Encoding::Gb18030);
        auto sheet = SheetReader::readFile(file);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->cell(2, 1).display(), QStringLiteral("张三"));
        QCOMPARE(sheet->cell(2, 2).display(), QStringLiteral("北园村3社,15号"));
        QCOMPARE(sheet->cell(3, 1).display(), QStringLiteral("王\"五\""));
        QCOMPARE(sheet->cell(3, 2).raw, QStringLiteral("多行\n地址"));
    }

    void csvUtf8BomSemicolonAndTab()
    {
        const QString file = path(QStringLiteral("bom.csv"));
        QVERIFY(writeBytes(file, QByteArray("\xEF\xBB\xBF") + QStringLiteral("序号;户主姓名;联系电话\n1;张三;13912345678\n").toUtf8()));
        auto sheet = SheetReader::readFile(file);
        QVERIFY(sheet);
        QCOMPARE(sheet->cell(0, 0).display(), QStringLiteral("序号")); // no BOM left on the first header
        QCOMPARE(sheet->cell(1, 2).display(), QStringLiteral("13912345678"));
        const QString tab = path(QStringLiteral("tab.txt"));
        QVERIFY(writeBytes(tab, QStringLiteral("序号\t户主姓名\n1\t李四\n").toUtf8()));
        auto tabbed = SheetReader::readFile(tab);
        QVERIFY(tabbed);
        QCOMPARE(tabbed->cell(1, 1).display(), QStringLiteral("李四"));
    }

    void xlsFixture()
    {
        // tests/data/ledger.xls: made from tests/data/ledger-xls-source.csv with
        // soffice --headless --infilter="CSV:44,34,76,1,4/2/10/5" --convert-to xls (BIFF8, "MS Excel 97").
        const QString file = testData(QStringLiteral("ledger.xls"));
        QVERIFY2(QFile::exists(file), qPrintable(file));
        auto sheet = SheetReader::readFile(file);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        auto table = TableLocator::locate(sheet.value(), {SheetField::Name, SheetField::IdNumber});
        QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
        QCOMPARE(table->headerRow, 1);
        QCOMPARE(table->dataRows.size(), 3);
        const int first = table->dataRows.first();
        QCOMPARE(TableLocator::text(sheet->cell(first, table->column(SheetField::Name))), QStringLiteral("王建国"));
        QCOMPARE(TableLocator::idNumber(sheet->cell(first, table->column(SheetField::IdNumber))).text, QStringLiteral("630105197003050019"));
        bool bad = false;
        QCOMPARE(*TableLocator::date(sheet->cell(first, table->column(SheetField::StartDate)), &bad), QDate(2024, 3, 1));
        QCOMPARE(*TableLocator::fen(sheet->cell(table->dataRows.at(2), table->column(SheetField::MonthlyAmount)), &bad), 115050);
    }

    // Shared strings are parsed on their own thread and resolved after the sheet: cells without a reference
    // still count from a shared-string cell before them, an empty shared string is an empty cell, numbers as
    // Excel writes them (exponent, padding) read as numbers, and an index past the table is a damaged file.
    void xlsxSharedStringsAndNumbers()
    {
        auto parts = [](const QByteArray &sheetData, const QByteArray &strings) {
            return QList<QPair<QString, QByteArray>>{
                {QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>")},
                {QStringLiteral("xl/workbook.xml"),
                 QByteArray("<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            "<sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>")},
                {QStringLiteral("xl/_rels/workbook.xml.rels"),
                 QByteArray("<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>")},
                {QStringLiteral("xl/worksheets/sheet1.xml"), "<worksheet><sheetData>" + sheetData + "</sheetData></worksheet>"},
                {QStringLiteral("xl/sharedStrings.xml"), strings}};
        };
        const QByteArray strings = "<sst><si><t>户主</t></si><si><t>张三</t></si><si><t/></si><si><r><t>北园</t></r><r><t>村</t></r></si></sst>";
        const QString file = path(QStringLiteral("shared.xlsx"));
        QVERIFY(writeBytes(file, fuzz::storedZip(parts(
                                     "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c><v>42</v></c></row>"
                                     "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>2</v></c><c r=\"C2\"><v>6.301021949092246E+17</v></c>"
                                     "<c r=\"D2\"><v> 7 </v></c><c r=\"E2\" t=\"s\"><v>3</v></c><c r=\"F2\"><v>1e999</v></c></row>",
                                     strings))));
        auto sheet = SheetReader::readFile(file);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->cell(0, 0).display(), QStringLiteral("户主"));
        QCOMPARE(sheet->cell(0, 1).display(), QStringLiteral("张三"));
        QCOMPARE(sheet->cell(0, 2).type, Cell::Type::Number);
        QCOMPARE(sheet->cell(0, 2).value, 42.0);
        QCOMPARE(sheet->cell(1, 1).type, Cell::Type::Empty);
        QCOMPARE(sheet->cell(1, 2).value, 6.301021949092246E+17);
        QCOMPARE(sheet->cell(1, 3).value, 7.0);
        QCOMPARE(sheet->cell(1, 4).display(), QStringLiteral("北园村"));
        QCOMPARE(sheet->cell(1, 5).type, Cell::Type::Text); // out of range for a double: kept as written
        QCOMPARE(sheet->cell(1, 5).display(), QStringLiteral("1e999"));

        const QString pastEnd = path(QStringLiteral("shared-past-end.xlsx"));
        QVERIFY(writeBytes(pastEnd, fuzz::storedZip(parts("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>4</v></c></row>", strings))));
        QVERIFY(!SheetReader::readFile(pastEnd));
        const QString brokenStrings = path(QStringLiteral("shared-broken.xlsx"));
        QVERIFY(writeBytes(brokenStrings, fuzz::storedZip(parts("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "<sst><si><t>x</t></sst>"))));
        QVERIFY(!SheetReader::readFile(brokenStrings));
    }

    void brokenFilesGiveErrors()
    {
        const QString good = messyXlsx();
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (int cut : {10, int(bytes.size() / 3), int(bytes.size() / 2), int(bytes.size()) - 30}) {
            const QString broken = path(QStringLiteral("broken-%1.xlsx").arg(cut));
            QVERIFY(writeBytes(broken, bytes.left(cut)));
            auto sheet = SheetReader::readFile(broken);
            QVERIFY2(!sheet, qPrintable(QStringLiteral("cut at %1 read as a sheet").arg(cut)));
            QVERIFY(sheet.error().message.contains(QStringLiteral("broken-")));
        }
        // Garbage inside a valid zip entry name list: a .xls that is not one.
        const QString notXls = path(QStringLiteral("fake.xls"));
        QVERIFY(writeBytes(notXls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, 'x')));
        QVERIFY(!SheetReader::readFile(notXls));
        const QString empty = path(QStringLiteral("empty.xlsx"));
        QVERIFY(writeBytes(empty, QByteArray()));
        QVERIFY(!SheetReader::readFile(empty));
        QCOMPARE(SheetReader::readFile(path(QStringLiteral("missing.xlsx"))).error().kind, Error::Kind::Io);
    }

    void addressKeys()
    {
        QCOMPARE(AddressKey::normalize(QStringLiteral("北园村三社十五号院")), AddressKey::normalize(QStringLiteral("北园村 3社15号")));
        QCOMPARE(AddressKey::normalize(QStringLiteral("柴达木路１２号 ５号楼２单元３０１室")), QStringLiteral("柴达木路12号5栋2单元301"));
        QCOMPARE(AddressKey::arabicNumerals(QStringLiteral("一百零三号二十三栋")), QStringLiteral("103号23栋"));
        const QString a = AddressKey::normalize(QStringLiteral("青海省西宁市城北区北园村3社15号"));
        const QString b = AddressKey::normalize(QStringLiteral("北园村3社15号"));
        QCOMPARE(a, b);
        QCOMPARE(AddressKey::similarity(AddressKey::normalize(QStringLiteral("朝阳街道北园村3社15号")), b), 95);
        QVERIFY(AddressKey::similarity(AddressKey::normalize(QStringLiteral("北园村3社16号")), b) <= 60);
        QVERIFY(AddressKey::similarity(AddressKey::normalize(QStringLiteral("北园3社15号")), b) >= 90);
    }

    // Every rewrite of normalize(), each of which runs only when its text occurs.
    void addressKeyRewrites_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("key");
        QTest::newRow("city prefix only") << QStringLiteral("西宁市柴达木路8号") << QStringLiteral("柴达木路8号");
        QTest::newRow("district prefix only") << QStringLiteral("城北区柴达木路8号") << QStringLiteral("柴达木路8号");
        QTest::newRow("prefix inside kept") << QStringLiteral("柴达木路城北区8号") << QStringLiteral("柴达木路城北区8号");
        QTest::newRow("号院") << QStringLiteral("北园村十五号院") << QStringLiteral("北园村15号");
        QTest::newRow("号幢") << QStringLiteral("幸福家园3号幢") << QStringLiteral("幸福家园3栋");
        QTest::newRow("座") << QStringLiteral("金座大厦2座") << QStringLiteral("金座大厦2栋");
        QTest::newRow("栋楼") << QStringLiteral("小区4栋楼") << QStringLiteral("小区4栋");
        QTest::newRow("组 as 社") << QStringLiteral("北园村6组") << QStringLiteral("北园村6社");
        QTest::newRow("户 at the end") << QStringLiteral("北园村6社168户") << QStringLiteral("北园村6社168");
        QTest::newRow("号房 at the end") << QStringLiteral("2单元301号房") << QStringLiteral("2单元301");
        QTest::newRow("室 not at the end") << QStringLiteral("301室北") << QStringLiteral("301室北");
        QTest::newRow("nothing to rewrite") << QStringLiteral("海湖路158号") << QStringLiteral("海湖路158号");
    }
    void addressKeyRewrites()
    {
        QFETCH(QString, address);
        QFETCH(QString, key);
        QCOMPARE(AddressKey::normalize(address), key);
    }
};

QTEST_GUILESS_MAIN(TestSheetReader)
#include "tst_sheetreader.moc"
