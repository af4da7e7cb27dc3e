// safetynet-cli: the services of SafetyNet without a GUI, for scripts, scheduled jobs and tests.
#include "Commands.h"
#include "Invocation.h"

#include "services/Translations.h"

#include <QCoreApplication>

using namespace sn::cli;

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

const Command Commands[] = {
    {"idcheck", QT_TRANSLATE_NOOP("sn::cli", "Check resident ID numbers (GB 11643-1999)."), idcheck},
    {"init", QT_TRANSLATE_NOOP("sn::cli", "Create a new station database."), init},
    {"demo", QT_TRANSLATE_NOOP("sn::cli", "Fill a database with realistic demo households."), demo},
    {"check", QT_TRANSLATE_NOOP("sn::cli", "Check a database: SQLite integrity, foreign keys, domain rules, audit chain."), check},
    {"stats", QT_TRANSLATE_NOOP("sn::cli", "Counts of households by township and category."), stats},
    {"household", QT_TRANSLATE_NOOP("sn::cli", "Add, update, remove or show a household (JSON)."), household},
    {"user", QT_TRANSLATE_NOOP("sn::cli", "Add or list user accounts."), user},
    {"reviews", QT_TRANSLATE_NOOP("sn::cli", "Review tasks of the three-colour calendar: list, regenerate, complete."), reviews},
    {"lead", QT_TRANSLATE_NOOP("sn::cli", "Report a lead, advance it, record temporary assistance, show it."), lead},
    {"leads", QT_TRANSLATE_NOOP("sn::cli", "Open leads with their deadlines."), leads},
    {"tier", QT_TRANSLATE_NOOP("sn::cli", "Explain, override or clear a household's tier."), tier},
};

int usage(QTextStream &stream)
{
    stream << QCoreApplication::translate("sn::cli", "Usage: safetynet-cli COMMAND [options]") << "\n\n"
           << QCoreApplication::translate("sn::cli", "Commands:") << '\n';
    for (const Command &c : Commands)
        stream << "  " << QString::fromLatin1(c.name).leftJustified(12) << QCoreApplication::translate("sn::cli", c.summary) << '\n';
    stream << '\n'
           << QCoreApplication::translate("sn::cli", "Global options: --db FILE, --today YYYY-MM-DD, --now YYYY-MM-DDTHH:MM, --json, --version") << '\n'
           << QCoreApplication::translate("sn::cli", "Exit codes: 0 success, 1 usage error, 2 invalid input, 3 I/O error.") << Qt::endl;
    return Usage;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SafetyNet"));
    QCoreApplication::setApplicationName(QStringLiteral("safetynet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SN_VERSION));
    sn::Translations::install(sn::Translations::preferredLanguage());

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage(Invocation::err());
    if (args.contains(QStringLiteral("--version")) || args.first() == QLatin1String("version"))
        return version(args);
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        usage(Invocation::out());
        return Success;
    }
    // The command is the first word that is not an option or an option's value.
    static const QStringList valued = {QStringLiteral("--db"), QStringLiteral("--today"), QStringLiteral("--now")};
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
