#include "CsvWriter.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QSaveFile>

namespace sn {

namespace {

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QByteArray CsvWriter::encode(const QList<QStringList> &rows)
{
    QByteArray data("\xEF\xBB\xBF");
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &text : row)
            fields.append(field(text));
        data += fields.join(QLatin1Char(',')).toUtf8();
        data += "\r\n";
    }
    return data;
}

Status CsvWriter::write(const QString &path, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(encode(rows));
    if (!file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QList<QStringList> CsvWriter::rowsOf(const QAbstractItemModel &model)
{
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(model.headerData(c, Qt::Horizontal).toString());
    rows.append(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row.append(model.index(r, c).data().toString());
        rows.append(row);
    }
    return rows;
}

} // namespace sn
