#pragma once

// Running safetynet-cli from the command tests as a clerk's script would: signed in through the environment, on a
// fixed day, with its output parsed.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace sn::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
};

// `cli args --db db --today today`, signed in as the bureau's administrator (`admin`, password in `passwordFile`),
// with `input` on standard input.
inline CliRun runCli(const QString &cli, const QString &db, const QString &passwordFile, QStringList args,
    const QString &today, const QByteArray &input = {})
{
    args << QStringLiteral("--db") << db << QStringLiteral("--today") << today;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAFETYNET_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("SAFETYNET_PASSWORD_FILE"), passwordFile);
    p.setProcessEnvironment(env);
    p.start(cli, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("safetynet-cli did not finish");
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

// The text of a PDF (poppler's pdftotext) without its spaces, or a null string when pdftotext is not installed.
inline QString pdfTextWithoutSpaces(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, { path, QStringLiteral("-") });
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char(' '));
}

} // namespace sn::test
