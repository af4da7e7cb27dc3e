// safetynet-cli import-ledger / import-suspicions / export-feedback / report: spreadsheets in and out.
#include "Commands.h"
#include "Invocation.h"

#include "database/Database.h"
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
            return Error::invalid(QCoreApplication::translate("sn::cli", "--map takes FIELD=HEADER with FIELD one of %1, not \"%2\".")
                                      .arg(codes.join(QStringLiteral(", ")), v), QStringLiteral("--map"));
        }
        const QString header = v.mid(eq + 1).trimmed();
        if (letters.match(header).hasMatch())
            mapping.byIndex.insert(*field, XlsxReader::columnOfReference(header));
        else
            mapping.byHeader.insert(*field, header);
    }
    return mapping;
}

Result<std::unique_ptr<Database>> openDb(Invocation &inv)
{
    return Database::open(inv.db());
}

} // namespace

int importLedger(const QStringList &args)
{
    Invocation inv(QStringLiteral("import-ledger"), QCoreApplication::translate("sn::cli",
                       "import-ledger --db FILE LEDGER.xlsx|.xls|.csv [--dry-run] [--json] [--map FIELD=HEADER ...] [--sheet NAME]"),
                   args);
    inv.addPositional(QStringLiteral("file"), QCoreApplication::translate("sn::cli", "The ledger (花名册/台账): one row per person."));
    inv.addFlag(QStringLiteral("dry-run"), QCoreApplication::translate("sn::cli", "Check the file and list its problems; write nothing."));
    inv.addValueOption(QStringLiteral("map"), QCoreApplication::translate("sn::cli", "Use this column for a field the headers do not name (repeatable)."), QStringLiteral("FIELD=HEADER"));
    inv.addValueOption(QStringLiteral("sheet"), QCoreApplication::translate("sn::cli", "The worksheet to read (default: the first)."), QStringLiteral("NAME"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || inv.positional().size() != 1)
        return inv.usageError(QCoreApplication::translate("sn::cli", "import-ledger needs --db FILE and one ledger file."));
    auto mapping = mappingFrom(inv.parser().values(QStringLiteral("map")));
    if (!mapping)
        return inv.fail(mapping.error());
    auto opened = openDb(inv);
    if (!opened)
        return inv.fail(opened.error());
    LedgerImportService service(*opened.value(), Session::system());
    auto preview = service.preview(inv.positional().first(), mapping.value(), inv.value(QStringLiteral("sheet")));
    if (!preview)
        return inv.fail(preview.error());
    const LedgerPreview &p = preview.value();
    bool written = false;
    if (p.ok() && !inv.isSet(QStringLiteral("dry-run"))) {
        auto summary = service.commit(p);
        if (!summary)
            return inv.fail(summary.error());
        written = true;
    }
    QJsonArray problems;
    for (const ImportProblem &problem : p.problems)
        problems.append(QJsonObject{{QStringLiteral("row"), problem.row}, {QStringLiteral("field"), problem.field},
                                    {QStringLiteral("reason"), problem.reason}});
    if (inv.json()) {
        Invocation::printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), p.fileName}, {QStringLiteral("rows"), p.rows},
                                            {QStringLiteral("households"), p.households}, {QStringLiteral("persons"), p.persons},
                                            {QStringLiteral("new_households"), p.newHouseholds},
                                            {QStringLiteral("updated_households"), p.updatedHouseholds},
                                            {QStringLiteral("problems"), problems}, {QStringLiteral("written"), written}}));
    } else {
        for (const ImportProblem &problem : p.problems)
            Invocation::out() << QCoreApplication::translate("sn::cli", "row %1").arg(problem.row) << '\t' << problem.field << '\t'
                              << problem.reason << '\n';
        Invocation::out() << QCoreApplication::translate("sn::cli", "%1 households (%2 new, %3 updated), %4 persons%5.")
                                 .arg(p.households).arg(p.newHouseholds).arg(p.updatedHouseholds).arg(p.persons)
                                 .arg(written ? QString() : QCoreApplication::translate("sn::cli", "; nothing written"))
                          << Qt::endl;
    }
    if (!p.ok()) {
        const ImportProblem &first = p.problems.first();
        return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "%1 problem(s), nothing imported; first: %2")
                                           .arg(p.problems.size()).arg(first.reason),
                                       QCoreApplication::translate("sn::cli", "row %1").arg(first.row)));
    }
    return Success;
}

