#include "SyncedRow.h"

namespace sn {

namespace sync {

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QVariant variantOf(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QVariant(qint64(d));
        return QVariant(d);
    }
    if (v.isBool())
        return QVariant(v.toBool() ? 1 : 0);
    return QVariant(v.toString());
}

} // namespace sync

std::shared_ptr<const RowShape> RowShape::make(const QString &table, const QStringList &columns)
{
    auto shape = std::make_shared<RowShape>();
    shape->table = table;
    shape->columns = columns;
    shape->hlc = shape->indexOf(u"hlc");
    shape->stationId = shape->indexOf(u"station_id");
    return shape;
}

QVariant Row::value(QStringView column) const
{
    const int i = shape ? shape->indexOf(column) : -1;
    return i < 0 || i >= values.size() ? QVariant() : values.at(i);
}

QJsonObject Row::toJson() const
{
    QJsonObject o;
    if (!shape)
        return o;
    for (qsizetype i = 0; i < shape->columns.size() && i < values.size(); ++i)
        o.insert(shape->columns.at(i), sync::jsonOf(values.at(i)));
    return o;
}

Row Row::fromJson(const QString &table, const QJsonObject &o, QHash<QString, std::shared_ptr<const RowShape>> *shapes)
{
    const QStringList columns = o.keys();
    Row row;
    if (shapes) {
        const QString signature = table + QLatin1Char('/') + columns.join(QLatin1Char(','));
        auto it = shapes->constFind(signature);
        if (it == shapes->constEnd())
            it = shapes->insert(signature, RowShape::make(table, columns));
        row.shape = *it;
    } else {
        row.shape = RowShape::make(table, columns);
    }
    row.values.reserve(columns.size());
    for (const QString &c : columns)
        row.values.append(sync::variantOf(o.value(c)));
    return row;
}

} // namespace sn
