#pragma once

#include "Document.h"

#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <optional>

namespace sn::doc {

enum class CardLayout {
    A5, // one card on an A5 sheet (portrait)
    A4x2, // two landscape cards on an A4 sheet, one above the other
    A4x4, // four portrait cards on an A4 sheet, two by two
};

QString cardLayoutCode(CardLayout layout); // a5, a4x2, a4x4
std::optional<CardLayout> cardLayoutFromCode(const QString &code);

// What a public-notice card (民政兜底保障对象公示卡, annex 2) shows, and nothing more. The card is posted in the
// village, so by construction there is no field here for an ID number, an address, income, assets, diagnoses,
// disability or minors (domain.md; PIPL art. 28).
struct PublicCard
{
    QString householdId; // not printed: for the print log
    QString townshipCode; // not printed: for the print log
    QString cardNumber; // 编号, stable per household (CardService::cardNumber)
    QString title; // setting card/title
    QString headName; // 户主姓名
    QString category; // 保障类别, official Chinese name
    int persons = 0; // 保障人数: counted members
    Fen monthlyAmount = 0; // 月保障金额
    QDate startDate; // 享受起始时间
    QString districtName;
    QString townshipName;
    QString villageName; // 所在村（社区）
    QString officialName; // 包保责任人
    QString officialPhone;
    QString hotline; // 监督举报电话
    QDate printDate;
};

// A batch of cards in one layout: one page per 1, 2 or 4 cards.
class CardSheet : public Document
{
public:
    CardSheet(QList<PublicCard> cards, CardLayout layout);

    static int cardsPerPage(CardLayout layout);
    static QPageLayout pageLayoutFor(CardLayout layout);

    QPageLayout pageLayout() const override { return pageLayoutFor(m_layout); }
    int pageCount() const override;
    QString title() const override;
    QMarginsF inkMargins() const override;

    CardLayout layout() const { return m_layout; }
    const QList<PublicCard> &cards() const { return m_cards; }
    // The box of slot i (0..cardsPerPage-1) on a sheet, in units: everything of that card is painted inside.
    QRectF cardRect(int slot) const;

    // Paint one card into `box` (units): border, title, table, footer. Text wraps inside its cells; fonts
    // shrink when a card's text is long; eliding is the last resort. Returns false when text had to be cut.
    static bool paintCard(QPainter &painter, const PublicCard &card, const QRectF &box);

protected:
    void paint(QPainter &painter, int page) const override;

private:
    QList<PublicCard> m_cards;
    CardLayout m_layout;
};

} // namespace sn::doc
