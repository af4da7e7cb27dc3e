#pragma once

#include "database/Database.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstddef>
#include <memory>

namespace sn::cli {

// Exit codes of safetynet-cli (README "Command line").
enum Exit : int { Success = 0, Usage = 1, InvalidInput = 2, IoError = 3 };

int exitCodeFor(const Error &error);

struct SignedIn;

// One command's arguments: the global options (--db, --today, --now, --json) plus the command's own.
class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(sn::cli::Invocation)
public:
    Invocation(QString command, QString summary, QStringList arguments);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addValueOption(const QString &name, const QString &description, const QString &valueName);
    void addFlag(const QString &name, const QString &description);
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});

    // Parses and applies --today/--now to the clock. Returns -1 to go on, or the exit code to stop with
    // (help printed, or a usage error reported).
    int parse();

    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    // The --db value; empty when not given (commands report that as a usage error).
    QString db() const { return m_parser.value(QStringLiteral("db")); }

    // Signs in the account of --user NAME (or $SAFETYNET_USER) with the password from --password-file FILE
    // (or $SAFETYNET_PASSWORD_FILE; refused unless only its owner may read it) or typed at a no-echo prompt
    // when standard input is a terminal. Returns -1 with `session` filled, or the exit code to stop with: 1
    // when no account was named or no password can be read (the message says how), 2 when sign-in is refused.
    // SignIn::WithoutRecord checks the account without writing (no audit entry, no failure count): for commands
    // that inspect the file as it is.
    enum class SignIn { Recorded, WithoutRecord };
    int signIn(Database &db, Session &session, SignIn how = SignIn::Recorded);
    // Opens --db and signs in (the two first steps of most commands). Returns -1, or the exit code to stop with.
    int openSignedIn(SignedIn &opened);
    // Reads a password from a file that only its owner may read (the first line, without its line end).
    static Result<QString> readPasswordFile(const QString &path);
    // A passphrase from standard input: typed twice at a no-echo prompt on a terminal (`confirm`), else the
    // first line of what is piped in. Empty when nothing was given.
    static QString readPassphrase(const QString &prompt, bool confirm);

    int usageError(const QString &message);
    int fail(const Error &error); // one line on stderr, naming the field; returns the exit code

    // "add --json FILE" (as in `household add`): there --json names the input, not the output format; it is
    // rewritten to --file FILE for the parser.
    static QStringList jsonInputAsFile(QStringList arguments);
    // One JSON object from a file or standard input ("-"); what is wrong names the input (--json).
    static Result<QJsonObject> readJsonObject(const QString &source);

    static QTextStream &out();
    static void printJson(const QJsonDocument &doc); // indented, to standard output
    // Values as the commands' JSON writes them: an ISO date, or null when invalid; a text, or null when empty.
    static QJsonValue dateJson(const QDate &date);
    static QJsonValue textOrNull(const QString &text);
    static QTextStream &err();

private:
    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
};

// The station file of --db, opened, and the account signed in to it.
struct SignedIn
{
    std::unique_ptr<Database> db;
    Session session;
};

// One sub-command of a command ("lead add", "referral list"): its name and the function that runs it with
// what the command has opened for it (its Context). A command keeps a small table of these.
template <typename Context> struct Action
{
    const char *name;
    int (*run)(const Context &);
};

// The action of `actions` named `name`, or nullptr: the command reports an unknown action in its own words.
template <typename Context, std::size_t N>
const Action<Context> *findAction(const Action<Context> (&actions)[N], const QString &name)
{
    for (const Action<Context> &a : actions) {
        if (name == QLatin1String(a.name))
            return &a;
    }
    return nullptr;
}

} // namespace sn::cli
