#pragma once

#include <QLabel>
#include <QPointer>

class QAbstractItemView;

namespace sn {

// The sentence an empty list shows in its middle: what to do first ("No leads yet: report one with
// Report lead…"). It hides as soon as the list has a row.
class EmptyStateHint : public QLabel
{
    Q_OBJECT
public:
    // Owned by the view's viewport.
    static EmptyStateHint *attach(QAbstractItemView *view, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyStateHint(QAbstractItemView *view, const QString &text);
    void refresh();

    QPointer<QAbstractItemView> m_view;
};

} // namespace sn
