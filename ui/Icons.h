#pragma once

#include "domain/Tier.h"

#include <QIcon>
#include <QList>
#include <QString>

namespace sn {

// The desk's one icon set, bundled as resources (resources/icons: Breeze from Debian, LGPL-3, and the tier marks)
// so every desktop shows the same: the pages of the navigation, the main actions and the states. Nothing else
// in ui/ makes icons (no QStyle::standardIcon, no theme lookup).
class Icons
{
public:
    enum class Name {
        // pages
        Workbench,
        Households,
        Reviews,
        Leads,
        Applications,
        Changes, // changes of payment and appeals
        ServiceTeam,
        Policies,
        Print,
        DepartmentData,
        Spreadsheets,
        Accounts,
        Conflicts,
        // actions
        NewHousehold,
        NewItem,
        Open,
        Find,
        Refresh,
        Export,
        SavePdf,
        PrintPreview,
        RecordVisit,
        Lock,
        Quit,
        Sync,
        Settings,
        UserGuide,
        About,
        // states
        Overdue,
        Conflict,
        Warning,
    };

    static QIcon get(Name name);
    // The tier's mark: 红色 a triangle, 黄色 a diamond, 绿色 a circle, 动态监测 a square, in the tier's colour; so
    // the tiers differ by shape as well, for readers who cannot tell red from green. Null for Tier::None.
    static QIcon tier(Tier tier);
    // The same shape as a character, for rich-text legends and painted pills: ▲ ◆ ● ■.
    static QString tierMark(Tier tier);
    // The resource file behind an icon of the set.
    static QString path(Name name);

    // Tests: whether `icon` is one of this set (the same QIcon the set hands out).
    static bool isFromSet(const QIcon &icon);
};

} // namespace sn
