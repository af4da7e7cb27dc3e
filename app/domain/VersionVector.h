#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace sn {

// What one version of a synced row has seen: for every writer whose edits it includes, the stamp of the latest
// of them (a hybrid-clock stamp, whose station part names the writer). A version whose vector covers another's
// descends from it, and replacing the older one loses nothing; two versions neither of whose vectors covers the
// other were made without seeing each other, and only those form a conflict.
//
// A writer is the station part of a stamp: a station's own edits are one line, each on top of the last, so its
// newest stamp stands for all of them. A station restored from a backup stamps under a new writer name (the
// station id and an incarnation), because its edits after the restore are not on top of those the backup lost.
class VersionVector
{
public:
    enum class Order { Same, Before, After, Concurrent };

    VersionVector() = default;
    static VersionVector of(const QString &stamp);
    // As stored (sync_versions): stamps separated by spaces, the latest of each writer kept; bad ones skipped.
    static VersionVector fromText(const QString &text);
    // As a bundle carries them: one stamp per writer, each valid; nothing (and *ok false) otherwise.
    static VersionVector fromStamps(const QStringList &stamps, bool *ok = nullptr);
    static QString writerOf(const QString &stamp);

    QString toText() const;
    QStringList stamps() const { return m_latest.values(); }
    bool isEmpty() const { return m_latest.isEmpty(); }
    qsizetype size() const { return m_latest.size(); }
    QString latestOf(const QString &writer) const { return m_latest.value(writer); }

    void add(const QString &stamp); // keeps the later stamp of its writer
    void merge(const VersionVector &other);
    bool covers(const VersionVector &other) const; // has seen everything `other` has
    // How `a` relates to `b`: Before when b descends from a, After when a descends from b.
    static Order compare(const VersionVector &a, const VersionVector &b);

    friend bool operator==(const VersionVector &a, const VersionVector &b) { return a.m_latest == b.m_latest; }

private:
    QMap<QString, QString> m_latest; // writer -> stamp text (fixed width: text order is stamp order)
};

} // namespace sn
