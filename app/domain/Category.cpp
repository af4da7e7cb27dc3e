#include "Category.h"

#include <QList>

namespace sn {

namespace {

struct CategoryInfo
{
    Category category;
    const char *code;
    const char16_t *chinese;
    const char *english; // also the translation source for display()
};

constexpr CategoryInfo kCategories[] = {
    {Category::None, "none", u"无", QT_TRANSLATE_NOOP("sn::CategoryNames", "None")},
    {Category::Tekun, "tekun", u"特困供养", QT_TRANSLATE_NOOP("sn::CategoryNames", "Extreme poverty support")},
    {Category::Dibao, "dibao", u"低保", QT_TRANSLATE_NOOP("sn::CategoryNames", "Minimum living guarantee")},
    {Category::DibaoEdge, "edge", u"低保边缘",
     QT_TRANSLATE_NOOP("sn::CategoryNames", "Marginal (near minimum living guarantee)")},
    {Category::Expenditure, "expense", u"支出型贫困",
     QT_TRANSLATE_NOOP("sn::CategoryNames", "Expenditure-type poverty")},
};

const CategoryInfo &info(Category c)
{
    for (const CategoryInfo &i : kCategories) {
        if (i.category == c)
            return i;
    }
    return kCategories[0];
}

// Spreadsheet spellings seen in department tables and old registers.
struct Alias
{
    const char16_t *text;
    Category category;
};

constexpr Alias kAliases[] = {
    {u"无", Category::None},
    {u"空", Category::None},
    {u"否", Category::None},
    {u"特困", Category::Tekun},
    {u"特困人员", Category::Tekun},
    {u"特困供养", Category::Tekun},
    {u"特困供养人员", Category::Tekun},
    {u"特困户", Category::Tekun},
    {u"特困供养户", Category::Tekun},
    {u"五保", Category::Tekun},
    {u"五保户", Category::Tekun},
    {u"低保", Category::Dibao},
    {u"低保户", Category::Dibao},
    {u"低保对象", Category::Dibao},
    {u"最低生活保障", Category::Dibao},
    {u"低保边缘", Category::DibaoEdge},
    {u"低保边缘户", Category::DibaoEdge},
    {u"低保边缘家庭", Category::DibaoEdge},
    {u"边缘", Category::DibaoEdge},
    {u"边缘户", Category::DibaoEdge},
    {u"支出型", Category::Expenditure},
    {u"支出型贫困", Category::Expenditure},
    {u"支出型贫困家庭", Category::Expenditure},
    {u"支出型困难", Category::Expenditure},
    {u"支出型困难家庭", Category::Expenditure},
    {u"刚性支出困难", Category::Expenditure},
    {u"刚性支出困难家庭", Category::Expenditure},
};

void setOk(bool *ok, bool value)
{
    if (ok)
        *ok = value;
}

} // namespace

QString CategoryNames::code(Category c)
{
    return QLatin1String(info(c).code);
}

Category CategoryNames::fromCode(const QString &code, bool *ok)
{
    const QString c = code.trimmed();
    for (const CategoryInfo &i : kCategories) {
        if (c.compare(QLatin1String(i.code), Qt::CaseInsensitive) == 0) {
            setOk(ok, true);
            return i.category;
        }
    }
    setOk(ok, false);
    return Category::None;
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
    for (const CategoryInfo &i : kCategories) {
        if (t.compare(QLatin1String(i.english), Qt::CaseInsensitive) == 0) {
            setOk(ok, true);
            return i.category;
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
    return QStringView(info(c).chinese).toString();
}

QString CategoryNames::english(Category c)
{
    return QLatin1String(info(c).english);
}

QString CategoryNames::display(Category c)
{
    return tr(info(c).english);
}

QList<Category> CategoryNames::all()
{
    QList<Category> list;
    for (const CategoryInfo &i : kCategories)
        list.append(i.category);
    return list;
}

QString areaTypeCode(AreaType t)
{
    return t == AreaType::Rural ? QStringLiteral("rural") : QStringLiteral("urban");
}

AreaType areaTypeFromCode(const QString &code, bool *ok)
{
    const QString c = code.trimmed();
    if (c.compare(QLatin1String("urban"), Qt::CaseInsensitive) == 0 || c == QStringView(u"城市")
        || c == QStringView(u"城镇")) {
        setOk(ok, true);
        return AreaType::Urban;
    }
    if (c.compare(QLatin1String("rural"), Qt::CaseInsensitive) == 0 || c == QStringView(u"农村")) {
        setOk(ok, true);
        return AreaType::Rural;
    }
    setOk(ok, false);
    return AreaType::Urban;
}

} // namespace sn
