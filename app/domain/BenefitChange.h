#pragma once

#include "Category.h"
#include "Household.h"
#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sn {

// 增发 / 减发 / 停发 of a covered household (issue 22, item 5; 《最低生活保障审核确认办法》(民发〔2021〕57号),
// 第四章 管理和退出): the township proposes (from the window or from a review's findings), the district bureau
// confirms, and from the effective month the household's category, amount and status follow.
enum class ChangeKind {
    Increase, // "increase" 增发
    Decrease, // "decrease" 减发
    Stop, // "stop" 停发: coverage ends
};

enum class ChangeState {
    Proposed, // "proposed": recorded by the township, waiting for the bureau
    Confirmed, // "confirmed": decided, the effective month not begun yet
    Applied, // "applied": the household follows it
    Withdrawn, // "withdrawn": not pursued
};

struct BenefitChange
{
    QString id;
    QString townshipCode;
    QString householdId;
    ChangeKind kind = ChangeKind::Decrease;
    QString effectiveMonth; // "2027-03": the first month paid the new way (or not paid, 停发)
    Category oldCategory = Category::None;
    Category newCategory = Category::None;
    Fen oldAmount = 0;
    Fen newAmount = 0;
    QString reasons;
    ChangeState state = ChangeState::Proposed;
    QString reviewTaskId; // the review whose findings proposed it
    QDate proposedOn;
    QDate confirmedOn;
    QDate appliedOn;
    QString userName;

    QDate effectiveDate() const { return QDate::fromString(effectiveMonth + QStringLiteral("-01"), Qt::ISODate); }
};

// 申诉 (a complaint to the township or bureau) or 行政复议 (administrative reconsideration) against a decision
// of an application or a change, and its outcome.
enum class AppealKind { Complaint, Reconsideration };
enum class AppealOutcome {
    Pending, // ""
    Upheld, // "upheld": the decision stands
    Changed, // "changed": the decision is changed (the new decision is recorded as its own change)
    Withdrawn, // "withdrawn": the appellant withdrew
};

struct Appeal
{
    QString id;
    QString townshipCode;
    QString householdId;
    QString changeId; // one of changeId and applicationId
    QString applicationId;
    AppealKind kind = AppealKind::Complaint;
    QString appellant;
    QDate lodgedOn;
    QString grounds;
    AppealOutcome outcome = AppealOutcome::Pending;
    QDate decidedOn;
    QString outcomeNote;
    QString userName;
};

class ChangeRules
{
    Q_DECLARE_TR_FUNCTIONS(sn::ChangeRules)
public:
    // Empty when the change may be made to the household as it is; otherwise why not (naming the field). A change
    // is to a covered household (特困 or 低保, not exited); 增发 raises and 减发 lowers the amount (or moves 特困 to
    // 低保 with a lower one), 停发 pays nothing.
    static QString check(const BenefitChange &c, const Household &h);
    // The household as it is from the change's effective month.
    static Household applied(const BenefitChange &c, Household h);
    static bool validMonth(const QString &month);

    static QString code(ChangeKind k);
    static ChangeKind kindFromCode(const QString &code, bool *ok = nullptr);
    static QString display(ChangeKind k);
    static QString chinese(ChangeKind k);
    static QString code(ChangeState s);
    static ChangeState stateFromCode(const QString &code, bool *ok = nullptr);
    static QString display(ChangeState s);
    static QString code(AppealKind k);
    static AppealKind appealKindFromCode(const QString &code, bool *ok = nullptr);
    static QString display(AppealKind k);
    static QString chinese(AppealKind k);
    static QString code(AppealOutcome o);
    static AppealOutcome outcomeFromCode(const QString &code, bool *ok = nullptr);
    static QString display(AppealOutcome o);
    static QString chinese(AppealOutcome o);
};

} // namespace sn
