#pragma once

#include <QString>
#include <QtGlobal>
#include <functional>

namespace sn {

// A hybrid logical clock stamp (Kulkarni et al.): wall time in ms, a counter for events within the same
// ms or when the wall clock lags, and the station that made it. The text form sorts like the stamp, so
// SQL can compare stamps as strings.
struct HlcStamp
{
    // The counter's text has six digits: a counter that would pass this carries into the next millisecond, so the
    // text keeps a fixed width and sorts like the stamp however many events share one millisecond.
    static constexpr quint32 MaxCounter = 999999;

    qint64 wallMs = 0;
    quint32 counter = 0;
    QString station;

    QString toString() const; // "000001764331200000-000000-<station>"
    static HlcStamp fromString(const QString &text, bool *ok = nullptr);
    bool isNull() const { return wallMs == 0 && counter == 0 && station.isEmpty(); }
    friend bool operator<(const HlcStamp &a, const HlcStamp &b);
    friend bool operator==(const HlcStamp &a, const HlcStamp &b);
};

class HybridClock
{
public:
    using WallClock = std::function<qint64()>;
    explicit HybridClock(QString station, WallClock wall = {});

    HlcStamp now(); // a stamp greater than every stamp made or observed here
    void observe(const HlcStamp &remote); // merge a stamp received from another station
    HlcStamp last() const { return m_last; }
    void restore(const HlcStamp &persisted); // resume after restart from the greatest stored stamp

private:
    QString m_station;
    WallClock m_wall;
    HlcStamp m_last;
};

} // namespace sn
