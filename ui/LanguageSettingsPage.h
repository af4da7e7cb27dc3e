#pragma once

#include <QWidget>

class QComboBox;

namespace sn {

// Settings › Language: Chinese or English for this computer's desk. Takes effect at the next start.
class LanguageSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LanguageSettingsPage(QWidget *parent = nullptr);

    // Saves the choice; true when it changed (the desk then says it applies after a restart).
    bool apply();
    QComboBox *languageBox() const { return m_language; }

private:
    QComboBox *m_language;
};

} // namespace sn
