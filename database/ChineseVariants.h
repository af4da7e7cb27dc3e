#pragma once

#include <QString>

namespace sn {

// Traditional and variant characters folded to their simplified forms with OpenCC's t2s conversion
// (Debian libopencc1.1; its TSCharacters table): old records and department tables write 黃志強 or 陳 where
// the registry has 黄志强 and 陈. Search folds both what it indexes and what a clerk types, character by
// character, so the folded text keeps the positions of the original.
class ChineseVariants
{
public:
    // "黃志強" -> "黄志强"; text without such characters comes back unchanged.
    static QString simplified(const QString &text);
    // The simplified form of one character (itself when it has none).
    static QChar simplified(QChar c);
    // False when OpenCC's data could not be opened: search then matches characters only as written.
    static bool available();
};

} // namespace sn
