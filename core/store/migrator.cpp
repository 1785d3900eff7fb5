#include "migrator.h"

#include "chainhash.h"
#include "databaseconfig.h"
#include "sqlerrors.h"
#include "sqlscript_p.h"
#include "storelogging.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
};

QString engineFolder(DatabaseConfig::Engine engine)
{
    return engine == DatabaseConfig::Engine::Sqlite ? u"sqlite"_s : u"postgresql"_s;
}

// PostgreSQL's session-level advisory lock for migrations, released when this goes out of
// scope (or by the server, should the connection die).
class SessionLock
{
public:
    explicit SessionLock(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    SessionLock(const SessionLock &) = delete;
    SessionLock &operator=(const SessionLock &) = delete;
    ~SessionLock()
    {
        if (!m_held)
            return;
        QSqlQuery unlock(m_db);
        if (!unlock.exec(u"SELECT pg_advisory_unlock(hashtext('snapshot-auditor migrations'))"_s))
            qCWarning(lcStore) << "releasing the migration lock failed:"
                               << unlock.lastError().text();
    }

    // The error, if the lock could not be taken.
    std::optional<QSqlError> acquire()
    {
        QSqlQuery lock(m_db);
        if (!lock.exec(u"SELECT pg_advisory_lock(hashtext('snapshot-auditor migrations'))"_s))
            return lock.lastError();
        m_held = true;
        return std::nullopt;
    }

private:
    QSqlDatabase m_db;
    bool m_held = false;
};

// What a migration needs beyond its SQL, run right after it in the same transaction.
using PostSqlStep = Status<> (*)(QSqlDatabase &db);

PostSqlStep postSqlStep(int version)
{
    switch (version) {
    case 3: // chain_hash: RFC 8785 and SHA-256 over the existing versions, parents first
        return [](QSqlDatabase &db) { return Internal::computeChainHashes(db, Internal::ChainRewrite::Missing); };
    default:
        return nullptr;
    }
}

} // namespace

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::vector<Migrator::Migration> Migrator::migrations() const
{
    static const QRegularExpression kFileName(u"^(\\d{4})_(\\w+)\\.sql$"_s);
    const QDir dir(u":/sa/migrations/"_s + engineFolder(engineOf(m_db)));
    std::vector<Migration> result;
    for (const QString &file : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        const auto match = kFileName.match(file);
        Q_ASSERT_X(match.hasMatch(), "Migrator", "migration files are named NNNN_name.sql");
        result.push_back({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    return result;
}

int Migrator::latestVersion() const
{
    const auto all = migrations();
    return all.empty() ? 0 : all.back().version;
}

Result<SchemaState> Migrator::inspect() const
{
    SchemaState state;
    state.latestKnown = latestVersion();
    // Both tables in one statement: a migration committing between two statements would
    // look like a CCP-04 database (report_snapshots without schema_migrations). to_regclass
    // follows search_path, as the unqualified names in the migrations do.
    QSqlQuery tables(m_db);
    const QString sql
        = engineOf(m_db) == DatabaseConfig::Engine::Sqlite
              ? u"SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                u"'schema_migrations'), "
                "(SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'report_snapshots')"_s
              : u"SELECT to_regclass('schema_migrations') IS NOT NULL, to_regclass('report_snapshots') IS NOT NULL"_s;
    if (!tables.exec(sql) || !tables.next())
        return errorFromSql(tables.lastError(), engineOf(m_db), Tr::tr("Reading the database schema"));
    if (!tables.value(0).toBool()) {
        state.status = tables.value(1).toBool() ? SchemaStatus::Legacy : SchemaStatus::Empty;
        return state;
    }
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s) || !query.next())
        return errorFromSql(query.lastError(), engineOf(m_db), Tr::tr("Reading the schema version"));
    state.version = query.value(0).toInt();
    if (state.version > state.latestKnown)
        state.status = SchemaStatus::TooNew;
    else if (state.version < state.latestKnown)
        state.status = SchemaStatus::Outdated;
    else
        state.status = SchemaStatus::Current;
    return state;
}

