#pragma once

#include "CardSheet.h"

#include "domain/PrintLog.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace sn {

class Database;

namespace setting {
// The official responsible for the cards of a township (包保责任人) and their phone: "<key>/<township code>",
// falling back to the key alone (a district-wide default), else a blank line on the card to fill in by hand.
inline const QString CardOfficialName = QStringLiteral("card/official_name");
inline const QString CardOfficialPhone = QStringLiteral("card/official_phone");
} // namespace setting

// Which covered households (active, category other than none) get a card. Empty fields: no restriction.
struct CardQuery
{
    QString townshipCode;
    QString villageCode;
    QStringList householdIds;
};

struct SkippedCard
{
    QString householdId;
    QString reason; // translated
};

struct CardBatch
{
    QList<doc::PublicCard> cards; // in village order, then by head name
    QList<SkippedCard> skipped;   // e.g. a minor household head: no card is posted for a child
};

// Public-notice cards (annex 2): which households, what each card says, and the print log. A card is an
// official act of the township: printing needs the permission to edit households, within the session's scope,
// and every print is logged (print_log) and audited (action "print", one entry per household).
class CardService
{
    Q_DECLARE_TR_FUNCTIONS(sn::CardService)
public:
    CardService(Database &db, Session session);

    // "630105001-7K3M-9QZD": the township code, then 40 bits of SHA-1 of the household id in Crockford
    // base32. The same at every station, never reused, and no sequence to coordinate between stations.
    static QString cardNumber(const QString &townshipCode, const QString &householdId);

    Result<CardBatch> cards(const CardQuery &query) const;

    // After the cards were printed (or written to PDF): one print_log row, one audit entry per household.
    Result<QString> recordPrint(const CardBatch &batch, doc::CardLayout layout, const QString &scope,
                                const QString &reprintOf = {});
    // Other documents: one print_log row and one audit entry per household named.
    Result<QString> recordDocumentPrint(const QString &kind, const QString &scope, const QStringList &householdIds,
                                        int pageCount);

    Result<QList<PrintLogEntry>> printLog(int limit = 200) const;
    // The same households again, with today's data (a card shows the current amount); households no longer
    // covered are skipped. The layout is the entry's.
    Result<QPair<CardBatch, doc::CardLayout>> reprint(const QString &logId) const;

    // The responsible official of a township's cards.
    QPair<QString, QString> official(const QString &townshipCode) const;
    Status setOfficial(const QString &townshipCode, const QString &name, const QString &phone);

private:
    Status checkTownship(const QString &townshipCode) const;
    // The township a card query may cover: the session's own for township roles.
    Result<QString> scopedTownship(const QString &asked) const;
    // Households asked for by id that get no card, each with the reason (instead of leaving it out silently).
    Status explainSkipped(const QStringList &householdIds, CardBatch &batch) const;

    Database &m_db;
    Session m_session;
};

} // namespace sn
