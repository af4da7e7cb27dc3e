// safetynet-cli payroll / account: the monthly payment roll as .xlsx and the accounts it pays into.
#include "Commands.h"
#include "Invocation.h"

#include "database/Database.h"
#include "services/PayrollService.h"
#include "services/StationService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sn::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sn::cli", text);
}

} // namespace

int payroll(const QStringList &args)
{
    Invocation inv(QStringLiteral("payroll"),
        tr("payroll --month YYYY-MM [--township T] --out F.xlsx: the month's payment roll, one row per household, "
           "totals per village and township."),
        args);
    inv.addValueOption(QStringLiteral("month"), tr("The month paid."), QStringLiteral("YYYY-MM"));
    inv.addValueOption(
        QStringLiteral("township"), tr("The township (code or name); a township station's own."), QStringLiteral("T"));
    inv.addValueOption(QStringLiteral("out"), tr("The workbook to write."), QStringLiteral("F.xlsx"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || inv.value(QStringLiteral("month")).isEmpty()
        || inv.value(QStringLiteral("out")).isEmpty())
        return inv.usageError(tr("payroll needs --db FILE, --month YYYY-MM and --out F.xlsx."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    QString township = inv.value(QStringLiteral("township"));
    if (!township.isEmpty()) {
        const RegionTree tree = StationService::regions(*opened.db);
        const Region *found = tree.resolve(township, RegionLevel::Township);
        if (!found)
            return inv.fail(Error::invalid(
                tr("--township: \"%1\" is not a township.").arg(township), QStringLiteral("--township")));
        township = found->code;
    }
    auto written = PayrollService(*opened.db, opened.session)
                       .writeRoll(inv.value(QStringLiteral("month")), township, inv.value(QStringLiteral("out")));
    if (!written)
        return inv.fail(written.error());
    if (inv.json())
        Invocation::printJson(QJsonDocument(QJsonObject { { QStringLiteral("households"), written.value() },
            { QStringLiteral("out"), inv.value(QStringLiteral("out")) } }));
    else
        Invocation::out() << tr("%1 household(s) on the roll.").arg(written.value()) << Qt::endl;
    return Success;
}

int account(const QStringList &args)
{
    Invocation inv(QStringLiteral("account"),
        tr("account HOUSEHOLD [--set ACCOUNT [--bank B] [--holder H]] [--json]: the account a household is paid "
           "into, masked."),
        args);
    inv.addPositional(QStringLiteral("household"), tr("Household id."), QStringLiteral("HOUSEHOLD"));
    inv.addValueOption(
        QStringLiteral("set"), tr("The account number (audited, masked in the log)."), QStringLiteral("ACCOUNT"));
    inv.addValueOption(QStringLiteral("bank"), tr("The bank."), QStringLiteral("B"));
    inv.addValueOption(QStringLiteral("holder"), tr("The account holder, when not the head."), QStringLiteral("H"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString id = inv.positional().value(0);
    if (inv.db().isEmpty() || id.isEmpty())
        return inv.usageError(tr("account needs the household id and --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    PayrollService service(*opened.db, opened.session);
    if (inv.isSet(QStringLiteral("set"))) {
        if (auto s = service.setAccount({ id, inv.value(QStringLiteral("holder")), inv.value(QStringLiteral("bank")),
                inv.value(QStringLiteral("set")) });
            !s)
            return inv.fail(s.error());
    }
    auto a = service.account(id);
    if (!a)
        return inv.fail(a.error());
    const QJsonObject o { { QStringLiteral("household_id"), id },
        { QStringLiteral("account"), a.value() ? a.value()->account : QString() },
        { QStringLiteral("bank"), a.value() ? a.value()->bank : QString() },
        { QStringLiteral("holder"), a.value() ? a.value()->holder : QString() } };
    if (inv.json())
        Invocation::printJson(QJsonDocument(o));
    else
        Invocation::out() << o.value(QStringLiteral("account")).toString() << '\t'
                          << o.value(QStringLiteral("bank")).toString() << Qt::endl;
    return Success;
}

} // namespace sn::cli
