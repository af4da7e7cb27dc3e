#pragma once

#include "domain/Region.h"
#include "services/HouseholdService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sn {

// The registry's rows: one page of HouseholdService::search at a time (canFetchMore/fetchMore), never the
// whole table. The total comes from HouseholdService::count.
class HouseholdTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Matched: why the search text found the row ("pinyin of 单建华, 单 as shan (surname)"), so a clerk can trust
    // a surprising hit; also every cell's tooltip. Empty without search text.
    enum Column {
        HeadName,
        IdNumber,
        Township,
        Village,
        Address,
        Phone,
        CategoryColumn,
        Members,
        MonthlyAmount,
        Status,
        Matched,
        ColumnCount
    };
    enum Roles { HouseholdIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 100;

    HouseholdTableModel(const HouseholdService &service, RegionTree regions, QObject *parent = nullptr);

    // Runs the query from its first page. offset and limit of `query` are ignored.
    void setQuery(const HouseholdQuery &query);
    HouseholdQuery query() const { return m_query; }
    void refresh(); // the same query again, e.g. after a household was saved

    int total() const { return m_total; }
    QString householdId(int row) const;
    int rowOf(const QString &householdId) const; // -1 if not loaded
    Error lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalChanged(int total);
    void errorOccurred(const QString &message);

private:
    QString regionName(const QString &code) const;
    QString matchReason(const HouseholdSummary &h) const; // asked of the service once per row shown
    void fail(const Error &error);

    const HouseholdService &m_service;
    RegionTree m_regions;
    HouseholdQuery m_query;
    QList<HouseholdSummary> m_rows;
    mutable QHash<QString, QString> m_matchReasons; // household id -> why the current text found it
    int m_total = 0;
    bool m_exhausted = true;
    bool m_changing = false;
    Error m_lastError;
};

} // namespace sn
