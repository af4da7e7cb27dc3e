#include "XlsxFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <filesystem>
#include <system_error>
#include <xlsxwriter.h>

namespace sn {

XlsxFile::XlsxFile(QString target)
    : m_target(std::move(target))
{
    const QFileInfo info(m_target);
    m_temporary = info.absoluteDir().filePath(QStringLiteral(".%1.%2.tmp").arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    if (!info.absoluteDir().exists())
        return;
    m_workbook = workbook_new(QFile::encodeName(m_temporary).constData());
}

XlsxFile::~XlsxFile()
{
    abandon();
}

Error XlsxFile::openError() const
{
    return Error::io(tr("Cannot write %1: the folder does not exist or is not writable.").arg(QDir::toNativeSeparators(m_target)));
}

lxw_worksheet *XlsxFile::addSheet(const QString &name)
{
    QString clean = name;
    for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        clean.remove(c);
    clean = clean.left(31);
    return workbook_add_worksheet(m_workbook, clean.isEmpty() ? nullptr : clean.toUtf8().constData());
}

lxw_format *XlsxFile::addFormat()
{
    return workbook_add_format(m_workbook);
}

void XlsxFile::writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    if (text.isEmpty())
        worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format);
    else
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format);
}

void XlsxFile::writeNumber(lxw_worksheet *sheet, int row, int column, double value, lxw_format *format)
{
    worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format);
}

void XlsxFile::writeDate(lxw_worksheet *sheet, int row, int column, const QDate &date, lxw_format *format)
{
    if (!date.isValid()) {
        worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format);
        return;
    }
    lxw_datetime dt = {date.year(), date.month(), date.day(), 0, 0, 0};
    worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &dt, format);
}

void XlsxFile::mergeText(lxw_worksheet *sheet, int firstRow, int firstColumn, int lastRow, int lastColumn, const QString &text,
                         lxw_format *format)
{
    worksheet_merge_range(sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow), lxw_col_t(lastColumn),
                          text.toUtf8().constData(), format);
}

Status XlsxFile::commit()
{
    if (!m_workbook)
        return openError();
    const lxw_error rc = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (rc != LXW_NO_ERROR) {
        QFile::remove(m_temporary);
        return Error::io(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_target), QString::fromUtf8(lxw_strerror(rc))));
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(m_temporary).toStdString(), QFile::encodeName(m_target).toStdString(), ec);
    if (ec) {
        QFile::remove(m_temporary);
        return Error::io(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_target), QString::fromLocal8Bit(ec.message().c_str())));
    }
    return {};
}

void XlsxFile::abandon()
{
    if (m_workbook) {
        lxw_workbook_free(m_workbook);
        m_workbook = nullptr;
    }
    QFile::remove(m_temporary);
}

} // namespace sn
