// safetynet-cli import-ledger / import-suspicions / export-feedback / report: spreadsheets in and out.
#include "Commands.h"
#include "Invocation.h"

#include "database/Database.h"
#include "domain/Clock.h"
#include "services/FeedbackFormExport.h"
#include "services/LedgerImport.h"
#include "services/MonthlyReport.h"
#include "services/SuspicionService.h"
#include "services/spreadsheet/XlsxReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sn::cli {

namespace {

// --map field=HEADER (a header text, or a column letter such as D).
Result<ColumnMapping> mappingFrom(const QStringList &values)
{
    ColumnMapping mapping;
    static const QRegularExpression letters(QStringLiteral("^[A-Z]{1,2}$"));
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        const auto field = eq > 0 ? TableLocator::fromCode(v.left(eq).trimmed()) : std::nullopt;
        if (!field) {
            QStringList codes;
            for (SheetField f : TableLocator::allFields())
                codes.append(TableLocator::code(f));
            return Error::invalid(
                QCoreApplication::translate("sn::cli", "--map takes FIELD=HEADER with FIELD one of %1, not \"%2\".")
                    .arg(codes.join(QStringLiteral(", ")), v),
                QStringLiteral("--map"));
        }
        const QString header = v.mid(eq + 1).trimmed();
        if (letters.match(header).hasMatch())
            mapping.byIndex.insert(*field, XlsxReader::columnOfReference(header));
        else
            mapping.byHeader.insert(*field, header);
    }
    return mapping;
}

// --map values and --header-row N (1-based, as the spreadsheet shows it).
Result<ColumnMapping> mappingFrom(Invocation &inv)
{
    auto mapping = mappingFrom(inv.parser().values(QStringLiteral("map")));
    if (!mapping || !inv.isSet(QStringLiteral("header-row")))
        return mapping;
    bool ok = false;
    const int row = inv.value(QStringLiteral("header-row")).toInt(&ok);
    if (!ok || row < 1)
        return Error::invalid(
            QCoreApplication::translate("sn::cli", "--header-row takes a row number from 1, not \"%1\".")
                .arg(inv.value(QStringLiteral("header-row"))),
            QStringLiteral("--header-row"));
    ColumnMapping m = mapping.value();
    m.headerRow = row - 1;
    return m;
}

QJsonObject suspicionJson(const SuspicionRow &r)
{
    return QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("department"), r.department },
        { QStringLiteral("month"), r.month }, { QStringLiteral("row"), r.rowNumber },
        { QStringLiteral("head_name"), r.headName }, { QStringLiteral("content"), r.content },
        { QStringLiteral("status"), SuspicionService::statusCode(r.status) },
        { QStringLiteral("confirmation"), r.confirmation },
        { QStringLiteral("household_id"), r.householdId.isEmpty() ? QJsonValue() : QJsonValue(r.householdId) },
        { QStringLiteral("matched_by"),
            r.matchedBy == MatchedBy::None ? QJsonValue() : QJsonValue(SuspicionService::matchedByCode(r.matchedBy)) },
        { QStringLiteral("score"), r.score }, { QStringLiteral("township"), r.townshipCode },
        { QStringLiteral("reason"), r.reason },
        { QStringLiteral("verification"),
            r.verification == Verification::None ? QJsonValue()
                                                 : QJsonValue(SuspicionService::verificationCode(r.verification)) },
        { QStringLiteral("verified_on"),
            r.verifiedOn.isValid() ? QJsonValue(r.verifiedOn.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("notes"), r.verificationNotes },
        { QStringLiteral("lead_id"), r.leadId.isEmpty() ? QJsonValue() : QJsonValue(r.leadId) } };
}

