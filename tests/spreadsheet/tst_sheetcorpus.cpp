// The corpus of tests/data/spreadsheets (made by make_corpus.py there): one ledger as openpyxl, LibreOffice,
// Excel 5/95 (BIFF5), Excel 97-2003 (BIFF8, stream "Workbook" or "Book"), minimal, strict and rewritten
// packages and CSV in three encodings write it, each read to the same table; and the files that are not
// readable refused with what is wrong (password, not a spreadsheet, which part is damaged).
#include "TestUtil.h"

#include "services/spreadsheet/Sheet.h"
#include "services/spreadsheet/TableLocator.h"

#include <QFile>
#include <QTest>

using namespace sn;

namespace {

QString corpus(const QString &name)
{
    return qEnvironmentVariable("SN_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/spreadsheets/") + name;
}

} // namespace

class TestSheetCorpus : public QObject
{
    Q_OBJECT

private slots:
    void readsTheLedger_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : { "ledger-openpyxl.xlsx", "ledger-1904.xlsx", "ledger-lo.xlsx", "ledger-inline.xlsx",
                 "ledger-empty-sst.xlsx", "ledger-empty-sst-element.xlsx", "ledger-rich-escapes.xlsx",
                 "ledger-strict.xlsx", "ledger-absolute.xlsx", "ledger-minimal.xlsx", "ledger-lo.ods",
                 "ledger-biff8.xls", "ledger-biff8-book.xls", "ledger-biff5.xls", "ledger-utf8.csv",
                 "ledger-utf8-bom.csv", "ledger-gb18030.csv" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // Every file holds the same table: title in A1, the header in row 2, three members of two households.
    void readsTheLedger()
    {
        QFETCH(QString, file);
        QVERIFY2(QFile::exists(corpus(file)), qPrintable(corpus(file)));
        const auto sheet = SheetReader::readFile(corpus(file));
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(TableLocator::text(sheet->cell(0, 0)), QStringLiteral("朝阳街道城乡低保花名册"));
        const auto table = TableLocator::locate(sheet.value(), { SheetField::Name, SheetField::IdNumber });
        QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
        QCOMPARE(table->headerRow, 1);
        QCOMPARE(table->dataRows.size(), 3);
        const auto at
            = [&](int row, SheetField field) { return sheet->cell(table->dataRows.at(row), table->column(field)); };
        QCOMPARE(TableLocator::text(at(0, SheetField::Name)), QStringLiteral("王建国"));
        QCOMPARE(TableLocator::text(at(1, SheetField::Name)), QStringLiteral("李秀兰"));
        QCOMPARE(TableLocator::text(at(2, SheetField::HeadName)), QStringLiteral("赵德明"));
        QCOMPARE(TableLocator::idNumber(at(1, SheetField::IdNumber)).text, QStringLiteral("630105197206110026"));
        QCOMPARE(TableLocator::text(at(1, SheetField::Relation)), QStringLiteral("配偶"));
        QCOMPARE(TableLocator::text(at(2, SheetField::Category)), QStringLiteral("特困"));
        bool bad = false;
        QCOMPARE(TableLocator::fen(at(0, SheetField::MonthlyAmount), &bad), std::optional<qint64>(73500));
        QVERIFY(!TableLocator::fen(at(1, SheetField::MonthlyAmount), &bad) && !bad);
        QCOMPARE(TableLocator::fen(at(2, SheetField::MonthlyAmount), &bad), std::optional<qint64>(115050));
        QCOMPARE(TableLocator::date(at(0, SheetField::StartDate), &bad), std::optional<QDate>(QDate(2024, 3, 1)));
        QCOMPARE(TableLocator::date(at(2, SheetField::StartDate), &bad), std::optional<QDate>(QDate(2023, 7, 15)));
        const auto names = SheetReader::namesInFile(corpus(file));
        QVERIFY2(
            names && names->size() == 1, qPrintable(names ? names->join(QLatin1Char(',')) : names.error().message));
    }

    // What the writers put in their strings: rich-text runs joined, phonetic runs left out, _x000D_ a carriage
    // return and _x005F_ an underscore, character references decoded.
    void stringsAsWritten()
    {
        const auto sheet = SheetReader::readFile(corpus(QStringLiteral("ledger-rich-escapes.xlsx")));
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->cell(1, 0).raw, QStringLiteral("序号_x000D_"));
        QCOMPARE(sheet->cell(1, 4).raw, QStringLiteral("与户主\r\n关系"));
        QCOMPARE(sheet->cell(1, 7).raw, QStringLiteral("享受起始时间"));
        QCOMPARE(sheet->cell(2, 1).raw, QStringLiteral("王建国"));
        QCOMPARE(sheet->cell(2, 5).raw, QStringLiteral("低保"));
        const auto inlined = SheetReader::readFile(corpus(QStringLiteral("ledger-inline.xlsx")));
        QVERIFY(inlined);
        QCOMPARE(inlined->cell(1, 2).raw, QStringLiteral("姓名")); // a rich inline string of two runs
    }

    // Dates stored as numbers with a date format, in the 1900 and the 1904 date system.
    void datesAsNumbers()
    {
        for (const char *name : { "ledger-openpyxl.xlsx", "ledger-1904.xlsx", "ledger-lo.xlsx", "ledger-lo.ods" }) {
            const auto sheet = SheetReader::readFile(corpus(QString::fromLatin1(name)));
            QVERIFY(sheet);
            QCOMPARE(sheet->cell(2, 7).type, Cell::Type::Date);
            QCOMPARE(sheet->cell(2, 7).date, QDate(2024, 3, 1));
        }
    }

    void refusedWithTheReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("xlsx with a password") << QStringLiteral("protected.xlsx") << QStringLiteral("password");
        QTest::newRow("xls with a password") << QStringLiteral("protected.xls") << QStringLiteral("password");
        QTest::newRow("a Word package") << QStringLiteral("not-a-workbook.xlsx") << QStringLiteral("not a spreadsheet");
        QTest::newRow("sheet XML cut short")
            << QStringLiteral("damaged-sheet.xlsx") << QStringLiteral("xl/worksheets/sheet1.xml");
        QTest::newRow("a part failing its CRC")
            << QStringLiteral("damaged-crc.xlsx") << QStringLiteral("xl/worksheets/sheet1.xml");
    }

    void refusedWithTheReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const auto sheet = SheetReader::readFile(corpus(file));
        QVERIFY(!sheet);
        QVERIFY2(sheet.error().message.contains(reason), qPrintable(sheet.error().message));
        QVERIFY2(sheet.error().message.contains(file), qPrintable(sheet.error().message));
        QVERIFY2(!sheet.error().message.contains(QStringLiteral("damaged")) || reason.contains(QLatin1Char('/')),
            qPrintable(sheet.error().message));
    }
};

QTEST_MAIN(TestSheetCorpus)
#include "tst_sheetcorpus.moc"
