// The limits of what one spreadsheet may make SafetyNet allocate (SheetLimits): the memory bombs of issue 20 are
// refused with a message before they take more than a few MB, files and parts over their size are refused
// unread, and an ordinary large table still reads.
#include "SheetFixtures.h"

#include "fuzz/FuzzInputs.h"
#include "services/spreadsheet/Sheet.h"

#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace sn;
using namespace sn::test;

namespace {

qint64 peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString regression(const QString &name)
{
    return qEnvironmentVariable("SN_TEST_SOURCE_DIR") + QStringLiteral("/tests/fuzz/regressions/") + name;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSheetLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Reads `path` and expects the cell budget's refusal, with the peak memory of this process grown by less
    // than `mb`. The budget lets a small file make about 110,000 cells before it is refused: 5.5 MB on the
    // development machine, 13.8 MB once on the CI machine (peak RSS depends on the kernel's page policy, e.g.
    // transparent huge pages). The bound leaves room for that; the bombs unrefused take GBs.
    void expectRefusedSmall(const QString &path, qint64 mb)
    {
        const qint64 before = peakRssKb();
        const auto sheet = SheetReader::readFile(path);
        const qint64 grown = peakRssKb() - before;
        QVERIFY(!sheet);
        QVERIFY2(
            sheet.error().message.contains(QStringLiteral("addresses more than")), qPrintable(sheet.error().message));
        QVERIFY2(grown < mb * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KB").arg(grown)));
    }

private slots:
    void initTestCase()
    {
        // Warm up the allocator and Qt's XML and zip code with a real file, so the measures below see the bombs.
        QVERIFY(SheetReader::readFile(
            qEnvironmentVariable("SN_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/spreadsheets/ledger-lo.xlsx")));
    }

    // 11 KB of xlsx naming cells at XFD1 to XFD2000 and XFD1048576: 32 million cells if padded.
    void cellsAtTheLastColumn()
    {
        const QString path = regression(QStringLiteral("sheet/bomb-xfd1048576.xlsx"));
        QVERIFY(QFileInfo(path).size() < 16 * 1024);
        expectRefusedSmall(path, 32);
    }

    // One cell at the last row and column, nothing else.
    void oneCellAtTheEnd()
    {
        const QByteArray parts = fuzz::joinParts({ QByteArray(
                                                       "<workbook><sheets><sheet name=\"S\" r:id=\"rId1\" "
                                                       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"
                                                       "2006/relationships\"/></sheets></workbook>"),
            QByteArray("<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            QByteArray("<worksheet><sheetData><row r=\"1048576\"><c "
                       "r=\"XFD1048576\"><v>1</v></c></row></sheetData></worksheet>") });
        const QList<QByteArray> split = parts.split('\x01');
        const QString path = write(QStringLiteral("one-cell.xlsx"),
            fuzz::storedZip({ { QStringLiteral("xl/workbook.xml"), split.at(0) },
                { QStringLiteral("xl/_rels/workbook.xml.rels"), split.at(1) },
                { QStringLiteral("xl/worksheets/sheet1.xml"), split.at(2) } }));
        expectRefusedSmall(path, 32);
    }

    // ODF's repeat counts: a row repeated to the last row holding a cell repeated to the last column.
    void repeatedRowsAndCells()
    {
        const QString path = write(QStringLiteral("bomb.ods"),
            fuzz::storedZip(
                { { QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.spreadsheet") },
                    { QStringLiteral("content.xml"),
                        fileBytes(regression(QStringLiteral("ods_content/bomb-repeated-rows-and-cells"))) } }));
        expectRefusedSmall(path, 32);
        // The empty rows LibreOffice writes after every table cost nothing.
        const QString trailing = write(QStringLiteral("trailing.ods"),
            fuzz::storedZip(
                { { QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.spreadsheet") },
                    { QStringLiteral("content.xml"),
                        fileBytes(regression(QStringLiteral("ods_content/ok-trailing-empty-rows"))) } }));
        const auto sheet = SheetReader::readFile(trailing);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->rows.size(), 2);
    }

    // Files over SheetLimits::MaxFileBytes are refused unread (sparse files: no disk is used).
    void filesOverTheSizeLimit()
    {
        for (const QString &name : { QStringLiteral("huge.csv"), QStringLiteral("huge.xlsx") }) {
            const QString path = m_dir.filePath(name);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(
                f.write(name.endsWith(QLatin1String("xlsx")) ? QByteArray("PK\x03\x04", 4) : QByteArray("a,b\n")) > 0);
            QVERIFY(f.resize(SheetLimits::MaxFileBytes + 1));
            f.close();
            const qint64 before = peakRssKb();
            const auto sheet = SheetReader::readFile(path);
            QVERIFY(!sheet);
            QVERIFY2(
                sheet.error().message.contains(QStringLiteral("files over 256 MB")), qPrintable(sheet.error().message));
            QVERIFY(peakRssKb() - before < 8 * 1024);
        }
    }

    // A part whose directory entry says it unpacks to more than SheetLimits::MaxPartBytes is not inflated.
    void partOverTheSizeLimit()
    {
        QByteArray zip = fuzz::storedZip(
            { { QStringLiteral("xl/workbook.xml"),
                  QByteArray("<workbook><sheets><sheet name=\"S\" r:id=\"rId1\" xmlns:r=\"r\"/></sheets></workbook>") },
                { QStringLiteral("xl/_rels/workbook.xml.rels"),
                    QByteArray("<Relationships><Relationship Id=\"rId1\" "
                               "Target=\"worksheets/sheet1.xml\"/></Relationships>") },
                { QStringLiteral("xl/worksheets/sheet1.xml"), QByteArray("<worksheet/>") } });
        // The central directory's entry of the sheet: its uncompressed size is at offset 24.
        const qsizetype entry
            = zip.lastIndexOf(QByteArray("PK\x01\x02", 4), zip.lastIndexOf("xl/worksheets/sheet1.xml"));
        QVERIFY(entry > 0);
        const quint32 claimed = quint32(SheetLimits::MaxPartBytes + 1);
        for (int i = 0; i < 4; ++i)
            zip[entry + 24 + i] = char((claimed >> (8 * i)) & 0xff);
        const auto sheet = SheetReader::readFile(write(QStringLiteral("big-part.xlsx"), zip));
        QVERIFY(!sheet);
        QVERIFY2(sheet.error().message.contains(
                     QStringLiteral("xl/worksheets/sheet1.xml is larger than 256 MB once unpacked")),
            qPrintable(sheet.error().message));
    }

    // A table of 20,000 rows and 12 columns is far inside the budget.
    void anOrdinaryLargeTableReads()
    {
        XlsxFixture fixture;
        fixture.title = QStringLiteral("花名册");
        for (int r = 0; r < 20000; ++r) {
            FixtureRow row;
            for (int c = 0; c < 12; ++c)
                row.append(c % 3 ? QVariant(QStringLiteral("文本%1").arg(r % 97)) : QVariant(r * 12 + c));
            fixture.rows.append(row);
        }
        const QString path = m_dir.filePath(QStringLiteral("large.xlsx"));
        QVERIFY(writeXlsx(path, { fixture }));
        const auto sheet = SheetReader::readFile(path);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->rows.size(), 20001);
        QCOMPARE(sheet->cell(20000, 11).display(), QStringLiteral("文本%1").arg(19999 % 97));
    }
};

QTEST_MAIN(TestSheetLimits)
#include "tst_sheetlimits.moc"
