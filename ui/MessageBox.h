#pragma once

#include <QMessageBox>

namespace sn {

// QMessageBox with a seam for tests: setNextAnswer() makes the next question return at once without
// showing a modal box (KeePassXC does the same in src/gui/MessageBox.h).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: no box is ever shown; warnings only record their text, questions return the next answer
    // (or their default button).
    static void setTestMode(bool on);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box shown or answered through the seam (for assertions).
    static QString lastText();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
    static bool s_testMode;
};

} // namespace sn
