#include "XlsReader.h"

#include "CompoundFile.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <freexl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

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
    return SheetReader::damaged(
        path, XlsReader::tr("the records of its workbook stream (Excel 97-2003 or 5.0/95) cannot be read"));
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

// BIFF's FILEPASS record (0x002F) among the workbook globals: the workbook is encrypted with a password.
// Read here, before FreeXL, which opens such a file as a workbook without sheets.
bool hasPassword(const QString &path)
{
    QFile file(path);
    CompoundFile cf;
    if (!file.open(QIODevice::ReadOnly) || !cf.open(file.readAll()))
        return false;
    auto stream = cf.read(QStringLiteral("Workbook"), 65536);
    if (!stream)
        stream = cf.read(QStringLiteral("Book"), 65536);
    if (!stream)
        return false;
    for (qsizetype at = 0, n = 0; at + 4 <= stream->size() && n < 4096; ++n) {
        const quint16 type = quint16(quint8(stream->at(at))) | quint16(quint8(stream->at(at + 1))) << 8;
        const quint16 length = quint16(quint8(stream->at(at + 2))) | quint16(quint8(stream->at(at + 3))) << 8;
        if (type == 0x002F)
            return true;
        if ((type == 0x000A && n > 0) || type == 0x0085) // the globals' EOF, or the sheets' list: past FILEPASS
            return false;
        at += 4 + length;
    }
    return false;
}

Result<QStringList> namesInProcess(const QString &path)
{
    Handle h(path);
    if (!h.ok())
        return damaged(path);
    return names(h, path);
}

Result<Sheet> readInProcess(const QString &path, const QString &sheetName)
{
    Handle h(path);
    if (!h.ok())
        return damaged(path);
    unsigned int password = 0;
    if (freexl_get_info(h.get(), FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password == FREEXL_BIFF_OBFUSCATED)
        return SheetReader::passwordProtected(path);
    auto list = names(h, path);
    if (!list)
        return list.error();
    int index = sheetName.isEmpty() ? 0 : int(list.value().indexOf(sheetName));
    if (index < 0 || index >= list.value().size())
        return Error::invalid(XlsReader::tr("The workbook has no sheet named \"%1\"; its sheets are: %2.")
                                  .arg(sheetName, list.value().join(QStringLiteral(", "))),
            QStringLiteral("sheet"));
    if (freexl_select_active_worksheet(h.get(), static_cast<unsigned short>(index)) != FREEXL_OK)
        return damaged(path);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_worksheet_dimensions(h.get(), &rows, &columns) != FREEXL_OK)
        return damaged(path);
    CellBudget budget(QFileInfo(path).size());
    if (!budget.take(qint64(rows) * qint64(columns)))
        return SheetReader::tooManyCells(path, budget.limit());
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
                cell = Cell::ofDate(QDate::fromString(
                    QString::fromLatin1(v.value.text_value ? v.value.text_value : "").left(10), Qt::ISODate));
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

// FreeXL 1.0.6 (Debian 12) double-frees or copies from a wild pointer inside freexl_open() on some damaged
// files (fuzz findings, tests/fuzz/regressions/xls). So the workbook is read in a forked child that sends the
// result back through a pipe and exits: a child that crashes, or runs over a minute, means a damaged file, and
// the app carries on.
QDataStream &operator<<(QDataStream &out, const Error &e)
{
    return out << int(e.kind) << e.message << e.field;
}

QDataStream &operator>>(QDataStream &in, Error &e)
{
    int kind = 0;
    in >> kind >> e.message >> e.field;
    e.kind = Error::Kind(kind);
    return in;
}

void put(QDataStream &out, const QStringList &names)
{
    out << names;
}

void put(QDataStream &out, const Sheet &sheet)
{
    out << sheet.name << qint64(sheet.rows.size());
    for (const SheetRow &row : sheet.rows) {
        out << qint64(row.size());
        for (const Cell &c : row)
            out << int(c.type) << c.raw << c.value << c.date;
    }
}

bool get(QDataStream &in, QStringList *names)
{
    in >> *names;
    return in.status() == QDataStream::Ok;
}

bool get(QDataStream &in, Sheet *sheet)
{
    qint64 rows = 0;
    in >> sheet->name >> rows;
    for (qint64 r = 0; r < rows && in.status() == QDataStream::Ok; ++r) {
        qint64 cells = 0;
        in >> cells;
        SheetRow row;
        for (qint64 c = 0; c < cells && in.status() == QDataStream::Ok; ++c) {
            Cell cell;
            int type = 0;
            in >> type >> cell.raw >> cell.value >> cell.date;
            cell.type = Cell::Type(type);
            row.append(cell);
        }
        sheet->rows.append(row);
    }
    return in.status() == QDataStream::Ok;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

template <typename T, typename Work> Result<T> isolated(const QString &path, Work work)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return Error::io(XlsReader::tr("Cannot read %1: %2")
                             .arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(strerror(errno))));
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return Error::io(XlsReader::tr("Cannot read %1: %2")
                             .arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(strerror(errno))));
    }
    if (pid == 0) { // the child: parse, send, leave without running the parent's exit handlers
        ::close(fds[0]);
        const Result<T> result = work();
        QByteArray bytes;
        {
            QDataStream out(&bytes, QIODevice::WriteOnly);
            out << result.ok();
            if (result.ok())
                put(out, result.value());
            else
                out << result.error();
        }
        ::_exit(writeAll(fds[1], bytes) ? 0 : 1);
    }
    ::close(fds[1]);
    QByteArray bytes;
    QDeadlineTimer deadline(60 * 1000);
    bool timedOut = false;
    char buffer[65536];
    for (;;) {
        pollfd p { fds[0], POLLIN, 0 };
        const int ready = ::poll(&p, 1, int(std::max<qint64>(0, deadline.remainingTime())));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            timedOut = true;
            break;
        }
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        bytes.append(buffer, qsizetype(n));
    }
    ::close(fds[0]);
    if (timedOut)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    if (timedOut || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return damaged(path);
    QDataStream in(bytes);
    bool ok = false;
    in >> ok;
    if (!ok) {
        Error e;
        in >> e;
        return in.status() == QDataStream::Ok ? Result<T>(e) : Result<T>(damaged(path));
    }
    T value;
    if (!get(in, &value))
        return damaged(path);
    return value;
}

} // namespace

Result<QStringList> XlsReader::sheetNames(const QString &path)
{
    if (hasPassword(path))
        return SheetReader::passwordProtected(path);
    return isolated<QStringList>(path, [&] { return namesInProcess(path); });
}

Result<Sheet> XlsReader::read(const QString &path, const QString &sheetName)
{
    if (hasPassword(path))
        return SheetReader::passwordProtected(path);
    return isolated<Sheet>(path, [&] { return readInProcess(path, sheetName); });
}

} // namespace sn
