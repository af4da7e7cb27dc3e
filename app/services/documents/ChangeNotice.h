#pragma once

#include "FlowDocument.h"

#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <memory>

namespace sn {

class Database;

// The written notice of a decided 增发 / 减发 / 停发 (变更告知书 / 停发告知书, issue 22 item 5), built under
// ChangeService's permission and scope checks: to the household's head, the change, its effective month and its
// reasons, the amounts before and after, and the remedies (申诉 to the bureau, 行政复议 within 60 days, 行政诉讼
// within 6 months). Never an ID number or an address. An archival document: Rendering::writePdf writes it as PDF/A-1b
// with its text layer corrected (PdfTextLayer), so the archive's indexer reads 户 and 金, not radicals.
class ChangeNotice
{
    Q_DECLARE_TR_FUNCTIONS(sn::ChangeNotice)
public:
    ChangeNotice(Database &db, Session session);

    Result<std::unique_ptr<doc::FlowDocument>> build(const QString &changeId) const;

private:
    Database &m_db;
    Session m_session;
};

} // namespace sn
