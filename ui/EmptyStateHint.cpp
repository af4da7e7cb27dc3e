#include "EmptyStateHint.h"

#include <QAbstractItemView>
#include <QEvent>

namespace sn {

EmptyStateHint *EmptyStateHint::attach(QAbstractItemView *view, const QString &text)
{
    return new EmptyStateHint(view, text);
}

EmptyStateHint::EmptyStateHint(QAbstractItemView *view, const QString &text)
    : QLabel(text, view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyStateHint"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: #5f6368;"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, signal, this, &EmptyStateHint::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateHint::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateHint::refresh);
    refresh();
}

bool EmptyStateHint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && m_view && watched == m_view->viewport())
        refresh();
    return QLabel::eventFilter(watched, event);
}

void EmptyStateHint::refresh()
{
    if (!m_view || !m_view->model())
        return;
    const QRect area = m_view->viewport()->rect().adjusted(24, 12, -24, -12);
    setGeometry(area);
    setVisible(m_view->model()->rowCount() == 0);
}

} // namespace sn
