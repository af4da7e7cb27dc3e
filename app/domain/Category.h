#pragma once

#include <QCoreApplication>
#include <QString>

namespace sn {

// Assistance categories of the plan (domain.md). Codes are stored in the database and never change.
enum class Category {
    None,        // "none"
    Tekun,       // "tekun"   特困供养
    Dibao,       // "dibao"   低保
    DibaoEdge,   // "edge"    低保边缘
    Expenditure, // "expense" 支出型贫困
};

class CategoryNames
{
    Q_DECLARE_TR_FUNCTIONS(sn::CategoryNames)
public:
    static QString code(Category c);
    static Category fromCode(const QString &code, bool *ok = nullptr);
    // Accepts codes, Chinese names and common spreadsheet spellings ("低保户", "特困人员", "边缘").
    static Category fromText(const QString &text, bool *ok = nullptr);
    static QString chinese(Category c); // official wording for documents
    static QString english(Category c);
    static QString display(Category c); // translated UI name
    static QList<Category> all();
    // The public-notice card (民政兜底保障对象公示卡, plan annex 2) is for 兜底保障对象 only: 特困 and 低保.
    // 低保边缘 and 支出型 households are monitored, not paid, and never get one.
    static QList<Category> noticeCardCategories() { return {Category::Tekun, Category::Dibao}; }
    static bool getsNoticeCard(Category c) { return noticeCardCategories().contains(c); }
};

enum class AreaType { Urban, Rural };
QString areaTypeCode(AreaType t);       // "urban" / "rural"
AreaType areaTypeFromCode(const QString &code, bool *ok = nullptr);

} // namespace sn
