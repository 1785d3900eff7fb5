#pragma once

#include "core/result.h"
#include "core/store/databaseconfig.h"
#include "core/store/snapshot.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

namespace sa::core {
class ConnectionProvider;
class SnapshotStore;
struct IntegrityReport;
}

namespace sa::tests {

class TestDatabase;

// For the tests of the store's operation classes (admin, history queries, verify-all): a
// migrated fresh database of one engine, a SnapshotStore to create versions with, and a
// second connection as the database owner for what the store must never be able to do.
// All on the calling thread.
class OperationsFixture
{
public:
    OperationsFixture();
    ~OperationsFixture();

    // Opens and migrates the database; returns what failed, empty on success.
    QByteArray open(const QString &engine);

    core::DatabaseConfig::Engine engine() const;
    core::ConnectionProvider &provider() { return *m_provider; }
    core::SnapshotStore &store() { return *m_store; }
    // The database owner's connections (see execAsOwner()).
    core::ConnectionProvider &ownerProvider() { return *m_ownerProvider; }

    // The next version of `reportId` through SnapshotStore::create.
    [[nodiscard]] core::Result<core::SnapshotSummary> create(const QString &reportId, const QByteArray &json);

    // A value from the store's own connection; invalid on failure (with a warning).
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    // Runs one statement as the database owner; returns what failed, empty on success.
    // Statements without values run unprepared (PostgreSQL prepares only plain DML).
    QByteArray execAsOwner(const QString &sql, const QVariantList &values = {});
    // Turns off the schema's guards on report_snapshots for tampering: on PostgreSQL every
    // trigger of the table (foreign-key checks included, as the superuser); on SQLite the
    // guard triggers are dropped and foreign keys are off on the owner connection.
    QByteArray disableGuards();
    // The parcel_snapshot value that stores `canonicalJson` on this engine.
    QVariant storedPayload(const QByteArray &canonicalJson) const;
    // Versions 1..`versions` of `reportId` (parcelDocument(1), ...), then the guards disabled
    // and version `altered`'s stored first owner renamed from "Ana" to "Eve", as a tamperer
    // would: a damage a repair can prove. Returns what failed, empty on success.
    QByteArray createAndAlterOwner(const QString &reportId, int versions, int altered);

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<core::ConnectionProvider> m_provider;
    std::unique_ptr<core::ConnectionProvider> m_ownerProvider;
    std::unique_ptr<core::SnapshotStore> m_store;
};

// Every problem of a verify-all, one description a line (for failure messages).
QByteArray describeProblems(const core::IntegrityReport &report);

// A small parcel-like document whose content is decided by `value` and `note`.
QByteArray parcelDocument(int value, const QString &note = QStringLiteral("initial"));

} // namespace sa::tests
