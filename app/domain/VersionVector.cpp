#include "VersionVector.h"

#include "HybridClock.h"

namespace sn {

VersionVector VersionVector::of(const QString &stamp)
{
    VersionVector v;
    v.add(stamp);
    return v;
}

QString VersionVector::writerOf(const QString &stamp)
{
    bool ok = false;
    const HlcStamp parsed = HlcStamp::fromString(stamp, &ok);
    return ok ? parsed.station : QString();
}

VersionVector VersionVector::fromStamps(const QStringList &stamps, bool *ok)
{
    VersionVector v;
    for (const QString &stamp : stamps) {
        const QString writer = writerOf(stamp);
        if (writer.isEmpty() || v.m_latest.contains(writer)) {
            if (ok)
                *ok = false;
            return {};
        }
        v.m_latest.insert(writer, stamp);
    }
    if (ok)
        *ok = true;
    return v;
}

VersionVector VersionVector::fromText(const QString &text)
{
    VersionVector v;
    for (const QString &stamp : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        v.add(stamp);
    return v;
}

QString VersionVector::toText() const
{
    return stamps().join(QLatin1Char(' '));
}

void VersionVector::add(const QString &stamp)
{
    const QString writer = writerOf(stamp);
    if (writer.isEmpty())
        return;
    QString &mine = m_latest[writer];
    if (mine < stamp)
        mine = stamp;
}

void VersionVector::merge(const VersionVector &other)
{
    for (const QString &stamp : other.m_latest)
        add(stamp);
}

bool VersionVector::covers(const VersionVector &other) const
{
    for (auto it = other.m_latest.constBegin(); it != other.m_latest.constEnd(); ++it) {
        const auto mine = m_latest.constFind(it.key());
        if (mine == m_latest.constEnd() || *mine < it.value())
            return false;
    }
    return true;
}

VersionVector::Order VersionVector::compare(const VersionVector &a, const VersionVector &b)
{
    const bool aCoversB = a.covers(b);
    const bool bCoversA = b.covers(a);
    if (aCoversB && bCoversA)
        return Order::Same;
    if (bCoversA)
        return Order::Before;
    if (aCoversB)
        return Order::After;
    return Order::Concurrent;
}

} // namespace sn
