#pragma once

#include "domain/Role.h"

#include <QWidget>

class QLabel;

namespace sn {

class Database;

// The first page of the day: counts by township, category and tier, and today's to-do list.
class WorkbenchPage : public QWidget
{
    Q_OBJECT
public:
    WorkbenchPage(Database &db, const Session &session, QWidget *parent = nullptr);
    void refresh();

private:
    Database &m_db;
    Session m_session;
    QLabel *m_summary = nullptr;
};

} // namespace sn
