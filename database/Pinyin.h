#pragma once

#include <QString>
#include <QStringList>

namespace sn {

// Pinyin keys for searching Chinese names with a Latin keyboard, made with ICU's Han-Latin transliterator.
// Readings are cached per character (names draw on a few thousand characters), so indexing 300000 names
// costs hash look-ups, not ICU calls.
class Pinyin
{
public:
    // Syllables without tones, one per Han character; other characters pass through lower-cased:
    // "张三" -> {"zhang", "san"}.
    static QStringList syllables(const QString &text);
    // "zhangsan"
    static QString full(const QString &text);
    // "zs"
    static QString initials(const QString &text);
};

} // namespace sn
