#include "LedgerPreviewBuilder.h"

#include "StationService.h"

#include "database/HouseholdRepository.h"
#include "database/SettingsRepository.h"
#include "database/StandardsRepository.h"
#include "domain/Clock.h"

#include <QRegularExpression>

namespace sn {

QPair<QString, int> LedgerPreviewBuilder::disabilityOf(const QString &text)
{
    static const QList<QPair<QString, QString>> types = {
        { QStringLiteral("视力"), QStringLiteral("visual") },
        { QStringLiteral("听力"), QStringLiteral("hearing") },
        { QStringLiteral("言语"), QStringLiteral("speech") },
        { QStringLiteral("肢体"), QStringLiteral("physical") },
        { QStringLiteral("智力"), QStringLiteral("intellectual") },
        { QStringLiteral("精神"), QStringLiteral("mental") },
        { QStringLiteral("多重"), QStringLiteral("multiple") },
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
        grade = g == QStringLiteral("一") ? 1
            : g == QStringLiteral("二")   ? 2
            : g == QStringLiteral("三")   ? 3
            : g == QStringLiteral("四")   ? 4
                                          : g.toInt();
    }
    return { type, grade };
}

LedgerPreviewBuilder::LedgerPreviewBuilder(Database &db, const Session &session, const Sheet &sheet,
    const LocatedTable &table, const QString &fileName, const QString &defaultTownship, const Progress &progress)
    : m_db(db)
    , m_session(session)
    , m_sheet(sheet)
    , m_table(table)
    , m_defaultTownship(defaultTownship)
    , m_progress(progress)
    , m_today(Clock::today())
    , m_tree(StationService::regions(db))
    , m_households(std::make_unique<HouseholdRepository>(db))
{
    m_preview.fileName = fileName;
    m_preview.rows = int(table.dataRows.size());
    m_separateHead
        = table.has(SheetField::HeadName) && table.column(SheetField::HeadName) != table.column(SheetField::Name);
    m_total = int(table.dataRows.size()) * 2;
}

LedgerPreviewBuilder::~LedgerPreviewBuilder() = default;

Cell LedgerPreviewBuilder::cell(int row, SheetField field) const
{
    return m_table.has(field) ? m_sheet.cell(row, m_table.column(field)) : Cell();
}

void LedgerPreviewBuilder::problem(int row, SheetField field, const QString &reason)
{
    m_preview.problems.append({ row, TableLocator::code(field), reason });
}

bool LedgerPreviewBuilder::step()
{
    return !m_progress || ++m_done % 2000 != 0 || m_progress(std::min(m_done, m_total), m_total);
}

Result<LedgerPreview> LedgerPreviewBuilder::build()
{
    if (auto s = loadRegistry(); !s)
        return s.error();
    if (auto s = readRows(); !s)
        return s.error();
    if (auto s = buildHouseholds(); !s)
        return s.error();
    std::stable_sort(m_preview.problems.begin(), m_preview.problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    if (m_progress && !m_progress(m_total, m_total))
        return cancelledError();
    return m_preview;
}

// The registry's ID numbers, once (the per-household look-ups of HouseholdService::validate are too slow
// for tens of thousands of rows).
Status LedgerPreviewBuilder::loadRegistry()
{
    auto registered = m_households->registeredIdNumbers();
    if (!registered)
        return registered.error();
    for (const RegisteredIdNumber &r : std::as_const(registered.value()))
        m_owners.insert(r.idNumber, { r.householdId, r.memberName, r.head });
    return {};
}

// ---- reading and grouping the rows ------------------------------------------------------------------

Status LedgerPreviewBuilder::readRows()
{
    for (int r : m_table.dataRows) {
        if (!step())
            return cancelledError();
        Member m;
        bool isHead = false;
        QString headName;
        const bool rowOk = readRow(r, m, isHead, headName);
        addToGroup(r, r + 1, m, isHead, rowOk, headName);
    }
    return {};
}

bool LedgerPreviewBuilder::readRow(int r, Member &m, bool &isHead, QString &headName)
{
    const int number = r + 1;
    m.name = TableLocator::text(cell(r, SheetField::Name)).simplified();
    headName = TableLocator::text(cell(r, SheetField::HeadName)).simplified();
    const QString relationText = TableLocator::text(cell(r, SheetField::Relation));
    bool rowOk = true;
    if (m.name.isEmpty()) {
        problem(number, SheetField::Name, LedgerImportService::tr("The name is missing."));
        rowOk = false;
    }
    if (m_table.has(SheetField::Relation) && !relationText.isEmpty()) {
        bool known = false;
        m.relation = relationFromText(relationText, &known);
        if (!known)
            m.relation = Relation::Other;
        isHead = m.relation == Relation::Head;
    } else {
        isHead = !m_separateHead || headName.isEmpty() || headName == m.name;
        m.relation = isHead ? Relation::Head : Relation::Other;
    }
    rowOk = readIdNumber(r, m) && rowOk;
    rowOk = readBirthDate(r, number, m) && rowOk;
    readHealth(r, m);
    return rowOk;
}

bool LedgerPreviewBuilder::readIdNumber(int r, Member &m)
{
    const int number = r + 1;
    const IdCell id = TableLocator::idNumber(cell(r, SheetField::IdNumber));
    if (id.damaged) {
        problem(number, SheetField::IdNumber, TableLocator::damagedIdMessage());
        return false;
    }
    const IdNumber parsed = IdNumber::parse(id.text, m_today);
    if (!parsed.isValid()) {
        problem(number, SheetField::IdNumber, parsed.errorText());
        return false;
    }
    m.idNumber = parsed.normalized();
    m.birthDate = parsed.birthDate();
    m.sex = parsed.sex();
    const auto seen = m_seenIds.constFind(m.idNumber);
    if (seen != m_seenIds.constEnd()) {
        problem(number, SheetField::IdNumber,
            LedgerImportService::tr("The ID number %1 appears twice in the file (also row %2).")
                .arg(IdNumber::mask(m.idNumber))
                .arg(*seen));
        return false;
    }
    m_seenIds.insert(m.idNumber, number);
    return true;
}

bool LedgerPreviewBuilder::readBirthDate(int r, int number, const Member &m)
{
    bool bad = false;
    if (const auto birth = TableLocator::date(cell(r, SheetField::BirthDate), &bad);
        birth && m.birthDate.isValid() && *birth != m.birthDate) {
        problem(number, SheetField::BirthDate,
            LedgerImportService::tr("The birth date %1 does not match the ID number (%2).")
                .arg(birth->toString(Qt::ISODate), m.birthDate.toString(Qt::ISODate)));
        return false;
    }
    if (bad) {
        problem(number, SheetField::BirthDate,
            LedgerImportService::tr("\"%1\" is not a real date.")
                .arg(TableLocator::text(cell(r, SheetField::BirthDate))));
        return false;
    }
    return true;
}

void LedgerPreviewBuilder::readHealth(int r, Member &m) const
{
    const QString disability = TableLocator::text(cell(r, SheetField::DisabilityType));
    if (!disability.isEmpty() && disability != QStringLiteral("无") && disability != QStringLiteral("否")) {
        const auto [type, grade] = disabilityOf(disability);
        m.disabilityType = type.isEmpty() ? QStringLiteral("multiple") : type;
        m.disabilityGrade = grade;
    }
    if (const auto ill = TableLocator::flag(cell(r, SheetField::SeriousIllness)))
        m.seriousIllness = *ill;
}

// A head's row starts a household; the member rows below it join it.
void LedgerPreviewBuilder::addToGroup(
    int r, int number, const Member &member, bool isHead, bool rowOk, const QString &headName)
{
    Member m = member;
    if (isHead) {
        Group g;
        g.headRow = number;
        g.sheetRow = r;
        g.headName = m.name;
        g.hasProblems = !rowOk;
        g.members.append(m);
        g.rows.append(number);
        m_groups.append(g);
        m_preview.householdOfRow.insert(number, number);
        return;
    }
    if (m_groups.isEmpty() || (m_separateHead && !headName.isEmpty() && headName != m_groups.constLast().headName)) {
        problem(number, SheetField::Relation,
            m_separateHead && !headName.isEmpty() ? LedgerImportService::tr(
                "Member without a head: the head %1 is not the household above; put the member under the head's row.")
                                                        .arg(headName)
                                                  : LedgerImportService::tr(
                                                      "Member without a head: no head's row above this member."));
        return;
    }
    m.phone = TableLocator::text(cell(r, SheetField::Phone));
    Group &g = m_groups.last();
    g.members.append(m);
    g.rows.append(number);
    g.hasProblems = g.hasProblems || !rowOk;
    m_preview.householdOfRow.insert(number, g.headRow);
}

// ---- the households ---------------------------------------------------------------------------------

Status LedgerPreviewBuilder::buildHouseholds()
{
    // Standards and settings once, for the classification every household shows.
    m_settings = SettingsRepository(m_db).classification();
    StandardsRepository standards(m_db);
    m_urban = standards.forYear(m_today.year(), AreaType::Urban);
    m_rural = standards.forYear(m_today.year(), AreaType::Rural);
    for (const Group &g : std::as_const(m_groups)) {
        if (!step())
            return cancelledError();
        const std::optional<Place> where = place(g);
        if (!where)
            continue;
        bool groupOk = !g.hasProblems;
        const HeadFields fields = readHouseholdFields(g, groupOk);
        LedgerHousehold item;
        item.headRow = g.headRow;
        auto start = startFromRegistry(g, item);
        if (!start)
            return start.error();
        if (!start.value())
            continue;
        QList<int> rowOfMember;
        groupOk = mergeMembers(g, item, rowOfMember) && groupOk;
        applyHouseholdFields(g, fields, *where, item);
        if (groupOk)
            groupOk = validate(g, item.household, rowOfMember);
        if (!groupOk)
            continue;
        classify(item.household);
        item.memberRows = g.rows;
        m_preview.persons += int(g.members.size());
        m_preview.households += 1;
        (item.isNew ? m_preview.newHouseholds : m_preview.updatedHouseholds) += 1;
        m_preview.plan.append(item);
    }
    return {};
}

// The household's township and village, from the head's row; std::nullopt (with the problem) to skip it.
std::optional<LedgerPreviewBuilder::Place> LedgerPreviewBuilder::place(const Group &g)
{
    const int r = g.sheetRow;
    Place where;
    where.townshipCode = m_defaultTownship;
    const QString townshipText = TableLocator::text(cell(r, SheetField::Township));
    if (!townshipText.isEmpty()) {
        const Region *township = m_tree.findByName(townshipText, RegionLevel::Township);
        if (!township) {
            problem(
                g.headRow, SheetField::Township, LedgerImportService::tr("Unknown township \"%1\".").arg(townshipText));
            return std::nullopt;
        }
        where.townshipCode = township->code;
    }
    if (where.townshipCode.isEmpty()) {
        problem(g.headRow, SheetField::Township, LedgerImportService::tr("The township (乡镇/街道) is missing."));
        return std::nullopt;
    }
    if (!m_session.coversTownship(where.townshipCode)) {
        problem(g.headRow, SheetField::Township,
            LedgerImportService::tr("The household belongs to %1; you may only import your own township's households.")
                .arg(m_tree.find(where.townshipCode) ? m_tree.find(where.townshipCode)->name : where.townshipCode));
        return std::nullopt;
    }
    where.township = m_tree.find(where.townshipCode);
    const QString villageText = TableLocator::text(cell(r, SheetField::Village));
    if (!villageText.isEmpty()) {
        where.village = m_tree.findByName(villageText, RegionLevel::Village, where.townshipCode);
        if (!where.village) {
            problem(g.headRow, SheetField::Village,
                LedgerImportService::tr("Unknown village or community \"%1\" in %2.")
                    .arg(villageText, where.township ? where.township->name : where.townshipCode));
            return std::nullopt;
        }
        where.villageCode = where.village->code;
    }
    return where;
}

// A head already registered as a head: the stored household is updated, not a second one made.
Result<bool> LedgerPreviewBuilder::startFromRegistry(const Group &g, LedgerHousehold &item)
{
    const Member &head = g.members.first();
    const auto existing = head.idNumber.isEmpty() ? m_owners.constEnd() : m_owners.constFind(head.idNumber);
    if (existing == m_owners.constEnd() || !existing->head)
        return true;
    auto loaded = m_households->load(existing->householdId);
    if (!loaded)
        return loaded.error();
    item.household = loaded.value();
    item.isNew = false;
    if (!m_session.coversTownship(item.household.townshipCode)) {
        problem(g.headRow, SheetField::Township,
            LedgerImportService::tr("The household of %1 is registered in another township.").arg(head.name));
        return false;
    }
    return true;
}

// The head's row's household columns; `ok` false when one of them is unreadable (the problem is recorded).
LedgerPreviewBuilder::HeadFields LedgerPreviewBuilder::readHouseholdFields(const Group &g, bool &ok)
{
    const int r = g.sheetRow;
    HeadFields fields;
    bool categoryOk = true;
    const QString categoryText = TableLocator::text(cell(r, SheetField::Category));
    fields.category = CategoryNames::fromText(categoryText, &categoryOk);
    if (!categoryOk) {
        problem(g.headRow, SheetField::Category, LedgerImportService::tr("Unknown category \"%1\".").arg(categoryText));
        ok = false;
    }
    bool bad = false;
    fields.amount = TableLocator::fen(cell(r, SheetField::MonthlyAmount), &bad);
    if (bad) {
        problem(g.headRow, SheetField::MonthlyAmount,
            LedgerImportService::tr("\"%1\" is not an amount in yuan.")
                .arg(TableLocator::text(cell(r, SheetField::MonthlyAmount))));
        ok = false;
    }
    fields.start = TableLocator::date(cell(r, SheetField::StartDate), &bad);
    if (bad) {
        problem(g.headRow, SheetField::StartDate,
            LedgerImportService::tr("\"%1\" is not a real date.")
                .arg(TableLocator::text(cell(r, SheetField::StartDate))));
        ok = false;
    }
    return fields;
}

void LedgerPreviewBuilder::applyHouseholdFields(
    const Group &g, const HeadFields &fields, const Place &where, LedgerHousehold &item) const
{
    const int r = g.sheetRow;
    Household &h = item.household;
    h.townshipCode = where.townshipCode;
    h.villageCode = where.villageCode;
    if (!h.villageCode.isEmpty() || item.isNew)
        h.area = where.village
            ? (where.village->kind == QLatin1String("village") ? AreaType::Rural : AreaType::Urban)
            : (where.township && where.township->kind == QLatin1String("town") ? AreaType::Rural : AreaType::Urban);
    if (m_table.has(SheetField::Address))
        h.address = TableLocator::text(cell(r, SheetField::Address));
    if (m_table.has(SheetField::Phone))
        h.phone = TableLocator::text(cell(r, SheetField::Phone));
    if (m_table.has(SheetField::Category))
        h.category = fields.category;
    if (fields.amount)
        h.monthlyAmount = *fields.amount;
    if (fields.start)
        h.startDate = *fields.start;
}

// The file's members into the household: a stored member with the same ID number is updated in place.
bool LedgerPreviewBuilder::mergeMembers(const Group &g, LedgerHousehold &item, QList<int> &rowOfMember)
{
    Household &h = item.household;
    bool ok = true;
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
            if (m_table.has(SheetField::DisabilityType)) {
                stored.disabilityType = m.disabilityType;
                stored.disabilityGrade = m.disabilityGrade;
            }
            if (m_table.has(SheetField::SeriousIllness))
                stored.seriousIllness = m.seriousIllness;
            if (!m.phone.isEmpty())
                stored.phone = m.phone;
            rowOfMember[at] = g.rows.at(i);
        }
        const auto owner = m.idNumber.isEmpty() ? m_owners.constEnd() : m_owners.constFind(m.idNumber);
        if (owner != m_owners.constEnd() && (item.isNew || owner->householdId != h.id)) {
            problem(g.rows.at(i), SheetField::IdNumber,
                LedgerImportService::tr("%1's ID number is already registered for %2 in another household.")
                    .arg(m.name, owner->memberName));
            ok = false;
        }
    }
    return ok;
}

