#include "Translations.h"

#include "Config.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sn {

QString Translations::preferredLanguage()
{
    const QString saved = Config::get(Config::Key::Language).toString();
    if (available().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void Translations::setPreferredLanguage(const QString &language)
{
    Config::set(Config::Key::Language, language);
}

QStringList Translations::available()
{
    return { QStringLiteral("zh_CN"), QStringLiteral("en") };
}

bool Translations::install(const QString &language)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : { &ours, &qt }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    // Dates, numbers and money follow the UI language (2026年10月31日, 1,234.50), whatever the system locale.
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                        : QLocale(QLocale::Chinese, QLocale::China));
    if (language == QLatin1String("en"))
        return true; // the source strings are English
    ours = new QTranslator;
    const bool loaded = ours->load(QStringLiteral(":/i18n/safetynet_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator;
    if (qt->load(QStringLiteral("qt_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

} // namespace sn
