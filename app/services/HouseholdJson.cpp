#include "HouseholdJson.h"

#include <QJsonArray>
#include <QUuid>

namespace sn {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString().trimmed();
}

Result<Fen> moneyField(const QJsonObject &o, const char *yuanKey, const char *fenKey, const QString &path)
{
    if (o.contains(QLatin1String(fenKey))) {
        const QJsonValue v = o.value(QLatin1String(fenKey));
        if (!v.isDouble())
            return Error::invalid(
                HouseholdJson::tr("%1 must be a whole number of fen.").arg(path + QLatin1String(fenKey)),
                path + QLatin1String(fenKey));
        return Fen(v.toInteger());
    }
    const QJsonValue v = o.value(QLatin1String(yuanKey));
    if (v.isUndefined() || v.isNull())
        return Fen(0);
    const QString text = v.isDouble() ? QString::number(v.toDouble(), 'f', 2) : v.toString();
    const auto fen = money::parseYuan(text);
    if (!fen)
        return Error::invalid(
            HouseholdJson::tr("%1: \"%2\" is not an amount in yuan.").arg(path + QLatin1String(yuanKey), text),
            path + QLatin1String(yuanKey));
    return *fen;
}

Result<QDate> date(const QJsonObject &o, const char *key, const QString &path)
{
    const QString text = str(o, key);
    if (text.isEmpty())
        return QDate();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return Error::invalid(
            HouseholdJson::tr("%1: \"%2\" is not a date (YYYY-MM-DD).").arg(path + QLatin1String(key), text),
            path + QLatin1String(key));
    return d;
}

bool flag(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toInt() != 0;
    const QString s = v.toString().trimmed();
    return s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("yes")
        || s == QStringLiteral("是");
}

// Township and village, by code or name; a village gives the area type unless "area_type" says it.
Status readPlace(const QJsonObject &o, const RegionTree &tree, Household &h)
{
    const QString townshipText = str(o, "township");
    const Region *township = tree.resolve(townshipText, RegionLevel::Township);
    if (!township)
        return Error::invalid(
            HouseholdJson::tr("township: \"%1\" is not a township of this district.").arg(townshipText),
            QStringLiteral("township"));
    h.townshipCode = township->code;
    const QString villageText = str(o, "village");
    if (!villageText.isEmpty()) {
        const Region *village = tree.resolve(villageText, RegionLevel::Village, township->code);
        if (!village)
            return Error::invalid(HouseholdJson::tr("village: \"%1\" is not a village or community of %2.")
                                      .arg(villageText, township->name),
                QStringLiteral("village"));
        h.villageCode = village->code;
        if (!o.contains(QLatin1String("area_type")))
            h.area = village->kind == QLatin1String("village") ? AreaType::Rural : AreaType::Urban;
    }
    return {};
}

// The household's own fields after its place: contact, area type, category, assistance, status, notes.
Status readHousehold(const QJsonObject &o, Household &h)
{
    h.gridCode = str(o, "grid");
    h.address = str(o, "address");
    h.phone = str(o, "phone");
    if (o.contains(QLatin1String("area_type"))) {
        bool ok = false;
        h.area = areaTypeFromCode(str(o, "area_type"), &ok);
        if (!ok)
            return Error::invalid(
                HouseholdJson::tr("area_type must be \"urban\" or \"rural\"."), QStringLiteral("area_type"));
    }
    if (o.contains(QLatin1String("category"))) {
        bool ok = false;
        h.category = CategoryNames::fromText(str(o, "category"), &ok);
        if (!ok)
            return Error::invalid(HouseholdJson::tr("category: \"%1\" is not a category.").arg(str(o, "category")),
                QStringLiteral("category"));
    } else {
        h.category = Category::None; // the service classifies when no category is given (see --classify)
    }
    h.categoryOverrideReason = str(o, "category_override_reason");
    auto amount = moneyField(o, "monthly_amount", "monthly_amount_fen", QString());
    if (!amount)
        return amount.error();
    h.monthlyAmount = amount.value();
    auto start = date(o, "start_date", QString());
    if (!start)
        return start.error();
    h.startDate = start.value();
    auto found = date(o, "category_found_on", QString());
    if (!found)
        return found.error();
    h.categoryFoundOn = found.value();
    const QString status = str(o, "status");
    if (status == QLatin1String("exited"))
        h.status = HouseholdStatus::Exited;
    else if (!status.isEmpty() && status != QLatin1String("active"))
        return Error::invalid(HouseholdJson::tr("status must be \"active\" or \"exited\"."), QStringLiteral("status"));
    h.exitReason = str(o, "exit_reason");
    h.hasCapableSupporter = flag(o, "has_capable_supporter");
    h.notes = str(o, "notes");
    return {};
}

