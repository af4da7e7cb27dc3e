#include "UserRepository.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

namespace {

const QString UserColumns = QStringLiteral(
    "SELECT id, username, display_name, role, coalesce(township_code, ''), coalesce(village_code, ''), "
    "phone, active, failed_attempts, locked_until, password_hash, must_change_password, station_id, created_at FROM "
    "users ");

StoredUser fromRow(const QSqlQuery &q)
{
    StoredUser s;
    User &u = s.user;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString());
    u.townshipCode = q.value(4).toString();
    u.villageCode = q.value(5).toString();
    u.phone = q.value(6).toString();
    u.active = q.value(7).toBool();
    u.failedAttempts = q.value(8).toInt();
    u.lockedUntil = q.value(9).isNull() ? QDateTime() : QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    s.passwordHash = q.value(10).toString();
    u.mustChangePassword = q.value(11).toBool();
    u.stationId = q.value(12).toString();
    u.createdAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODate);
    return s;
}

} // namespace

Result<int> UserRepository::count() const
{
    auto v = sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM users WHERE deleted = 0"));
    if (!v)
        return v.error();
    return v.value().toInt();
}

Result<std::optional<StoredUser>> UserRepository::one(const QString &where, const QString &value) const
{
    auto q = sql::exec(m_db.sql(), UserColumns + where, { value });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<StoredUser>();
    return std::optional<StoredUser>(fromRow(q.value()));
}

Result<QList<StoredUser>> UserRepository::byUsername(const QString &username) const
{
    auto q = sql::exec(m_db.sql(),
        UserColumns + QStringLiteral("WHERE username = ? AND deleted = 0 ORDER BY created_at, id"), { username });
    if (!q)
        return q.error();
    QList<StoredUser> list;
    while (q.value().next())
        list.append(fromRow(q.value()));
    return list;
}

Result<std::optional<StoredUser>> UserRepository::byId(const QString &id) const
{
    return one(QStringLiteral("WHERE id = ? AND deleted = 0"), id);
}

Result<QList<User>> UserRepository::all() const
{
    auto q = sql::exec(m_db.sql(), UserColumns + QStringLiteral("WHERE deleted = 0 ORDER BY username"));
    if (!q)
        return q.error();
    QList<User> list;
    while (q.value().next())
        list.append(fromRow(q.value()).user);
    return list;
}

Status UserRepository::insert(const User &user, const QString &passwordHash, const QDateTime &createdAt)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO users (id, username, display_name, role, township_code, village_code, "
                       "phone, password_hash, created_at, hlc, station_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { user.id, user.username, user.displayName, Roles::code(user.role), sql::nullIfEmpty(user.townshipCode),
            sql::nullIfEmpty(user.villageCode), user.phone, passwordHash, createdAt.toString(Qt::ISODate), m_db.stamp(),
            m_db.stationId() });
    return r ? Status() : Status(r.error());
}

Status UserRepository::setFailures(const QString &userId, int failedAttempts, const QDateTime &lockedUntil)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
        { failedAttempts, lockedUntil.isValid() ? QVariant(lockedUntil.toString(Qt::ISODate)) : QVariant(), userId });
    return r ? Status() : Status(r.error());
}

Status UserRepository::update(const User &user)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE users SET display_name = ?, role = ?, township_code = ?, village_code = ?, phone = ?, "
                       "active = ?, hlc = ?, station_id = ? WHERE id = ?"),
        { user.displayName, Roles::code(user.role), sql::nullIfEmpty(user.townshipCode),
            sql::nullIfEmpty(user.villageCode), user.phone, user.active ? 1 : 0, m_db.stamp(), m_db.stationId(),
            user.id });
    return r ? Status() : Status(r.error());
}

Status UserRepository::setMustChangePassword(const QString &userId, bool mustChange)
{
    auto r = sql::exec(m_db.sql(), QStringLiteral("UPDATE users SET must_change_password = ? WHERE id = ?"),
        { mustChange ? 1 : 0, userId });
    return r ? Status() : Status(r.error());
}

Status UserRepository::setPasswordHash(const QString &userId, const QString &passwordHash)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE users SET password_hash = ?, hlc = ?, station_id = ? WHERE id = ?"),
        { passwordHash, m_db.stamp(), m_db.stationId(), userId });
    return r ? Status() : Status(r.error());
}

} // namespace sn
