// safetynet-cli: the services of SafetyNet without a GUI, for scripts, scheduled jobs and tests.
#include "Commands.h"
#include "Invocation.h"

#include "services/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <algorithm>
#include <cstring>
#include <memory>

using namespace sn::cli;

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

const Command Commands[] = {
    { "idcheck", QT_TRANSLATE_NOOP("sn::cli", "Check resident ID numbers (GB 11643-1999)."), idcheck },
    { "init", QT_TRANSLATE_NOOP("sn::cli", "Create a new station database."), init },
    { "demo", QT_TRANSLATE_NOOP("sn::cli", "Fill a database with realistic demo households."), demo },
    { "check",
        QT_TRANSLATE_NOOP("sn::cli", "Check a database: SQLite integrity, foreign keys, domain rules, audit chain."),
        check },
    { "audit-verify",
        QT_TRANSLATE_NOOP("sn::cli", "Verify the audit log: hash chain, its recorded last entry, the backups."),
        auditVerify },
    { "stats", QT_TRANSLATE_NOOP("sn::cli", "Counts of households by township and category."), stats },
    { "household", QT_TRANSLATE_NOOP("sn::cli", "Add, update, remove or show a household (JSON)."), household },
    { "search", QT_TRANSLATE_NOOP("sn::cli", "Find households as the registry does; masked ID numbers."), search },
    { "user", QT_TRANSLATE_NOOP("sn::cli", "Add or list user accounts."), user },
    { "reviews", QT_TRANSLATE_NOOP("sn::cli", "Review tasks of the three-colour calendar: list, regenerate, complete."),
        reviews },
    { "lead", QT_TRANSLATE_NOOP("sn::cli", "Report a lead, advance it, record temporary assistance, show it."), lead },
    { "leads", QT_TRANSLATE_NOOP("sn::cli", "Open leads with their deadlines."), leads },
    { "application",
        QT_TRANSLATE_NOOP("sn::cli", "Accept an application, take it through its steps to the decision, show it."),
        application },
    { "applications",
        QT_TRANSLATE_NOOP("sn::cli", "Open applications with their step, deadline and working days left."),
        applications },
    { "renewals",
        QT_TRANSLATE_NOOP("sn::cli", "Expenditure-type findings due for renewal before they lapse after 12 months."),
        renewals },
    { "change",
        QT_TRANSLATE_NOOP("sn::cli", "Increase, decrease or stop a household's payment; confirm it, print its notice."),
        change },
    { "changes", QT_TRANSLATE_NOOP("sn::cli", "Changes of payment with their effective month and state."), changes },
    { "appeal", QT_TRANSLATE_NOOP("sn::cli", "Record an appeal against a decision or a change, and its outcome."),
        appeal },
    { "appeals", QT_TRANSLATE_NOOP("sn::cli", "Appeals with their outcome."), appeals },
    { "calendar", QT_TRANSLATE_NOOP("sn::cli", "The district's holidays and make-up working days."), calendar },
    { "benefit", QT_TRANSLATE_NOOP("sn::cli", "A household's monthly amount from the rules, with its working."),
        benefit },
    { "keygen", QT_TRANSLATE_NOOP("sn::cli", "Make a district key file for sync (stations made before enrolment)."),
        keygen },
    { "enrol", QT_TRANSLATE_NOOP("sn::cli", "Enrol a new station of a township (district station, administrator)."),
        enrol },
    { "join", QT_TRANSLATE_NOOP("sn::cli", "Create a station from its enrolment file."), join },
    { "sync", QT_TRANSLATE_NOOP("sn::cli", "Exchange changes through a shared folder."), sync },
    { "rotate-keys",
        QT_TRANSLATE_NOOP("sn::cli", "Issue a new key epoch and revoke stations (district station, administrator)."),
        rotateKeys },
    { "digest", QT_TRANSLATE_NOOP("sn::cli", "Hash of every synced table, to compare stations."), digest },
    { "conflicts", QT_TRANSLATE_NOOP("sn::cli", "Concurrent edits kept for review."), conflicts },
    { "backup", QT_TRANSLATE_NOOP("sn::cli", "Back up the database (checked copy)."), backup },
    { "restore", QT_TRANSLATE_NOOP("sn::cli", "Restore the database from a backup."), restore },
    { "policy", QT_TRANSLATE_NOOP("sn::cli", "The departments' policy catalogue: add, list, mark reviewed."), policy },
    { "referral",
        QT_TRANSLATE_NOOP(
            "sn::cli", "Refer a household or a lead to policies; list follow-ups; set a referral's status."),
        referral },
    { "standards", QT_TRANSLATE_NOOP("sn::cli", "The yearly 低保 standards and disposable-income figures: list, set."),
        standards },
    { "tier", QT_TRANSLATE_NOOP("sn::cli", "Explain, override or clear a household's tier."), tier },
    { "cards",
        QT_TRANSLATE_NOOP(
            "sn::cli", "Public-notice cards (annex 2) as PDF: a5, a4x2 or a4x4; reprint from the print log."),
        cards },
    { "letter", QT_TRANSLATE_NOOP("sn::cli", "The one-time notification letter of a referral, as PDF."), letter },
    { "slip", QT_TRANSLATE_NOOP("sn::cli", "The referral slip with its return receipt, as PDF."), slip },
    { "file-sheet", QT_TRANSLATE_NOOP("sn::cli", "A household's full file sheet for internal files, as PDF (audited)."),
        fileSheet },
    { "tasklist",
        QT_TRANSLATE_NOOP("sn::cli", "A month's visit and review tasks, as PDF, with a column for signatures."),
        tasklist },
    { "print-log", QT_TRANSLATE_NOOP("sn::cli", "Who printed which cards and documents."), printLog },
    { "card-official",
        QT_TRANSLATE_NOOP("sn::cli", "Show or set the responsible official printed on a township's cards."),
        cardOfficial },
    { "import-ledger", QT_TRANSLATE_NOOP("sn::cli", "Import a ledger (花名册) of households from .xlsx, .xls or .csv."),
        importLedger },
    { "import-suspicions", QT_TRANSLATE_NOOP("sn::cli", "Import a department's suspicion table and match it."),
        importSuspicions },
    { "suspicions",
        QT_TRANSLATE_NOOP("sn::cli", "Rows of the department tables of a month, with verification progress."),
        suspicions },
    { "suspicion",
        QT_TRANSLATE_NOOP(
            "sn::cli", "Confirm, reject, verify or route a department table row; make leads of unmatched rows."),
        suspicion },
    { "export-feedback", QT_TRANSLATE_NOOP("sn::cli", "Write the suspicion feedback table (annex 1) as .xlsx."),
        exportFeedback },
    { "report", QT_TRANSLATE_NOOP("sn::cli", "Write the monthly report workbook (.xlsx)."), report },
    { "payroll",
        QT_TRANSLATE_NOOP("sn::cli", "Write the month's payment roll (.xlsx) with totals per village and township."),
        payroll },
    { "account", QT_TRANSLATE_NOOP("sn::cli", "Show (masked) or set the account a household is paid into."), account },
};