// members[i]; without a relation the first member is the head.
Result<Member> readMember(const QJsonObject &mo, int i)
{
    const QString path = QStringLiteral("members[%1].").arg(i);
    Member m;
    m.id = str(mo, "id");
    m.name = str(mo, "name");
    m.idNumber = str(mo, "id_number");
    bool ok = true;
    const QString relation = str(mo, "relation");
    m.relation = relation.isEmpty() ? (i == 0 ? Relation::Head : Relation::Other) : relationFromText(relation, &ok);
    if (!ok)
        return Error::invalid(
            HouseholdJson::tr("%1relation: \"%2\" is not a relation to the head.").arg(path, relation),
            path + QStringLiteral("relation"));
    auto birth = date(mo, "birth_date", path);
    if (!birth)
        return birth.error();
    m.birthDate = birth.value();
    m.sex = sexFromCode(str(mo, "sex"));
    if (mo.contains(QLatin1String("labour")))
        m.labour = labourFromCode(str(mo, "labour"));
    m.disabilityType = str(mo, "disability_type");
    m.disabilityGrade = mo.value(QLatin1String("disability_grade")).toInt(str(mo, "disability_grade").toInt());
    if (m.disabilityGrade < 0 || m.disabilityGrade > 4)
        return Error::invalid(HouseholdJson::tr("%1disability_grade must be 0 (none) to 4.").arg(path),
            path + QStringLiteral("disability_grade"));
    m.seriousIllness = flag(mo, "serious_illness");
    m.student = flag(mo, "student");
    if (mo.contains(QLatin1String("employment")))
        m.employment = employmentFromCode(str(mo, "employment"));
    if (mo.contains(QLatin1String("exclusion")))
        m.exclusion = exclusionFromCode(str(mo, "exclusion"));
    m.phone = str(mo, "phone");
    if (mo.contains(QLatin1String("care_level"))) {
        bool known = false;
        m.care = careFromCode(str(mo, "care_level"), &known);
        if (!known)
            return Error::invalid(
                HouseholdJson::tr("%1care_level must be self, partial or full (全自理, 半护理, 全护理).").arg(path),
                path + QStringLiteral("care_level"));
    }
    return m;
}

Status readMembers(const QJsonObject &o, Household &h)
{
    const QJsonArray members = o.value(QLatin1String("members")).toArray();
    for (int i = 0; i < members.size(); ++i) {
        auto m = readMember(members.at(i).toObject(), i);
        if (!m)
            return m.error();
        h.members.append(m.value());
    }
    return {};
}

// incomes[]; a "member" index gives the member an id when it has none yet.
Status readIncomes(const QJsonObject &o, Household &h)
{
    const QJsonArray incomes = o.value(QLatin1String("incomes")).toArray();
    for (int i = 0; i < incomes.size(); ++i) {
        const QJsonObject io = incomes.at(i).toObject();
        const QString path = QStringLiteral("incomes[%1].").arg(i);
        IncomeItem item;
        item.id = str(io, "id");
        item.memberId = str(io, "member_id");
        // "member": index into members, for JSON written by hand before ids exist
        if (io.contains(QLatin1String("member"))) {
            const int index = io.value(QLatin1String("member")).toInt(-1);
            if (index < 0 || index >= h.members.size())
                return Error::invalid(HouseholdJson::tr("%1member must be the index of a member.").arg(path),
                    path + QStringLiteral("member"));
            if (h.members[index].id.isEmpty())
                h.members[index].id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            item.memberId = h.members[index].id;
        }
        item.kind = str(io, "kind");
        if (item.kind.isEmpty())
            item.kind = QStringLiteral("other");
        auto amount = moneyField(io, "monthly_amount", "monthly_fen", path);
        if (!amount)
            return amount.error();
        item.monthlyAmount = amount.value();
        item.stable = !io.contains(QLatin1String("stable")) || flag(io, "stable");
        h.incomes.append(item);
    }
    return {};
}

