#include "LedgerImport.h"

#include "ReviewService.h"
#include "StationService.h"

#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
#include "database/StandardsRepository.h"
#include "database/Transaction.h"
#include "domain/Classification.h"
#include "domain/Clock.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sn {

namespace {

struct Owner
{
    QString householdId;
    QString memberName;
    bool head = false;
};

struct Group
{
    int headRow = 0;            // 1-based
    int sheetRow = 0;           // 0-based, for the head's household fields
    QString headName;
    QList<Member> members;
    QList<int> rows;            // 1-based row of each member
    bool hasProblems = false;
};

// "肢体二级", "视力残疾 1级", "智力" -> (type code, grade)
QPair<QString, int> disabilityOf(const QString &text)
{
    static const QList<QPair<QString, QString>> types = {
        {QStringLiteral("视力"), QStringLiteral("visual")},   {QStringLiteral("听力"), QStringLiteral("hearing")},
        {QStringLiteral("言语"), QStringLiteral("speech")},   {QStringLiteral("肢体"), QStringLiteral("physical")},
        {QStringLiteral("智力"), QStringLiteral("intellectual")}, {QStringLiteral("精神"), QStringLiteral("mental")},
        {QStringLiteral("多重"), QStringLiteral("multiple")},
    };
    QString type;
    for (const auto &[zh, code] : types) {
        if (text.contains(zh)) {
            type = code;
            break;
        }
    }
    int grade = 0;
    static const QRegularExpression gradeRe(QStringLiteral("([1-4一二三四])\\s*级"));
    const auto m = gradeRe.match(text);
    if (m.hasMatch()) {
        const QString g = m.captured(1);
        grade = g == QStringLiteral("一") ? 1 : g == QStringLiteral("二") ? 2 : g == QStringLiteral("三") ? 3
              : g == QStringLiteral("四") ? 4 : g.toInt();
    }
    return {type, grade};
}

constexpr int BulkTierThreshold = 200;

} // namespace

LedgerImportService::LedgerImportService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
    m_db.setActor({m_session.userId, m_session.userName});
}

LedgerImportService::~LedgerImportService() = default;

QList<SheetField> LedgerImportService::requiredFields() const
{
    QList<SheetField> required{SheetField::Name, SheetField::IdNumber};
    const QString township = Roles::districtWide(m_session.role) ? StationService::info(m_db).townshipCode : m_session.townshipCode;
    if (township.isEmpty())
        required.append(SheetField::Township);
    return required;
}

QList<SheetField> LedgerImportService::optionalFields()
{
    return {SheetField::HeadName, SheetField::Relation, SheetField::Township, SheetField::Village, SheetField::Category,
            SheetField::MonthlyAmount, SheetField::StartDate, SheetField::BirthDate, SheetField::Phone, SheetField::Address,
            SheetField::DisabilityType, SheetField::SeriousIllness};
}

Result<LedgerPreview> LedgerImportService::preview(const QString &path, const ColumnMapping &mapping, const QString &sheetName,
                                                   const Progress &progress)
{
    auto sheet = SheetReader::readFile(path, sheetName);
    if (!sheet)
        return sheet.error();
    return preview(sheet.value(), QFileInfo(path).fileName(), mapping, progress);
}

