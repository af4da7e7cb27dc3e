#include "LanguageSettingsPage.h"

#include "services/Translations.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sn {

LanguageSettingsPage::LanguageSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("languageSettings"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    // Each language is named in itself, so a user who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("简体中文 (Chinese)"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::preferredLanguage())));
    m_language->setToolTip(tr("The language of SafetyNet's windows on this computer. Cards and official documents "
                              "always use the official Chinese wording."));
    auto *form = new QFormLayout;
    form->addRow(tr("Lan&guage:"), m_language);
    auto *note = new QLabel(tr("A new language takes effect the next time SafetyNet starts."), this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
}

bool LanguageSettingsPage::apply()
{
    const QString chosen = m_language->currentData().toString();
    if (chosen == Translations::preferredLanguage())
        return false;
    Translations::setPreferredLanguage(chosen);
    return true;
}

} // namespace sn
