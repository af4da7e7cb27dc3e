#include "CardService.h"

#include "database/AuditLog.h"
#include "database/CardRepository.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/PrintLogRepository.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
#include "database/Transaction.h"
#include "domain/Category.h"
#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "services/StationService.h"

#include <QCollator>
#include <QCryptographicHash>
#include <QHash>
#include <algorithm>

namespace sn {

namespace {

struct CardRow
{
    doc::PublicCard card;
    int townshipOrder = 0;
    int villageOrder = 0;
};

QString townshipOfCards(const QList<doc::PublicCard> &cards)
{
    QString township;
    for (const doc::PublicCard &c : cards) {
        if (township.isEmpty())
            township = c.townshipCode;
        else if (township != c.townshipCode)
            return {};
    }
    return township;
}

} // namespace

CardService::CardService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
    m_db.setActor({m_session.userId, m_session.userName});
}

QString CardService::cardNumber(const QString &townshipCode, const QString &householdId)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    const QByteArray hash = QCryptographicHash::hash(householdId.toUtf8(), QCryptographicHash::Sha1);
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | quint8(hash.at(i));
    QString code;
    for (int i = 7; i >= 0; --i)
        code.append(QLatin1Char(alphabet[(bits >> (5 * i)) & 31]));
    return townshipCode + QLatin1Char('-') + code.left(4) + QLatin1Char('-') + code.mid(4);
}

Status CardService::checkTownship(const QString &townshipCode) const
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role (%1) may not print public-notice cards.").arg(Roles::display(m_session.role)));
    if (!townshipCode.isEmpty() && !m_session.coversTownship(townshipCode))
        return Error::forbidden(tr("You may only print the cards of your own township."));
    return {};
}

QPair<QString, QString> CardService::official(const QString &townshipCode) const
{
    const SettingsRepository settings(m_db);
    auto pick = [&](const QString &key) {
        const QString own = settings.value(key + QLatin1Char('/') + townshipCode).toString().trimmed();
        return own.isEmpty() ? settings.value(key).toString().trimmed() : own;
    };
    return {pick(setting::CardOfficialName), pick(setting::CardOfficialPhone)};
}

Status CardService::setOfficial(const QString &townshipCode, const QString &name, const QString &phone)
{
    const RegionTree tree = StationService::regions(m_db);
    const Region *t = tree.find(townshipCode);
    if (!t || t->level != RegionLevel::Township)
        return Error::invalid(tr("No township with the code %1.").arg(townshipCode), QStringLiteral("township"));
    if (!m_session.can(Permission::EditStandards)) {
        if (auto s = checkTownship(townshipCode); !s)
            return s;
    }
    const QPair<QString, QString> before = official(townshipCode);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    SettingsRepository settings(m_db);
    const QList<std::tuple<QString, QString, QString>> changes = {
        {setting::CardOfficialName + QLatin1Char('/') + townshipCode, before.first, name.trimmed()},
        {setting::CardOfficialPhone + QLatin1Char('/') + townshipCode, before.second, phone.trimmed()},
    };
    for (const auto &[key, old, value] : changes) {
        if (old == value)
            continue;
        if (auto s = settings.setValue(key, value); !s)
            return s;
        AuditEntry entry;
        entry.action = QStringLiteral("update");
        entry.table = QStringLiteral("settings");
        entry.recordId = key;
        entry.field = QStringLiteral("value");
        entry.oldValue = old;
        entry.newValue = value;
        if (auto s = AuditLog(m_db).append(entry); !s)
            return s;
    }
    return tx.commit();
}

Result<QString> CardService::scopedTownship(const QString &asked) const
{
    QString township = asked;
    if (!Roles::districtWide(m_session.role)) {
        if (!township.isEmpty() && township != m_session.townshipCode)
            return Error::forbidden(tr("You may only print the cards of your own township."));
        township = m_session.townshipCode;
    }
    if (auto s = checkTownship(township); !s)
        return s.error();
    return township;
}

Status CardService::explainSkipped(const QStringList &householdIds, CardBatch &batch) const
{
    const CardRepository repository(m_db);
    for (const QString &id : householdIds) {
        auto found = repository.state(id);
        if (!found)
            return found.error();
        if (!found.value())
            return Error::notFound(tr("No household with the id %1.").arg(id));
        const CardHouseholdState &state = *found.value();
        if (auto s = checkTownship(state.townshipCode); !s)
            return s;
        const Category category = CategoryNames::fromCode(state.categoryCode);
        if (!state.active)
            batch.skipped.append({id, tr("The household has exited assistance: it has no card.")});
        else if (!CategoryNames::getsNoticeCard(category))
            batch.skipped.append({id, tr("Cards are only for 特困 and 低保 households (兜底保障对象); this household is %1.")
                                          .arg(CategoryNames::display(category))});
    }
    return {};
}

