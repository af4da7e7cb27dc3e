#pragma once

#include "Pinyin.h"

#include "domain/Household.h"
#include "domain/Result.h"

#include <QSqlQuery>
#include <optional>

namespace sn {

class Database;

// The FTS5 index behind "search as you type" (migration 0002 explains its columns). Kept in the same
// transaction as the household it describes.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);

    Status index(const Household &household); // replace the household's row
    Status remove(const QString &householdId);
    Status rebuildAll();
    Status reindex(const QStringList &householdIds); // in bulk, as rebuildAll() does, for these households only

    // The FTS5 MATCH expression for what a clerk typed; empty when there is nothing searchable
    // (e.g. fewer than four digits). Terms separated by spaces must all match.
    static QString matchExpression(const QString &typed);

    // Why a household matched what a clerk typed, one entry per typed term that something explains, for the
    // registry to show beside a surprising hit. Recomputed for the rows of one page, from what they hold.
    struct Person
    {
        QString name, idNumber, phone;
    };
    struct Subject
    {
        QString address, phone;
        QList<Person> members;
    };
    struct Match
    {
        enum class Field { Name, Pinyin, Initials, Address, IdNumber, Phone };
        Field field = Field::Name;
        QString term; // as typed
        QString member; // whose name, ID number or phone matched (empty: the household's address or phone)
        QList<Pinyin::Note> readings; // readings other than the customary ones it took (Pinyin, Initials)
        QList<QPair<QChar, QChar>> folded; // typed traditional or variant characters and their simplified forms
        bool wholeIdNumber = false;
        bool fifteenDigits = false; // typed in the old 15-digit form
    };
    static QList<Match> explain(const QString &typed, const Subject &subject);

    struct Document
    {
        QString names, py, address, digits;
    };
    static Document document(const QString &address, const QString &phone, const QStringList &memberNames,
        const QStringList &idNumbers, const QStringList &phones);

private:
    Status write(qint64 rowid, const Document &doc, bool replace = true);
    // Writes the rows of the live households matching filter (over h), whose old rows are already gone.
    Status fill(const QString &filter);
    Database &m_db;
    std::optional<QSqlQuery> m_delete;
    std::optional<QSqlQuery> m_insert;
};

} // namespace sn
