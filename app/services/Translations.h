#pragma once

#include <QString>

namespace sn {

// Loads SafetyNet's own translation and Qt's (so standard dialogs and the print dialog speak it too).
class Translations
{
public:
    // "zh_CN" or "en": the saved choice, else Chinese on a Chinese system, else English.
    static QString preferredLanguage();
    static void setPreferredLanguage(const QString &language);
    // Installs translators on the running application; returns false if SafetyNet's file was missing.
    static bool install(const QString &language);
    static QStringList available(); // {"zh_CN", "en"}
};

} // namespace sn
