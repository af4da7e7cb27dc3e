#pragma once

#include "domain/Classification.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sn {

// What the rules make of the household, with their working, and the category the clerk decides on:
// the classified one ("Accept") or another one with a written reason.
class HouseholdClassificationBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit HouseholdClassificationBox(QWidget *parent = nullptr);

    void setResult(const ClassificationResult &result);
    const ClassificationResult &result() const { return m_result; }
    void load(const Household &household);
    void apply(Household &household) const;
    void setReadOnly(bool readOnly);
    // A new household's category follows the classification until the clerk chooses one.
    void setFollowing(bool following) { m_following = following; }
    bool isFollowing() const { return m_following; }
    // "category": the reason when overriding, else the category.
    bool focusField(const QString &field);

    QWidget *firstField() const;
    QWidget *lastField() const;

signals:
    void changed();

private:
    void accept();
    void updateOverride();
    Category chosen() const;

    ClassificationResult m_result;
    bool m_hasResult = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_following = false;
    QLabel *m_suggestion;
    QPlainTextEdit *m_explanation;
    QPushButton *m_accept;
    QComboBox *m_category;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
};

} // namespace sn
