#pragma once

// A station database in a temporary folder for the desk's GUI tests: users and households are made
// through the real services, as the application does.
#include "TestUtil.h"

#include "database/Database.h"
#include "domain/Clock.h"
#include "domain/Region.h"
#include "services/AccountService.h"
#include "services/HouseholdService.h"
#include "services/StationService.h"
#include "ui/MessageBox.h"

#include <QApplication>
#include <QFile>
#include <QInputMethodEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

namespace sn::test {

inline const QString AdminPassword = QStringLiteral("admin-secret");
inline const QString ClerkPassword = QStringLiteral("clerk-secret");
inline const QString ChaoyangCode = QStringLiteral("630105001");
inline const QString MafangCode = QStringLiteral("630105003");
inline const QString XixingyuanCode = QStringLiteral("630105003001"); // 西杏园社区, 马坊街道

// A file of the test in UTF-8 (a CSV as a department or a ledger sends it).
inline bool writeUtf8(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

// Types like a clerk: Latin characters as key clicks, anything else (Chinese) as the commit of an input
// method, which is how Chinese reaches a widget. QTest::keyClicks accepts Latin-1 only.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(widget, ch.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(ch));
            QCoreApplication::sendEvent(widget, &commit);
        }
    }
}

// Runs `work` on the next modal dialog of type T once it is the active modal widget. It polls from the event
// loop (a timer re-armed every 10 ms, up to 10 s) and never waits inside the callback: a job run through
// BackgroundTask spins its own event loop first, and the dialog opens only after that loop has ended.
template <typename T, typename F> void whenModalShows(F work, int triesLeft = 1000)
{
    QTimer::singleShot(triesLeft == 1000 ? 0 : 10, [work, triesLeft] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            work(dialog);
            return;
        }
        if (triesLeft > 0)
            whenModalShows<T>(work, triesLeft - 1);
        else
            qWarning("no dialog");
    });
}

// Settings and clock as every desk test wants them: nothing of the user's, a fixed day.
inline void prepareDeskTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    MessageBox::setTestMode(true);
    Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
}

class DeskFixture
{
public:
    // `township`: "城北区" for the district bureau's station, or a township name.
    bool create(const QString &township = QStringLiteral("城北区"))
    {
        if (!m_dir.isValid())
            return false;
        auto db = StationService::initialize(path(), township, QStringLiteral("测试窗口"), RegionTree::builtIn());
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return false;
        }
        m_db = std::move(db).value();
        User admin;
        admin.username = QStringLiteral("admin");
        admin.displayName = QStringLiteral("管理员");
        admin.role = Role::DistrictAdmin;
        auto created = AccountService(*m_db).createUser(nullptr, admin, AdminPassword);
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return false;
        }
        m_admin = { created->id, created->displayName, created->role, created->townshipCode, {} };
        return true;
    }

    QString path() const { return m_dir.filePath(QStringLiteral("station.sqlite")); }
    Database &db() { return *m_db; }
    const Session &admin() const { return m_admin; }

    Session addClerk(const QString &username, const QString &townshipCode = ChaoyangCode)
    {
        User clerk;
        clerk.username = username;
        clerk.displayName = QStringLiteral("王窗口");
        clerk.role = Role::TownshipClerk;
        clerk.townshipCode = townshipCode;
        auto created = AccountService(*m_db).createUser(&m_admin, clerk, ClerkPassword);
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return {};
        }
        return { created->id, created->displayName, Role::TownshipClerk, townshipCode, {} };
    }

    // A household stored through the service as the district administrator; empty id on failure.
    QString addHousehold(Household h)
    {
        if (h.categoryOverrideReason.isEmpty())
            h.categoryOverrideReason = QStringLiteral("test fixture");
        HouseholdService service(*m_db, m_admin);
        auto id = service.create(h);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return {};
        }
        return id.value();
    }

    // A one-person household with a unique ID number (the sequence keeps it unique).
    static Household single(const QString &name, int sequence, const QString &townshipCode, const QString &villageCode,
        Category category, const QString &phone = {})
    {
        Household h = household(townshipCode, villageCode);
        h.members.clear();
        h.members.append(member(name, Relation::Head, QDate(1950, 1, 1).addDays(sequence / 900), 100 + sequence % 900));
        h.category = category;
        h.phone = phone.isEmpty() ? QStringLiteral("1390000%1").arg(sequence, 4, 10, QLatin1Char('0')) : phone;
        h.address = QStringLiteral("测试路%1号").arg(sequence);
        return h;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_admin;
};

} // namespace sn::test
