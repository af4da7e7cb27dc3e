#pragma once

#include "domain/BenefitChange.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace sn {

class Database;
class ChangeRepository;

// 增发 / 减发 / 停发 of covered households and the appeals against decisions (issue 22, item 5).
//  - propose: the township records a change (EditHouseholds in the household's township), from the window or from
//    a review whose outcome was "change found" (its findings are the default reasons); the old category and
//    amount are taken from the household as paid now (the clerk's amount where one is set);
//  - confirm: the district bureau decides it (ConfirmApplications, as the decision of an application); a change
//    whose effective month has begun takes effect at once, a later one when applyDue runs in that month;
//  - applyDue: every confirmed change whose month has begun: the household's category, amount and status follow
//    (a 停发 exits the household, so its tier and review schedule end), audited;
//  - appeals: 申诉 / 行政复议 against an application's decision or a change, and their outcome.
class ChangeService
{
    Q_DECLARE_TR_FUNCTIONS(sn::ChangeService)
public:
    ChangeService(Database &db, Session session);
    ~ChangeService();

    // Fills the township, the old category and amount and the proposal date; returns the id.
    Result<QString> propose(BenefitChange change);
    Status confirm(const QString &id, const QDate &on = {});
    Status withdraw(const QString &id, const QString &why);
    // Applies every confirmed change of the session's scope due by today's month; returns how many.
    Result<int> applyDue();
    // The same, run by itself at desk start and at every sync (issue 22): only the changes this station answers
    // for, so that two stations never apply one change each (their household rows would then conflict): a
    // township station its own township's, the district bureau's station those of townships without a station
    // of their own. A session that may not edit households applies nothing (the next clerk's will). Idempotent.
    Result<int> applyDueHere();
    // A 刚性支出困难 finding not renewed within 12 months lapses (issue 22, item 7), run with applyDueHere at the
    // same station: the household stays registered with no category (none), tier none and no reviews, the lapse
    // written as its override reason and audited. Renewal: a monitoring visit recorded "no change" (ReviewService),
    // or the category given again on the form. Returns how many lapsed.
    Result<int> lapseFindingsHere();
    // The findings that lapse within a month or have lapsed unrenewed, in the session's scope, oldest first.
    Result<QList<CategoryFinding>> renewalsDue() const;
    Result<BenefitChange> get(const QString &id) const;
    Result<QList<BenefitChange>> list(const QString &householdId = {}) const;

    Result<QString> addAppeal(Appeal appeal);
    Status decideAppeal(const QString &id, AppealOutcome outcome, const QDate &on, const QString &note);
    Result<Appeal> appeal(const QString &id) const;
    Result<QList<Appeal>> appeals(const QString &householdId = {}) const;

private:
    Status checkScope(const QString &townshipCode, Permission permission) const;
    Status fillFromReview(BenefitChange &c) const;
    Status fillAppealOrigin(Appeal &a) const;
    Status applyOne(BenefitChange c, const QDate &on);
    Result<int> applyDueWhere(const std::function<bool(const QString &township)> &answersFor);
    Result<std::function<bool(const QString &township)>> answeredHere() const;
    Status audit(const QString &table, const QString &id, const QString &householdId, const QString &field,
        const QString &oldValue, const QString &newValue);
    QString scopeTownship() const;

    Database &m_db;
    Session m_session;
    std::unique_ptr<ChangeRepository> m_repo;
};

} // namespace sn
