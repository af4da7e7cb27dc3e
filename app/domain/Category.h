#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sn {

// Assistance categories of the plan (domain.md). Codes are stored in the database and never change.
enum class Category {
    None, // "none"
    Tekun, // "tekun"   特困供养
    Dibao, // "dibao"   低保
    DibaoEdge, // "edge"    低保边缘
    Expenditure, // "expense" 支出型贫困 / 刚性支出困难
    // The 2023 low-income population monitoring (民发〔2023〕39号) adds these beside the four above (schema 30).
    Monitored, // "monitored" 防止返贫监测对象 (identified by the rural revitalisation side, monitored here)
    OtherHardship, // "other" 其他困难人员
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
    static QList<Category> noticeCardCategories() { return { Category::Tekun, Category::Dibao }; }
    static bool getsNoticeCard(Category c) { return noticeCardCategories().contains(c); }

    // Validity of a finding (domain.md, 2023 monitoring): a 刚性支出困难 finding lapses 12 months after it was
    // found or last renewed unless renewed again; the other categories have no fixed period (they end by a
    // review's change or an exit). A lapsed finding leaves the household in the registry with no category
    // (none): it is no longer monitored as 刚性支出困难 until a new finding.
    static int validityMonths(Category c);
    // The first day the finding no longer holds; invalid when it does not lapse or `foundOn` is unknown.
    static QDate lapsesOn(Category c, const QDate &foundOn);
    // Due for renewal from one month before it lapses (the workbench, `check`, the review calendar).
    static QDate renewalDueFrom(Category c, const QDate &foundOn);
};

enum class AreaType { Urban, Rural };
QString areaTypeCode(AreaType t); // "urban" / "rural"
AreaType areaTypeFromCode(const QString &code, bool *ok = nullptr);

} // namespace sn
