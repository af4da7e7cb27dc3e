#pragma once

// A throwaway station database for service and GUI tests.
#include "TestUtil.h"

#include "database/Database.h"
#include "domain/Clock.h"
#include "domain/Role.h"
#include "services/StationService.h"

#include <QTemporaryDir>
#include <memory>

namespace sn::test {

inline const QString Chaoyang = QStringLiteral("630105001");       // 朝阳街道
inline const QString Beiyuan = QStringLiteral("630105001201");      // 北园村 (village of 朝阳街道)
inline const QString Mafang = QStringLiteral("630105003");          // 马坊街道
inline const QString Xixingyuan = QStringLiteral("630105003001");   // 西杏园社区 (community of 马坊街道)

inline Session clerkOf(const QString &township)
{
    return {QStringLiteral("clerk-") + township, QStringLiteral("clerk"), Role::TownshipClerk, township, {}};
}
inline Session admin()
{
    return {QStringLiteral("admin"), QStringLiteral("admin"), Role::DistrictAdmin, {}, {}};
}

struct Station
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit Station(const QString &township = QStringLiteral("城北区"))
    {
        Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
        auto created = StationService::initialize(dir.filePath(QStringLiteral("station.sqlite")), township,
                                                  QStringLiteral("Test station"), RegionTree::builtIn());
        if (!created)
            qFatal("station: %s", qPrintable(created.error().message));
        db = std::move(created).value();
    }
};

} // namespace sn::test
