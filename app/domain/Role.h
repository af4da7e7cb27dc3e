#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sn {

// Roles of the four-level network (domain.md "Who uses it").
// A township administrator is a township clerk who also manages the accounts of its own township; it never
// holds district rules or district-wide roles (AccountService enforces the township boundary).
enum class Role { DistrictAdmin, TownshipAdmin, TownshipClerk, VillageWorker, Auditor };

// What a role may do. Pure rules; app/services checks them on every operation.
enum class Permission {
    ViewHouseholds,
    EditHouseholds,
    DeleteHouseholds,
    SeeFullIdNumbers, // unmasking is audited
    ManageUsers, // a township administrator: accounts of its own township only
    EditStandards, // yearly standards and district settings
    ViewAudit,
    CompleteReviews, // record visits and reviews (village workers too)
    OverrideTier, // choose a tier over the rule table, with a reason
    ConfirmApplications, // 县级确认 and the written decision: the district bureau only (issue 22)
    OverrideBenefit, // set a benefit amount other than the computed one, with a reason (audited)
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(sn::Roles)
public:
    static QString code(Role role);
    static Role fromCode(const QString &code, bool *ok = nullptr);
    static QString display(Role role);
    static bool allows(Role role, Permission permission);
    static bool districtWide(Role role); // sees every township
    static bool needsTownship(Role role); // bound to one township (and its accounts to that township)
    static QList<Role> all();
};

// The signed-in user as services see it.
struct Session
{
    QString userId;
    QString userName;
    Role role = Role::Auditor;
    QString townshipCode; // empty for district-wide roles
    QString villageCode; // village workers
    bool mustChangePassword = false; // the password was reset: the desk asks for a new one before anything else

    bool can(Permission p) const { return Roles::allows(role, p); }
    bool coversTownship(const QString &code) const { return Roles::districtWide(role) || code == townshipCode; }

    // The command-line tool acts as the district administrator of its own machine.
    static Session system()
    {
        return { QStringLiteral("system"), QStringLiteral("safetynet-cli"), Role::DistrictAdmin, {}, {} };
    }
};

} // namespace sn