// The household rules, each problem on the row of the member it is about.
bool LedgerPreviewBuilder::validate(const Group &g, const Household &h, const QList<int> &rowOfMember)
{
    static const QRegularExpression memberField(QStringLiteral("^members\\[(\\d+)\\]"));
    bool ok = true;
    for (const HouseholdProblem &p : HouseholdRules::validate(h, m_today)) {
        const auto m = memberField.match(p.field);
        const int index = m.hasMatch() ? m.captured(1).toInt() : -1;
        const int row = index >= 0 && index < rowOfMember.size() ? rowOfMember.at(index) : g.headRow;
        m_preview.problems.append({ row, p.field, p.message });
        ok = false;
    }
    return ok;
}

// The ledger records decided categories; where the rules (without the income details a ledger lacks) would
// say otherwise, the decision is kept with the file named as its reason.
void LedgerPreviewBuilder::classify(Household &h) const
{
    const auto &standard = h.area == AreaType::Rural ? m_rural : m_urban;
    const ClassificationResult c = standard ? Classifier::classify(h, *standard, m_settings, m_today)
                                            : Classifier::withoutStandard(m_today.year(), h.area);
    if (c.category != h.category && h.categoryOverrideReason.trimmed().isEmpty())
        h.categoryOverrideReason = LedgerImportService::tr("As recorded in the ledger %1 (imported %2).")
                                       .arg(m_preview.fileName, m_today.toString(Qt::ISODate));
}

} // namespace sn