// Where a table's columns are when its headers do not say: both imports take the same three options.
void addSheetOptions(Invocation &inv)
{
    inv.addValueOption(QStringLiteral("map"),
        QCoreApplication::translate("sn::cli", "Use this column for a field the headers do not name (repeatable)."),
        QStringLiteral("FIELD=HEADER"));
    inv.addValueOption(QStringLiteral("sheet"),
        QCoreApplication::translate("sn::cli", "The worksheet to read (default: the first)."), QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("header-row"),
        QCoreApplication::translate("sn::cli", "The row holding the headers (default: found by their text)."),
        QStringLiteral("N"));
}

} // namespace

namespace {

// What an import did, as JSON or as lines: every problem with its row, then the counts.
void printLedgerOutcome(
    const Invocation &inv, const LedgerPreview &p, const std::optional<LedgerSummary> &written, const QString &rejects)
{
    QJsonArray problems;
    for (const ImportProblem &problem : p.problems)
        problems.append(QJsonObject { { QStringLiteral("row"), problem.row },
            { QStringLiteral("field"), problem.field }, { QStringLiteral("reason"), problem.reason } });
    if (inv.json()) {
        Invocation::printJson(QJsonDocument(QJsonObject { { QStringLiteral("file"), p.fileName },
            { QStringLiteral("rows"), p.rows }, { QStringLiteral("households"), p.households },
            { QStringLiteral("persons"), p.persons }, { QStringLiteral("new_households"), p.newHouseholds },
            { QStringLiteral("updated_households"), p.updatedHouseholds }, { QStringLiteral("problems"), problems },
            { QStringLiteral("written"), written.has_value() },
            { QStringLiteral("imported_households"), written ? written->households : 0 },
            { QStringLiteral("rejected_rows"), p.rejected.size() },
            { QStringLiteral("rejects"), rejects.isEmpty() ? QJsonValue() : QJsonValue(rejects) } }));
        return;
    }
    for (const ImportProblem &problem : p.problems)
        Invocation::out() << QCoreApplication::translate("sn::cli", "row %1").arg(problem.row) << '\t' << problem.field
                          << '\t' << problem.reason << '\n';
    Invocation::out() << QCoreApplication::translate("sn::cli", "%1 households (%2 new, %3 updated), %4 persons%5.")
                             .arg(p.households)
                             .arg(p.newHouseholds)
                             .arg(p.updatedHouseholds)
                             .arg(p.persons)
                             .arg(written ? QString() : QCoreApplication::translate("sn::cli", "; nothing written"))
                      << Qt::endl;
    if (!rejects.isEmpty())
        Invocation::out() << QCoreApplication::translate(
            "sn::cli", "%n row(s) not imported, with their reasons, in %1.", nullptr, int(p.rejected.size()))
                                 .arg(rejects)
                          << Qt::endl;
}

} // namespace