namespace {

// What every card of a sheet shares: the station's titles and places, the day, the order of the regions.
struct CardContext
{
    RegionTree tree;
    QString title;
    QString hotline;
    QString district;
    QDate today;
    QHash<QString, int> order; // region code -> position among its siblings, as the region tree lists them
};

CardContext cardContext(Database &db)
{
    CardContext context;
    context.tree = StationService::regions(db);
    const SettingsRepository settings(db);
    const QString title = settings.value(setting::CardTitle).toString().trimmed();
    context.title = title.isEmpty() ? QStringLiteral("民政兜底保障对象公示卡") : title;
    context.hotline = settings.value(setting::SupervisionHotline).toString().trimmed();
    context.district = context.tree.district() ? context.tree.district()->name : QString();
    context.today = Clock::today();
    const QList<const Region *> townships = context.tree.townships();
    for (int i = 0; i < townships.size(); ++i) {
        context.order.insert(townships.at(i)->code, i);
        const QList<const Region *> villages = context.tree.children(townships.at(i)->code);
        for (int k = 0; k < villages.size(); ++k)
            context.order.insert(villages.at(k)->code, k);
    }
    return context;
}

// Why this household gets no card, or an empty string.
QString noCardReason(const CardCandidate &c, const QDate &today)
{
    if (c.headName.isEmpty())
        return CardService::tr("The household has no head: no card can be printed.");
    if (c.headBirth.isValid() && ageOn(c.headBirth, today) < 18)
        return CardService::tr("The household head is a minor: no public-notice card is posted for a child. "
                               "Publicise the household by other means (e.g. the township's list without names).");
    return {};
}

CardRow cardRow(const CardCandidate &h, const CardContext &context, const QPair<QString, QString> &official)
{
    CardRow row;
    doc::PublicCard &c = row.card;
    c.householdId = h.householdId;
    c.townshipCode = h.townshipCode;
    c.cardNumber = CardService::cardNumber(c.townshipCode, h.householdId);
    c.title = context.title;
    c.headName = h.headName;
    c.category = CategoryNames::chinese(CategoryNames::fromCode(h.categoryCode));
    c.persons = h.persons;
    c.monthlyAmount = h.monthlyAmount;
    c.startDate = h.startDate;
    c.districtName = context.district;
    if (const Region *t = context.tree.find(c.townshipCode))
        c.townshipName = t->name;
    if (const Region *v = context.tree.find(h.villageCode))
        c.villageName = v->name;
    c.officialName = official.first;
    c.officialPhone = official.second;
    c.hotline = context.hotline;
    c.printDate = context.today;
    row.townshipOrder = context.order.value(c.townshipCode, 9999);
    row.villageOrder = h.villageCode.isEmpty() ? 9999 : context.order.value(h.villageCode, 9998);
    return row;
}

// Township, then village as the region tree lists them, then the head's name in Chinese collation.
void sortByPlace(QList<CardRow> &rows)
{
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    collator.setNumericMode(true);
    std::sort(rows.begin(), rows.end(), [&](const CardRow &a, const CardRow &b) {
        if (a.townshipOrder != b.townshipOrder)
            return a.townshipOrder < b.townshipOrder;
        if (a.villageOrder != b.villageOrder)
            return a.villageOrder < b.villageOrder;
        const int byName = collator.compare(a.card.headName, b.card.headName);
        return byName != 0 ? byName < 0 : a.card.householdId < b.card.householdId;
    });
}

} // namespace

Result<CardBatch> CardService::cards(const CardQuery &query) const
{
    auto township = scopedTownship(query.townshipCode);
    if (!township)
        return township.error();
    CardBatch batch;
    if (auto s = explainSkipped(query.householdIds, batch); !s)
        return s.error();
    QStringList cardCodes;
    for (Category c : CategoryNames::noticeCardCategories())
        cardCodes.append(CategoryNames::code(c));
    auto found = CardRepository(m_db).candidates({cardCodes, township.value(), query.villageCode, query.householdIds});
    if (!found)
        return found.error();

    const CardContext context = cardContext(m_db);
    QHash<QString, QPair<QString, QString>> officials;
    QList<CardRow> rows;
    for (const CardCandidate &c : std::as_const(found.value())) {
        if (const QString reason = noCardReason(c, context.today); !reason.isEmpty()) {
            batch.skipped.append({c.householdId, reason});
            continue;
        }
        if (!officials.contains(c.townshipCode))
            officials.insert(c.townshipCode, official(c.townshipCode));
        rows.append(cardRow(c, context, officials.value(c.townshipCode)));
    }
    sortByPlace(rows);
    for (CardRow &r : rows)
        batch.cards.append(std::move(r.card));
    return batch;
}

