#include "XlsReader.h"

#include <QFile>
#include <QFileInfo>
#include <freexl.h>

namespace sn {

namespace {

// Closes the FreeXL handle on every path out.
class Handle
{
public:
    explicit Handle(const QString &path) { m_rc = freexl_open(QFile::encodeName(path).constData(), &m_handle); }
    ~Handle()
    {
        if (m_handle)
            freexl_close(m_handle);
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    bool ok() const { return m_rc == FREEXL_OK && m_handle; }
    const void *get() const { return m_handle; }

private:
    const void *m_handle = nullptr;
    int m_rc = -1;
};

Error damaged(const QString &path)
{
    return Error::invalid(XlsReader::tr("%1 is not a readable .xls workbook: the file is damaged, incomplete or password-protected.")
                              .arg(QFileInfo(path).fileName()),
                          QFileInfo(path).fileName());
}

Result<QStringList> names(const Handle &h, const QString &path)
{
    unsigned int count = 0;
    if (freexl_get_info(h.get(), FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
        return damaged(path);
    QStringList list;
    for (unsigned int i = 0; i < count; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(h.get(), static_cast<unsigned short>(i), &name) != FREEXL_OK)
            return damaged(path);
        list.append(QString::fromUtf8(name ? name : ""));
    }
    return list;
}

} // namespace

Result<QStringList> XlsReader::sheetNames(const QString &path)
{
    Handle h(path);
    if (!h.ok())
        return damaged(path);
    return names(h, path);
}

Result<Sheet> XlsReader::read(const QString &path, const QString &sheetName)
{
    Handle h(path);
    if (!h.ok())
        return damaged(path);
    unsigned int password = 0;
    if (freexl_get_info(h.get(), FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password == FREEXL_BIFF_OBFUSCATED)
        return damaged(path);
    auto list = names(h, path);
    if (!list)
        return list.error();
    int index = sheetName.isEmpty() ? 0 : int(list.value().indexOf(sheetName));
    if (index < 0 || index >= list.value().size())
        return Error::invalid(tr("The workbook has no sheet named \"%1\"; its sheets are: %2.")
                                  .arg(sheetName, list.value().join(QStringLiteral(", "))), QStringLiteral("sheet"));
    if (freexl_select_active_worksheet(h.get(), static_cast<unsigned short>(index)) != FREEXL_OK)
        return damaged(path);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_worksheet_dimensions(h.get(), &rows, &columns) != FREEXL_OK)
        return damaged(path);
    Sheet sheet;
    sheet.name = list.value().at(index);
    sheet.rows.reserve(int(rows));
    for (unsigned int r = 0; r < rows; ++r) {
        SheetRow row;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue v;
            if (freexl_get_cell_value(h.get(), r, c, &v) != FREEXL_OK)
                return damaged(path);
            Cell cell;
            switch (v.type) {
            case FREEXL_CELL_INT:
                cell = Cell::number(v.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE:
                cell = Cell::number(v.value.double_value);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                cell = Cell::text(QString::fromUtf8(v.value.text_value ? v.value.text_value : ""));
                break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
                cell = Cell::ofDate(QDate::fromString(QString::fromLatin1(v.value.text_value ? v.value.text_value : "").left(10), Qt::ISODate));
                break;
            case FREEXL_CELL_TIME:
                cell = Cell::text(QString::fromLatin1(v.value.text_value ? v.value.text_value : ""));
                break;
            default:
                break;
            }
            row.append(cell);
        }
        while (!row.isEmpty() && row.constLast().type == Cell::Type::Empty)
            row.removeLast();
        sheet.rows.append(row);
    }
    return sheet;
}

} // namespace sn
