#include "Category.h"

#include "EnumTable.h"

#include <QList>

namespace sn {

namespace {

constexpr EnumEntry<Category> kCategoryEntries[] = {
    { Category::None, "none", QT_TRANSLATE_NOOP("sn::CategoryNames", "None"), u"无" },
    { Category::Tekun, "tekun", QT_TRANSLATE_NOOP("sn::CategoryNames", "Extreme poverty support"), u"特困供养" },
    { Category::Dibao, "dibao", QT_TRANSLATE_NOOP("sn::CategoryNames", "Minimum living guarantee"), u"低保" },
    { Category::DibaoEdge, "edge", QT_TRANSLATE_NOOP("sn::CategoryNames", "Marginal (near minimum living guarantee)"),
        u"低保边缘" },
    { Category::Expenditure, "expense", QT_TRANSLATE_NOOP("sn::CategoryNames", "Expenditure-type poverty"),
        u"支出型贫困" },
    { Category::Monitored, "monitored",
        QT_TRANSLATE_NOOP("sn::CategoryNames", "Monitored against relapse into poverty"), u"防止返贫监测对象" },
    { Category::OtherHardship, "other", QT_TRANSLATE_NOOP("sn::CategoryNames", "Other people in difficulty"),
        u"其他困难人员" },
};
constexpr EnumTable<Category> kCategories("sn::CategoryNames", kCategoryEntries);

constexpr EnumEntry<AreaType> kAreaEntries[] = {
    { AreaType::Urban, "urban", nullptr, u"城市" },
    { AreaType::Rural, "rural", nullptr, u"农村" },
};
constexpr EnumTable<AreaType> kAreas("sn::CategoryNames", kAreaEntries);

// Spreadsheet spellings seen in department tables and old registers.
struct Alias
{
    const char16_t *text;
    Category category;
};

constexpr Alias kAliases[] = {
    { u"无", Category::None },
    { u"空", Category::None },
    { u"否", Category::None },
    { u"特困", Category::Tekun },
    { u"特困人员", Category::Tekun },
    { u"特困供养", Category::Tekun },
    { u"特困供养人员", Category::Tekun },
    { u"特困户", Category::Tekun },
    { u"特困供养户", Category::Tekun },
    { u"五保", Category::Tekun },
    { u"五保户", Category::Tekun },
    { u"低保", Category::Dibao },
    { u"低保户", Category::Dibao },
    { u"低保对象", Category::Dibao },
    { u"最低生活保障", Category::Dibao },
    { u"低保边缘", Category::DibaoEdge },
    { u"低保边缘户", Category::DibaoEdge },
    { u"低保边缘家庭", Category::DibaoEdge },
    { u"边缘", Category::DibaoEdge },
    { u"边缘户", Category::DibaoEdge },
    { u"支出型", Category::Expenditure },
    { u"支出型贫困", Category::Expenditure },
    { u"支出型贫困家庭", Category::Expenditure },
    { u"支出型困难", Category::Expenditure },
    { u"支出型困难家庭", Category::Expenditure },
    { u"刚性支出困难", Category::Expenditure },
    { u"刚性支出困难家庭", Category::Expenditure },
    { u"防止返贫监测对象", Category::Monitored },
    { u"防返贫监测对象", Category::Monitored },
    { u"监测对象", Category::Monitored },
    { u"返贫监测", Category::Monitored },
    { u"防止返贫监测户", Category::Monitored },
    { u"其他困难人员", Category::OtherHardship },
    { u"其他困难", Category::OtherHardship },
    { u"其他困难群众", Category::OtherHardship },
};

void setOk(bool *ok, bool value)
{
    if (ok)
        *ok = value;
}

} // namespace

QString CategoryNames::code(Category c)
{
    return kCategories.code(c);
}

Category CategoryNames::fromCode(const QString &code, bool *ok)
{
    return kCategories.fromCode(code, ok);
}

Category CategoryNames::fromText(const QString &text, bool *ok)
{
    QString t = text.trimmed();
    t.remove(QChar(0x3000));
    if (t.isEmpty()) {
        setOk(ok, true);
        return Category::None;
    }
    bool codeOk = false;
    const Category byCode = fromCode(t, &codeOk);
    if (codeOk) {
        setOk(ok, true);
        return byCode;
    }
    for (const EnumEntry<Category> &e : kCategories.entries()) {
        if (t.compare(QLatin1String(e.label), Qt::CaseInsensitive) == 0) {
            setOk(ok, true);
            return e.value;
        }
    }
    for (const Alias &a : kAliases) {
        if (t == QStringView(a.text)) {
            setOk(ok, true);
            return a.category;
        }
    }
    setOk(ok, false);
    return Category::None;
}

QString CategoryNames::chinese(Category c)
{
    return kCategories.chinese(c);
}

QString CategoryNames::english(Category c)
{
    return kCategories.english(c);
}

QString CategoryNames::display(Category c)
{
    return kCategories.label(c);
}

QList<Category> CategoryNames::all()
{
    return kCategories.values();
}

int CategoryNames::validityMonths(Category c)
{
    return c == Category::Expenditure ? 12 : 0;
}

QDate CategoryNames::lapsesOn(Category c, const QDate &foundOn)
{
    const int months = validityMonths(c);
    return months > 0 && foundOn.isValid() ? foundOn.addMonths(months) : QDate();
}

QDate CategoryNames::renewalDueFrom(Category c, const QDate &foundOn)
{
    const QDate lapses = lapsesOn(c, foundOn);
    return lapses.isValid() ? lapses.addMonths(-1) : QDate();
}

QString areaTypeCode(AreaType t)
{
    return kAreas.code(t);
}

AreaType areaTypeFromCode(const QString &code, bool *ok)
{
    if (auto byCode = kAreas.find(code)) {
        setOk(ok, true);
        return *byCode;
    }
    if (code.trimmed() == QStringView(u"城镇")) {
        setOk(ok, true);
        return AreaType::Urban;
    }
    const std::optional<AreaType> byName = kAreas.findChinese(code);
    setOk(ok, byName.has_value());
    return byName.value_or(AreaType::Urban);
}

} // namespace sn
