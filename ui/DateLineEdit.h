#pragma once

#include <QDate>
#include <QLineEdit>

namespace sn {

// A date typed as one field, with no sections to Tab through: "19800101", "1980-1-1" and "1980年1月1日" are
// all read (sn::parseTypedDate). When the clerk leaves the field the text is shown in the UI's date format;
// a text that is no date stays as typed, in red, and date() is invalid.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    QDate date() const; // invalid when empty or not a date
    void setDate(const QDate &date);
    bool isEmptyOrValid() const; // false when something was typed that is no date

signals:
    void dateChanged(const QDate &date);

private:
    void textTyped();
    void tidy();

    QDate m_date;
};

} // namespace sn