int importSuspicions(const QStringList &args)
{
    Invocation inv(QStringLiteral("import-suspicions"), QCoreApplication::translate("sn::cli",
                       "import-suspicions --db FILE --department NAME --month YYYY-MM TABLE.xlsx|.xls|.csv [--json] [--map FIELD=HEADER ...]"),
                   args);
    inv.addPositional(QStringLiteral("file"), QCoreApplication::translate("sn::cli", "The department's suspicion table (annex 1)."));
    inv.addValueOption(QStringLiteral("department"), QCoreApplication::translate("sn::cli", "The department that sent it."), QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("month"), QCoreApplication::translate("sn::cli", "The month it reports."), QStringLiteral("YYYY-MM"));
    inv.addValueOption(QStringLiteral("map"), QCoreApplication::translate("sn::cli", "Use this column for a field the headers do not name (repeatable)."), QStringLiteral("FIELD=HEADER"));
    inv.addValueOption(QStringLiteral("sheet"), QCoreApplication::translate("sn::cli", "The worksheet to read (default: the first)."), QStringLiteral("NAME"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || inv.positional().size() != 1 || !inv.isSet(QStringLiteral("department")) || !inv.isSet(QStringLiteral("month")))
        return inv.usageError(QCoreApplication::translate("sn::cli", "import-suspicions needs --db FILE, --department NAME, --month YYYY-MM and one file."));
    auto mapping = mappingFrom(inv.parser().values(QStringLiteral("map")));
    if (!mapping)
        return inv.fail(mapping.error());
    auto opened = openDb(inv);
    if (!opened)
        return inv.fail(opened.error());
    SuspicionService service(*opened.value(), Session::system());
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
            rows.append(QJsonObject{{QStringLiteral("row"), r.rowNumber},
                                    {QStringLiteral("status"), SuspicionService::statusCode(r.status)},
                                    {QStringLiteral("household_id"), r.householdId.isEmpty() ? QJsonValue() : QJsonValue(r.householdId)},
                                    {QStringLiteral("matched_by"), r.matchedBy == MatchedBy::None ? QJsonValue() : QJsonValue(SuspicionService::matchedByCode(r.matchedBy))},
                                    {QStringLiteral("score"), r.score},
                                    {QStringLiteral("township"), r.townshipCode},
                                    {QStringLiteral("reason"), r.reason},
                                    {QStringLiteral("id"), r.id}});
        Invocation::printJson(QJsonDocument(rows));
    } else {
        for (const SuspicionRow &r : result->rows)
            Invocation::out() << r.rowNumber << '\t' << SuspicionService::statusCode(r.status) << '\t' << r.headName << '\t'
                              << SuspicionService::matchedByCode(r.matchedBy) << '\t' << r.householdId << '\t' << r.reason << '\n';
        Invocation::out() << QCoreApplication::translate("sn::cli", "%1 rows: %2 matched, %3 to confirm, %4 unmatched, %5 invalid.")
                                 .arg(result->rows.size()).arg(result->counts.value(SuspicionStatus::Matched))
                                 .arg(result->counts.value(SuspicionStatus::Candidate)).arg(result->counts.value(SuspicionStatus::Unmatched))
                                 .arg(result->counts.value(SuspicionStatus::Invalid))
                          << Qt::endl;
    }
    return Success;
}

int exportFeedback(const QStringList &args)
{
    Invocation inv(QStringLiteral("export-feedback"), QCoreApplication::translate("sn::cli",
                       "export-feedback --db FILE --month YYYY-MM [--department NAME] --out FILE.xlsx"),
                   args);
    inv.addValueOption(QStringLiteral("month"), QCoreApplication::translate("sn::cli", "The month of the rows."), QStringLiteral("YYYY-MM"));
    inv.addValueOption(QStringLiteral("department"), QCoreApplication::translate("sn::cli", "Only this department (default: one sheet per department)."), QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("out"), QCoreApplication::translate("sn::cli", "The workbook to write."), QStringLiteral("FILE.xlsx"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || !inv.isSet(QStringLiteral("month")) || !inv.isSet(QStringLiteral("out")))
        return inv.usageError(QCoreApplication::translate("sn::cli", "export-feedback needs --db FILE, --month YYYY-MM and --out FILE.xlsx."));
    auto opened = openDb(inv);
    if (!opened)
        return inv.fail(opened.error());
    if (auto s = FeedbackFormExport::write(*opened.value(), Session::system(), inv.value(QStringLiteral("month")),
                                           inv.value(QStringLiteral("department")), inv.value(QStringLiteral("out")));
        !s)
        return inv.fail(s.error());
    return Success;
}

int report(const QStringList &args)
{
    Invocation inv(QStringLiteral("report"), QCoreApplication::translate("sn::cli", "report --db FILE --month YYYY-MM --out FILE.xlsx"), args);
    inv.addValueOption(QStringLiteral("month"), QCoreApplication::translate("sn::cli", "The month of the report."), QStringLiteral("YYYY-MM"));
    inv.addValueOption(QStringLiteral("out"), QCoreApplication::translate("sn::cli", "The workbook to write."), QStringLiteral("FILE.xlsx"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || !inv.isSet(QStringLiteral("month")) || !inv.isSet(QStringLiteral("out")))
        return inv.usageError(QCoreApplication::translate("sn::cli", "report needs --db FILE, --month YYYY-MM and --out FILE.xlsx."));
    auto opened = openDb(inv);
    if (!opened)
        return inv.fail(opened.error());
    if (auto s = MonthlyReport::write(*opened.value(), Session::system(), inv.value(QStringLiteral("month")), inv.value(QStringLiteral("out"))); !s)
        return inv.fail(s.error());
    return Success;
}

} // namespace sn::cli
