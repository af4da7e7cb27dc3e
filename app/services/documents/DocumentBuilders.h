#pragma once

#include "FlowDocument.h"

#include "domain/Household.h"
#include "domain/Region.h"
#include "domain/TaskRow.h"
#include "services/ReferralService.h"

#include <memory>

namespace sn::doc {

// Who issues a document, printed at its foot.
struct Issuer
{
    QString districtName;
    QString townshipName;
    QString contactName; // the township's responsible official (card settings), may be empty
    QString contactPhone;
    QDate date; // print date
    QString unit() const { return districtName + townshipName; }
};

struct HouseholdContact
{
    QString phone;
    QString address;
};

// Pure builders: data in, laid-out document out. The services check permissions and fetch the data.
namespace builders {

QString serviceChinese(const QString &serviceCode); // housing -> 住房保障, ...
QString chineseNumber(int n); // 1 -> 一, 12 -> 十二
QString chineseDate(const QDate &date); // 2026年11月28日

// 一次性告知书: every policy's title, who qualifies, each material on its own line, where to go, contact.
std::unique_ptr<FlowDocument> notificationLetter(const NotificationLetter &letter, const Issuer &issuer);
// 部门救助政策目录: the catalogue of every department's policies, one row each, landscape A4.
std::unique_ptr<FlowDocument> policyCatalogue(const QList<Policy> &policies, const Issuer &issuer);
// 转介单 with a dashed tear-off return receipt (回执) that stays on one page with its cutting line.
std::unique_ptr<FlowDocument> referralSlip(
    const Referral &referral, const NotificationLetter &letter, const HouseholdContact &contact, const Issuer &issuer);
// 家庭档案: the full record with full ID numbers, for internal files only.
std::unique_ptr<FlowDocument> householdFileSheet(
    const Household &household, const RegionTree &tree, const Issuer &issuer, const QString &printedBy);
// A month's visit and review tasks of a village worker, with a blank column for signature and result.
std::unique_ptr<FlowDocument> taskList(const QList<TaskRow> &rows, const QDate &month, const QString &regionTitle,
    bool showVillage, const RegionTree &tree, const Issuer &issuer);

} // namespace builders

} // namespace sn::doc
