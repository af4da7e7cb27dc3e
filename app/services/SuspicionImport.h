#pragma once

#include "SuspicionService.h"

#include "database/SuspicionRowWriter.h"

#include <QElapsedTimer>
#include <atomic>
#include <optional>
#include <stop_token>
#include <vector>

namespace sn {

// One import of a department's table (SuspicionService::importFile, which checks the permission first):
// validate the request, refuse a file already imported, read the table, match its rows against the registry
// and write them, all rows in one transaction. Used once.
class SuspicionImport
{
public:
    SuspicionImport(
        Database &db, const Session &session, const SuspicionImportRequest &request, const Progress &progress);
    Result<SuspicionImportResult> run();

private:
    Status validate();
    Status checkNotImportedYet();
    Status readRows();
    Result<SuspicionImportResult> matchAndWrite();
    // The worker thread's part (see matchAndWrite()).
    void prepareAndMatch(std::stop_token stop);
    void prepareRows();
    bool waitForMatcher();
    void matchRows(std::stop_token stop);
    void abandonWorker();
    // This thread's part.
    Status loadMatcher();
    Result<SuspicionImportResult> write();
    Status writeRows(SuspicionRowWriter &writer, SuspicionImportResult &result);
    Status audit(const QString &importId);
    int total() const { return int(m_rows.size()); }

    enum Phase { Loading, Loaded, Abandoned };

    Database &m_db;
    const Session &m_session;
    const SuspicionImportRequest &m_request;
    const Progress &m_progress;
    QString m_department;
    QString m_sha;
    QString m_stationTownship;
    QElapsedTimer m_clock;

    std::vector<SuspicionRow> m_rows;
    std::vector<IdCell> m_ids;
    QList<MatchKey> m_keys;
    std::vector<SuspicionRowText> m_text;
    std::vector<QString> m_addressKeys;
    std::optional<SuspicionMatcher> m_matcher; // published to the worker by m_phase
    std::atomic<int> m_phase { Loading };
    std::atomic<int> m_matched { 0 }; // rows the worker has matched and handed over
};

} // namespace sn