int importLedger(const QStringList &args)
{
    Invocation inv(QStringLiteral("import-ledger"),
        QCoreApplication::translate("sn::cli",
            "import-ledger --db FILE LEDGER.xlsx|.xls|.ods|.csv [--dry-run] [--valid-only] [--rejects F.xlsx] [--json] "
            "[--map FIELD=HEADER ...] [--sheet NAME]"),
        args);
    inv.addPositional(QStringLiteral("file"),
        QCoreApplication::translate("sn::cli", "The ledger (花名册/台账): one row per person."));
    inv.addFlag(QStringLiteral("dry-run"),
        QCoreApplication::translate("sn::cli", "Check the file and list its problems; write nothing."));
    inv.addFlag(QStringLiteral("valid-only"),
        QCoreApplication::translate("sn::cli", "Import the households without problems; leave the others."));
    inv.addValueOption(QStringLiteral("rejects"),
        QCoreApplication::translate("sn::cli",
            "Write the rows not imported, with their reasons in an extra column, to this .xlsx to fix and import "
            "again."),
        QStringLiteral("FILE"));
    addSheetOptions(inv);
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || inv.positional().size() != 1)
        return inv.usageError(
            QCoreApplication::translate("sn::cli", "import-ledger needs --db FILE and one ledger file."));
    auto mapping = mappingFrom(inv);
    if (!mapping)
        return inv.fail(mapping.error());
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    LedgerImportService service(*opened.db, opened.session);
    // A file that cannot be read fails here: nothing imported, no rejects written.
    auto preview = service.preview(inv.positional().first(), mapping.value(), inv.value(QStringLiteral("sheet")));
    if (!preview)
        return inv.fail(preview.error());
    const LedgerPreview &p = preview.value();
    const bool validOnly = inv.isSet(QStringLiteral("valid-only"));
    std::optional<LedgerSummary> written;
    if ((p.ok() || validOnly) && !inv.isSet(QStringLiteral("dry-run")) && !p.plan.isEmpty()) {
        auto summary = service.commit(p, {}, validOnly);
        if (!summary)
            return inv.fail(summary.error());
        written = summary.value();
    }
    const QString rejects = inv.value(QStringLiteral("rejects"));
    if (!rejects.isEmpty())
        if (auto s = LedgerImportService::writeRejects(p, rejects); !s)
            return inv.fail(s.error());
    printLedgerOutcome(inv, p, written, rejects);
    if (!p.ok() && !validOnly) {
        const ImportProblem &first = p.problems.first();
        return inv.fail(
            Error::invalid(QCoreApplication::translate("sn::cli", "%1 problem(s), nothing imported; first: %2")
                               .arg(p.problems.size())
                               .arg(first.reason),
                QCoreApplication::translate("sn::cli", "row %1").arg(first.row)));
    }
    return Success;
}

int importSuspicions(const QStringList &args)
{
    Invocation inv(QStringLiteral("import-suspicions"),
        QCoreApplication::translate("sn::cli",
            "import-suspicions --db FILE --department NAME --month YYYY-MM TABLE.xlsx|.xls|.csv [--json] [--map "
            "FIELD=HEADER ...]"),
        args);
    inv.addPositional(
        QStringLiteral("file"), QCoreApplication::translate("sn::cli", "The department's suspicion table (annex 1)."));
    inv.addValueOption(QStringLiteral("department"),
        QCoreApplication::translate("sn::cli", "The department that sent it."), QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("month"), QCoreApplication::translate("sn::cli", "The month it reports."),
        QStringLiteral("YYYY-MM"));
    addSheetOptions(inv);
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || inv.positional().size() != 1 || !inv.isSet(QStringLiteral("department"))
        || !inv.isSet(QStringLiteral("month")))
        return inv.usageError(QCoreApplication::translate(
            "sn::cli", "import-suspicions needs --db FILE, --department NAME, --month YYYY-MM and one file."));
    auto mapping = mappingFrom(inv);
    if (!mapping)
        return inv.fail(mapping.error());
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    SuspicionService service(*opened.db, session);
    SuspicionImportRequest request;
    request.department = inv.value(QStringLiteral("department"));
    request.month = inv.value(QStringLiteral("month"));
    request.path = inv.positional().first();
    request.sheetName = inv.value(QStringLiteral("sheet"));
    request.mapping = mapping.value();
    auto result = service.importFile(request);
    if (!result)
        return inv.fail(result.error());
    if (inv.json()) {
        QJsonArray rows;
        for (const SuspicionRow &r : result->rows)
            rows.append(QJsonObject { { QStringLiteral("row"), r.rowNumber },
                { QStringLiteral("status"), SuspicionService::statusCode(r.status) },
                { QStringLiteral("household_id"), r.householdId.isEmpty() ? QJsonValue() : QJsonValue(r.householdId) },
                { QStringLiteral("matched_by"),
                    r.matchedBy == MatchedBy::None ? QJsonValue()
                                                   : QJsonValue(SuspicionService::matchedByCode(r.matchedBy)) },
                { QStringLiteral("score"), r.score }, { QStringLiteral("township"), r.townshipCode },
                { QStringLiteral("reason"), r.reason }, { QStringLiteral("id"), r.id } });
        Invocation::printJson(QJsonDocument(rows));
    } else {
        for (const SuspicionRow &r : result->rows)
            Invocation::out() << r.rowNumber << '\t' << SuspicionService::statusCode(r.status) << '\t' << r.headName
                              << '\t' << SuspicionService::matchedByCode(r.matchedBy) << '\t' << r.householdId << '\t'
                              << r.reason << '\n';
        Invocation::out() << QCoreApplication::translate(
            "sn::cli", "%1 rows: %2 matched, %3 to confirm, %4 unmatched, %5 invalid.")
                                 .arg(result->rows.size())
                                 .arg(result->counts.value(SuspicionStatus::Matched))
                                 .arg(result->counts.value(SuspicionStatus::Candidate))
                                 .arg(result->counts.value(SuspicionStatus::Unmatched))
                                 .arg(result->counts.value(SuspicionStatus::Invalid))
                          << Qt::endl;
    }
    return Success;
}