Status readAssets(const QJsonObject &o, Household &h)
{
    const QJsonArray assets = o.value(QLatin1String("assets")).toArray();
    for (int i = 0; i < assets.size(); ++i) {
        const QJsonObject ao = assets.at(i).toObject();
        auto value = moneyField(ao, "value", "value_fen", QStringLiteral("assets[%1].").arg(i));
        if (!value)
            return value.error();
        h.assets.append({ str(ao, "id"), str(ao, "kind"), str(ao, "description"), value.value() });
    }
    return {};
}

Status readExpenditures(const QJsonObject &o, Household &h)
{
    const QJsonArray expenditures = o.value(QLatin1String("expenditures")).toArray();
    for (int i = 0; i < expenditures.size(); ++i) {
        const QJsonObject eo = expenditures.at(i).toObject();
        const QString path = QStringLiteral("expenditures[%1].").arg(i);
        auto amount = moneyField(eo, "amount", "amount_fen", path);
        if (!amount)
            return amount.error();
        auto incurred = date(eo, "incurred_on", path);
        if (!incurred)
            return incurred.error();
        static const QStringList kinds
            = { QStringLiteral("medical"), QStringLiteral("education"), QStringLiteral("rehabilitation"),
                  QStringLiteral("disaster"), QStringLiteral("accident"), QStringLiteral("other") };
        const QString kind = str(eo, "kind");
        if (!kinds.contains(kind))
            return Error::invalid(
                HouseholdJson::tr("%1kind must be one of %2.").arg(path, kinds.join(QStringLiteral(", "))),
                path + QStringLiteral("kind"));
        h.expenditures.append({ str(eo, "id"), kind, amount.value(), incurred.value(), str(eo, "note") });
    }
    return {};
}

} // namespace

QJsonObject HouseholdJson::toJson(const Household &h, const RegionTree &tree)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), h.id);
    o.insert(QStringLiteral("township"), h.townshipCode);
    o.insert(QStringLiteral("township_name"), tree.find(h.townshipCode) ? tree.find(h.townshipCode)->name : QString());
    o.insert(QStringLiteral("village"), h.villageCode);
    o.insert(QStringLiteral("village_name"), tree.find(h.villageCode) ? tree.find(h.villageCode)->name : QString());
    o.insert(QStringLiteral("grid"), h.gridCode);
    o.insert(QStringLiteral("address"), h.address);
    o.insert(QStringLiteral("phone"), h.phone);
    o.insert(QStringLiteral("area_type"), areaTypeCode(h.area));
    o.insert(QStringLiteral("category"), CategoryNames::code(h.category));
    o.insert(QStringLiteral("category_override_reason"), h.categoryOverrideReason);
    o.insert(QStringLiteral("category_found_on"), h.categoryFoundOn.toString(Qt::ISODate));
    const QDate lapses = CategoryNames::lapsesOn(h.category, h.categoryFoundOn);
    o.insert(QStringLiteral("category_lapses_on"),
        lapses.isValid() ? QJsonValue(lapses.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("monthly_amount"), money::toYuanString(h.monthlyAmount));
    o.insert(QStringLiteral("start_date"), h.startDate.toString(Qt::ISODate));
    o.insert(QStringLiteral("status"),
        h.status == HouseholdStatus::Active ? QStringLiteral("active") : QStringLiteral("exited"));
    o.insert(QStringLiteral("exit_reason"), h.exitReason);
    o.insert(QStringLiteral("has_capable_supporter"), h.hasCapableSupporter);
    o.insert(QStringLiteral("notes"), h.notes);
    QJsonArray members;
    for (const Member &m : h.members) {
        members.append(QJsonObject {
            { QStringLiteral("id"), m.id },
            { QStringLiteral("name"), m.name },
            { QStringLiteral("id_number"), m.idNumber },
            { QStringLiteral("relation"), relationCode(m.relation) },
            { QStringLiteral("birth_date"), m.birthDate.toString(Qt::ISODate) },
            { QStringLiteral("sex"), sexCode(m.sex) },
            { QStringLiteral("labour"), labourCode(m.labour) },
            { QStringLiteral("disability_type"), m.disabilityType },
            { QStringLiteral("disability_grade"), m.disabilityGrade },
            { QStringLiteral("serious_illness"), m.seriousIllness },
            { QStringLiteral("student"), m.student },
            { QStringLiteral("employment"), employmentCode(m.employment) },
            { QStringLiteral("exclusion"), exclusionCode(m.exclusion) },
            { QStringLiteral("phone"), m.phone },
            { QStringLiteral("care_level"), careCode(m.care) },
        });
    }
    o.insert(QStringLiteral("members"), members);
    QJsonArray incomes;
    for (const IncomeItem &i : h.incomes)
        incomes.append(QJsonObject { { QStringLiteral("id"), i.id }, { QStringLiteral("member_id"), i.memberId },
            { QStringLiteral("kind"), i.kind },
            { QStringLiteral("monthly_amount"), money::toYuanString(i.monthlyAmount) },
            { QStringLiteral("stable"), i.stable } });
    o.insert(QStringLiteral("incomes"), incomes);
    QJsonArray assets;
    for (const Asset &a : h.assets)
        assets.append(QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("kind"), a.kind },
            { QStringLiteral("description"), a.description },
            { QStringLiteral("value"), money::toYuanString(a.value) } });
    o.insert(QStringLiteral("assets"), assets);
    QJsonArray expenditures;
    for (const RigidExpenditure &e : h.expenditures)
        expenditures.append(QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("kind"), e.kind },
            { QStringLiteral("amount"), money::toYuanString(e.amount) },
            { QStringLiteral("incurred_on"), e.incurredOn.toString(Qt::ISODate) },
            { QStringLiteral("note"), e.note } });
    o.insert(QStringLiteral("expenditures"), expenditures);
    return o;
}

