#pragma once

#include "../result.h"
#include "databaseconfig.h"

#include <QSqlDatabase>

#include <memory>

class QSqlError;

namespace sa::core {

// Gives each calling thread its own connection to one database (QSqlDatabase connections
// must not cross threads), opened on first use and named after the config and the thread.
// A thread's connection is removed when the thread finishes; all are removed when the
// provider is destroyed, which must happen after the worker threads stopped using it.
// Every member is safe to call from any thread.
class ConnectionProvider
{
public:
    enum class Schema {
        Current,       // this product's schema (or one being created or upgraded)
        LegacyCcp04,   // a CCP-04 database, read through session views, never written
    };

    // `password` stays in memory only (for reconnects); empty: libpq finds it (PGPASSFILE,
    // ~/.pgpass) or the server needs none. With Schema::LegacyCcp04 (PostgreSQL only) every
    // connection is prepared by prepareLegacyReadSession() (legacyschema_p.h) and is read-only.
    explicit ConnectionProvider(DatabaseConfig config, QString password = {}, Schema schema = Schema::Current);
    ~ConnectionProvider();
    ConnectionProvider(const ConnectionProvider &) = delete;
    ConnectionProvider &operator=(const ConnectionProvider &) = delete;

    const DatabaseConfig &config() const { return m_config; }
    Schema schema() const { return m_schema; }
    // A new provider for the same database and password, reading it as `schema`: after an
    // explicit upgrade of a CCP-04 database, the session goes on with ordinary connections.
    std::shared_ptr<ConnectionProvider> withSchema(Schema schema) const;

    // The calling thread's open connection. SQLite: WAL, busy timeout, foreign keys on.
    // A connection closed by failure() is reopened here. DATABASE_UNAVAILABLE when the
    // database cannot be opened, with a message saying which one and why.
    [[nodiscard]] Result<QSqlDatabase> database();

    // Turns a failed statement on this thread's connection into an Error for users. When the
    // connection turns out to be gone, it is closed so that the next database() reconnects.
    [[nodiscard]] Error failure(const QSqlError &error, const QString &what);

    // The connection name database() uses on the calling thread.
    QString threadConnectionName() const;

private:
    struct Registry;

    [[nodiscard]] Status<> open(QSqlDatabase &db) const;
    void configure(QSqlDatabase &db) const;
    QString describe() const;

    const DatabaseConfig m_config;
    const QString m_password;
    const Schema m_schema;
    const QString m_namePrefix;
    // Shared with the thread-finished handlers, which may run while this is destroyed.
    std::shared_ptr<Registry> m_registry;
};

} // namespace sa::core
