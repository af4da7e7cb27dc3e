#pragma once

#include "DocumentBuilders.h"

#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <memory>

namespace sn {

class Database;

// Letters, slips, file sheets and task lists, built from the services' data under the services' own
// permission and scope checks. Building a document reveals nothing the session may not see; the one
// document with full ID numbers (the household file sheet) is audited as an unmasking when built.
// Call CardService::recordDocumentPrint after a document was actually printed or saved.
class DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(sn::DocumentService)
public:
    DocumentService(Database &db, Session session);

    Result<std::unique_ptr<doc::FlowDocument>> notificationLetter(const QString &referralId) const;
    Result<std::unique_ptr<doc::FlowDocument>> referralSlip(const QString &referralId) const;
    // The printable policy catalogue (everyone who may view households may print it).
    Result<std::unique_ptr<doc::FlowDocument>> policyCatalogue() const;
    // Requires Permission::SeeFullIdNumbers (internal files only); audited as "unmask".
    Result<std::unique_ptr<doc::FlowDocument>> householdFileSheet(const QString &householdId);
    // Open tasks due in `month` (any day of it), within the session's scope; narrowed by township/village.
    Result<std::unique_ptr<doc::FlowDocument>> taskList(
        const QDate &month, const QString &townshipCode = {}, const QString &villageCode = {}) const;
    // The 变更告知书 / 停发告知书 of a decided change (ChangeNotice, under ChangeService's checks).
    Result<std::unique_ptr<doc::FlowDocument>> changeNotice(const QString &changeId) const;
    // For the print log: the household a referral is about.
    Result<QString> referralHousehold(const QString &referralId) const;

private:
    doc::Issuer issuerFor(const QString &townshipCode) const;

    Database &m_db;
    Session m_session;
};

} // namespace sn
