#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sn {

// Pinyin keys for searching Chinese names with a Latin keyboard. The readings come from the Unicode Han
// Database (database/readings/han_readings.txt, made by make_han_readings.py beside it) and the surname
// table (database/readings/surnames.txt): a character may have several readings (重 zhong or chong), and
// the first character(s) of a name are read as a surname (单 shan, 尉迟 yuchi). Both tables are resources
// read once; after that a reading costs a hash look-up.
class Pinyin
{
public:
    // At most this many readings of one name go into the index: a name of polyphonic characters only would
    // otherwise multiply out (three characters of three readings each: 27).
    static constexpr int MaxNameReadings = 16;

    // Every reading of one Han character, toneless, the customary one first; empty for other characters.
    static QStringList readings(QChar c);
    // The readings a surname (one or two characters) is said with; empty when the table does not list it.
    static QStringList surnameReadings(const QString &surname);

    // Customary syllables, one per Han character; runs of other letters and digits pass through lower-cased:
    // "张三" -> {"zhang", "san"}.
    static QStringList syllables(const QString &text);
    // "zhangsan"
    static QString full(const QString &text);
    // "zs"
    static QString initials(const QString &text);

    // Where one reading of a name departs from the customary reading of its characters, and why.
    struct Note
    {
        QString hanzi; // "单" or "尉迟"
        QString reading; // "shan" or "yuchi"
        bool surname = false; // read as a surname (surnames.txt), not as another reading of the character
        int position = 0; // index of its first syllable in NameReading::syllables
    };
    struct NameReading
    {
        QStringList syllables; // one per Han character, a Latin run as one
        QList<Note> notes;
        QString full() const { return syllables.join(QString()); }
        QString initials() const;
    };
    // The ways a person's name is said: its first character(s) as a surname where the table lists them (a
    // compound surname and, after it, the single surname of its first character), every standard reading of
    // each other character; the customary reading first, then those departing from it in fewer places.
    static QList<NameReading> nameReadings(const QString &name, int limit = MaxNameReadings);

    static bool isHan(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
    }
};

} // namespace sn
