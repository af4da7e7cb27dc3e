#include "Role.h"

#include "EnumTable.h"

namespace sn {

namespace {

constexpr EnumEntry<Role> kRoleEntries[] = {
    { Role::DistrictAdmin, "district_admin", QT_TRANSLATE_NOOP("sn::Roles", "District administrator") },
    { Role::TownshipAdmin, "township_admin", QT_TRANSLATE_NOOP("sn::Roles", "Township administrator") },
    { Role::TownshipClerk, "township_clerk", QT_TRANSLATE_NOOP("sn::Roles", "Township clerk") },
    { Role::VillageWorker, "village_worker", QT_TRANSLATE_NOOP("sn::Roles", "Village worker") },
    { Role::Auditor, "auditor", QT_TRANSLATE_NOOP("sn::Roles", "Auditor (read-only)") },
};
constexpr EnumTable<Role> kRoles("sn::Roles", kRoleEntries);

} // namespace

QString Roles::code(Role role)
{
    return kRoles.code(role);
}

Role Roles::fromCode(const QString &code, bool *ok)
{
    return kRoles.fromCode(code, Role::Auditor, ok);
}

QString Roles::display(Role role)
{
    return kRoles.label(role);
}

bool Roles::allows(Role role, Permission p)
{
    switch (role) {
    case Role::DistrictAdmin:
        return true;
    case Role::TownshipAdmin:
        return p == Permission::ManageUsers || allows(Role::TownshipClerk, p);
    case Role::TownshipClerk:
        return p == Permission::ViewHouseholds || p == Permission::EditHouseholds || p == Permission::DeleteHouseholds
            || p == Permission::SeeFullIdNumbers || p == Permission::CompleteReviews || p == Permission::OverrideTier
            || p == Permission::OverrideBenefit;
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

bool Roles::needsTownship(Role role)
{
    return !districtWide(role);
}

QList<Role> Roles::all()
{
    return { Role::DistrictAdmin, Role::TownshipAdmin, Role::TownshipClerk, Role::VillageWorker, Role::Auditor };
}

} // namespace sn
