#pragma once

#include "../result.h"

#include <QString>

class QSqlDatabase;

namespace sa::core {

// Where a snapshot database is, without its password: passwords come from the keychain,
// ~/.pgpass / PGPASSFILE or a prompt at run time, and are handed to ConnectionProvider
// only. A plain value, safe to copy between threads.
struct DatabaseConfig
{
    enum class Engine { Sqlite, PostgreSql };

    Engine engine = Engine::Sqlite;
    QString sqlitePath; // SQLite: the database file

    // PostgreSQL connection settings, as libpq understands them.
    QString host;
    int port = 5432;
    QString database;
    QString user;    // empty: libpq's default (PGUSER, then the OS login)
    QString sslMode; // disable | allow | prefer | require | verify-ca | verify-full; empty: prefer
    QString sslRootCert;
    // The schema the tables live in (first entry of search_path); empty: the server default.
    QString schema;

    // "sqlite:/abs/path.db" or "postgresql://user@host:port/db": names the database in
    // connection names, logs and messages. Never contains a secret.
    QString id() const;
    // The URL parseDatabaseUrl() reads back into an equal config.
    QString toUrl() const;
    // The QSqlDatabase driver: QSQLITE or QPSQL.
    QString driverName() const;

    bool operator==(const DatabaseConfig &) const = default;
};

// Reads "sqlite:PATH" or
// "postgresql://[user@]host[:port]/database[?sslmode=...&sslrootcert=...&schema=...]"
// ("postgres://" too). A URL carrying a password is refused: it would end up in shell
// history, process lists and settings files.
[[nodiscard]] Result<DatabaseConfig> parseDatabaseUrl(const QString &url);

// The engine behind an open connection (from its driver name).
DatabaseConfig::Engine engineOf(const QSqlDatabase &db);

} // namespace sa::core
