#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>
#include <functional>

namespace sn {

// Loads a page's data when the page is first shown rather than when it is built. The desk builds every
// page at start-up, but only the one on screen needs its figures then: on a district's 100000 households the
// calendar, leads, service-team assessment, department data and print log were seconds of the start.
// The page calls loaded() at the start of its refresh(), so a refresh() made before the first show (by a
// test, or after a save) is not repeated when the page appears.
class LazyRefresh : public QObject
{
public:
    LazyRefresh(QWidget *page, std::function<void()> load)
        : QObject(page)
        , m_page(page)
        , m_load(std::move(load))
    {
        page->installEventFilter(this);
    }

    void loaded() { m_pending = false; }
    bool pending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_pending && watched == m_page && event->type() == QEvent::Show) {
            m_pending = false;
            m_load();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_page;
    std::function<void()> m_load;
    bool m_pending = true;
};

} // namespace sn
