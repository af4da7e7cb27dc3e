#pragma once
// Households and standards shared by the classification tests (domain rules and their working in words).
#include "domain/Classification.h"

namespace sn::fixtures {

const QDate kOn(2024, 6, 15); // the reference day of every classification here

YearlyStandard standard()
{
    YearlyStandard s;
    s.year = 2024;
    s.area = AreaType::Urban;
    s.dibaoMonthly = 73500; // 735.00 yuan
    s.disposableIncomeYearly = 4000000; // 40,000.00 yuan
    s.placeholder = true;
    return s;
}

Member person(const QString &name, Relation relation, const QDate &birth)
{
    Member m;
    m.id = name;
    m.name = name;
    m.relation = relation;
    m.birthDate = birth;
    return m;
}

// A 40-year-old on kOn: full labour capacity.
Member adult(const QString &name, Relation relation = Relation::Head)
{
    return person(name, relation, QDate(1984, 1, 1));
}

// A 70-year-old on kOn.
Member elder(const QString &name, Relation relation = Relation::Head)
{
    return person(name, relation, QDate(1954, 1, 1));
}

IncomeItem income(const QString &memberId, Fen monthly)
{
    IncomeItem i;
    i.id = QStringLiteral("inc-") + memberId + QString::number(monthly);
    i.memberId = memberId;
    i.kind = QStringLiteral("wage");
    i.monthlyAmount = monthly;
    return i;
}

Asset asset(const QString &kind, Fen value)
{
    Asset a;
    a.id = kind;
    a.kind = kind;
    a.value = value;
    return a;
}

RigidExpenditure expense(Fen amount, const QDate &on)
{
    RigidExpenditure e;
    e.id = QStringLiteral("exp");
    e.kind = QStringLiteral("medical");
    e.amount = amount;
    e.incurredOn = on;
    return e;
}

Household single(const Member &m, Fen monthlyIncome)
{
    Household h;
    h.id = QStringLiteral("h1");
    h.members << m;
    if (monthlyIncome != 0)
        h.incomes << income(m.id, monthlyIncome);
    return h;
}

} // namespace sn::fixtures
