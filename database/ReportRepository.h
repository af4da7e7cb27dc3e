#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>

namespace sn {

class Database;

// Counts of (township, key): township code -> key -> number.
using TownshipCounts = QMap<QString, QHash<QString, qint64>>;

struct ActiveHouseholdCounts
{
    TownshipCounts categories; // township -> category code -> households
    TownshipCounts tiers; // township -> tier code (override first) -> households
    TownshipCounts persons; // township -> "" -> members
};

// An unclosed lead as the monthly report lists it.
struct OpenLeadLine
{
    QString townshipCode;
    QString personName;
    QString source;
    QString state;
    QDateTime reportedAt;
    QDateTime deadlineAt;
    bool overdue = false;
};

// The grouped counts of the monthly report (MonthlyReport). `townshipCode` empty: the whole file.
class ReportRepository
{
public:
    explicit ReportRepository(Database &db)
        : m_db(db)
    {
    }

    Result<ActiveHouseholdCounts> activeHouseholds(const QString &townshipCode) const;
    // Keys due (not cancelled, due in [first, last]), done (completed in it), overdue (open, due before asOf).
    Result<TownshipCounts> reviews(
        const QDate &first, const QDate &last, const QDate &asOf, const QString &townshipCode) const;
    // Keys: each lead state, and "overdue" for unanswered open leads past their deadline at `moment`.
    Result<TownshipCounts> leads(const QDateTime &moment, const QString &townshipCode) const;
    // Unclosed leads by deadline, `overdue` at `moment`.
    Result<QList<OpenLeadLine>> openLeads(const QDateTime &moment, const QString &townshipCode) const;

private:
    Result<TownshipCounts> countBy(const QString &statement, const QVariantList &values) const;
    Database &m_db;
};

} // namespace sn