int exportFeedback(const QStringList &args)
{
    Invocation inv(QStringLiteral("export-feedback"),
        QCoreApplication::translate(
            "sn::cli", "export-feedback --db FILE --month YYYY-MM [--department NAME] --out FILE.xlsx"),
        args);
    inv.addValueOption(QStringLiteral("month"), QCoreApplication::translate("sn::cli", "The month of the rows."),
        QStringLiteral("YYYY-MM"));
    inv.addValueOption(QStringLiteral("department"),
        QCoreApplication::translate("sn::cli", "Only this department (default: one sheet per department)."),
        QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("out"), QCoreApplication::translate("sn::cli", "The workbook to write."),
        QStringLiteral("FILE.xlsx"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || !inv.isSet(QStringLiteral("month")) || !inv.isSet(QStringLiteral("out")))
        return inv.usageError(QCoreApplication::translate(
            "sn::cli", "export-feedback needs --db FILE, --month YYYY-MM and --out FILE.xlsx."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    if (auto s = FeedbackFormExport::write(*opened.db, session, inv.value(QStringLiteral("month")),
            inv.value(QStringLiteral("department")), inv.value(QStringLiteral("out")));
        !s)
        return inv.fail(s.error());
    return Success;
}

int report(const QStringList &args)
{
    Invocation inv(QStringLiteral("report"),
        QCoreApplication::translate("sn::cli", "report --db FILE --month YYYY-MM --out FILE.xlsx"), args);
    inv.addValueOption(QStringLiteral("month"), QCoreApplication::translate("sn::cli", "The month of the report."),
        QStringLiteral("YYYY-MM"));
    inv.addValueOption(QStringLiteral("out"), QCoreApplication::translate("sn::cli", "The workbook to write."),
        QStringLiteral("FILE.xlsx"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || !inv.isSet(QStringLiteral("month")) || !inv.isSet(QStringLiteral("out")))
        return inv.usageError(
            QCoreApplication::translate("sn::cli", "report needs --db FILE, --month YYYY-MM and --out FILE.xlsx."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    if (auto s = MonthlyReport::write(
            *opened.db, session, inv.value(QStringLiteral("month")), inv.value(QStringLiteral("out")));
        !s)
        return inv.fail(s.error());
    return Success;
}

int suspicions(const QStringList &args)
{
    Invocation inv(QStringLiteral("suspicions"),
        QCoreApplication::translate(
            "sn::cli", "suspicions --db FILE --month YYYY-MM [--department NAME] [--status S] [--unverified] [--json]"),
        args);
    inv.addValueOption(QStringLiteral("month"), QCoreApplication::translate("sn::cli", "The month of the tables."),
        QStringLiteral("YYYY-MM"));
    inv.addValueOption(QStringLiteral("department"), QCoreApplication::translate("sn::cli", "Only this department."),
        QStringLiteral("NAME"));
    inv.addValueOption(
        QStringLiteral("status"), QStringLiteral("matched | candidate | unmatched | invalid"), QStringLiteral("S"));
    inv.addFlag(QStringLiteral("unverified"),
        QCoreApplication::translate("sn::cli", "Only rows the township has not verified yet."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || !inv.isSet(QStringLiteral("month")))
        return inv.usageError(
            QCoreApplication::translate("sn::cli", "suspicions needs --db FILE and --month YYYY-MM."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    SuspicionService service(*opened.db, session);
    SuspicionQuery query;
    query.month = inv.value(QStringLiteral("month"));
    query.department = inv.value(QStringLiteral("department"));
    query.unverifiedOnly = inv.isSet(QStringLiteral("unverified"));
    if (inv.isSet(QStringLiteral("status"))) {
        const QString code = inv.value(QStringLiteral("status"));
        if (SuspicionService::statusCode(SuspicionService::statusFromCode(code)) != code)
            return inv.fail(
                Error::invalid(QCoreApplication::translate("sn::cli", "--status: unknown status \"%1\".").arg(code),
                    QStringLiteral("--status")));
        query.status = SuspicionService::statusFromCode(code);
    }
    if (!SuspicionService::isMonth(query.month))
        return inv.fail(Error::invalid(
            QCoreApplication::translate("sn::cli", "--month: \"%1\" is not a month (YYYY-MM).").arg(query.month),
            QStringLiteral("--month")));
    auto rows = service.rows(query);
    if (!rows)
        return inv.fail(rows.error());
    auto progress = service.progress(query.month);
    if (!progress)
        return inv.fail(progress.error());
    if (inv.json()) {
        QJsonArray list;
        for (const SuspicionRow &r : rows.value())
            list.append(suspicionJson(r));
        QJsonArray departments;
        for (const SuspicionProgress &p : progress.value()) {
            if (!query.department.isEmpty() && p.department != query.department)
                continue;
            QJsonObject byStatus, byVerification;
            for (SuspicionStatus s : { SuspicionStatus::Matched, SuspicionStatus::Candidate, SuspicionStatus::Unmatched,
                     SuspicionStatus::Invalid })
                byStatus.insert(SuspicionService::statusCode(s), p.byStatus.value(s));
            for (Verification v :
                { Verification::Excluded, Verification::TakenIn, Verification::Referred, Verification::Adjusted })
                byVerification.insert(SuspicionService::verificationCode(v), p.byVerification.value(v));
            departments.append(
                QJsonObject { { QStringLiteral("department"), p.department }, { QStringLiteral("total"), p.total },
                    { QStringLiteral("status"), byStatus }, { QStringLiteral("verification"), byVerification },
                    { QStringLiteral("to_verify"), p.byVerification.value(Verification::None) } });
        }
        Invocation::printJson(QJsonDocument(
            QJsonObject { { QStringLiteral("progress"), departments }, { QStringLiteral("rows"), list } }));
        return Success;
    }
    for (const SuspicionRow &r : rows.value())
        Invocation::out() << r.id << '\t' << r.department << '\t' << r.rowNumber << '\t' << r.headName << '\t'
                          << SuspicionService::statusCode(r.status) << '\t' << r.townshipCode << '\t'
                          << SuspicionService::verificationCode(r.verification) << '\n';
    for (const SuspicionProgress &p : progress.value()) {
        if (!query.department.isEmpty() && p.department != query.department)
            continue;
        Invocation::out() << QCoreApplication::translate("sn::cli", "%1 %2: %3 rows, %4 verified, %5 to verify.")
                                 .arg(p.department, p.month)
                                 .arg(p.total)
                                 .arg(p.total - p.byVerification.value(Verification::None))
                                 .arg(p.byVerification.value(Verification::None))
                          << '\n';
    }
    Invocation::out().flush();
    return Success;
}

int suspicion(const QStringList &args)
{
    Invocation inv(QStringLiteral("suspicion"),
        QCoreApplication::translate("sn::cli",
            "suspicion confirm|reject ROW_ID  |  suspicion verify ROW_ID --result R [--date YYYY-MM-DD] [--notes TEXT] "
            " |  "
            "suspicion route ROW_ID --township CODE  |  suspicion leads ROW_ID...  |  suspicion show ROW_ID  (all with "
            "--db FILE)"),
        args);
    inv.addPositional(QStringLiteral("action"), QStringLiteral("confirm | reject | verify | route | leads | show"));
    inv.addPositional(QStringLiteral("id"),
        QCoreApplication::translate("sn::cli", "Row id (from suspicions or import-suspicions --json)."),
        QStringLiteral("ROW_ID..."));
    inv.addValueOption(
        QStringLiteral("result"), QStringLiteral("excluded | taken_in | referred | adjusted"), QStringLiteral("R"));
    inv.addValueOption(QStringLiteral("date"),
        QCoreApplication::translate("sn::cli", "Date of the verification (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    inv.addValueOption(QStringLiteral("notes"), QCoreApplication::translate("sn::cli", "What the verification found."),
        QStringLiteral("TEXT"));
    inv.addValueOption(QStringLiteral("township"),
        QCoreApplication::translate("sn::cli", "The township to send the row to."), QStringLiteral("CODE"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString action = inv.positional().value(0);
    const QStringList ids = inv.positional().mid(1);
    if (inv.db().isEmpty() || action.isEmpty() || ids.isEmpty())
        return inv.usageError(
            QCoreApplication::translate("sn::cli", "suspicion needs an action, a row id and --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    SuspicionService service(*opened.db, session);
    const QString id = ids.first();
    Status done;
    if (action == QLatin1String("confirm")) {
        done = service.confirm(id);
    } else if (action == QLatin1String("reject")) {
        done = service.reject(id);
    } else if (action == QLatin1String("route")) {
        if (!inv.isSet(QStringLiteral("township")))
            return inv.usageError(QCoreApplication::translate("sn::cli", "route needs --township CODE."));
        done = service.route(id, inv.value(QStringLiteral("township")));
    } else if (action == QLatin1String("verify")) {
        bool ok = false;
        const Verification result = SuspicionService::verificationFromCode(inv.value(QStringLiteral("result")), &ok);
        if (!ok)
            return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli",
                                               "--result takes excluded, taken_in, referred or adjusted, not \"%1\".")
                                               .arg(inv.value(QStringLiteral("result"))),
                QStringLiteral("--result")));
        QDate date = Clock::today();
        if (inv.isSet(QStringLiteral("date"))) {
            date = QDate::fromString(inv.value(QStringLiteral("date")), Qt::ISODate);
            if (!date.isValid())
                return inv.fail(
                    Error::invalid(QCoreApplication::translate("sn::cli", "--date: \"%1\" is not a date (YYYY-MM-DD).")
                                       .arg(inv.value(QStringLiteral("date"))),
                        QStringLiteral("--date")));
        }
        done = service.verify(id, result, date, inv.value(QStringLiteral("notes")));
    } else if (action == QLatin1String("leads")) {
        auto leads = service.makeLeads(ids);
        if (!leads)
            return inv.fail(leads.error());
        if (inv.json())
            Invocation::printJson(QJsonDocument(QJsonArray::fromStringList(leads.value())));
        else
            for (const QString &lead : leads.value())
                Invocation::out() << lead << '\n';
        Invocation::out().flush();
        return Success;
    } else if (action != QLatin1String("show")) {
        return inv.usageError(QCoreApplication::translate(
            "sn::cli", "Unknown action \"%1\": confirm, reject, verify, route, leads or show.")
                                  .arg(action));
    }
    if (!done)
        return inv.fail(done.error());
    auto row = service.row(id);
    if (!row)
        return inv.fail(row.error());
    Invocation::printJson(QJsonDocument(suspicionJson(row.value())));
    return Success;
}

} // namespace sn::cli