Result<QString> CardService::recordPrint(const CardBatch &batch, doc::CardLayout layout, const QString &scope, const QString &reprintOf)
{
    if (batch.cards.isEmpty())
        return Error::invalid(tr("There are no cards to record."));
    for (const doc::PublicCard &c : batch.cards)
        if (auto s = checkTownship(c.townshipCode); !s)
            return s.error();
    PrintLogEntry log;
    for (const doc::PublicCard &c : batch.cards)
        log.householdIds.append(c.householdId);
    log.id = sql::newId();
    log.kind = QStringLiteral("cards");
    log.layout = doc::cardLayoutCode(layout);
    log.printedAt = Clock::now();
    log.userId = m_session.userId;
    log.userName = m_session.userName;
    log.townshipCode = townshipOfCards(batch.cards);
    log.scope = scope;
    log.itemCount = int(batch.cards.size());
    log.pageCount = int((batch.cards.size() + doc::CardSheet::cardsPerPage(layout) - 1) / doc::CardSheet::cardsPerPage(layout));
    log.reprintOf = reprintOf;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = PrintLogRepository(m_db).insert(log); !s)
        return s.error();
    AuditLog audit(m_db);
    for (const doc::PublicCard &c : batch.cards) {
        AuditEntry entry;
        entry.action = QStringLiteral("print");
        entry.table = QStringLiteral("print_log");
        entry.recordId = log.id;
        entry.householdId = c.householdId;
        entry.field = reprintOf.isEmpty() ? QStringLiteral("card") : QStringLiteral("card reprint");
        entry.newValue = doc::cardLayoutCode(layout) + QLatin1Char(' ') + c.cardNumber;
        if (auto s = audit.append(entry); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return log.id;
}

Result<QString> CardService::recordDocumentPrint(const QString &kind, const QString &scope, const QStringList &householdIds, int pageCount)
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role (%1) may not print documents.").arg(Roles::display(m_session.role)));
    // A print is recorded against each household: only households the session may see.
    const HouseholdRepository households(m_db);
    for (const QString &household : householdIds) {
        auto township = households.townshipCode(household, false);
        if (!township)
            return township.error();
        if (!township.value().isValid())
            return Error::notFound(tr("No household with the id %1.").arg(household));
        if (!m_session.coversTownship(township.value().toString()))
            return Error::forbidden(tr("You may only print documents of your own township's households."));
    }
    PrintLogEntry log;
    log.id = sql::newId();
    log.kind = kind;
    log.printedAt = Clock::now();
    log.userId = m_session.userId;
    log.userName = m_session.userName;
    log.townshipCode = m_session.townshipCode;
    log.scope = scope;
    log.householdIds = householdIds;
    log.itemCount = int(householdIds.size());
    log.pageCount = pageCount;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = PrintLogRepository(m_db).insert(log); !s)
        return s.error();
    AuditLog audit(m_db);
    const QStringList targets = householdIds.isEmpty() ? QStringList{QString()} : householdIds;
    for (const QString &household : targets) {
        AuditEntry entry;
        entry.action = QStringLiteral("print");
        entry.table = QStringLiteral("print_log");
        entry.recordId = log.id;
        entry.householdId = household;
        entry.field = kind;
        entry.newValue = scope;
        if (auto s = audit.append(entry); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return log.id;
}

Result<QList<PrintLogEntry>> CardService::printLog(int limit) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role (%1) may not see the print log.").arg(Roles::display(m_session.role)));
    return PrintLogRepository(m_db).recent(Roles::districtWide(m_session.role) ? QString() : m_session.townshipCode, limit);
}

Result<QPair<CardBatch, doc::CardLayout>> CardService::reprint(const QString &logId) const
{
    auto found = PrintLogRepository(m_db).find(logId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("No print log entry with the id %1.").arg(logId));
    const PrintLogEntry e = *found.value();
    if (e.kind != QLatin1String("cards"))
        return Error::invalid(tr("Only public-notice cards can be reprinted from the log."));
    const auto layout = doc::cardLayoutFromCode(e.layout);
    if (!layout)
        return Error::invalid(tr("The log entry has an unknown layout \"%1\".").arg(e.layout));
    if (auto s = checkTownship(e.townshipCode); !s)
        return s.error();
    // Households removed since are skipped, not an error: the rest of the sheet can still be reprinted.
    QStringList existing;
    CardBatch gone;
    const HouseholdRepository households(m_db);
    for (const QString &id : e.householdIds) {
        auto t = households.townshipCode(id, true);
        if (!t)
            return t.error();
        if (t.value().isValid())
            existing.append(id);
        else
            gone.skipped.append({id, tr("The household was removed from the registry.")});
    }
    if (existing.isEmpty())
        return QPair<CardBatch, doc::CardLayout>(gone, *layout);
    auto batch = cards({{}, {}, existing});
    if (!batch)
        return batch.error();
    CardBatch result = std::move(batch).value();
    result.skipped += gone.skipped;
    return QPair<CardBatch, doc::CardLayout>(result, *layout);
}

} // namespace sn
