#include "ChineseVariants.h"

#include "Pinyin.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

#include <opencc.h>

namespace sn {

namespace {

Q_LOGGING_CATEGORY(lcVariants, "sn.search.variants")

// One OpenCC converter for the process; each character is asked once, then answered from the cache (names
// and addresses draw on a few thousand characters).
class Converter
{
public:
    Converter()
        : m_handle(opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP))
    {
        if (!ok())
            qCWarning(lcVariants) << "OpenCC t2s.json not available:" << opencc_error();
    }
    ~Converter()
    {
        if (ok())
            opencc_close(m_handle);
    }
    Converter(const Converter &) = delete;
    Converter &operator=(const Converter &) = delete;

    bool ok() const { return m_handle != reinterpret_cast<opencc_t>(-1) && m_handle != nullptr; }

    QChar simplified(QChar c)
    {
        if (!Pinyin::isHan(c) || !ok())
            return c;
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(c.unicode());
        if (it != m_cache.constEnd())
            return *it;
        const QByteArray in = QString(c).toUtf8();
        QChar out = c;
        if (char *converted = opencc_convert_utf8(m_handle, in.constData(), size_t(in.size()))) {
            const QString s = QString::fromUtf8(converted);
            opencc_convert_utf8_free(converted);
            if (s.size() == 1 && Pinyin::isHan(s.at(0)))
                out = s.at(0);
        }
        m_cache.insert(c.unicode(), out);
        return out;
    }

private:
    opencc_t m_handle;
    QMutex m_mutex;
    QHash<char16_t, QChar> m_cache;
};

Converter &converter()
{
    static Converter instance;
    return instance;
}

} // namespace

QChar ChineseVariants::simplified(QChar c)
{
    return converter().simplified(c);
}

QString ChineseVariants::simplified(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        c = converter().simplified(c);
    return out;
}

bool ChineseVariants::available()
{
    return converter().ok();
}

} // namespace sn
