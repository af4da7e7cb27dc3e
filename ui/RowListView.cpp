#include "RowListView.h"

#include "services/Config.h"

#include <QHeaderView>
#include <QTableView>

namespace sn::RowListView {

QTableView *make(QWidget *parent, QAbstractItemModel *model, const QString &name, const QString &accessibleName,
    const QList<Width> &widths, const QString &settingsKey)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics cells = view->fontMetrics();
    const QFontMetrics titles = view->horizontalHeader()->fontMetrics();
    for (const Width &w : widths) {
        const QString title = model->headerData(w.column, Qt::Horizontal).toString();
        int width = std::max(cells.horizontalAdvance(w.sample), titles.horizontalAdvance(title) + 8) + 16;
        if (w.cap > 0)
            width = std::min(width, w.cap);
        view->horizontalHeader()->resizeSection(w.column, width);
    }
    view->horizontalHeader()->restoreState(Config::viewState(settingsKey));
    return view;
}

void saveHeader(const QTableView *view, const QString &settingsKey)
{
    Config::setViewState(settingsKey, view->horizontalHeader()->saveState());
}

} // namespace sn::RowListView