Result<LedgerPreview> LedgerImportService::preview(const Sheet &sheet, const QString &fileName, const ColumnMapping &mapping,
                                                   const Progress &progress)
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role (%1) may not import households.").arg(Roles::display(m_session.role)));
    const QString defaultTownship = Roles::districtWide(m_session.role) ? StationService::info(m_db).townshipCode : m_session.townshipCode;
    auto located = TableLocator::locate(sheet, requiredFields(), mapping);
    if (!located)
        return located.error();
    const LocatedTable &t = located.value();
    auto cell = [&](int row, SheetField f) { return t.has(f) ? sheet.cell(row, t.column(f)) : Cell(); };
    const QDate today = Clock::today();
    const RegionTree tree = StationService::regions(m_db);

    // The registry's ID numbers, once (the per-household lookups of HouseholdService::validate are too slow
    // for tens of thousands of rows).
    QHash<QString, Owner> owners;
    {
        auto q = sql::exec(m_db.sql(), QStringLiteral(
            "SELECT m.id_number, m.household_id, m.name, m.relation FROM members m JOIN households h ON h.id = m.household_id "
            "WHERE m.deleted = 0 AND h.deleted = 0 AND m.id_number <> ''"));
        if (!q)
            return q.error();
        while (q.value().next())
            owners.insert(q.value().value(0).toString(), {q.value().value(1).toString(), q.value().value(2).toString(),
                                                          q.value().value(3).toString() == QLatin1String("head")});
    }

    LedgerPreview preview;
    preview.fileName = fileName;
    preview.rows = int(t.dataRows.size());
    auto problem = [&preview](int row, SheetField field, const QString &reason) {
        preview.problems.append({row, TableLocator::code(field), reason});
    };

    const bool separateHead = t.has(SheetField::HeadName) && t.column(SheetField::HeadName) != t.column(SheetField::Name);
    QHash<QString, int> seenIds;
    QList<Group> groups;
    const int total = int(t.dataRows.size()) * 2;
    int done = 0;
    for (int r : t.dataRows) {
        const int number = r + 1;
        if (progress && ++done % 2000 == 0 && !progress(done, total))
            return cancelledError();
        Member m;
        m.name = TableLocator::text(cell(r, SheetField::Name)).simplified();
        const QString headName = TableLocator::text(cell(r, SheetField::HeadName)).simplified();
        const QString relationText = TableLocator::text(cell(r, SheetField::Relation));
        bool rowOk = true;
        if (m.name.isEmpty()) {
            problem(number, SheetField::Name, tr("The name is missing."));
            rowOk = false;
        }
        bool isHead = false;
        if (t.has(SheetField::Relation) && !relationText.isEmpty()) {
            bool known = false;
            m.relation = relationFromText(relationText, &known);
            if (!known)
                m.relation = Relation::Other;
            isHead = m.relation == Relation::Head;
        } else {
            isHead = !separateHead || headName.isEmpty() || headName == m.name;
            m.relation = isHead ? Relation::Head : Relation::Other;
        }

        const IdCell id = TableLocator::idNumber(cell(r, SheetField::IdNumber));
        if (id.damaged) {
            problem(number, SheetField::IdNumber, TableLocator::damagedIdMessage());
            rowOk = false;
        } else {
            const IdNumber parsed = IdNumber::parse(id.text, today);
            if (!parsed.isValid()) {
                problem(number, SheetField::IdNumber, parsed.errorText());
                rowOk = false;
            } else {
                m.idNumber = parsed.normalized();
                m.birthDate = parsed.birthDate();
                m.sex = parsed.sex();
                const auto seen = seenIds.constFind(m.idNumber);
                if (seen != seenIds.constEnd()) {
                    problem(number, SheetField::IdNumber, tr("The ID number %1 appears twice in the file (also row %2).")
                                                              .arg(IdNumber::mask(m.idNumber)).arg(*seen));
                    rowOk = false;
                } else {
                    seenIds.insert(m.idNumber, number);
                }
            }
        }
        bool bad = false;
        if (const auto birth = TableLocator::date(cell(r, SheetField::BirthDate), &bad); birth && m.birthDate.isValid() && *birth != m.birthDate) {
            problem(number, SheetField::BirthDate, tr("The birth date %1 does not match the ID number (%2).")
                                                       .arg(birth->toString(Qt::ISODate), m.birthDate.toString(Qt::ISODate)));
            rowOk = false;
        } else if (bad) {
            problem(number, SheetField::BirthDate, tr("\"%1\" is not a real date.").arg(TableLocator::text(cell(r, SheetField::BirthDate))));
            rowOk = false;
        }
        const QString disability = TableLocator::text(cell(r, SheetField::DisabilityType));
        if (!disability.isEmpty() && disability != QStringLiteral("无") && disability != QStringLiteral("否")) {
            const auto [type, grade] = disabilityOf(disability);
            m.disabilityType = type.isEmpty() ? QStringLiteral("multiple") : type;
            m.disabilityGrade = grade;
        }
        if (const auto ill = TableLocator::flag(cell(r, SheetField::SeriousIllness)))
            m.seriousIllness = *ill;

        if (isHead) {
            Group g;
            g.headRow = number;
            g.sheetRow = r;
            g.headName = m.name;
            g.hasProblems = !rowOk;
            g.members.append(m);
            g.rows.append(number);
            groups.append(g);
            continue;
        }
        if (groups.isEmpty() || (separateHead && !headName.isEmpty() && headName != groups.constLast().headName)) {
            problem(number, SheetField::Relation,
                    separateHead && !headName.isEmpty()
                        ? tr("Member without a head: the head %1 is not the household above; put the member under the head's row.").arg(headName)
                        : tr("Member without a head: no head's row above this member."));
            continue;
        }
        const QString phone = TableLocator::text(cell(r, SheetField::Phone));
        m.phone = phone;
        Group &g = groups.last();
        g.members.append(m);
        g.rows.append(number);
        g.hasProblems = g.hasProblems || !rowOk;
    }

    // Standards and settings once, for the classification every household shows.
    const ClassificationSettings settings = SettingsRepository(m_db).classification();
    StandardsRepository standards(m_db);
    const auto urban = standards.forYear(today.year(), AreaType::Urban);
    const auto rural = standards.forYear(today.year(), AreaType::Rural);
    HouseholdRepository repo(m_db);
    static const QRegularExpression memberField(QStringLiteral("^members\\[(\\d+)\\]"));

    for (const Group &g : std::as_const(groups)) {
        if (progress && ++done % 2000 == 0 && !progress(std::min(done, total), total))
            return cancelledError();
        const int r = g.sheetRow;
        bool groupOk = !g.hasProblems;
        // Region of the household, from the head's row.
        QString townshipCode = defaultTownship;
        const QString townshipText = TableLocator::text(cell(r, SheetField::Township));
        if (!townshipText.isEmpty()) {
            const Region *township = tree.findByName(townshipText, RegionLevel::Township);
            if (!township) {
                problem(g.headRow, SheetField::Township, tr("Unknown township \"%1\".").arg(townshipText));
                continue;
            }
            townshipCode = township->code;
        }
        if (townshipCode.isEmpty()) {
            problem(g.headRow, SheetField::Township, tr("The township (乡镇/街道) is missing."));
            continue;
        }
        if (!m_session.coversTownship(townshipCode)) {
            problem(g.headRow, SheetField::Township, tr("The household belongs to %1; you may only import your own township's households.")
                                                         .arg(tree.find(townshipCode) ? tree.find(townshipCode)->name : townshipCode));
            continue;
        }
        const Region *townshipRegion = tree.find(townshipCode);
        QString villageCode;
        const QString villageText = TableLocator::text(cell(r, SheetField::Village));
        const Region *village = nullptr;
        if (!villageText.isEmpty()) {
            village = tree.findByName(villageText, RegionLevel::Village, townshipCode);
            if (!village) {
                problem(g.headRow, SheetField::Village, tr("Unknown village or community \"%1\" in %2.")
                                                            .arg(villageText, townshipRegion ? townshipRegion->name : townshipCode));
                continue;
            }
            villageCode = village->code;
        }
        bool categoryOk = true;
        const QString categoryText = TableLocator::text(cell(r, SheetField::Category));
        const Category category = CategoryNames::fromText(categoryText, &categoryOk);
        if (!categoryOk) {
            problem(g.headRow, SheetField::Category, tr("Unknown category \"%1\".").arg(categoryText));
            groupOk = false;
        }
        bool bad = false;
        const auto amount = TableLocator::fen(cell(r, SheetField::MonthlyAmount), &bad);
        if (bad) {
            problem(g.headRow, SheetField::MonthlyAmount, tr("\"%1\" is not an amount in yuan.").arg(TableLocator::text(cell(r, SheetField::MonthlyAmount))));
            groupOk = false;
        }
        const auto start = TableLocator::date(cell(r, SheetField::StartDate), &bad);
        if (bad) {
            problem(g.headRow, SheetField::StartDate, tr("\"%1\" is not a real date.").arg(TableLocator::text(cell(r, SheetField::StartDate))));
            groupOk = false;
        }

        LedgerHousehold item;
        item.headRow = g.headRow;
        Household &h = item.household;
        QList<int> rowOfMember;
        const Member &head = g.members.first();
        const auto existing = head.idNumber.isEmpty() ? owners.constEnd() : owners.constFind(head.idNumber);
        if (existing != owners.constEnd() && existing->head) {
            auto loaded = repo.load(existing->householdId);
            if (!loaded)
                return loaded.error();
            h = loaded.value();
            item.isNew = false;
            if (!m_session.coversTownship(h.townshipCode)) {
                problem(g.headRow, SheetField::Township, tr("The household of %1 is registered in another township.").arg(head.name));
                continue;
            }
        }
        for (int i = 0; i < h.members.size(); ++i)
            rowOfMember.append(g.headRow);
        for (int i = 0; i < g.members.size(); ++i) {
            const Member &m = g.members.at(i);
            int at = -1;
            for (int j = 0; j < h.members.size() && !m.idNumber.isEmpty(); ++j) {
                if (h.members.at(j).idNumber == m.idNumber)
                    at = j;
            }
            if (at < 0) {
                h.members.append(m);
                rowOfMember.append(g.rows.at(i));
            } else {
                Member &stored = h.members[at];
                stored.name = m.name;
                stored.relation = m.relation;
                stored.birthDate = m.birthDate;
                stored.sex = m.sex;
                if (t.has(SheetField::DisabilityType)) {
                    stored.disabilityType = m.disabilityType;
                    stored.disabilityGrade = m.disabilityGrade;
                }
                if (t.has(SheetField::SeriousIllness))
                    stored.seriousIllness = m.seriousIllness;
                if (!m.phone.isEmpty())
                    stored.phone = m.phone;
                rowOfMember[at] = g.rows.at(i);
            }
            const auto owner = m.idNumber.isEmpty() ? owners.constEnd() : owners.constFind(m.idNumber);
            if (owner != owners.constEnd() && (item.isNew || owner->householdId != h.id)) {
                problem(g.rows.at(i), SheetField::IdNumber, tr("%1's ID number is already registered for %2 in another household.")
                                                                .arg(m.name, owner->memberName));
                groupOk = false;
            }
        }
        h.townshipCode = townshipCode;
        h.villageCode = villageCode;
        if (!h.villageCode.isEmpty() || item.isNew)
            h.area = village ? (village->kind == QLatin1String("village") ? AreaType::Rural : AreaType::Urban)
                             : (townshipRegion && townshipRegion->kind == QLatin1String("town") ? AreaType::Rural : AreaType::Urban);
        if (t.has(SheetField::Address))
            h.address = TableLocator::text(cell(r, SheetField::Address));
        if (t.has(SheetField::Phone))
            h.phone = TableLocator::text(cell(r, SheetField::Phone));
        if (t.has(SheetField::Category))
            h.category = category;
        if (amount)
            h.monthlyAmount = *amount;
        if (start)
            h.startDate = *start;

        if (groupOk) {
            for (const HouseholdProblem &p : HouseholdRules::validate(h, today)) {
                const auto m = memberField.match(p.field);
                const int index = m.hasMatch() ? m.captured(1).toInt() : -1;
                const int row = index >= 0 && index < rowOfMember.size() ? rowOfMember.at(index) : g.headRow;
                preview.problems.append({row, p.field, p.message});
                groupOk = false;
            }
        }
        if (!groupOk)
            continue;
        // The ledger records decided categories; where the rules (without the income details a ledger lacks)
        // would say otherwise, the decision is kept with the file named as its reason.
        const auto &standard = h.area == AreaType::Rural ? rural : urban;
        const ClassificationResult c = standard ? Classifier::classify(h, *standard, settings, today)
                                                : Classifier::withoutStandard(today.year(), h.area);
        if (c.category != h.category && h.categoryOverrideReason.trimmed().isEmpty())
            h.categoryOverrideReason = tr("As recorded in the ledger %1 (imported %2).").arg(fileName, today.toString(Qt::ISODate));
        item.memberRows = g.rows;
        preview.persons += int(g.members.size());
        preview.households += 1;
        (item.isNew ? preview.newHouseholds : preview.updatedHouseholds) += 1;
        preview.plan.append(item);
    }
    std::stable_sort(preview.problems.begin(), preview.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    if (progress && !progress(total, total))
        return cancelledError();
    return preview;
}

