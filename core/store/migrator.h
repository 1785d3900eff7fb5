#pragma once

#include "../result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace sa::core {

enum class SchemaStatus {
    Empty,    // no tables yet
    Outdated, // an older schema of this product: migrate() upgrades it
    Current,
    TooNew, // written by a newer release: refused
    Legacy, // CCP-04 tables without schema_migrations: never changed automatically
};

struct SchemaState
{
    SchemaStatus status = SchemaStatus::Empty;
    int version = 0;     // highest applied migration, 0 when none
    int latestKnown = 0; // highest migration this build has
};

// Brings a database to this build's schema with the ordered per-engine migrations compiled
// into the library (:/sa/migrations/<engine>/NNNN_name.sql). Works on the connection it is
// given, so call it from the thread that owns that connection.
class Migrator
{
public:
    explicit Migrator(QSqlDatabase db);

    // Looks without changing anything.
    [[nodiscard]] Result<SchemaState> inspect() const;
    // Applies every missing migration in one transaction and records each in
    // schema_migrations; a no-op on a current database. SCHEMA_TOO_NEW for a newer
    // database, LEGACY_SCHEMA for a CCP-04 one: both are left untouched.
    [[nodiscard]] Result<SchemaState> migrate();

    // The explicit admin action that upgrades a CCP-04 database (PostgreSQL) to this build's
    // schema, in one transaction: its tables are set aside under ccp04_ names exactly as they
    // are, this schema's tables are created and get a copy of every row (times read as UTC,
    // each version's creation derived into the activity log), then the later migrations
    // follow, computing the hash chain over the copied versions. What it does, for the people
    // asked to confirm, is legacyUpgradeSummary(). INVALID_ARGUMENT for a database that is not
    // a CCP-04 one; any failure changes nothing.
    [[nodiscard]] Result<SchemaState> upgradeLegacy();
    static QStringList legacyUpgradeSummary();

    // The highest migration version this build ships for the connection's engine.
    int latestVersion() const;

private:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    enum class Origin { ThisProduct, Ccp04 };

    [[nodiscard]] Result<SchemaState> upgrade(Origin origin);
    [[nodiscard]] Status<> runScript(const QString &resourcePath, const QString &label);
    std::vector<Migration> migrations() const;
    [[nodiscard]] Status<> apply(const Migration &migration);
    Error refusal(const SchemaState &state) const;
    Error notCcp04(const SchemaState &state) const;
    [[nodiscard]] Status<> ccp04Conflicts() const;

    QSqlDatabase m_db;
};

} // namespace sa::core