Result<Household> HouseholdJson::fromJson(const QJsonObject &o, const RegionTree &tree)
{
    Household h;
    h.id = str(o, "id");
    if (auto s = readPlace(o, tree, h); !s)
        return s.error();
    if (auto s = readHousehold(o, h); !s)
        return s.error();
    if (auto s = readMembers(o, h); !s)
        return s.error();
    if (auto s = readIncomes(o, h); !s)
        return s.error();
    if (auto s = readAssets(o, h); !s)
        return s.error();
    if (auto s = readExpenditures(o, h); !s)
        return s.error();
    return h;
}

Status HouseholdJson::set(Household &household, const QString &assignment, const RegionTree &tree)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return Error::invalid(tr("\"%1\" is not of the form field=value.").arg(assignment), QStringLiteral("--set"));
    const QString field = assignment.left(eq).trimmed();
    const QString value = assignment.mid(eq + 1);
    static const QStringList settable = { QStringLiteral("township"), QStringLiteral("village"), QStringLiteral("grid"),
        QStringLiteral("address"), QStringLiteral("phone"), QStringLiteral("area_type"), QStringLiteral("category"),
        QStringLiteral("category_override_reason"), QStringLiteral("monthly_amount"), QStringLiteral("start_date"),
        QStringLiteral("status"), QStringLiteral("exit_reason"), QStringLiteral("has_capable_supporter"),
        QStringLiteral("notes") };
    if (!settable.contains(field))
        return Error::invalid(
            tr("\"%1\" cannot be set this way; settable fields: %2.").arg(field, settable.join(QStringLiteral(", "))),
            field);
    QJsonObject json = toJson(household, tree);
    json.insert(field, value);
    if (field == QLatin1String("township"))
        json.insert(QStringLiteral("village"), QString());
    auto updated = fromJson(json, tree);
    if (!updated)
        return updated.error();
    const Household before = household;
    household = updated.value();
    // fromJson re-derives area type from the village; keep the stored one unless the field changed
    if (field != QLatin1String("area_type") && field != QLatin1String("village"))
        household.area = before.area;
    return {};
}

} // namespace sn
