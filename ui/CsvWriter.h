#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

class QAbstractItemModel;

namespace sn {

// CSV as Excel and WPS open it on a Chinese Windows desk: UTF-8 with a byte-order mark, CRLF, fields
// quoted when they hold a comma, quote or line break. A stop-gap until the spreadsheet feature writes xlsx.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(sn::CsvWriter)
public:
    static QByteArray encode(const QList<QStringList> &rows);
    static Status write(const QString &path, const QList<QStringList> &rows);
    // Header and display text of every row of a table model.
    static QList<QStringList> rowsOf(const QAbstractItemModel &model);
};

} // namespace sn
