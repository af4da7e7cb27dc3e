// Public-notice cards: layouts and page counts, nothing painted outside a card's box, long text wrapping,
// privacy of what a card shows, minors, scope, ordering, the print log and reprints.
#include "PdfText.h"
#include "StationFixture.h"

#include "database/AuditLog.h"
#include "database/SettingsRepository.h"
#include "services/HouseholdService.h"
#include "services/documents/CardService.h"
#include "services/documents/TextBlock.h"

#include <QPainter>
#include <QRegularExpression>
#include <QTest>

using namespace sn;
using namespace sn::doc;
using namespace sn::test;

namespace {

PublicCard sampleCard(int i = 0)
{
    PublicCard c;
    c.householdId = QStringLiteral("h%1").arg(i);
    c.townshipCode = Chaoyang;
    c.cardNumber = CardService::cardNumber(Chaoyang, c.householdId);
    c.title = QStringLiteral("民政兜底保障对象公示卡");
    c.headName = QStringLiteral("王秀英");
    c.category = QStringLiteral("低保");
    c.persons = 3;
    c.monthlyAmount = 123450;
    c.startDate = QDate(2024, 3, 1);
    c.districtName = QStringLiteral("城北区");
    c.townshipName = QStringLiteral("朝阳街道");
    c.villageName = QStringLiteral("北园村");
    c.officialName = QStringLiteral("李明");
    c.officialPhone = QStringLiteral("0971-5551234");
    c.hotline = QStringLiteral("12345");
    c.printDate = QDate(2026, 11, 28);
    return c;
}

QList<PublicCard> sampleCards(int n)
{
    QList<PublicCard> list;
    for (int i = 0; i < n; ++i)
        list.append(sampleCard(i));
    return list;
}

// Pixels that are not (nearly) white and lie outside every rectangle.
int inkOutside(const QImage &image, const QList<QRect> &boxes)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(line[x]) > 245)
                continue;
            bool inside = false;
            for (const QRect &b : boxes)
                inside = inside || b.contains(x, y);
            count += inside ? 0 : 1;
        }
    }
    return count;
}

int inkInside(const QImage &image, const QRect &box)
{
    int count = 0;
    for (int y = qMax(0, box.top()); y <= qMin(image.height() - 1, box.bottom()); ++y)
        for (int x = qMax(0, box.left()); x <= qMin(image.width() - 1, box.right()); ++x)
            count += qGray(image.pixel(x, y)) <= 245 ? 1 : 0;
    return count;
}

// A card box in image pixels, one pixel larger on each side for antialiasing.
QRect toPixels(const QRectF &units, qreal dpi)
{
    const qreal s = dpi / UnitsPerInch;
    return QRectF(units.left() * s, units.top() * s, units.width() * s, units.height() * s)
        .toAlignedRect()
        .adjusted(-1, -1, 1, 1);
}

} // namespace

