#pragma once

// The text of a PDF through poppler's pdftotext; empty optional when pdftotext is not installed.
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <optional>

namespace sn::test {

inline std::optional<QString> pdfText(const QString &file)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (exe.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(exe, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Without whitespace: pdftotext breaks lines where the layout wrapped them and spaces some glyphs apart.
inline QString squeeze(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

} // namespace sn::test
