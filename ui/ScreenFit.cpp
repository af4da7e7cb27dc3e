#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace sn {

void resizeToScreen(QWidget *window, QSize preferred)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QSize frame(40, 60); // the title bar and borders the window manager adds
    if (screen)
        preferred = preferred.boundedTo(screen->availableGeometry().size() - frame);
    window->resize(preferred);
}

void setTabCycle(const QList<QWidget *> &order)
{
    if (order.size() < 2)
        return;
    auto chain = [&order] {
        for (qsizetype i = 1; i < order.size(); ++i)
            QWidget::setTabOrder(order.at(i - 1), order.at(i));
    };
    // setTabOrder(a, b) moves b to just after a. Chaining, then putting the first after the last and chaining again
    // leaves last -> first in place: the second pass takes each widget out from before its successor and puts it
    // back at the same spot.
    chain();
    QWidget::setTabOrder(order.constLast(), order.constFirst());
    chain();
}

} // namespace sn
