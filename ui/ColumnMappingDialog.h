#pragma once

#include "services/spreadsheet/Sheet.h"
#include "services/spreadsheet/TableLocator.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sn {

// "Which column is which?": shown when a spreadsheet's headers do not name a column an import needs (a
// department that heads its ID column 证件号 or puts the headers in row 12). The clerk sees the first rows of
// the sheet with Excel's column letters, says which row holds the headers, and picks a column for each field;
// the fields recognised by their header text are already chosen. OK stays disabled until every required field
// has a column and no column serves two fields.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT
public:
    ColumnMappingDialog(const Sheet &sheet, const QList<SheetField> &required, const QList<SheetField> &optional,
                        const QString &problem, QWidget *parent = nullptr);

    // The clerk's choices: every field by column index, the others marked as not in the file.
    ColumnMapping mapping() const;
    // Start from earlier choices (the same department's table last month), where they fit this sheet.
    void apply(const ColumnMapping &mapping);

    QComboBox *fieldBox(SheetField field) const { return m_boxes.value(field); }
    QSpinBox *headerRowBox() const { return m_headerRow; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }

    static QString columnLetter(int column); // 0 -> A, 26 -> AA

    // Shows the dialog, started from the choices last made for a sheet with the same header row, and
    // remembers the clerk's choices for next month's table. nullopt when the clerk cancels.
    static std::optional<ColumnMapping> ask(QWidget *parent, const Sheet &sheet, const QList<SheetField> &required,
                                            const QList<SheetField> &optional, const QString &problem);
    // True when an import's error means "the columns were not found" (ask the clerk, then try again).
    static bool isMappingError(const Error &error);

private:
    void fillPreview();
    void headerRowChanged();
    void validate();

    const Sheet &m_sheet;
    QList<SheetField> m_required;
    QList<SheetField> m_fields;
    int m_columns = 0;
    QHash<SheetField, QComboBox *> m_boxes;
    QSpinBox *m_headerRow = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sn
