#pragma once

#include <QList>
#include <QSize>

class QWidget;

namespace sn {

// Resizes the top-level `window` to `preferred`, or smaller where the free area of its screen (the desktop less its
// panels, with room for the window's frame) is smaller: a 1920 x 1080 counter monitor at 150% offers 1280 x 720,
// an old 1366 x 768 one less than a window of 800 rows.
void resizeToScreen(QWidget *window, QSize preferred);

// Tab visits the widgets of `order` in turn and wraps from the last to the first, Shift+Tab the other way; those
// that cannot take focus at the moment (hidden, disabled) are passed over as usual. QWidget::setTabOrder alone
// chains the pairs but leaves the wrap to wherever the last widget happened to sit.
void setTabCycle(const QList<QWidget *> &order);

} // namespace sn
