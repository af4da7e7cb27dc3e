#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>
#include <memory>

namespace sn {

namespace sync {
// Rows as format 1 bundles carried them (and conflicts store them): JSON objects of the payload columns.
QJsonValue jsonOf(const QVariant &v);
QVariant variantOf(const QJsonValue &v);
} // namespace sync

// The columns that rows of one table carry, in order: shared by all those rows of a bundle (and by the rows one
// SyncedRowStore reads), so a row is its values alone.
struct RowShape
{
    QString table;
    QStringList columns;
    int hlc = -1; // positions of the stamp columns, -1 when absent
    int stationId = -1;
    int indexOf(QStringView column) const { return int(columns.indexOf(column)); }
    static std::shared_ptr<const RowShape> make(const QString &table, const QStringList &columns);
};

// One synced row: null, integer, double or text per column of its shape.
struct Row
{
    std::shared_ptr<const RowShape> shape;
    QVariantList values;

    // The value of a column (an invalid QVariant when the row does not carry it).
    QVariant value(QStringView column) const;
    QString hlc() const { return shape && shape->hlc >= 0 ? values.at(shape->hlc).toString() : QString(); }
    QString stationId() const
    {
        return shape && shape->stationId >= 0 ? values.at(shape->stationId).toString() : QString();
    }
    bool contains(QStringView column) const { return shape && shape->indexOf(column) >= 0; }
    // As bundles of format 1 carried it (and as conflicts store the two versions).
    QJsonObject toJson() const;
    // `shapes` interns the shapes of rows that carry the same columns.
    static Row fromJson(
        const QString &table, const QJsonObject &o, QHash<QString, std::shared_ptr<const RowShape>> *shapes = nullptr);
};

} // namespace sn
