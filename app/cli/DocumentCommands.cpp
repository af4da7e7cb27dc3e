// safetynet-cli cards / letter / slip / file-sheet / tasklist / print-log / card-official: printable documents as
// PDF files, without the GUI. Runs under a QGuiApplication (fonts, QPdfWriter) on the offscreen platform.
#include "Commands.h"
#include "Invocation.h"

#include "database/Database.h"
#include "domain/Clock.h"
#include "services/ReviewService.h"
#include "services/StationService.h"
#include "services/documents/CardService.h"
#include "services/documents/DocumentService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sn::cli {

namespace {

// Resolve --township NAME and --village NAME to region codes; sets `error` (exit code) on a bad name.
struct RegionChoice
{
    QString township;
    QString village;
    int error = -1;
};

RegionChoice chooseRegion(Invocation &inv, Database &db, bool withVillage = true)
{
    RegionChoice choice;
    const RegionTree tree = StationService::regions(db);
    if (inv.isSet(QStringLiteral("township"))) {
        const Region *t = tree.findByName(inv.value(QStringLiteral("township")), RegionLevel::Township);
        if (!t) {
            choice.error = inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "No township named \"%1\".")
                                                       .arg(inv.value(QStringLiteral("township"))),
                QStringLiteral("--township")));
            return choice;
        }
        choice.township = t->code;
    }
    if (withVillage && inv.isSet(QStringLiteral("village"))) {
        const Region *v = tree.findByName(inv.value(QStringLiteral("village")), RegionLevel::Village, choice.township);
        if (!v) {
            choice.error = inv.fail(Error::invalid(
                QCoreApplication::translate("sn::cli", "No village or community named \"%1\"%2.")
                    .arg(inv.value(QStringLiteral("village")),
                        choice.township.isEmpty() ? QString()
                                                  : QCoreApplication::translate("sn::cli", " in that township")),
                QStringLiteral("--village")));
            return choice;
        }
        choice.village = v->code;
        choice.township = v->parentCode;
    }
    return choice;
}

int writeDocument(Invocation &inv, const doc::Document &document, const QString &out, const QString &what)
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = doc::Rendering::writePdf(document, out); !s)
        return inv.fail(s.error());
    if (inv.json()) {
        Invocation::out() << QString::fromUtf8(QJsonDocument(
            QJsonObject { { QStringLiteral("file"), out }, { QStringLiteral("pages"), document.pageCount() },
                { QStringLiteral("milliseconds"),
                    qint64(timer.elapsed()) } }).toJson(QJsonDocument::Compact))
                          << Qt::endl;
    } else {
        Invocation::out() << QCoreApplication::translate("sn::cli", "%1: %2 pages written to %3 in %4 ms.")
                                 .arg(what)
                                 .arg(document.pageCount())
                                 .arg(out)
                                 .arg(timer.elapsed())
                          << Qt::endl;
    }
    return Success;
}

void reportSkipped(const CardBatch &batch)
{
    for (const SkippedCard &s : batch.skipped)
        Invocation::err() << QCoreApplication::translate("sn::cli", "skipped %1: %2").arg(s.householdId, s.reason)
                          << '\n';
    Invocation::err().flush();
}

} // namespace

