#include "PayrollService.h"

#include "StationService.h"
#include "spreadsheet/XlsxFile.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/Transaction.h"

#include <xlsxwriter.h>

namespace sn {

namespace {

struct RollFormats
{
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *money = nullptr;
    lxw_format *totalText = nullptr;
    lxw_format *totalMoney = nullptr;
};

RollFormats rollFormats(XlsxFile &file)
{
    auto make = [&file](bool bold, bool money) {
        lxw_format *f = file.addFormat();
        format_set_font_name(f, "宋体");
        format_set_font_size(f, 11);
        format_set_border(f, LXW_BORDER_THIN);
        if (bold)
            format_set_bold(f);
        if (money)
            format_set_num_format(f, "0.00");
        return f;
    };
    RollFormats r { file.addFormat(), make(true, false), make(false, false), make(false, true), make(true, false),
        make(true, true) };
    format_set_bold(r.title);
    format_set_font_size(r.title, 16);
    format_set_align(r.title, LXW_ALIGN_CENTER);
    format_set_align(r.header, LXW_ALIGN_CENTER);
    return r;
}

// Writes the rows with a subtotal after each village and each township and a grand total; returns the last row.
int writeRows(lxw_worksheet *ws, const RollFormats &f, const QList<PayrollRow> &rows, const RegionTree &tree, int row)
{
    auto name = [&tree](const QString &code) {
        const Region *r = tree.find(code);
        return r ? r->name : code;
    };
    auto total = [&](const QString &label, int persons, Fen amount) {
        XlsxFile::mergeText(ws, row, 0, row, 4, label, f.totalText);
        XlsxFile::writeNumber(ws, row, 5, persons, f.totalText);
        XlsxFile::writeNumber(ws, row, 6, double(amount) / 100.0, f.totalMoney);
        XlsxFile::writeText(ws, row, 7, QString(), f.totalText);
        XlsxFile::writeText(ws, row, 8, QString(), f.totalText);
        ++row;
    };
    int villagePersons = 0, townshipPersons = 0, allPersons = 0;
    Fen village = 0, township = 0, all = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PayrollRow &r = rows.at(i);
        const QStringList cells { QString::number(i + 1), name(r.townshipCode), name(r.villageCode), r.headName };
        for (int c = 0; c < cells.size(); ++c)
            XlsxFile::writeText(ws, row, c, cells.at(c), f.text);
        XlsxFile::writeText(ws, row, 4, CategoryNames::chinese(r.category), f.text);
        XlsxFile::writeNumber(ws, row, 5, r.persons, f.text);
        XlsxFile::writeNumber(ws, row, 6, double(r.amount) / 100.0, f.money);
        XlsxFile::writeText(ws, row, 7, r.bank, f.text);
        XlsxFile::writeText(ws, row, 8, r.account, f.text);
        ++row;
        villagePersons += r.persons;
        township += r.amount;
        village += r.amount;
        townshipPersons += r.persons;
        allPersons += r.persons;
        all += r.amount;
        const bool lastOfTownship = i + 1 == rows.size() || rows.at(i + 1).townshipCode != r.townshipCode;
        if (lastOfTownship || rows.at(i + 1).villageCode != r.villageCode) {
            total(name(r.villageCode) + QStringLiteral(" 小计"), villagePersons, village);
            villagePersons = 0;
            village = 0;
        }
        if (lastOfTownship) {
            total(name(r.townshipCode) + QStringLiteral(" 合计"), townshipPersons, township);
            townshipPersons = 0;
            township = 0;
        }
    }
    total(QStringLiteral("总计"), allPersons, all);
    return row;
}

} // namespace

PayrollService::PayrollService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
    m_db.setActor({ m_session.userId, m_session.userName });
}

QString PayrollService::maskedAccount(const QString &account)
{
    const QString a = QString(account).remove(QLatin1Char(' '));
    if (a.size() <= 8)
        return QString(a.size(), QLatin1Char('*'));
    return a.left(4) + QStringLiteral(" **** **** ") + a.right(4);
}

