#include "CardService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
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

Result<CardBatch> CardService::cards(const CardQuery &query) const
{
    QString township = query.townshipCode;
    if (!Roles::districtWide(m_session.role)) {
        if (!township.isEmpty() && township != m_session.townshipCode)
            return Error::forbidden(tr("You may only print the cards of your own township."));
        township = m_session.townshipCode;
    }
    if (auto s = checkTownship(township); !s)
        return s.error();

    CardBatch batch;
    // Households asked for by id: say why one gets no card instead of leaving it out silently.
    for (const QString &id : query.householdIds) {
        auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT township_code, status, category FROM households WHERE id = ? AND deleted = 0"), {id});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::notFound(tr("No household with the id %1.").arg(id));
        if (auto s = checkTownship(q.value().value(0).toString()); !s)
            return s.error();
        const Category category = CategoryNames::fromCode(q.value().value(2).toString());
        if (q.value().value(1).toString() != QLatin1String("active"))
            batch.skipped.append({id, tr("The household has exited assistance: it has no card.")});
        else if (!CategoryNames::getsNoticeCard(category))
            batch.skipped.append({id, tr("Cards are only for 特困 and 低保 households (兜底保障对象); this household is %1.")
                                          .arg(CategoryNames::display(category))});
    }

    QStringList cardCodes;
    for (Category c : CategoryNames::noticeCardCategories())
        cardCodes.append(QStringLiteral("'%1'").arg(CategoryNames::code(c)));
    QStringList where{QStringLiteral("h.deleted = 0"), QStringLiteral("h.status = 'active'"),
                      QStringLiteral("h.category IN (%1)").arg(cardCodes.join(QLatin1Char(',')))};
    QVariantList values;
    if (!township.isEmpty()) {
        where.append(QStringLiteral("h.township_code = ?"));
        values.append(township);
    }
    if (!query.villageCode.isEmpty()) {
        where.append(QStringLiteral("h.village_code = ?"));
        values.append(query.villageCode);
    }
    if (!query.householdIds.isEmpty()) {
        QStringList marks;
        for (const QString &id : query.householdIds) {
            marks.append(QStringLiteral("?"));
            values.append(id);
        }
        where.append(QStringLiteral("h.id IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    auto q = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT h.id, h.township_code, coalesce(h.village_code, ''), h.category, h.monthly_amount_fen, h.start_date, "
        "  coalesce(hm.name, ''), hm.birth_date, "
        "  (SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.deleted = 0 AND m.exclusion = 'counted') "
        "FROM households h "
        "LEFT JOIN members hm ON hm.id = (SELECT id FROM members WHERE household_id = h.id AND relation = 'head' AND deleted = 0 "
        "                                 ORDER BY position LIMIT 1) "
        "WHERE %1").arg(where.join(QStringLiteral(" AND "))), values);
    if (!q)
        return q.error();

    const RegionTree tree = StationService::regions(m_db);
    const SettingsRepository settings(m_db);
    const QString title = settings.value(setting::CardTitle).toString().trimmed();
    const QString hotline = settings.value(setting::SupervisionHotline).toString().trimmed();
    const QString district = tree.district() ? tree.district()->name : QString();
    const QDate today = Clock::today();
    QHash<QString, int> order; // region code -> position among its siblings, as the region tree lists them
    const QList<const Region *> townships = tree.townships();
    for (int i = 0; i < townships.size(); ++i) {
        order.insert(townships.at(i)->code, i);
        const QList<const Region *> villages = tree.children(townships.at(i)->code);
        for (int k = 0; k < villages.size(); ++k)
            order.insert(villages.at(k)->code, k);
    }
    QHash<QString, QPair<QString, QString>> officials;

    QList<CardRow> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const QString id = r.value(0).toString();
        const QString headName = r.value(6).toString();
        const QDate headBirth = sql::toDate(r.value(7));
        if (headName.isEmpty()) {
            batch.skipped.append({id, tr("The household has no head: no card can be printed.")});
            continue;
        }
        if (headBirth.isValid() && ageOn(headBirth, today) < 18) {
            batch.skipped.append({id, tr("The household head is a minor: no public-notice card is posted for a child. "
                                         "Publicise the household by other means (e.g. the township's list without names).")});
            continue;
        }
        CardRow row;
        doc::PublicCard &c = row.card;
        c.householdId = id;
        c.townshipCode = r.value(1).toString();
        c.cardNumber = cardNumber(c.townshipCode, id);
        c.title = title.isEmpty() ? QStringLiteral("民政兜底保障对象公示卡") : title;
        c.headName = headName;
        c.category = CategoryNames::chinese(CategoryNames::fromCode(r.value(3).toString()));
        c.persons = r.value(8).toInt();
        c.monthlyAmount = r.value(4).toLongLong();
        c.startDate = sql::toDate(r.value(5));
        c.districtName = district;
        if (const Region *t = tree.find(c.townshipCode))
            c.townshipName = t->name;
        const QString village = r.value(2).toString();
        if (const Region *v = tree.find(village))
            c.villageName = v->name;
        if (!officials.contains(c.townshipCode))
            officials.insert(c.townshipCode, official(c.townshipCode));
        c.officialName = officials.value(c.townshipCode).first;
        c.officialPhone = officials.value(c.townshipCode).second;
        c.hotline = hotline;
        c.printDate = today;
        row.townshipOrder = order.value(c.townshipCode, 9999);
        row.villageOrder = village.isEmpty() ? 9999 : order.value(village, 9998);
        rows.append(std::move(row));
    }

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
    QStringList ids;
    for (const doc::PublicCard &c : batch.cards)
        ids.append(c.householdId);
    const int pages = int((batch.cards.size() + doc::CardSheet::cardsPerPage(layout) - 1) / doc::CardSheet::cardsPerPage(layout));
    const QString id = sql::newId();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto ins = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO print_log (id, kind, layout, printed_at, user_id, user_name, township_code, scope, household_ids, item_count, "
        "page_count, reprint_of, hlc, station_id) VALUES (?, 'cards', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, doc::cardLayoutCode(layout), Clock::now().toString(Qt::ISODate), m_session.userId, m_session.userName,
         townshipOfCards(batch.cards), scope, ids.join(QLatin1Char(' ')), int(batch.cards.size()), pages,
         sql::nullIfEmpty(reprintOf), m_db.stamp(), m_db.stationId()});
    if (!ins)
        return ins.error();
    AuditLog audit(m_db);
    for (const doc::PublicCard &c : batch.cards) {
        AuditEntry entry;
        entry.action = QStringLiteral("print");
        entry.table = QStringLiteral("print_log");
        entry.recordId = id;
        entry.householdId = c.householdId;
        entry.field = reprintOf.isEmpty() ? QStringLiteral("card") : QStringLiteral("card reprint");
        entry.newValue = doc::cardLayoutCode(layout) + QLatin1Char(' ') + c.cardNumber;
        if (auto s = audit.append(entry); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QString> CardService::recordDocumentPrint(const QString &kind, const QString &scope, const QStringList &householdIds, int pageCount)
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role (%1) may not print documents.").arg(Roles::display(m_session.role)));
    // A print is recorded against each household: only households the session may see.
    for (const QString &household : householdIds) {
        auto township = sql::scalar(m_db.sql(), QStringLiteral("SELECT township_code FROM households WHERE id = ?"), {household});
        if (!township)
            return township.error();
        if (!township.value().isValid())
            return Error::notFound(tr("No household with the id %1.").arg(household));
        if (!m_session.coversTownship(township.value().toString()))
            return Error::forbidden(tr("You may only print documents of your own township's households."));
    }
    const QString id = sql::newId();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto ins = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO print_log (id, kind, layout, printed_at, user_id, user_name, township_code, scope, household_ids, item_count, "
        "page_count, hlc, station_id) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, kind, Clock::now().toString(Qt::ISODate), m_session.userId, m_session.userName, m_session.townshipCode, scope,
         householdIds.join(QLatin1Char(' ')), int(householdIds.size()), pageCount, m_db.stamp(), m_db.stationId()});
    if (!ins)
        return ins.error();
    AuditLog audit(m_db);
    const QStringList targets = householdIds.isEmpty() ? QStringList{QString()} : householdIds;
    for (const QString &household : targets) {
        AuditEntry entry;
        entry.action = QStringLiteral("print");
        entry.table = QStringLiteral("print_log");
        entry.recordId = id;
        entry.householdId = household;
        entry.field = kind;
        entry.newValue = scope;
        if (auto s = audit.append(entry); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

namespace {

PrintLogEntry entryFrom(const QSqlQuery &q)
{
    PrintLogEntry e;
    e.id = q.value(0).toString();
    e.kind = q.value(1).toString();
    e.layout = q.value(2).toString();
    e.printedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    e.userId = q.value(4).toString();
    e.userName = q.value(5).toString();
    e.townshipCode = q.value(6).toString();
    e.scope = q.value(7).toString();
    e.householdIds = q.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    e.itemCount = q.value(9).toInt();
    e.pageCount = q.value(10).toInt();
    e.reprintOf = q.value(11).toString();
    return e;
}

const char *LogColumns = "id, kind, layout, printed_at, user_id, user_name, township_code, scope, household_ids, item_count, "
                         "page_count, coalesce(reprint_of, '')";

} // namespace

Result<QList<PrintLogEntry>> CardService::printLog(int limit) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role (%1) may not see the print log.").arg(Roles::display(m_session.role)));
    QString where = QStringLiteral("deleted = 0");
    QVariantList values;
    if (!Roles::districtWide(m_session.role)) {
        where += QStringLiteral(" AND township_code = ?");
        values.append(m_session.townshipCode);
    }
    values.append(limit);
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT %1 FROM print_log WHERE %2 ORDER BY printed_at DESC, rowid DESC LIMIT ?")
                                       .arg(QLatin1String(LogColumns), where), values);
    if (!q)
        return q.error();
    QList<PrintLogEntry> list;
    while (q.value().next())
        list.append(entryFrom(q.value()));
    return list;
}

Result<QPair<CardBatch, doc::CardLayout>> CardService::reprint(const QString &logId) const
{
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT %1 FROM print_log WHERE id = ? AND deleted = 0").arg(QLatin1String(LogColumns)), {logId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("No print log entry with the id %1.").arg(logId));
    const PrintLogEntry e = entryFrom(q.value());
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
    for (const QString &id : e.householdIds) {
        auto t = sql::scalar(m_db.sql(), QStringLiteral("SELECT township_code FROM households WHERE id = ? AND deleted = 0"), {id});
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
