#include "DateLineEdit.h"

#include "domain/DateInput.h"
#include "domain/Format.h"

#include <QLocale>

namespace sn {

namespace {

// Shown in a form the way it can be typed again: 2024年3月1日 in Chinese, 2024-03-01 otherwise.
QString shown(const QDate &date)
{
    return QLocale().language() == QLocale::Chinese ? format::date(date) : date.toString(Qt::ISODate);
}

} // namespace

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setMaxLength(20);
    setPlaceholderText(tr("e.g. 20240301"));
    setToolTip(tr("Type the date in one go: 20240301, 2024-3-1 or 2024年3月1日"));
    connect(this, &QLineEdit::textChanged, this, &DateLineEdit::textTyped);
    connect(this, &QLineEdit::editingFinished, this, &DateLineEdit::tidy);
}

QDate DateLineEdit::date() const
{
    return m_date;
}

void DateLineEdit::setDate(const QDate &date)
{
    setText(date.isValid() ? shown(date) : QString());
}

bool DateLineEdit::isEmptyOrValid() const
{
    return text().trimmed().isEmpty() || m_date.isValid();
}

void DateLineEdit::textTyped()
{
    const QDate parsed = parseTypedDate(text());
    if (text().trimmed().isEmpty() || parsed.isValid())
        setStyleSheet(QString()); // red only once the clerk has left a field that holds no date
    if (parsed == m_date)
        return;
    m_date = parsed;
    emit dateChanged(m_date);
}

void DateLineEdit::tidy()
{
    if (m_date.isValid() && text() != shown(m_date))
        setText(shown(m_date));
    if (!isEmptyOrValid())
        setStyleSheet(QStringLiteral("color: #b00020;"));
}

} // namespace sn