class TestCards : public QObject
{
    Q_OBJECT

private slots:
    void cardNumberIsStable()
    {
        const QString a = CardService::cardNumber(Chaoyang, QStringLiteral("0b9e7c1a-5d4e-4f7a-9a56-1f2d3c4b5a69"));
        QCOMPARE(a, CardService::cardNumber(Chaoyang, QStringLiteral("0b9e7c1a-5d4e-4f7a-9a56-1f2d3c4b5a69")));
        QVERIFY(a.startsWith(Chaoyang + QLatin1Char('-')));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{9}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"))
                    .match(a)
                    .hasMatch());
        QVERIFY(a != CardService::cardNumber(Chaoyang, QStringLiteral("another")));
        QSet<QString> seen;
        for (int i = 0; i < 5000; ++i)
            seen.insert(CardService::cardNumber(Chaoyang, QStringLiteral("household-%1").arg(i)));
        QCOMPARE(seen.size(), 5000);
    }

    void pageCounts_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<int>("cards");
        QTest::addColumn<int>("pages");
        QTest::newRow("a5") << QStringLiteral("a5") << 5 << 5;
        QTest::newRow("a4x2") << QStringLiteral("a4x2") << 5 << 3;
        QTest::newRow("a4x4") << QStringLiteral("a4x4") << 5 << 2;
        QTest::newRow("a4x4 exact") << QStringLiteral("a4x4") << 8 << 2;
        QTest::newRow("none") << QStringLiteral("a4x2") << 0 << 0;
    }
    void pageCounts()
    {
        QFETCH(QString, layout);
        QFETCH(int, cards);
        QFETCH(int, pages);
        const CardSheet sheet(sampleCards(cards), *cardLayoutFromCode(layout));
        QCOMPARE(sheet.pageCount(), pages);
    }

    void pageSizes()
    {
        QCOMPARE(CardSheet(sampleCards(1), CardLayout::A5).pageLayout().pageSize().id(), QPageSize::A5);
        QCOMPARE(CardSheet(sampleCards(1), CardLayout::A4x4).pageLayout().pageSize().id(), QPageSize::A4);
        QVERIFY(!cardLayoutFromCode(QStringLiteral("a3")));
    }

    void nothingOutsideTheCards_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<bool>("longText");
        for (const char *l : { "a5", "a4x2", "a4x4" }) {
            QTest::newRow(l) << QString::fromLatin1(l) << false;
            QTest::newRow(QByteArray(l).append(" long").constData()) << QString::fromLatin1(l) << true;
        }
    }
    void nothingOutsideTheCards()
    {
        QFETCH(QString, layout);
        QFETCH(bool, longText);
        QList<PublicCard> cards = sampleCards(5);
        if (longText) {
            cards[1].headName = QStringLiteral("买买提·艾力·阿不都热合曼·库尔班·吐尔逊·艾合买提江");
            cards[1].villageName = QStringLiteral("一个名字特别特别长的村民委员会第三村民小组居民点");
            cards[1].officialName = QStringLiteral("欧阳娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜");
            cards[1].title = QStringLiteral("城北区民政兜底保障对象（城乡低保、特困供养）公示卡");
        }
        const CardSheet sheet(cards, *cardLayoutFromCode(layout));
        const qreal dpi = 72;
        for (int page = 0; page < sheet.pageCount(); ++page) {
            const QImage image = Rendering::renderPage(sheet, page, dpi);
            QList<QRect> boxes;
            const int per = CardSheet::cardsPerPage(sheet.layout());
            for (int slot = 0; slot < per && page * per + slot < cards.size(); ++slot) {
                boxes.append(toPixels(sheet.cardRect(slot), dpi));
                QVERIFY2(inkInside(image, boxes.last()) > 500, "a card was painted");
            }
            QCOMPARE(inkOutside(image, boxes), 0);
        }
    }

    void longTextWrapsInsideItsBox()
    {
        const QString name = QStringLiteral("买买提·艾力·阿不都热合曼·库尔班·吐尔逊");
        const TextBlock narrow(name, font(Face::Sans, 12), mm(30));
        QVERIFY(narrow.lineCount() > 1);
        QVERIFY(narrow.naturalWidth() <= mm(30) + 0.5);
        const TextBlock wide(name, font(Face::Sans, 12), mm(300));
        QCOMPARE(wide.lineCount(), 1);
        QVERIFY(narrow.height() > wide.height());

        // On a card the long name wraps (no eliding) and stays inside; absurd text is cut, still inside.
        PublicCard c = sampleCard();
        c.headName = name;
        c.villageName = QStringLiteral("一个名字特别特别长的村民委员会第三村民小组居民点");
        for (CardLayout layout : { CardLayout::A5, CardLayout::A4x2, CardLayout::A4x4 }) {
            const CardSheet sheet({ c }, layout);
            QImage image(400, 600, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            const QRectF box = sheet.cardRect(0);
            p.scale(image.width() / sheet.pageSize().width(), image.height() / sheet.pageSize().height());
            QVERIFY2(CardSheet::paintCard(p, c, box), qPrintable(cardLayoutCode(layout)));
        }
        c.headName = QString(4000, QChar(0x738B));
        const CardSheet sheet({ c }, CardLayout::A4x4);
        QImage image(300, 420, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.scale(image.width() / sheet.pageSize().width(), image.height() / sheet.pageSize().height());
        QVERIFY(!CardSheet::paintCard(p, c, sheet.cardRect(0)));
        p.end();
        const qreal sx = image.width() / sheet.pageSize().width();
        const QRectF b = sheet.cardRect(0);
        QCOMPARE(inkOutside(image,
                     { QRectF(b.left() * sx, b.top() * sx, b.width() * sx, b.height() * sx)
                             .toAlignedRect()
                             .adjusted(-1, -1, 1, 1) }),
            0);
    }

    void fromTheRegistry()
    {
        Station station;
        HouseholdService admin(*station.db, sn::test::admin());
        auto add = [&](const QString &name, const QString &village, const QDate &birth, int seq,
                       Category category = Category::Dibao) {
            Household h = household(Chaoyang, village);
            h.members.clear();
            h.members.append(member(name, Relation::Head, birth, seq));
            if (birth.year() > 2008) // a child heading the household, living with a grandparent
                h.members.append(
                    member(QStringLiteral("祖母") + name, Relation::Grandparent, QDate(1950, 1, 1), seq + 1));
            else
                h.members.append(member(QStringLiteral("配偶") + name, Relation::Spouse, birth.addYears(-1), seq + 1));
            h.category = category;
            h.categoryOverrideReason = QStringLiteral("test");
            h.monthlyAmount = 123450;
            h.notes = QStringLiteral("胃癌晚期");
            auto id = admin.create(h);
            if (!id)
                qFatal("create: %s", qPrintable(id.error().message));
            return id.value();
        };
        const QString beiyuan2 = QStringLiteral("630105001202"); // 朝阳村 comes after 北园村 in the tree
        const QString zhang = add(QStringLiteral("张伟"), Beiyuan, QDate(1970, 1, 1), 11);
        const QString li = add(QStringLiteral("李娜"), Beiyuan, QDate(1971, 2, 2), 21);
        const QString wang = add(QStringLiteral("王芳"), beiyuan2, QDate(1972, 3, 3), 31);
        const QString child = add(QStringLiteral("小明"), Beiyuan, QDate(2012, 4, 4), 41);
        add(QStringLiteral("赵强"), Beiyuan, QDate(1973, 5, 5), 51, Category::None);
        QVERIFY(SettingsRepository(*station.db).setValue(setting::SupervisionHotline, QStringLiteral("0971-12345")));

        CardService clerk(*station.db, clerkOf(Chaoyang));
        QVERIFY(clerk.setOfficial(Chaoyang, QStringLiteral("刘主任"), QStringLiteral("13800001111")));
        auto batch = clerk.cards({ Chaoyang, {}, {} });
        QVERIFY2(batch.ok(), qPrintable(batch.error().message));
        // Covered only, minors skipped, village order then name (李 < 张 by pinyin).
        QCOMPARE(batch->cards.size(), 3);
        QCOMPARE(batch->cards.at(0).householdId, li);
        QCOMPARE(batch->cards.at(1).householdId, zhang);
        QCOMPARE(batch->cards.at(2).householdId, wang);
        QCOMPARE(batch->skipped.size(), 1);
        QCOMPARE(batch->skipped.first().householdId, child);
        const PublicCard &c = batch->cards.first();
        QCOMPARE(c.persons, 2);
        QCOMPARE(c.category, QStringLiteral("低保"));
        QCOMPARE(c.officialName, QStringLiteral("刘主任"));
        QCOMPARE(c.hotline, QStringLiteral("0971-12345"));
        QCOMPARE(c.villageName, QStringLiteral("北园村"));
        QCOMPARE(c.cardNumber, CardService::cardNumber(Chaoyang, li));

        // The PDF holds the names, and no ID number, address, income or diagnosis.
        const QString pdf = station.dir.filePath(QStringLiteral("cards.pdf"));
        const CardSheet sheet(batch->cards, CardLayout::A4x2);
        QVERIFY(Rendering::writePdf(sheet, pdf));
        const auto text = pdfText(pdf);
        if (text)
            QVERIFY2(text->contains(QStringLiteral("民政兜底保障对象公示卡")), qPrintable(*text));
        if (!text)
            QSKIP("pdftotext is not installed");
        QVERIFY2(text->contains(QStringLiteral("张伟")), qPrintable(*text));
        QVERIFY(text->contains(QStringLiteral("李娜")));
        QVERIFY(text->contains(QStringLiteral("1,234.50")));
        QVERIFY(text->contains(QStringLiteral("刘主任")));
        QVERIFY(
            squeeze(*text).contains(QStringLiteral("编号：") + c.cardNumber)); // every letter and digit (PdfTextLayer)
        QVERIFY(!text->contains(QStringLiteral("小明")));
        QVERIFY(!text->contains(QStringLiteral("北园村3社15号")));
        QVERIFY(!text->contains(QStringLiteral("600.00")));
        QVERIFY(!text->contains(QStringLiteral("胃癌")));
        QVERIFY(!QRegularExpression(QStringLiteral("\\d{17}[\\dXx]")).match(*text).hasMatch());
        QVERIFY(!QRegularExpression(QStringLiteral("\\d{6}\\*+\\d{4}")).match(*text).hasMatch());
    }

    void scopeLogAndReprint()
    {
        Station station;
        HouseholdService admin(*station.db, sn::test::admin());
        Household h = household();
        h.categoryOverrideReason = QStringLiteral("test");
        const auto created = admin.create(h);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const QString id = created.value();
        Household other = household(Mafang, Xixingyuan);
        other.members = { member(QStringLiteral("马红"), Relation::Head, QDate(1960, 1, 1), 7),
            member(QStringLiteral("韩梅"), Relation::Spouse, QDate(1961, 1, 1), 8) };
        other.categoryOverrideReason = QStringLiteral("test");
        const auto mafangId = admin.create(other);
        QVERIFY2(mafangId.ok(), qPrintable(mafangId.error().message));

        // Scope: a clerk prints their own township; a village worker and an auditor print none.
        QCOMPARE(
            CardService(*station.db, clerkOf(Mafang)).cards({ Chaoyang, {}, {} }).error().kind, Error::Kind::Forbidden);
        QCOMPARE(
            CardService(*station.db, clerkOf(Mafang)).cards({ {}, {}, { id } }).error().kind, Error::Kind::Forbidden);
        const CardBatch mafang = CardService(*station.db, clerkOf(Mafang)).cards({}).value();
        QVERIFY2(mafang.cards.size() == 1,
            qPrintable(mafang.skipped.isEmpty() ? QStringLiteral("none") : mafang.skipped.first().reason));
        const Session worker { QStringLiteral("w"), QStringLiteral("worker"), Role::VillageWorker, Chaoyang, Beiyuan };
        const Session auditor { QStringLiteral("a"), QStringLiteral("auditor"), Role::Auditor, {}, {} };
        QCOMPARE(CardService(*station.db, worker).cards({}).error().kind, Error::Kind::Forbidden);
        QCOMPARE(CardService(*station.db, auditor).cards({}).error().kind, Error::Kind::Forbidden);
        QCOMPARE(CardService(*station.db, sn::test::admin()).cards({}).value().cards.size(), 2);

        CardService clerk(*station.db, clerkOf(Chaoyang));
        const CardBatch batch = clerk.cards({}).value();
        QCOMPARE(batch.cards.size(), 1);
        const QString logId = clerk.recordPrint(batch, CardLayout::A4x4, Beiyuan).value();
        const QList<PrintLogEntry> log = clerk.printLog().value();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().id, logId);
        QCOMPARE(log.first().layout, QStringLiteral("a4x4"));
        QCOMPARE(log.first().householdIds, QStringList { id });
        QCOMPARE(log.first().userName, QStringLiteral("clerk"));
        QCOMPARE(log.first().pageCount, 1);
        QVERIFY(CardService(*station.db, clerkOf(Mafang)).printLog().value().isEmpty());
        QCOMPARE(CardService(*station.db, clerkOf(Mafang)).reprint(logId).error().kind, Error::Kind::Forbidden);

        // Audited per household.
        const QList<AuditEntry> audit = AuditLog(*station.db).forHousehold(id).value();
        const auto prints = std::count_if(
            audit.begin(), audit.end(), [](const AuditEntry &e) { return e.action == QLatin1String("print"); });
        QCOMPARE(prints, 1);

        // Reprint: the same households and layout, logged as a reprint.
        const auto again = clerk.reprint(logId).value();
        QCOMPARE(again.second, CardLayout::A4x4);
        QCOMPARE(again.first.cards.size(), 1);
        QCOMPARE(again.first.cards.first().householdId, id);
        const QString second = clerk.recordPrint(again.first, again.second, QStringLiteral("reprint"), logId).value();
        QCOMPARE(clerk.printLog().value().first().reprintOf, logId);
        QVERIFY(second != logId);
        QCOMPARE(clerk.reprint(QStringLiteral("nope")).error().kind, Error::Kind::NotFound);
    }
};

QTEST_MAIN(TestCards)
#include "tst_cards.moc"