Error Migrator::refusal(const SchemaState &state) const
{
    if (state.status == SchemaStatus::TooNew) {
        return {ErrorCode::SchemaTooNew,
                Tr::tr("This database has schema version %1, but this build of Snapshot Auditor "
                       "knows versions up to %2: it was written by a newer release. Nothing was "
                       "changed; open it with that release or a newer one.")
                    .arg(state.version)
                    .arg(state.latestKnown)};
    }
    //: report_snapshots and schema_migrations are names of database tables: keep them as they are
    return {ErrorCode::LegacySchema,
            Tr::tr("This database was written by the CCP-04 snapshot service (it has "
                   "report_snapshots but no schema_migrations). Snapshot Auditor never changes "
                   "such a database on its own; an admin can upgrade it explicitly.")};
}

Result<SchemaState> Migrator::migrate()
{
    const auto before = inspect();
    if (!before)
        return before.error();
    if (before->status == SchemaStatus::Current)
        return *before;
    if (before->status == SchemaStatus::TooNew)
        return refusal(*before);
    // Empty, Outdated or Legacy: decided again under the lock, where no other migrator can
    // be half-way (on PostgreSQL, catalog lookups outside it may lag a concurrent commit).

    const QString what = Tr::tr("Upgrading the database schema");
    // Serialises concurrent first opens on PostgreSQL (SQLite's BEGIN IMMEDIATE does it
    // there). A session lock taken before BEGIN, not a transaction lock taken after it: only
    // a new transaction is sure to see the catalog as the previous migrator committed it.
    std::optional<SessionLock> lock;
    if (engineOf(m_db) == DatabaseConfig::Engine::PostgreSql) {
        lock.emplace(m_db);
        if (const auto failed = lock->acquire())
            return errorFromSql(*failed, engineOf(m_db), Tr::tr("Locking the schema for an upgrade"));
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return errorFromSql(transaction.error(), engineOf(m_db), what);
    // Another process may have migrated while this one waited for the lock.
    const auto current = inspect();
    if (!current)
        return current.error();
    if (current->status == SchemaStatus::TooNew || current->status == SchemaStatus::Legacy)
        return refusal(*current);
    for (const Migration &migration : migrations()) {
        if (migration.version <= current->version)
            continue;
        if (auto applied = apply(migration); !applied)
            return applied.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return errorFromSql(committed.error(), engineOf(m_db), what);
    return inspect();
}

Status<> Migrator::apply(const Migration &migration)
{
    const auto engine = engineOf(m_db);
    const QString label = u"%1_%2"_s.arg(migration.version, 4, 10, QChar(u'0')).arg(migration.name);
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        //: %1: the name of a schema migration, e.g. 0001_initial
        return Error{ErrorCode::Internal, Tr::tr("Migration %1 is missing from this build").arg(label)};
    const QStringList statements = Internal::splitSqlScript(QString::fromUtf8(file.readAll()));
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QSqlQuery query(m_db);
        if (!query.exec(statements[i])) {
            return errorFromSql(query.lastError(), engine,
                                Tr::tr("Applying migration %1 (statement %2)").arg(label).arg(i + 1));
        }
    }
    if (const PostSqlStep step = postSqlStep(migration.version)) {
        if (auto done = step(m_db); !done)
            return done.error();
    }
    QSqlQuery record(m_db);
    record.prepare(u"INSERT INTO schema_migrations (version, name) VALUES (?, ?)"_s);
    record.addBindValue(migration.version);
    record.addBindValue(migration.name);
    if (!record.exec())
        return errorFromSql(record.lastError(), engine, Tr::tr("Recording migration %1").arg(label));
    qCInfo(lcStore).noquote() << "applied migration" << label << "to" << m_db.connectionName();
    return Done{};
}

} // namespace sa::core
