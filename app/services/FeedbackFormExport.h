#pragma once

#include "spreadsheet/Sheet.h"

#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>

namespace sn {

class Database;

// Annex 1 of the plan, "(部门)困难群众疑点信息反馈表", as a real .xlsx: merged title with the department's
// name, columns 序号, 户主姓名, 家庭住址, 疑点内容, 联系电话 with borders, the note "注：每月月底报送。" under
// the table, A4 landscape, the header row repeated on every printed page, 宋体. Official wording whatever
// the interface language.
class FeedbackFormExport
{
    Q_DECLARE_TR_FUNCTIONS(sn::FeedbackFormExport)
public:
    // The rows imported for the month: one sheet for `department`, or one per department when empty. With no
    // rows the sheet is the blank form for the department to fill in.
    static Status write(Database &db, const Session &session, const QString &month, const QString &department,
                        const QString &path, const Progress &progress = {});

    static QString title(const QString &department); // "人社局困难群众疑点信息反馈表"
    static QStringList headers();                    // 序号, 户主姓名, 家庭住址, 疑点内容, 联系电话
    static QString footnote();                       // 注：每月月底报送。
};

} // namespace sn