int cards(const QStringList &args)
{
    Invocation inv(QStringLiteral("cards"),
        QCoreApplication::translate("sn::cli",
            "cards --db FILE [--township NAME] [--village NAME] [--household ID]... "
            "[--layout a5|a4x2|a4x4] --out FILE.pdf  |  cards --reprint LOG_ID --out FILE.pdf"),
        args);
    inv.addValueOption(QStringLiteral("township"), QCoreApplication::translate("sn::cli", "Only this township."),
        QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("village"),
        QCoreApplication::translate("sn::cli", "Only this village or community."), QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("household"),
        QCoreApplication::translate("sn::cli", "Only this household (repeatable)."), QStringLiteral("ID"));
    inv.addValueOption(QStringLiteral("layout"),
        QCoreApplication::translate("sn::cli", "a5 (one card per A5 sheet), a4x2 or a4x4 (default a4x2)."),
        QStringLiteral("LAYOUT"));
    inv.addValueOption(QStringLiteral("reprint"),
        QCoreApplication::translate("sn::cli", "Print again the cards of this print log entry."),
        QStringLiteral("LOG_ID"));
    inv.addValueOption(QStringLiteral("out"), QCoreApplication::translate("sn::cli", "The PDF file to write."),
        QStringLiteral("FILE"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || inv.value(QStringLiteral("out")).isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "cards needs --db FILE and --out FILE.pdf."));
    auto layout = doc::cardLayoutFromCode(
        inv.isSet(QStringLiteral("layout")) ? inv.value(QStringLiteral("layout")) : QStringLiteral("a4x2"));
    if (!layout)
        return inv.fail(Error::invalid(
            QCoreApplication::translate("sn::cli", "--layout must be a5, a4x2 or a4x4."), QStringLiteral("--layout")));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    Database &db = *opened.db;
    CardService service(db, session);

    CardBatch batch;
    QString scope;
    const QString reprintOf = inv.value(QStringLiteral("reprint"));
    if (!reprintOf.isEmpty()) {
        auto again = service.reprint(reprintOf);
        if (!again)
            return inv.fail(again.error());
        batch = again->first;
        if (!inv.isSet(QStringLiteral("layout")))
            layout = again->second;
        scope = QCoreApplication::translate("sn::cli", "reprint of %1").arg(reprintOf);
    } else {
        const RegionChoice region = chooseRegion(inv, db);
        if (region.error >= 0)
            return region.error;
        CardQuery query { region.township, region.village, inv.parser().values(QStringLiteral("household")) };
        auto found = service.cards(query);
        if (!found)
            return inv.fail(found.error());
        batch = std::move(found).value();
        scope = region.village.isEmpty() ? region.township : region.village;
        if (!query.householdIds.isEmpty())
            scope = query.householdIds.join(QLatin1Char(' '));
    }
    reportSkipped(batch);
    if (batch.cards.isEmpty()) {
        Invocation::err() << QCoreApplication::translate(
            "sn::cli", "safetynet-cli cards: no covered household matches.")
                          << Qt::endl;
        return InvalidInput;
    }
    const doc::CardSheet sheet(batch.cards, *layout);
    if (const int code = writeDocument(inv, sheet, inv.value(QStringLiteral("out")),
            QCoreApplication::translate("sn::cli", "%n card(s)", nullptr, int(batch.cards.size())));
        code != Success)
        return code;
    auto logged = service.recordPrint(batch, *layout, scope, reprintOf);
    if (!logged)
        return inv.fail(logged.error());
    if (!inv.json())
        Invocation::out() << QCoreApplication::translate("sn::cli", "Print log entry: %1").arg(logged.value())
                          << Qt::endl;
    return Success;
}