Status PayrollService::checkScope(const QString &townshipCode, Permission permission) const
{
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!townshipCode.isEmpty() && !m_session.coversTownship(townshipCode))
        return Error::forbidden(tr("This belongs to another township."));
    if (townshipCode.isEmpty() && !Roles::districtWide(m_session.role))
        return Error::forbidden(tr("Name your own township."));
    return {};
}

Result<std::optional<PaymentAccount>> PayrollService::account(const QString &householdId) const
{
    auto township = HouseholdRepository(m_db).townshipOf(householdId);
    if (!township)
        return township.error();
    if (auto s = checkScope(township.value(), Permission::ViewHouseholds); !s)
        return s.error();
    auto a = PayrollRepository(m_db).account(householdId);
    if (!a)
        return a.error();
    std::optional<PaymentAccount> shown = a.value();
    if (shown)
        shown->account = maskedAccount(shown->account);
    return shown;
}

Status PayrollService::setAccount(PaymentAccount a)
{
    auto township = HouseholdRepository(m_db).townshipOf(a.householdId);
    if (!township)
        return township.error();
    if (auto s = checkScope(township.value(), Permission::EditHouseholds); !s)
        return s;
    a.account = a.account.trimmed().remove(QLatin1Char(' '));
    if (a.account.isEmpty())
        return Error::invalid(tr("The account number is empty."), QStringLiteral("account"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = PayrollRepository(m_db).setAccount(a); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.table = QStringLiteral("payment_accounts");
    entry.recordId = a.householdId;
    entry.householdId = a.householdId;
    entry.field = QStringLiteral("account");
    entry.newValue = maskedAccount(a.account) + QLatin1Char(' ') + a.bank;
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s;
    return tx.commit();
}

Result<QList<PayrollRow>> PayrollService::roll(const QString &month, const QString &township) const
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return Error::invalid(tr("The month must be YYYY-MM."), QStringLiteral("month"));
    const QString scope = township.isEmpty() ? m_session.townshipCode : township;
    if (auto s = checkScope(scope, Permission::EditHouseholds); !s)
        return s.error();
    return PayrollRepository(m_db).roll(first, scope);
}

Result<int> PayrollService::writeRoll(const QString &month, const QString &township, const QString &path) const
{
    auto rows = roll(month, township);
    if (!rows)
        return rows.error();
    const RegionTree tree = StationService::regions(m_db);
    XlsxFile file(path);
    if (!file.isOpen())
        return file.openError();
    const RollFormats f = rollFormats(file);
    lxw_worksheet *ws = file.addSheet(QStringLiteral("发放花名册"));
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_column(ws, 0, 8, 13, nullptr);
    worksheet_set_column(ws, 8, 8, 24, nullptr);
    const QString scope = township.isEmpty() ? m_session.townshipCode : township;
    const Region *region = scope.isEmpty() ? tree.district() : tree.find(scope);
    const QString where = region ? region->name : QString();
    XlsxFile::mergeText(ws, 0, 0, 0, 8, QStringLiteral("%1 %2 低保、特困保障金发放花名册").arg(where, month), f.title);
    const QStringList headers { QStringLiteral("序号"), QStringLiteral("乡镇（街道）"), QStringLiteral("村（社区）"),
        QStringLiteral("户主"), QStringLiteral("类别"), QStringLiteral("保障人数"), QStringLiteral("月发放金额（元）"),
        QStringLiteral("开户行"), QStringLiteral("账号") };
    for (int c = 0; c < headers.size(); ++c)
        XlsxFile::writeText(ws, 1, c, headers.at(c), f.header);
    worksheet_repeat_rows(ws, 1, 1);
    worksheet_freeze_panes(ws, 2, 0);
    writeRows(ws, f, rows.value(), tree, 2);
    if (auto s = file.commit(); !s)
        return s.error();
    return int(rows->size());
}

} // namespace sn
