#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace sn {

// Money is integer fen (分) everywhere; formatting and parsing happen only at the edges.
using Fen = qint64;

namespace money {
// "812.50" (always two decimals, no grouping, minus sign for negatives).
QString toYuanString(Fen fen);
// Locale-neutral grouped form for documents: "1,234.50".
QString toGroupedYuanString(Fen fen);
// Accepts "812.5", "812.50元", "¥1,234.50", " 735 ", full-width digits; rejects more than two decimals.
std::optional<Fen> parseYuan(const QString &text);
} // namespace money

} // namespace sn
