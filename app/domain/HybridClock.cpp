#include "HybridClock.h"

#include <QDateTime>
#include <QStringList>
#include <algorithm>

namespace sn {

QString HlcStamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 15, 10, QLatin1Char('0'))
        .arg(counter, 6, 10, QLatin1Char('0'))
        .arg(station);
}

namespace {

void carry(HlcStamp &stamp)
{
    if (stamp.counter > HlcStamp::MaxCounter) {
        ++stamp.wallMs;
        stamp.counter = 0;
    }
}

} // namespace

HlcStamp HlcStamp::fromString(const QString &text, bool *ok)
{
    HlcStamp stamp;
    const qsizetype first = text.indexOf(QLatin1Char('-'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char('-'), first + 1);
    bool wallOk = false;
    bool counterOk = false;
    if (second > 0) {
        stamp.wallMs = text.left(first).toLongLong(&wallOk);
        stamp.counter = text.mid(first + 1, second - first - 1).toUInt(&counterOk);
        stamp.station = text.mid(second + 1);
    }
    const bool good = wallOk && counterOk && second - first == 7 && stamp.counter <= MaxCounter && stamp.wallMs >= 0
        && !stamp.station.isEmpty();
    if (ok)
        *ok = good;
    return good ? stamp : HlcStamp {};
}

bool operator<(const HlcStamp &a, const HlcStamp &b)
{
    if (a.wallMs != b.wallMs)
        return a.wallMs < b.wallMs;
    if (a.counter != b.counter)
        return a.counter < b.counter;
    return a.station < b.station;
}

bool operator==(const HlcStamp &a, const HlcStamp &b)
{
    return a.wallMs == b.wallMs && a.counter == b.counter && a.station == b.station;
}

HybridClock::HybridClock(QString station, WallClock wall)
    : m_station(std::move(station))
    , m_wall(wall ? std::move(wall) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
    m_last.station = m_station;
}

HlcStamp HybridClock::now()
{
    const qint64 wall = m_wall();
    if (wall > m_last.wallMs) {
        m_last.wallMs = wall;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    carry(m_last);
    m_last.station = m_station;
    return m_last;
}

void HybridClock::observe(const HlcStamp &remote)
{
    const qint64 wall = m_wall();
    const qint64 maxWall = std::max({ wall, m_last.wallMs, remote.wallMs });
    quint32 counter = 0;
    if (maxWall == m_last.wallMs && maxWall == remote.wallMs)
        counter = std::max(m_last.counter, remote.counter) + 1;
    else if (maxWall == m_last.wallMs)
        counter = m_last.counter + 1;
    else if (maxWall == remote.wallMs)
        counter = remote.counter + 1;
    m_last.wallMs = maxWall;
    m_last.counter = counter;
    carry(m_last);
    m_last.station = m_station;
}

void HybridClock::restore(const HlcStamp &persisted)
{
    if (m_last < persisted || m_last.wallMs < persisted.wallMs) {
        m_last.wallMs = persisted.wallMs;
        m_last.counter = persisted.counter;
    }
    m_last.station = m_station;
}

} // namespace sn
