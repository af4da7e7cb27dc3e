#pragma once

#include <QStringList>

namespace sn::cli {

// Each command takes the arguments after its name and returns the process exit code.
int version(const QStringList &args);
int idcheck(const QStringList &args);
int init(const QStringList &args);
int enrol(const QStringList &args);
int join(const QStringList &args);
int demo(const QStringList &args);
int check(const QStringList &args);
int auditVerify(const QStringList &args);
int stats(const QStringList &args);
int household(const QStringList &args);
int search(const QStringList &args);
int user(const QStringList &args);
int reviews(const QStringList &args);
int tier(const QStringList &args);
int lead(const QStringList &args);
int leads(const QStringList &args);
int importLedger(const QStringList &args);
int importSuspicions(const QStringList &args);
int exportFeedback(const QStringList &args);
int report(const QStringList &args);
int keygen(const QStringList &args);
int sync(const QStringList &args);
int rotateKeys(const QStringList &args);
int digest(const QStringList &args);
int conflicts(const QStringList &args);
int backup(const QStringList &args);
int restore(const QStringList &args);
// Printable documents (DocumentCommands.cpp); they run under a QGuiApplication (see main.cpp).
int cards(const QStringList &args);
int letter(const QStringList &args);
int slip(const QStringList &args);
int fileSheet(const QStringList &args);
int tasklist(const QStringList &args);
int printLog(const QStringList &args);
int cardOfficial(const QStringList &args);
int suspicions(const QStringList &args);
// The policy catalogue, referrals and yearly standards (ReferralCommands.cpp).
int policy(const QStringList &args);
int referral(const QStringList &args);
int standards(const QStringList &args);
int suspicion(const QStringList &args);
// Applications, their clocks and the holiday calendar; benefit amounts (ApplicationCommands.cpp).
int application(const QStringList &args);
int applications(const QStringList &args);
int calendar(const QStringList &args);
int benefit(const QStringList &args);
// The monthly payment roll and payment accounts (PayrollCommands.cpp).
int payroll(const QStringList &args);
int account(const QStringList &args);
// Changes of payment (增发 / 减发 / 停发) and appeals (ChangeCommands.cpp).
int change(const QStringList &args);
int changes(const QStringList &args);
int renewals(const QStringList &args);
int appeal(const QStringList &args);
int appeals(const QStringList &args);

} // namespace sn::cli
