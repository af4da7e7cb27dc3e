#include "Role.h"

namespace sn {

QString Roles::code(Role role)
{
    switch (role) {
    case Role::DistrictAdmin: return QStringLiteral("district_admin");
    case Role::TownshipClerk: return QStringLiteral("township_clerk");
    case Role::VillageWorker: return QStringLiteral("village_worker");
    case Role::Auditor: return QStringLiteral("auditor");
    }
    return {};
}

Role Roles::fromCode(const QString &code, bool *ok)
{
    const Role all[] = {Role::DistrictAdmin, Role::TownshipClerk, Role::VillageWorker, Role::Auditor};
    for (Role r : all) {
        if (Roles::code(r) == code) {
            if (ok)
                *ok = true;
            return r;
        }
    }
    if (ok)
        *ok = false;
    return Role::Auditor;
}

QString Roles::display(Role role)
{
    switch (role) {
    case Role::DistrictAdmin: return tr("District administrator");
    case Role::TownshipClerk: return tr("Township clerk");
    case Role::VillageWorker: return tr("Village worker");
    case Role::Auditor: return tr("Auditor (read-only)");
    }
    return {};
}

bool Roles::allows(Role role, Permission p)
{
    switch (role) {
    case Role::DistrictAdmin:
        return true;
    case Role::TownshipClerk:
        return p == Permission::ViewHouseholds || p == Permission::EditHouseholds || p == Permission::DeleteHouseholds
            || p == Permission::SeeFullIdNumbers || p == Permission::CompleteReviews || p == Permission::OverrideTier;
    case Role::VillageWorker:
        return p == Permission::ViewHouseholds || p == Permission::CompleteReviews;
    case Role::Auditor:
        return p == Permission::ViewHouseholds || p == Permission::ViewAudit;
    }
    return false;
}

bool Roles::districtWide(Role role)
{
    return role == Role::DistrictAdmin || role == Role::Auditor;
}

} // namespace sn
