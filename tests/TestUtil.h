#pragma once

// Small helpers shared by the test executables.
#include "domain/Household.h"

#include <QDate>
#include <QString>

namespace sn::test {

// A valid ID number for a birth date (the sequence picks the sex: odd = male).
inline QString makeId(const QDate &birth, int sequence = 1, const QString &area = QStringLiteral("630105"))
{
    const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

inline Member member(const QString &name, Relation relation, const QDate &birth, int sequence = 1)
{
    Member m;
    m.name = name;
    m.relation = relation;
    m.birthDate = birth;
    m.idNumber = makeId(birth, sequence);
    m.sex = sequence % 2 ? Sex::Male : Sex::Female;
    return m;
}

// 张三 (head, 1980) and 李四 (spouse, 1982) in 朝阳街道 北园村; a 低保 household with 600 yuan income.
inline Household household(const QString &townshipCode = QStringLiteral("630105001"),
                           const QString &villageCode = QStringLiteral("630105001201"))
{
    Household h;
    h.townshipCode = townshipCode;
    h.villageCode = villageCode;
    h.address = QStringLiteral("北园村3社15号");
    h.phone = QStringLiteral("13897001234");
    h.area = AreaType::Rural;
    h.category = Category::Dibao;
    h.startDate = QDate(2024, 3, 1);
    h.members.append(member(QStringLiteral("张三"), Relation::Head, QDate(1980, 1, 1), 1));
    h.members.append(member(QStringLiteral("李四"), Relation::Spouse, QDate(1982, 5, 6), 2));
    h.incomes.append({QString(), QString(), QStringLiteral("wage"), 60000, false});
    return h;
}

} // namespace sn::test
