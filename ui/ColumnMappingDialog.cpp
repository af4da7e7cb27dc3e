#include "ColumnMappingDialog.h"

#include "ScreenFit.h"
#include "services/Config.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

namespace {

constexpr int PreviewRows = 15;
constexpr int HeaderScanRows = 20;

QString fieldLabel(SheetField f)
{
    switch (f) {
    case SheetField::Serial:
        return ColumnMappingDialog::tr("Serial number");
    case SheetField::HeadName:
        return ColumnMappingDialog::tr("Head of household");
    case SheetField::Name:
        return ColumnMappingDialog::tr("Name");
    case SheetField::IdNumber:
        return ColumnMappingDialog::tr("ID number");
    case SheetField::Relation:
        return ColumnMappingDialog::tr("Relation to the head");
    case SheetField::Township:
        return ColumnMappingDialog::tr("Township");
    case SheetField::Village:
        return ColumnMappingDialog::tr("Village");
    case SheetField::Category:
        return ColumnMappingDialog::tr("Category");
    case SheetField::PersonCount:
        return ColumnMappingDialog::tr("Persons covered");
    case SheetField::MonthlyAmount:
        return ColumnMappingDialog::tr("Monthly amount");
    case SheetField::Phone:
        return ColumnMappingDialog::tr("Phone");
    case SheetField::Address:
        return ColumnMappingDialog::tr("Address");
    case SheetField::Content:
        return ColumnMappingDialog::tr("Suspicion");
    case SheetField::DisabilityType:
        return ColumnMappingDialog::tr("Disability");
    case SheetField::SeriousIllness:
        return ColumnMappingDialog::tr("Serious illness");
    case SheetField::BirthDate:
        return ColumnMappingDialog::tr("Date of birth");
    case SheetField::StartDate:
        return ColumnMappingDialog::tr("Covered since");
    }
    return {};
}

// A sheet's header row as a settings key: the same department's table next month has the same headers.
QString signatureOf(const Sheet &sheet, int row)
{
    QStringList texts;
    for (const Cell &c : sheet.rows.value(row))
        texts.append(TableLocator::normalizeHeader(c.display()));
    while (!texts.isEmpty() && texts.constLast().isEmpty())
        texts.removeLast();
    if (texts.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(texts.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

bool ColumnMappingDialog::isMappingError(const Error &error)
{
    return error.kind == Error::Kind::Invalid
        && (error.field == QLatin1String("columns") || error.field == QLatin1String("header"));
}

std::optional<ColumnMapping> ColumnMappingDialog::ask(QWidget *parent, const Sheet &sheet,
    const QList<SheetField> &required, const QList<SheetField> &optional, const QString &problem)
{
    ColumnMappingDialog dialog(sheet, required, optional, problem, parent);
    for (int r = 0; r < std::min<int>(HeaderScanRows, int(sheet.rows.size())); ++r) {
        const QString signature = signatureOf(sheet, r);
        const QVariantMap map = signature.isEmpty() ? QVariantMap() : Config::columnMapping(signature);
        if (map.isEmpty())
            continue;
        ColumnMapping saved;
        saved.headerRow = r;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (auto f = TableLocator::fromCode(it.key())) {
                if (it.value().toInt() >= 0)
                    saved.byIndex.insert(*f, it.value().toInt());
                else
                    saved.ignored.insert(*f);
            }
        }
        dialog.apply(saved);
        break;
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const ColumnMapping chosen = dialog.mapping();
    if (const QString signature = signatureOf(sheet, chosen.headerRow); !signature.isEmpty()) {
        QVariantMap map;
        for (auto it = chosen.byIndex.cbegin(); it != chosen.byIndex.cend(); ++it)
            map.insert(TableLocator::code(it.key()), it.value());
        for (SheetField f : chosen.ignored)
            map.insert(TableLocator::code(f), -1);
        Config::setColumnMapping(signature, map);
    }
    return chosen;
}

QString ColumnMappingDialog::columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

ColumnMappingDialog::ColumnMappingDialog(const Sheet &sheet, const QList<SheetField> &required,
    const QList<SheetField> &optional, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_sheet(sheet)
    , m_required(required)
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Choose the columns"));
    for (const SheetRow &row : sheet.rows.mid(0, HeaderScanRows + PreviewRows))
        m_columns = std::max(m_columns, int(row.size()));

    auto *intro = new QLabel(problem.isEmpty() ? tr("Say which column of the sheet holds each field.")
                                               : tr("%1\nSay which column of the sheet holds each field.").arg(problem),
        this);
    intro->setWordWrap(true);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("mappingPreview"));
    m_preview->setAccessibleName(tr("First rows of the sheet"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setMinimumHeight(180);

    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("headerRowBox"));
    m_headerRow->setRange(1, std::max(1, std::min<int>(HeaderScanRows, int(sheet.rows.size()))));
    m_headerRow->setToolTip(tr("The row of the sheet that holds the column headers; the data starts below it."));
    m_headerRow->setAccessibleName(tr("Header row"));
    const int guessed = TableLocator::guessHeaderRow(sheet);
    m_headerRow->setValue(guessed >= 0 ? guessed + 1 : 1);

    auto *fieldsBox = new QGroupBox(tr("Fields"), this);
    auto *form = new QFormLayout(fieldsBox);
    form->addRow(tr("Header row:"), m_headerRow);
    m_fields = required;
    for (SheetField f : optional) {
        if (!m_fields.contains(f))
            m_fields.append(f);
    }
    for (SheetField f : std::as_const(m_fields)) {
        auto *box = new QComboBox(fieldsBox);
        box->setObjectName(QStringLiteral("map_%1").arg(TableLocator::code(f)));
        box->setAccessibleName(fieldLabel(f));
        box->setToolTip(tr("Usual headers: %1").arg(TableLocator::displayName(f)));
        m_boxes.insert(f, box);
        const QString label = required.contains(f) ? tr("%1 (%2) *:").arg(fieldLabel(f), TableLocator::displayName(f))
                                                   : tr("%1 (%2):").arg(fieldLabel(f), TableLocator::displayName(f));
        form->addRow(label, box);
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::validate);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Use these columns"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QHBoxLayout;
    side->addWidget(m_preview, 2);
    side->addWidget(fieldsBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(side, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_headerRow, &QSpinBox::valueChanged, this, &ColumnMappingDialog::headerRowChanged);
    headerRowChanged();
    resizeToScreen(this, QSize(960, 520));
}

void ColumnMappingDialog::fillPreview()
{
    const int header = m_headerRow->value() - 1;
    const int first = std::max(0, header - 2);
    const int last = std::min<int>(int(m_sheet.rows.size()), header + PreviewRows - 2);
    m_preview->clear();
    m_preview->setColumnCount(m_columns);
    m_preview->setRowCount(std::max(0, last - first));
    QStringList letters, numbers;
    for (int c = 0; c < m_columns; ++c)
        letters.append(columnLetter(c));
    m_preview->setHorizontalHeaderLabels(letters);
    for (int r = first; r < last; ++r) {
        numbers.append(QString::number(r + 1));
        const SheetRow &row = m_sheet.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            auto *item = new QTableWidgetItem(row.at(c).display());
            if (r == header) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(palette().alternateBase());
            }
            m_preview->setItem(r - first, c, item);
        }
    }
    m_preview->setVerticalHeaderLabels(numbers);
    m_preview->resizeColumnsToContents();
}

void ColumnMappingDialog::headerRowChanged()
{
    fillPreview();
    const int header = m_headerRow->value() - 1;
    const SheetRow &row = m_sheet.rows.value(header);
    QHash<SheetField, int> recognised = TableLocator::recognise(m_sheet, header);
    // One name column serves both when the table has one row per household.
    if (!recognised.contains(SheetField::HeadName) && recognised.contains(SheetField::Name)
        && !m_boxes.contains(SheetField::Name))
        recognised.insert(SheetField::HeadName, recognised.value(SheetField::Name));
    if (!recognised.contains(SheetField::Name) && recognised.contains(SheetField::HeadName)
        && !m_boxes.contains(SheetField::HeadName))
        recognised.insert(SheetField::Name, recognised.value(SheetField::HeadName));
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        QComboBox *box = it.value();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < m_columns; ++c) {
            const QString text = c < row.size() ? row.at(c).display().simplified() : QString();
            box->addItem(text.isEmpty() ? columnLetter(c) : tr("%1: %2").arg(columnLetter(c), text), c);
        }
        box->setCurrentIndex(std::max(0, box->findData(recognised.value(it.key(), -1))));
    }
    validate();
}

void ColumnMappingDialog::apply(const ColumnMapping &mapping)
{
    if (mapping.headerRow >= 0 && mapping.headerRow < m_headerRow->maximum())
        m_headerRow->setValue(mapping.headerRow + 1);
    for (auto it = mapping.byIndex.cbegin(); it != mapping.byIndex.cend(); ++it) {
        if (QComboBox *box = m_boxes.value(it.key()); box && it.value() < m_columns)
            box->setCurrentIndex(std::max(0, box->findData(it.value())));
    }
    for (SheetField f : mapping.ignored) {
        if (QComboBox *box = m_boxes.value(f))
            box->setCurrentIndex(0);
    }
    validate();
}

ColumnMapping ColumnMappingDialog::mapping() const
{
    ColumnMapping mapping;
    mapping.headerRow = m_headerRow->value() - 1;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            mapping.byIndex.insert(it.key(), column);
        else
            mapping.ignored.insert(it.key());
    }
    return mapping;
}

void ColumnMappingDialog::validate()
{
    QStringList problems;
    for (SheetField f : std::as_const(m_required)) {
        if (m_boxes.value(f)->currentData().toInt() < 0)
            problems.append(tr("Choose the column for %1.").arg(fieldLabel(f)));
    }
    QHash<int, SheetField> used;
    for (SheetField f : std::as_const(m_fields)) {
        const int column = m_boxes.value(f)->currentData().toInt();
        if (column < 0)
            continue;
        const auto other = used.constFind(column);
        const bool names = other != used.constEnd()
            && QSet<SheetField> { f, other.value() } == QSet<SheetField> { SheetField::Name, SheetField::HeadName };
        if (other != used.constEnd() && !names)
            problems.append(tr("Column %1 is chosen for both %2 and %3.")
                                .arg(columnLetter(column), fieldLabel(other.value()), fieldLabel(f)));
        used.insert(column, f);
    }
    m_message->setText(problems.join(QLatin1Char('\n')));
    m_ok->setEnabled(problems.isEmpty());
}

} // namespace sn
