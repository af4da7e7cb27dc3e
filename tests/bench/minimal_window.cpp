// The comparison of W6 in tests/bench/run-all.sh: the least a Qt Widgets program does to show one window
// (a table with a few rows), then quits after its first paint, like bench_desk does with the desk.
#include <QApplication>
#include <QStandardItemModel>
#include <QTableView>
#include <cstdio>

namespace {
class FirstPaint : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardItemModel model(3, 3);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            model.setItem(r, c, new QStandardItem(QStringLiteral("%1,%2").arg(r).arg(c)));
    QTableView view;
    view.setModel(&model);
    FirstPaint watch;
    view.viewport()->installEventFilter(&watch);
    view.resize(800, 600);
    view.show();
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    std::printf("painted\n");
    return 0;
}
