#pragma once

#include "domain/Result.h"
#include "domain/SettingKeys.h"
#include "domain/Standards.h"

#include <QString>
#include <QVariant>

namespace sn {

class Database;

// Typed access to the settings table, with the defaults in one place (SettingsRepository::defaults()).
// Settings are district rules (multipliers, rhythms, deadlines, hotline) and sync like records.

class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db)
        : m_db(db)
    {
    }

    static QVariant defaultValue(const QString &key);
    QVariant value(const QString &key) const; // stored value, else the default
    Status setValue(const QString &key, const QVariant &value);

    ClassificationSettings classification() const;

private:
    Database &m_db;
};

} // namespace sn
