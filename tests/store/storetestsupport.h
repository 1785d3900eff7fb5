#pragma once

#include "core/result.h"
#include "core/store/databaseconfig.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Shared by the store tests: fresh databases on both engines, from the ctest `postgres`
// fixture for PostgreSQL (SA_PG_ENV, PGPASSFILE). A missing server is an error that the
// tests turn into a failure, never a skip.
namespace sa::tests {

// For QVERIFY2 messages, which are evaluated before the check: the error's text, or
// nothing when there is a value.
template<typename T>
QByteArray errorText(const core::Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// The RFC 8785 canonical bytes of a valid JSON text (what the store keeps and hashes).
QByteArray canonicalOf(const QByteArray &json);

// The engines every store test runs on; also the `_data()` row names.
QStringList storeEngines();
// Adds an "engine" column and one row per engine to the current `_data()` table.
void addEngineRows();

// A fresh, empty database for one test, removed when this is destroyed: a new SQLite file
// in a temporary folder, or a new schema owned by the app role (not a superuser) in the
// fixture's PostgreSQL database.
class TestDatabase
{
public:
    [[nodiscard]] static core::Result<std::unique_ptr<TestDatabase>> create(const QString &engine);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    const core::DatabaseConfig &config() const { return m_config; }
    // The same database as the PostgreSQL superuser, for tests that must act as the owner
    // of everything (tampering with stored data); for SQLite, config().
    core::DatabaseConfig superuserConfig() const;

private:
    TestDatabase() = default;

    core::DatabaseConfig m_config;
    QString m_superuser;
    std::unique_ptr<QTemporaryDir> m_sqliteDir;
};

// Loads the dump of a database written by the CCP-04 service (fixtures/ccp04/ccp04.sql)
// into `config`'s PostgreSQL schema with psql, as its README says. An error says why not.
[[nodiscard]] core::Status<> loadCcp04Fixture(const core::DatabaseConfig &config);

// Every row of the four CCP-04 tables (named with `prefix`: "ccp04_" once upgraded), hashed
// by the server: any change to any value changes it. Empty when the tables cannot be read.
QString ccp04ContentDigest(const core::DatabaseConfig &config, const QString &prefix = {});

} // namespace sa::tests
