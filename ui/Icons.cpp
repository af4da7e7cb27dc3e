#include "Icons.h"

#include <QHash>

namespace sn {

namespace {

// Keyed by the resource path: every caller shares one QIcon per file (so isFromSet can compare cache keys).
QHash<QString, QIcon> &cache()
{
    static QHash<QString, QIcon> icons;
    return icons;
}

QIcon load(const QString &path)
{
    auto it = cache().find(path);
    if (it == cache().end())
        it = cache().insert(path, QIcon(path));
    return it.value();
}

QString breeze(const char *file)
{
    return QStringLiteral(":/icons/breeze/%1.svg").arg(QLatin1String(file));
}

} // namespace

QString Icons::path(Name name)
{
    switch (name) {
    case Name::Workbench:
        return breeze("go-home");
    case Name::Households:
        return breeze("view-pim-contacts");
    case Name::Reviews:
        return breeze("view-calendar-tasks");
    case Name::Leads:
        return breeze("flag");
    case Name::Applications:
        return breeze("document-edit");
    case Name::Changes:
        return breeze("view-bank-edit");
    case Name::ServiceTeam:
        return breeze("system-users");
    case Name::Policies:
        return breeze("documentinfo");
    case Name::Print:
        return breeze("document-print");
    case Name::DepartmentData:
        return breeze("view-statistics");
    case Name::Spreadsheets:
        return breeze("table");
    case Name::Accounts:
        return breeze("user-group-properties");
    case Name::Conflicts:
        return breeze("merge");
    case Name::NewHousehold:
        return breeze("contact-new");
    case Name::NewItem:
        return breeze("document-new");
    case Name::Open:
        return breeze("document-open");
    case Name::Find:
        return breeze("edit-find");
    case Name::Refresh:
        return breeze("view-refresh");
    case Name::Export:
        return breeze("document-export");
    case Name::SavePdf:
        return breeze("document-save-as");
    case Name::PrintPreview:
        return breeze("document-print-preview");
    case Name::RecordVisit:
        return breeze("dialog-ok-apply");
    case Name::Lock:
        return breeze("system-lock-screen");
    case Name::Quit:
        return breeze("application-exit");
    case Name::Sync:
        return breeze("folder-sync");
    case Name::Settings:
        return breeze("configure");
    case Name::UserGuide:
        return breeze("help-contents");
    case Name::About:
        return breeze("help-about");
    case Name::Overdue:
        return breeze("emblem-important");
    case Name::Conflict:
        return breeze("vcs-conflicting");
    case Name::Warning:
        return breeze("dialog-warning");
    }
    return {};
}

QIcon Icons::get(Name name)
{
    return load(path(name));
}

QIcon Icons::tier(Tier tier)
{
    switch (tier) {
    case Tier::Red:
        return load(QStringLiteral(":/icons/tiers/tier-red.svg"));
    case Tier::Yellow:
        return load(QStringLiteral(":/icons/tiers/tier-yellow.svg"));
    case Tier::Green:
        return load(QStringLiteral(":/icons/tiers/tier-green.svg"));
    case Tier::Monitoring:
        return load(QStringLiteral(":/icons/tiers/tier-monitoring.svg"));
    case Tier::None:
        break;
    }
    return {};
}

QString Icons::tierMark(Tier tier)
{
    switch (tier) {
    case Tier::Red:
        return QStringLiteral("▲");
    case Tier::Yellow:
        return QStringLiteral("◆");
    case Tier::Green:
        return QStringLiteral("●");
    case Tier::Monitoring:
        return QStringLiteral("■");
    case Tier::None:
        break;
    }
    return {};
}

bool Icons::isFromSet(const QIcon &icon)
{
    if (icon.isNull())
        return false;
    for (const QIcon &known : std::as_const(cache()))
        if (known.cacheKey() == icon.cacheKey())
            return true;
    return false;
}

} // namespace sn
