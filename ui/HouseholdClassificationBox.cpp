#include "HouseholdClassificationBox.h"

#include "services/ClassificationText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn {

HouseholdClassificationBox::HouseholdClassificationBox(QWidget *parent)
    : QGroupBox(tr("Classification"), parent)
    , m_suggestion(new QLabel(this))
    , m_explanation(new QPlainTextEdit(this))
    , m_accept(new QPushButton(tr("A&ccept classification"), this))
    , m_category(new QComboBox(this))
    , m_reasonLabel(new QLabel(tr("&Why overridden"), this))
    , m_reason(new QLineEdit(this))
{
    m_suggestion->setObjectName(QStringLiteral("classifiedCategory"));
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_accept->setObjectName(QStringLiteral("acceptClassification"));
    m_category->setObjectName(QStringLiteral("category"));
    m_reason->setObjectName(QStringLiteral("overrideReason"));

    QFont bold = m_suggestion->font();
    bold.setBold(true);
    m_suggestion->setFont(bold);
    m_suggestion->setTextFormat(Qt::PlainText);
    m_suggestion->setWordWrap(true);
    m_suggestion->setAccessibleName(tr("Classified category"));
    m_explanation->setReadOnly(true);
    m_explanation->setTabChangesFocus(true);
    m_explanation->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_explanation->setAccessibleName(tr("How the rules classify the household"));
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 7);
    m_accept->setToolTip(tr("Record the classified category as the household's category"));

    for (Category c : CategoryNames::all())
        m_category->addItem(CategoryNames::display(c), CategoryNames::code(c));
    m_category->setAccessibleName(tr("Category"));
    m_category->setToolTip(tr("The category recorded for the household. Choosing other than the classification "
                              "needs a written reason, which is audited."));
    m_reason->setAccessibleName(tr("Reason for override"));
    m_reason->setToolTip(tr("Required when the category differs from the classification: why the household is "
                            "recorded differently (evidence, decision of the township). It is audited."));
    m_reasonLabel->setBuddy(m_reason);

    auto *categoryLabel = new QLabel(tr("Categor&y"), this);
    categoryLabel->setBuddy(m_category);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(categoryLabel, m_category);
    form->addRow(m_reasonLabel, m_reason);

    auto *suggestionRow = new QHBoxLayout;
    suggestionRow->addWidget(m_suggestion, 1);
    suggestionRow->addWidget(m_accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(suggestionRow);
    layout->addWidget(m_explanation, 1);
    layout->addLayout(form);

    setTabOrder(m_accept, m_category);
    setTabOrder(m_category, m_reason);
    setTabOrder(m_reason, m_explanation);

    connect(m_accept, &QPushButton::clicked, this, &HouseholdClassificationBox::accept);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        updateOverride();
        if (!m_loading) {
            m_following = false;
            emit changed();
        }
    });
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    m_reason->setMaxLength(HouseholdLimits::Reason);
    setResult({});
    updateOverride();
}

Category HouseholdClassificationBox::chosen() const
{
    return CategoryNames::fromCode(m_category->currentData().toString());
}

void HouseholdClassificationBox::setResult(const ClassificationResult &result)
{
    m_result = result;
    // No steps: nothing to judge yet (no member with a valid ID number), so no verdict either.
    m_hasResult = !result.steps.isEmpty();
    m_suggestion->setText(m_hasResult ? tr("Rules give: %1").arg(CategoryNames::display(result.category))
                                      : tr("Rules give: nothing yet; enter the members with their ID numbers"));
    const QString text = ClassificationText::explanation(result);
    if (m_explanation->toPlainText() != text)
        m_explanation->setPlainText(text);
    if (m_following) {
        const bool wasLoading = m_loading;
        m_loading = true;
        m_category->setCurrentIndex(m_category->findData(CategoryNames::code(result.category)));
        m_loading = wasLoading;
    }
    updateOverride();
}

void HouseholdClassificationBox::accept()
{
    if (!m_hasResult || m_readOnly)
        return;
    m_category->setCurrentIndex(m_category->findData(CategoryNames::code(m_result.category)));
    m_category->setFocus(Qt::OtherFocusReason);
}

void HouseholdClassificationBox::updateOverride()
{
    const bool overriding = m_hasResult && chosen() != m_result.category;
    m_reason->setEnabled(!m_readOnly && overriding);
    m_reasonLabel->setEnabled(overriding);
    m_reasonLabel->setText(overriding ? tr("&Why overridden (required)") : tr("&Why overridden"));
    m_accept->setEnabled(!m_readOnly && overriding);
}

void HouseholdClassificationBox::load(const Household &h)
{
    m_loading = true;
    m_category->setCurrentIndex(std::max(m_category->findData(CategoryNames::code(h.category)), 0));
    m_reason->setText(h.categoryOverrideReason);
    m_loading = false;
    updateOverride();
}

void HouseholdClassificationBox::apply(Household &h) const
{
    h.category = chosen();
    // Kept even when not overriding: validate() drops it when the category matches the classification.
    h.categoryOverrideReason = m_reason->text().trimmed();
}

void HouseholdClassificationBox::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_category->setEnabled(!readOnly);
    m_reason->setReadOnly(readOnly);
    updateOverride();
}

bool HouseholdClassificationBox::focusField(const QString &field)
{
    if (field == QLatin1String("category")) {
        (m_reason->isEnabled() ? static_cast<QWidget *>(m_reason) : m_category)->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (field == QLatin1String("categoryOverrideReason")) {
        m_reason->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

QWidget *HouseholdClassificationBox::firstField() const
{
    return m_accept;
}

QWidget *HouseholdClassificationBox::lastField() const
{
    return m_explanation;
}

} // namespace sn
