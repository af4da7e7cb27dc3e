#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace sn {

// The read-only lists of the pages (households, leads, review tasks): whole rows chosen one at a time,
// alternating colours, no row numbers, rows as high as a line of text, the last column stretched. The first
// widths fit a typical value and the column title; the clerk's own widths are remembered under `settingsKey`
// (saveHeader() stores them).
namespace RowListView {

struct Width
{
    int column;
    QString sample; // a typical value of the column
    int cap = 0; // at most this wide (0: no limit)
};

QTableView *make(QWidget *parent, QAbstractItemModel *model, const QString &name, const QString &accessibleName,
    const QList<Width> &widths, const QString &settingsKey);
void saveHeader(const QTableView *view, const QString &settingsKey);

} // namespace RowListView
} // namespace sn
