#pragma once

#include "DocumentBuilders.h"

#include "domain/Application.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <memory>

namespace sn {

class Database;

// The printed documents of an application (issue 22, item 2), built under ApplicationService's permission and
// scope checks:
//  - 入户调查表: the form the survey fills in at the home, with the members (ID numbers masked: it leaves the
//    office) and blank lines for income, property and findings;
//  - 公示: the notice posted in the village for 7 days, from the day the step began: applicant's name, village,
//    persons, the assistance and the amount the rules give, the period and where to object. Never an ID number,
//    an address, income or anything about health;
//  - 决定书: approval (category, monthly amount, start month) or refusal with its reasons and the applicant's
//    remedies; written as PDF/A (writePdf with pdfA) for the file.
class ApplicationDocuments
{
    Q_DECLARE_TR_FUNCTIONS(sn::ApplicationDocuments)
public:
    enum class Kind { SurveyForm, PublicNotice, Decision };

    ApplicationDocuments(Database &db, Session session);

    Result<std::unique_ptr<doc::FlowDocument>> build(const QString &applicationId, Kind kind) const;
    static Kind kindFromCode(const QString &code, bool *ok);

private:
    doc::Issuer issuerFor(const QString &townshipCode) const;

    Database &m_db;
    Session m_session;
};

} // namespace sn