// Columns a terminal gives a character: two for Chinese characters and full-width punctuation, one otherwise.
int columnsOf(QChar c)
{
    const char16_t u = c.unicode();
    const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
        || (u >= 0xFFE0 && u <= 0xFFE6);
    return wide ? 2 : 1;
}

// `text` in lines of at most `width` columns: broken at a space where there is one, else between characters
// (Chinese has no spaces).
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    int columns = 0;
    for (const QChar c : text) {
        if (columns + columnsOf(c) > width && !line.isEmpty()) {
            const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
            const QString rest = space > 0 ? line.mid(space + 1) : QString();
            lines.append(space > 0 ? line.left(space) : line);
            line = rest;
            columns = 0;
            for (const QChar r : std::as_const(line))
                columns += columnsOf(r);
        }
        if (line.isEmpty() && c == QLatin1Char(' '))
            continue;
        line.append(c);
        columns += columnsOf(c);
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// The commands in two columns: the descriptions start in one column after the longest name and wrap under
// themselves within 80 columns, so no name runs into its description.
int usage(QTextStream &stream)
{
    constexpr int Indent = 2, Gap = 2, LineWidth = 80;
    qsizetype longest = 0;
    for (const Command &c : Commands)
        longest = std::max<qsizetype>(longest, qsizetype(std::strlen(c.name)));
    const int column = Indent + int(longest) + Gap;
    stream << QCoreApplication::translate("sn::cli", "Usage: safetynet-cli COMMAND [options]") << "\n\n"
           << QCoreApplication::translate("sn::cli", "Commands:") << '\n';
    for (const Command &c : Commands) {
        const QStringList lines
            = wrapped(QCoreApplication::translate("sn::cli", c.summary), std::max(20, LineWidth - column));
        stream << QString(Indent, QLatin1Char(' ')) << QString::fromLatin1(c.name).leftJustified(column - Indent);
        for (qsizetype i = 0; i < lines.size(); ++i)
            stream << (i == 0 ? QString() : QString(column, QLatin1Char(' '))) << lines.at(i) << '\n';
    }
    stream << '\n'
           << QCoreApplication::translate(
                  "sn::cli", "Global options: --db FILE, --today YYYY-MM-DD, --now YYYY-MM-DDTHH:MM, --json, --version")
           << '\n'
           << QCoreApplication::translate(
                  "sn::cli", "Exit codes: 0 success, 1 usage error, 2 invalid input, 3 I/O error.")
           << Qt::endl;
    return Usage;
}

// Documents need fonts and QPdfWriter, hence a QGuiApplication; every other command stays on QCoreApplication
// (no platform plugin, starts anywhere). The command is found the way main() finds it below.
bool needsGui(int argc, char *argv[])
{
    // "policy" for its catalogue, "application" for its documents (the other policy actions run there as well; the
    // offscreen platform is cheap).
    static const char *const documents[]
        = { "cards", "letter", "slip", "file-sheet", "tasklist", "policy", "application", "change" };
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--db") || !std::strcmp(a, "--today") || !std::strcmp(a, "--now")) {
            ++i;
            continue;
        }
        if (a[0] == '-')
            continue;
        for (const char *d : documents)
            if (!std::strcmp(a, d))
                return true;
        return false;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed to write a PDF
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("SafetyNet"));
    QCoreApplication::setApplicationName(QStringLiteral("safetynet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SN_VERSION));
    sn::Translations::install(sn::Translations::preferredLanguage());

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage(Invocation::err());
    if (args.contains(QStringLiteral("--version")) || args.first() == QLatin1String("version"))
        return version(args);
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        usage(Invocation::out());
        return Success;
    }
    // The command is the first word that is not an option or an option's value.
    static const QStringList valued = { QStringLiteral("--db"), QStringLiteral("--today"), QStringLiteral("--now"),
        QStringLiteral("--user"), QStringLiteral("--password-file") };
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (valued.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        for (const Command &c : Commands) {
            if (a == QLatin1String(c.name)) {
                args.removeAt(i);
                return c.run(args);
            }
        }
        Invocation::err() << QCoreApplication::translate("sn::cli", "Unknown command \"%1\".").arg(a) << "\n\n";
        return usage(Invocation::err());
    }
    return usage(Invocation::err());
}
