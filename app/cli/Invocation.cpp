#include "Invocation.h"

#include <QFile>

#include "database/Database.h"
#include "domain/Clock.h"
#include "services/AccountService.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace sn::cli {

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Invalid:
    case Error::Kind::NotFound:
    case Error::Kind::Forbidden:
    case Error::Kind::Conflict:
        return InvalidInput;
    case Error::Kind::Io:
    case Error::Kind::Internal:
        return IoError;
    }
    return IoError;
}

Invocation::Invocation(QString command, QString summary, QStringList arguments)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
{
    m_parser.setApplicationDescription(summary);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    addValueOption(QStringLiteral("db"), tr("The station database file."), QStringLiteral("FILE"));
    addValueOption(QStringLiteral("today"), tr("Act as if today were this date (reproducible runs)."),
        QStringLiteral("YYYY-MM-DD"));
    addValueOption(QStringLiteral("now"), tr("Act as if it were this moment."), QStringLiteral("YYYY-MM-DDTHH:MM"));
    addFlag(QStringLiteral("json"), tr("Print JSON."));
    addValueOption(
        QStringLiteral("user"), tr("Sign in as this account (default: $SAFETYNET_USER)."), QStringLiteral("NAME"));
    addValueOption(QStringLiteral("password-file"),
        tr("Read the password from this file, readable by its owner only (default: $SAFETYNET_PASSWORD_FILE); "
           "without it the password is asked for."),
        QStringLiteral("FILE"));
}

void Invocation::addValueOption(const QString &name, const QString &description, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

void Invocation::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

void Invocation::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

QTextStream &Invocation::out()
{
    static QTextStream stream(stdout);
    return stream;
}

void Invocation::printJson(const QJsonDocument &doc)
{
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

QJsonValue Invocation::dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue Invocation::textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QTextStream &Invocation::err()
{
    static QTextStream stream(stderr);
    return stream;
}

namespace {

// A line typed at the terminal without echoing it.
std::optional<QString> promptPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    Invocation::err() << prompt << Qt::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    Invocation::err() << Qt::endl;
    return line;
}

} // namespace

QString Invocation::readPassphrase(const QString &prompt, bool confirm)
{
    if (auto typed = promptPassword(prompt)) {
        if (confirm && promptPassword(tr("Type it again: ")).value_or(QString()) != *typed)
            return {};
        return *typed;
    }
    QTextStream in(stdin);
    QString line = in.readLine();
    while (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

Result<QString> Invocation::readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::invalid(tr("The password file %1 does not exist.").arg(path), QStringLiteral("--password-file"));
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & others)
        return Error::invalid(
            tr("The password file %1 may be read by others: make it readable by its owner only (chmod 600 %1).")
                .arg(path),
            QStringLiteral("--password-file"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read the password file %1: %2").arg(path, file.errorString()));
    QString line = QString::fromUtf8(file.readLine(4096));
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

int Invocation::signIn(Database &db, Session &session, SignIn how)
{
    const QString name
        = isSet(QStringLiteral("user")) ? value(QStringLiteral("user")) : qEnvironmentVariable("SAFETYNET_USER");
    const QString howTo = tr("%1 reads or changes personal data: sign in with --user NAME and --password-file FILE "
                             "(readable by its owner only), or type the password when asked.")
                              .arg(m_command);
    if (name.trimmed().isEmpty())
        return usageError(howTo);
    const QString file = isSet(QStringLiteral("password-file")) ? value(QStringLiteral("password-file"))
                                                                : qEnvironmentVariable("SAFETYNET_PASSWORD_FILE");
    QString password;
    if (!file.isEmpty()) {
        auto read = readPasswordFile(file);
        if (!read)
            return fail(read.error());
        password = read.value();
    } else if (auto typed = promptPassword(tr("Password for %1: ").arg(name))) {
        password = *typed;
    } else {
        return usageError(howTo);
    }
    AccountService accounts(db);
    auto signedIn = how == SignIn::Recorded ? accounts.login(name, password) : accounts.authenticate(name, password);
    if (!signedIn)
        return fail(signedIn.error());
    if (signedIn->mustChangePassword)
        return fail(Error::forbidden(
            tr("The password of %1 was reset: sign in at the desk once and choose a new one.").arg(name)));
    session = signedIn.value();
    return -1;
}

int Invocation::openSignedIn(SignedIn &opened)
{
    auto file = Database::open(db());
    if (!file)
        return fail(file.error());
    opened.db = std::move(file).value();
    return signIn(*opened.db, opened.session);
}

int Invocation::usageError(const QString &message)
{
    err() << "safetynet-cli " << m_command << ": " << message << '\n'
          << tr("Try 'safetynet-cli %1 --help'.").arg(m_command) << Qt::endl;
    return Usage;
}

int Invocation::fail(const Error &error)
{
    const QString where = error.field.isEmpty() ? QString() : error.field + QStringLiteral(": ");
    QString message = error.message;
    message.replace(QLatin1Char('\n'), QStringLiteral("; "));
    err() << "safetynet-cli " << m_command << ": " << where << message << Qt::endl;
    return exitCodeFor(error);
}

int Invocation::parse()
{
    QStringList args = m_arguments;
    args.prepend(QStringLiteral("safetynet-cli %1").arg(m_command));
    if (!m_parser.parse(args))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText();
        out().flush();
        return Success;
    }
    if (isSet(QStringLiteral("now"))) {
        const QDateTime now = QDateTime::fromString(value(QStringLiteral("now")), Qt::ISODate);
        if (!now.isValid())
            return usageError(
                tr("--now takes a moment as YYYY-MM-DDTHH:MM, not \"%1\".").arg(value(QStringLiteral("now"))));
        Clock::setNow(now, Clock::Scope::RulesOnly);
    } else if (isSet(QStringLiteral("today"))) {
        const QDate today = QDate::fromString(value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return usageError(
                tr("--today takes a date as YYYY-MM-DD, not \"%1\".").arg(value(QStringLiteral("today"))));
        Clock::setNow(QDateTime(today, QTime(9, 0)), Clock::Scope::RulesOnly);
    }
    return -1;
}

QStringList Invocation::jsonInputAsFile(QStringList arguments)
{
    if (arguments.contains(QStringLiteral("add"))) {
        const qsizetype i = arguments.indexOf(QStringLiteral("--json"));
        if (i >= 0 && i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QStringLiteral("--")))
            arguments[i] = QStringLiteral("--file");
    }
    return arguments;
}

Result<QJsonObject> Invocation::readJsonObject(const QString &source)
{
    QFile file;
    if (source == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error::io(QCoreApplication::translate("sn::cli", "Cannot read standard input."));
    } else {
        file.setFileName(source);
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(
                QCoreApplication::translate("sn::cli", "Cannot read %1: %2").arg(source, file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        return Error::invalid(QCoreApplication::translate("sn::cli", "Not valid JSON: %1 at offset %2")
                                  .arg(error.errorString())
                                  .arg(error.offset),
            QStringLiteral("--json"));
    if (!doc.isObject())
        return Error::invalid(
            QCoreApplication::translate("sn::cli", "The JSON must be one object."), QStringLiteral("--json"));
    return doc.object();
}

} // namespace sn::cli