// A row's own problem names the row; a disk or database failure is not about the row being written when it hit.
static Error atRow(const Error &e, int row)
{
    if (e.kind == Error::Kind::Io || e.kind == Error::Kind::Internal)
        return e;
    return Error{e.kind, e.message, QStringLiteral("row %1").arg(row)};
}

Result<LedgerSummary> LedgerImportService::commit(const LedgerPreview &preview, const Progress &progress)
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role (%1) may not import households.").arg(Roles::display(m_session.role)));
    if (!preview.ok()) {
        const ImportProblem &first = preview.problems.first();
        return Error::invalid(tr("%n row(s) have problems; nothing was imported. Row %1: %2", nullptr, int(preview.problems.size()))
                                  .arg(first.row).arg(first.reason),
                              QStringLiteral("row %1").arg(first.row));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    HouseholdRepository repo(m_db);
    ReviewService reviews(m_db, m_session);
    QSqlQuery taken(m_db.sql());
    taken.prepare(QStringLiteral("SELECT m.household_id FROM members m JOIN households h ON h.id = m.household_id "
                                 "WHERE m.id_number = ? AND m.id_number <> '' AND m.deleted = 0 AND h.deleted = 0 LIMIT 1")); // <> '': the partial index
    LedgerSummary summary;
    const int total = int(preview.plan.size());
    for (const LedgerHousehold &item : preview.plan) {
        Household h = item.household;
        if (!m_session.coversTownship(h.townshipCode))
            return Error::forbidden(tr("Row %1: the household belongs to another township.").arg(item.headRow));
        // Someone may have registered a member since the preview.
        for (const Member &m : std::as_const(h.members)) {
            if (m.idNumber.isEmpty())
                continue;
            if (auto s = sql::run(taken, {m.idNumber}); !s)
                return s.error();
            if (taken.next() && (item.isNew || taken.value(0).toString() != h.id))
                return Error::conflict(tr("Row %1: %2's ID number was registered in another household after the preview; preview again.")
                                           .arg(item.headRow).arg(m.name));
        }
        if (auto s = repo.save(h); !s)
            return atRow(s.error(), item.headRow);
        // Tiers and schedules one by one for a small file; a big one is done in one pass at the end (below):
        // refreshHousehold costs a few queries per household, regenerateAll streams them all.
        if (total <= BulkTierThreshold) {
            if (auto s = reviews.refreshHousehold(h.id); !s)
                return atRow(s.error(), item.headRow);
        }
        summary.households += 1;
        summary.persons += int(item.memberRows.size());
        (item.isNew ? summary.created : summary.updated) += 1;
        if (progress && (summary.households % 200 == 0 || summary.households == total) && !progress(summary.households, total))
            return cancelledError();
    }
    if (total > BulkTierThreshold) {
        if (auto all = reviews.regenerateAll(); !all)
            return all.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace sn
