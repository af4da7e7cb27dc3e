#include "Pinyin.h"

#include <QHash>
#include <QMutex>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace sn {

namespace {

class Transliterator
{
public:
    Transliterator()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_translit.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_translit.reset();
    }

    QString syllable(char16_t ch)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(ch);
        if (it != m_cache.constEnd())
            return *it;
        QString result;
        if (m_translit) {
            icu::UnicodeString s(static_cast<UChar>(ch));
            m_translit->transliterate(s);
            std::string utf8;
            s.toUTF8String(utf8);
            result = QString::fromStdString(utf8).trimmed();
            result.remove(QLatin1Char(' '));
        }
        m_cache.insert(ch, result);
        return result;
    }

private:
    QMutex m_mutex;
    std::unique_ptr<icu::Transliterator> m_translit;
    QHash<char16_t, QString> m_cache;
};

Transliterator &translit()
{
    static Transliterator instance;
    return instance;
}

bool isHan(char16_t ch)
{
    return (ch >= 0x4E00 && ch <= 0x9FFF) || (ch >= 0x3400 && ch <= 0x4DBF) || (ch >= 0xF900 && ch <= 0xFAFF);
}

} // namespace

QStringList Pinyin::syllables(const QString &text)
{
    QStringList out;
    QString latin;
    for (const QChar c : text) {
        const char16_t ch = c.unicode();
        if (isHan(ch)) {
            if (!latin.isEmpty()) {
                out.append(latin);
                latin.clear();
            }
            const QString s = translit().syllable(ch);
            if (!s.isEmpty())
                out.append(s);
        } else if (c.isLetterOrNumber()) {
            latin.append(c.toLower());
        } else if (!latin.isEmpty()) {
            out.append(latin);
            latin.clear();
        }
    }
    if (!latin.isEmpty())
        out.append(latin);
    return out;
}

QString Pinyin::full(const QString &text)
{
    return syllables(text).join(QString());
}

QString Pinyin::initials(const QString &text)
{
    QString out;
    for (const QString &s : syllables(text))
        out.append(s.at(0));
    return out;
}

} // namespace sn