namespace {

enum class ReferralDoc { Letter, Slip };

int referralDocument(const QStringList &args, ReferralDoc which)
{
    const QString name = which == ReferralDoc::Letter ? QStringLiteral("letter") : QStringLiteral("slip");
    Invocation inv(name,
        which == ReferralDoc::Letter
            ? QCoreApplication::translate(
                "sn::cli", "letter --db FILE --referral ID --out FILE.pdf: the one-time notification letter")
            : QCoreApplication::translate(
                "sn::cli", "slip --db FILE --referral ID --out FILE.pdf: the referral slip with its return receipt"),
        args);
    inv.addValueOption(
        QStringLiteral("referral"), QCoreApplication::translate("sn::cli", "The referral."), QStringLiteral("ID"));
    inv.addValueOption(QStringLiteral("out"), QCoreApplication::translate("sn::cli", "The PDF file to write."),
        QStringLiteral("FILE"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString referral = inv.value(QStringLiteral("referral"));
    if (inv.db().isEmpty() || referral.isEmpty() || inv.value(QStringLiteral("out")).isEmpty())
        return inv.usageError(
            QCoreApplication::translate("sn::cli", "%1 needs --db FILE, --referral ID and --out FILE.pdf.").arg(name));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    Database &db = *opened.db;
    DocumentService service(db, session);
    auto document
        = which == ReferralDoc::Letter ? service.notificationLetter(referral) : service.referralSlip(referral);
    if (!document)
        return inv.fail(document.error());
    if (const int code = writeDocument(inv, *document.value(), inv.value(QStringLiteral("out")), name); code != Success)
        return code;
    auto household = service.referralHousehold(referral);
    if (!household)
        return inv.fail(household.error());
    auto logged
        = CardService(db, session)
              .recordDocumentPrint(which == ReferralDoc::Letter ? QStringLiteral("letter") : QStringLiteral("slip"),
                  referral, { household.value() }, document.value()->pageCount());
    return logged ? Success : inv.fail(logged.error());
}

} // namespace

int letter(const QStringList &args)
{
    return referralDocument(args, ReferralDoc::Letter);
}

int slip(const QStringList &args)
{
    return referralDocument(args, ReferralDoc::Slip);
}

int fileSheet(const QStringList &args)
{
    Invocation inv(QStringLiteral("file-sheet"),
        QCoreApplication::translate("sn::cli",
            "file-sheet --db FILE --household ID --out FILE.pdf: the full household record "
            "for internal files (full ID numbers; audited)"),
        args);
    inv.addValueOption(
        QStringLiteral("household"), QCoreApplication::translate("sn::cli", "The household."), QStringLiteral("ID"));
    inv.addValueOption(QStringLiteral("out"), QCoreApplication::translate("sn::cli", "The PDF file to write."),
        QStringLiteral("FILE"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString household = inv.value(QStringLiteral("household"));
    if (inv.db().isEmpty() || household.isEmpty() || inv.value(QStringLiteral("out")).isEmpty())
        return inv.usageError(
            QCoreApplication::translate("sn::cli", "file-sheet needs --db FILE, --household ID and --out FILE.pdf."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    Database &db = *opened.db;
    DocumentService service(db, session);
    auto document = service.householdFileSheet(household);
    if (!document)
        return inv.fail(document.error());
    if (const int code
        = writeDocument(inv, *document.value(), inv.value(QStringLiteral("out")), QStringLiteral("file-sheet"));
        code != Success)
        return code;
    auto logged = CardService(db, session)
                      .recordDocumentPrint(
                          QStringLiteral("file_sheet"), household, { household }, document.value()->pageCount());
    return logged ? Success : inv.fail(logged.error());
}

int tasklist(const QStringList &args)
{
    Invocation inv(QStringLiteral("tasklist"),
        QCoreApplication::translate(
            "sn::cli", "tasklist --db FILE --month YYYY-MM [--township NAME] [--village NAME] --out FILE.pdf"),
        args);
    inv.addValueOption(QStringLiteral("month"), QCoreApplication::translate("sn::cli", "The month of the tasks."),
        QStringLiteral("YYYY-MM"));
    inv.addValueOption(QStringLiteral("township"), QCoreApplication::translate("sn::cli", "Only this township."),
        QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("village"),
        QCoreApplication::translate("sn::cli", "Only this village or community."), QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("out"), QCoreApplication::translate("sn::cli", "The PDF file to write."),
        QStringLiteral("FILE"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || inv.value(QStringLiteral("month")).isEmpty()
        || inv.value(QStringLiteral("out")).isEmpty())
        return inv.usageError(
            QCoreApplication::translate("sn::cli", "tasklist needs --db FILE, --month YYYY-MM and --out FILE.pdf."));
    const QDate month = QDate::fromString(inv.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid())
        return inv.fail(Error::invalid(
            QCoreApplication::translate("sn::cli", "--month must be YYYY-MM."), QStringLiteral("--month")));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    Database &db = *opened.db;
    const RegionChoice region = chooseRegion(inv, db);
    if (region.error >= 0)
        return region.error;
    if (auto refreshed = ReviewService(db, session).refreshDue(); !refreshed)
        return inv.fail(refreshed.error());
    auto document = DocumentService(db, session).taskList(month, region.township, region.village);
    if (!document)
        return inv.fail(document.error());
    if (const int code
        = writeDocument(inv, *document.value(), inv.value(QStringLiteral("out")), QStringLiteral("tasklist"));
        code != Success)
        return code;
    auto logged = CardService(db, session)
                      .recordDocumentPrint(QStringLiteral("tasklist"),
                          inv.value(QStringLiteral("month")) + QLatin1Char(' ')
                              + (region.village.isEmpty() ? region.township : region.village),
                          {}, document.value()->pageCount());
    return logged ? Success : inv.fail(logged.error());
}

int printLog(const QStringList &args)
{
    Invocation inv(QStringLiteral("print-log"),
        QCoreApplication::translate(
            "sn::cli", "print-log --db FILE [--limit N] [--json]: who printed which documents, newest first"),
        args);
    inv.addValueOption(QStringLiteral("limit"),
        QCoreApplication::translate("sn::cli", "At most this many entries (default 50)."), QStringLiteral("N"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "print-log needs --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    auto log = CardService(*opened.db, session)
                   .printLog(inv.isSet(QStringLiteral("limit")) ? inv.value(QStringLiteral("limit")).toInt() : 50);
    if (!log)
        return inv.fail(log.error());
    QJsonArray list;
    for (const PrintLogEntry &e : log.value()) {
        if (inv.json()) {
            list.append(QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("kind"), e.kind },
                { QStringLiteral("layout"), e.layout },
                { QStringLiteral("printed_at"), e.printedAt.toString(Qt::ISODate) },
                { QStringLiteral("user"), e.userName }, { QStringLiteral("scope"), e.scope },
                { QStringLiteral("items"), e.itemCount }, { QStringLiteral("pages"), e.pageCount },
                { QStringLiteral("reprint_of"), e.reprintOf },
                { QStringLiteral("household_ids"), QJsonArray::fromStringList(e.householdIds) } });
        } else {
            Invocation::out() << e.printedAt.toString(Qt::ISODate) << '\t' << e.kind << '\t' << e.layout << '\t'
                              << e.itemCount << '\t' << e.userName << '\t' << e.scope << '\t' << e.id << '\n';
        }
    }
    if (inv.json())
        Invocation::out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    Invocation::out().flush();
    return Success;
}

int cardOfficial(const QStringList &args)
{
    Invocation inv(QStringLiteral("card-official"),
        QCoreApplication::translate("sn::cli",
            "card-official --db FILE --township NAME --name NAME --phone PHONE: "
            "the responsible official printed on a township's cards"),
        args);
    inv.addValueOption(
        QStringLiteral("township"), QCoreApplication::translate("sn::cli", "The township."), QStringLiteral("NAME"));
    inv.addValueOption(
        QStringLiteral("name"), QCoreApplication::translate("sn::cli", "The official's name."), QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("phone"), QCoreApplication::translate("sn::cli", "The official's phone."),
        QStringLiteral("PHONE"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || !inv.isSet(QStringLiteral("township")))
        return inv.usageError(
            QCoreApplication::translate("sn::cli", "card-official needs --db FILE and --township NAME."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    const RegionChoice region = chooseRegion(inv, *opened.db, false);
    if (region.error >= 0)
        return region.error;
    CardService service(*opened.db, session);
    if (inv.isSet(QStringLiteral("name")) || inv.isSet(QStringLiteral("phone"))) {
        const auto current = service.official(region.township);
        const QString name = inv.isSet(QStringLiteral("name")) ? inv.value(QStringLiteral("name")) : current.first;
        const QString phone = inv.isSet(QStringLiteral("phone")) ? inv.value(QStringLiteral("phone")) : current.second;
        if (auto s = service.setOfficial(region.township, name, phone); !s)
            return inv.fail(s.error());
    }
    const auto official = service.official(region.township);
    Invocation::out() << official.first << '\t' << official.second << Qt::endl;
    return Success;
}

} // namespace sn::cli
