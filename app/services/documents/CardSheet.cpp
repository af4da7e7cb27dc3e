#include "CardSheet.h"

#include "TextBlock.h"

#include "domain/EnumTable.h"

#include <QPainter>
#include <algorithm>
#include <memory>

namespace sn::doc {

namespace {

constexpr EnumEntry<CardLayout> kLayoutEntries[] = {
    { CardLayout::A5, "a5" },
    { CardLayout::A4x2, "a4x2" },
    { CardLayout::A4x4, "a4x4" },
};
constexpr EnumTable<CardLayout> kLayouts("sn::doc::CardSheet", kLayoutEntries);

} // namespace

QString cardLayoutCode(CardLayout layout)
{
    return kLayouts.code(layout);
}

std::optional<CardLayout> cardLayoutFromCode(const QString &code)
{
    return kLayouts.find(code);
}

CardSheet::CardSheet(QList<PublicCard> cards, CardLayout layout)
    : m_cards(std::move(cards))
    , m_layout(layout)
{
}

int CardSheet::cardsPerPage(CardLayout layout)
{
    switch (layout) {
    case CardLayout::A5:
        return 1;
    case CardLayout::A4x2:
        return 2;
    case CardLayout::A4x4:
        return 4;
    }
    return 1;
}

QPageLayout CardSheet::pageLayoutFor(CardLayout layout)
{
    return QPageLayout(
        QPageSize(layout == CardLayout::A5 ? QPageSize::A5 : QPageSize::A4), QPageLayout::Portrait, QMarginsF());
}

int CardSheet::pageCount() const
{
    const int per = cardsPerPage(m_layout);
    return int((m_cards.size() + per - 1) / per);
}

QString CardSheet::title() const
{
    return m_cards.isEmpty() ? QStringLiteral("民政兜底保障对象公示卡") : m_cards.first().title;
}

QMarginsF CardSheet::inkMargins() const
{
    // The sheet's edge to the nearest card border (cardRect): the cards of a sheet all lie inside it.
    const QSizeF page = pageSize();
    const QRectF first = cardRect(0);
    const QRectF last = cardRect(cardsPerPage(m_layout) - 1);
    return QMarginsF(first.left(), first.top(), page.width() - last.right(), page.height() - last.bottom())
        / UnitsPerMm;
}

QRectF CardSheet::cardRect(int slot) const
{
    const QSizeF page = pageSize();
    switch (m_layout) {
    case CardLayout::A5:
        return QRectF(QPointF(0, 0), page).adjusted(mm(10), mm(10), -mm(10), -mm(10));
    case CardLayout::A4x2: {
        const qreal h = page.height() / 2;
        return QRectF(0, h * (slot % 2), page.width(), h).adjusted(mm(9), mm(9), -mm(9), -mm(9));
    }
    case CardLayout::A4x4: {
        const qreal w = page.width() / 2;
        const qreal h = page.height() / 2;
        return QRectF(w * (slot % 2), h * ((slot / 2) % 2), w, h).adjusted(mm(6), mm(7), -mm(6), -mm(7));
    }
    }
    return {};
}

void CardSheet::paint(QPainter &painter, int page) const
{
    const int per = cardsPerPage(m_layout);
    for (int slot = 0; slot < per; ++slot) {
        const int index = page * per + slot;
        if (index >= m_cards.size())
            break;
        paintCard(painter, m_cards.at(index), cardRect(slot));
    }
}

namespace {

const QColor LabelFill(0xf0, 0xf0, 0xf0);

QString chineseDate(const QDate &d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

struct Cell
{
    std::unique_ptr<TextBlock> text;
    qreal x = 0;
    qreal width = 0;
    bool label = false;
};

struct Row
{
    std::vector<Cell> cells;
    qreal height = 0;
};

// Everything of one card laid out at one font scale; heights measured, nothing drawn yet.
struct CardPlan
{
    std::unique_ptr<TextBlock> title;
    std::unique_ptr<TextBlock> region;
    std::unique_ptr<TextBlock> number;
    bool stackMeta = false;
    std::vector<Row> rows;
    std::unique_ptr<TextBlock> notice;
    std::unique_ptr<TextBlock> footer;
    qreal pad = 0;
    qreal gap = 0;

    qreal metaHeight() const
    {
        return stackMeta ? region->height() + number->height() : qMax(region->height(), number->height());
    }
    qreal tableHeight() const
    {
        qreal h = 0;
        for (const Row &r : rows)
            h += r.height;
        return h;
    }
    qreal height() const
    {
        return title->height() + gap + metaHeight() + gap * 0.6 + tableHeight() + gap + notice->height() + gap * 0.6
            + footer->height();
    }
};

CardPlan planCard(const PublicCard &card, qreal width, qreal scale, bool wide, int maxValueLines)
{
    CardPlan plan;
    plan.pad = mm(1.8) * scale;
    plan.gap = mm(3.2) * scale;
    plan.title = std::make_unique<TextBlock>(card.title, font(Face::Title, 22 * scale), width, Qt::AlignHCenter, 1.05);
    const QFont meta = font(Face::Sans, 10 * scale);
    const QString regionText = (card.districtName + QLatin1Char(' ') + card.townshipName).trimmed();
    const QString numberText = QStringLiteral("编号：") + card.cardNumber;
    plan.region = std::make_unique<TextBlock>(regionText, meta, width, Qt::AlignLeft);
    plan.number = std::make_unique<TextBlock>(numberText, meta, width, Qt::AlignRight);
    plan.stackMeta = plan.region->naturalWidth() + plan.number->naturalWidth() + mm(4) * scale > width;
    if (plan.stackMeta) {
        plan.region = std::make_unique<TextBlock>(regionText, meta, width, Qt::AlignHCenter);
        plan.number = std::make_unique<TextBlock>(numberText, meta, width, Qt::AlignHCenter);
    }

    // No monthly payment (e.g. 低保边缘 under monitoring): a dash, not "0.00 元".
    const QString amount = card.monthlyAmount > 0
        ? money::toGroupedYuanString(card.monthlyAmount) + QStringLiteral(" 元")
        : QStringLiteral("—");
    const QList<QPair<QString, QString>> fields = {
        { QStringLiteral("户主姓名"), card.headName },
        { QStringLiteral("保障类别"), card.category },
        { QStringLiteral("保障人数"), QStringLiteral("%1 人").arg(card.persons) },
        { QStringLiteral("月保障金额"), amount },
        { QStringLiteral("享受起始时间"), chineseDate(card.startDate) },
        { QStringLiteral("所在村（社区）"), card.villageName.isEmpty() ? card.townshipName : card.villageName },
        { QStringLiteral("包保责任人"), card.officialName },
        { QStringLiteral("联系电话"), card.officialPhone },
        { QStringLiteral("监督举报电话"), card.hotline },
    };
    const QFont labelFont = font(Face::SansBold, 12 * scale);
    const QFont valueFont = font(Face::Sans, 13 * scale);
    // Column weights: label, value (, label, value).
    const QList<qreal> weights = wide ? QList<qreal> { 1.3, 1.7, 1.3, 1.7 } : QList<qreal> { 1.15, 1.85 };
    qreal total = 0;
    for (qreal w : weights)
        total += w;
    const int perRow = wide ? 2 : 1;
    const qreal minRow = TextBlock::lineHeight(valueFont, 1.0) + 2 * plan.pad;
    for (int i = 0; i < fields.size(); i += perRow) {
        Row row;
        qreal x = 0;
        const bool last = i + perRow >= fields.size();
        for (int k = 0; k < perRow && i + k < fields.size(); ++k) {
            const auto &[label, value] = fields.at(i + k);
            const qreal lw = width * weights.at(2 * k) / total;
            qreal vw = width * weights.at(2 * k + 1) / total;
            if (last && i + k == fields.size() - 1) // the last field spans the rest of the row
                vw = width - x - lw;
            Cell l { std::make_unique<TextBlock>(label, labelFont, lw - 2 * plan.pad, Qt::AlignHCenter, 1.05), x, lw,
                true };
            Cell v { std::make_unique<TextBlock>(value, valueFont, vw - 2 * plan.pad, Qt::AlignHCenter, 1.05), x + lw,
                vw, false };
            if (maxValueLines > 0 && v.text->lineCount() > maxValueLines)
                v.text->elideTo(v.text->lineBottom(maxValueLines - 1));
            if (maxValueLines > 0 && l.text->lineCount() > maxValueLines)
                l.text->elideTo(l.text->lineBottom(maxValueLines - 1));
            row.height
                = std::max({ row.height, l.text->height() + 2 * plan.pad, v.text->height() + 2 * plan.pad, minRow });
            x += lw + vw;
            row.cells.push_back(std::move(l));
            row.cells.push_back(std::move(v));
        }
        plan.rows.push_back(std::move(row));
    }
    const QString notice = QStringLiteral("本卡在保障期间张贴公示，接受群众监督。对公示内容有异议的，"
                                          "请拨打监督举报电话或向所在乡镇（街道）反映。");
    plan.notice = std::make_unique<TextBlock>(notice, font(Face::Serif, 9.5 * scale), width, Qt::AlignLeft, 1.2);
    const QString footer = (card.districtName + card.townshipName).trimmed() + QStringLiteral("（盖章）\n打印日期：")
        + chineseDate(card.printDate);
    plan.footer = std::make_unique<TextBlock>(footer, font(Face::Serif, 10 * scale), width, Qt::AlignRight, 1.2);
    return plan;
}

} // namespace

bool CardSheet::paintCard(QPainter &painter, const PublicCard &card, const QRectF &box)
{
    painter.save();
    painter.setClipRect(box); // a guarantee: nothing of a card is ever painted outside its box

    // Double border, the outer one heavy; strokes inside the box.
    const qreal outer = pt(1.6);
    const qreal inner = pt(0.5);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, outer, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.drawRect(box.adjusted(outer / 2, outer / 2, -outer / 2, -outer / 2));
    const QRectF innerBox = box.adjusted(mm(1.6), mm(1.6), -mm(1.6), -mm(1.6));
    painter.setPen(QPen(Qt::black, inner));
    painter.drawRect(innerBox);

    const bool wide = box.width() > box.height();
    const qreal margin = qMin(box.width(), box.height()) * 0.045;
    const QRectF area = innerBox.adjusted(margin, margin, -margin, -margin);
    const qreal reference = wide ? mm(170) : mm(116);
    const qreal k0 = qBound<qreal>(0.5, area.width() / reference, 1.4);

    // Shrink the fonts until the card fits; then, as a last resort, cut long values to two lines.
    qreal k = k0;
    CardPlan plan = planCard(card, area.width(), k, wide, 0);
    bool cut = false;
    while (plan.height() > area.height() && k > k0 * 0.55) {
        k *= 0.92;
        plan = planCard(card, area.width(), k, wide, 0);
    }
    if (plan.height() > area.height()) {
        plan = planCard(card, area.width(), k, wide, 2);
        cut = true;
    }

    // Share the spare height: rows grow (airier table), the rest goes to the gaps.
    qreal spare = area.height() - plan.height();
    if (spare > 0 && !plan.rows.empty()) {
        const qreal perRow = qMin(spare * 0.55 / qreal(plan.rows.size()), plan.rows.front().height * 0.8);
        for (Row &r : plan.rows)
            r.height += perRow;
        spare -= perRow * qreal(plan.rows.size());
    }
    const qreal extraGap = qMax<qreal>(0, spare) / 4;

    qreal y = area.top();
    painter.setPen(Qt::black);
    plan.title->draw(painter, QPointF(area.left(), y));
    y += plan.title->height() + plan.gap + extraGap;
    if (plan.stackMeta) {
        plan.region->draw(painter, QPointF(area.left(), y));
        plan.number->draw(painter, QPointF(area.left(), y + plan.region->height()));
    } else {
        plan.region->draw(painter, QPointF(area.left(), y));
        plan.number->draw(painter, QPointF(area.left(), y));
    }
    y += plan.metaHeight() + plan.gap * 0.6;

    const QPen grid(Qt::black, pt(0.7));
    const qreal tableTop = y;
    for (const Row &row : plan.rows) {
        for (const Cell &c : row.cells) {
            const QRectF cell(area.left() + c.x, y, c.width, row.height);
            if (c.label)
                painter.fillRect(cell, LabelFill);
            painter.setPen(grid);
            painter.drawRect(cell);
            painter.setPen(Qt::black);
            c.text->draw(painter, QPointF(cell.left() + plan.pad, y + (row.height - c.text->height()) / 2));
        }
        y += row.height;
    }
    painter.setPen(QPen(Qt::black, pt(1.2)));
    painter.drawRect(QRectF(area.left(), tableTop, area.width(), y - tableTop));

    y += plan.gap + extraGap;
    painter.setPen(Qt::black);
    plan.notice->draw(painter, QPointF(area.left(), y));
    // The issuer and date sit at the bottom of the card.
    plan.footer->draw(painter,
        QPointF(area.left(), qMax(y + plan.notice->height() + plan.gap * 0.6, area.bottom() - plan.footer->height())));
    painter.restore();
    return !cut;
}

} // namespace sn::doc
