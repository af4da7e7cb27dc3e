#pragma once

#include <QString>

namespace sn {

// Matching addresses as departments spell them against the registry's: "北园村三社十五号院" and
// "北园村 3社15号" are the same home. Pure rules, no data.
class AddressKey
{
public:
    // Full-width to half-width, spaces and punctuation removed, Chinese numerals to Arabic digits,
    // common variants folded (号院 -> 号, 号楼/幢/座 -> 栋, trailing 室 dropped, 组 -> 社), and the leading
    // province/city/district prefix dropped.
    static QString normalize(const QString &address);
    // 0..100: how alike two normalised keys are. 100 equal; 95 when one ends with the other (one of them
    // carries the township or village in front); otherwise character-bigram similarity, capped at 60 when
    // their house numbers differ.
    static int similarity(const QString &a, const QString &b);
    // "十五" -> "15", "二十三" -> "23", "一百零三" -> "103", "三" -> "3" inside a text.
    static QString arabicNumerals(const QString &text);
};

} // namespace sn
