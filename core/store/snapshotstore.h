#pragma once

#include "../result.h"
#include "snapshot.h"

#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace sa::core {

class ConnectionProvider;
class PayloadCache;

// The snapshot operations of DESIGN.md on one database, identical on SQLite and
// PostgreSQL. Holds no state of its own: any thread may call any member at the same time
// (each thread works on its own connection from the provider). Every write is one
// transaction; every payload read from the database is verified against its checksum
// before it is returned or cached.
class SnapshotStore
{
public:
    // `provider` (not owned) must outlive the store and its database must be migrated.
    // `cache` (not owned, may be null) keeps verified payloads: gets of cached versions skip
    // the payload transfer, and a create diffs against the cached active version.
    explicit SnapshotStore(ConnectionProvider &provider, PayloadCache *cache = nullptr);

    // Validates, canonicalises and checksums the document, then in one transaction: next
    // version = max(version) + 1 of the report, inserted active, the previous active version
    // deactivated, a "create" row in the activity log. Concurrent creators of one report
    // get distinct consecutive versions (or DATABASE_UNAVAILABLE, retryable, after the
    // lock timeout).
    [[nodiscard]] Result<CreateSnapshotResult> create(const CreateSnapshotRequest &request);

    // A version (or the active one) with its payload, checksum verified:
    // INTEGRITY_CHECK_FAILED when the stored data no longer matches it.
    [[nodiscard]] Result<Snapshot> get(const QString &reportId,
                                       std::optional<int> version = std::nullopt);

    // One page of a report's versions, newest first, without payloads.
    [[nodiscard]] Result<HistoryPage> history(const QString &reportId, int limit = 20,
                                              qint64 offset = 0);

private:
    [[nodiscard]] Error notFound(QSqlDatabase &db, const QString &reportId,
                                 std::optional<int> version);

    ConnectionProvider &m_provider; // not owned
    PayloadCache *m_cache;          // not owned, may be null
};

} // namespace sa::core
