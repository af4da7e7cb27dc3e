#include "DateInput.h"

#include <QRegularExpression>

namespace sn {

QDate parseTypedDate(const QString &text)
{
    QString t;
    t.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width digits from a Chinese input method
            t.append(QChar(u'0' + (c.unicode() - 0xFF10)));
        else if (!c.isSpace())
            t.append(c);
    }
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})[-/.．／－年](\\d{1,2})[-/.．／－月](\\d{1,2})日?$"));
    QRegularExpressionMatch m = compact.match(t);
    if (!m.hasMatch())
        m = separated.match(t);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

} // namespace sn
