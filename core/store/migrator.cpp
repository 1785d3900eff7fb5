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
                   "such a database on its own; an admin can upgrade it explicitly (snapshotctl migrate, or "
                   "File > Upgrade CCP-04 Database).")};
}

Result<SchemaState> Migrator::migrate()
{
    return upgrade(Origin::ThisProduct);
}

Result<SchemaState> Migrator::upgradeLegacy()
{
    return upgrade(Origin::Ccp04);
}

QStringList Migrator::legacyUpgradeSummary()
{
    //: Each line: what upgrading a CCP-04 database does; table names stay as they are
    return {
        Tr::tr("The CCP-04 tables are renamed ccp04_report_snapshots, ccp04_activity_logs, ccp04_users and "
               "ccp04_reports and kept exactly as they are, as evidence; nothing is deleted."),
        Tr::tr("New tables with Snapshot Auditor's schema get a copy of every row: payloads, checksums, versions, "
               "authors, times and active flags as they were. CCP-04's times have no time zone and are taken as UTC."),
        Tr::tr("The activity log gets CCP-04's rollbacks and, for each version, its creation derived from the "
               "version's row (CCP-04 did not log creations)."),
        Tr::tr("The database then enforces the rules: snapshots and the activity log can no longer be changed or "
               "deleted, and a report has at most one active version."),
        Tr::tr("A hash chain is computed over every version, so that later changes to the history can be proven."),
        Tr::tr("CCP-04's checksums stay as they are; an admin can record a full checksum beside each one."),
        Tr::tr("All of it happens in one transaction: if any step fails, the database is left as it was."),
    };
}

Result<SchemaState> Migrator::upgrade(Origin origin)
{
    const auto before = inspect();
    if (!before)
        return before.error();
    if (origin == Origin::ThisProduct && before->status == SchemaStatus::Current)
        return *before;
    if (before->status == SchemaStatus::TooNew)
        return refusal(*before);
    if (origin == Origin::Ccp04 && before->status != SchemaStatus::Legacy)
        return notCcp04(*before);
    // Decided again under the lock, where no other migrator can be half-way (on PostgreSQL,
    // catalog lookups outside it may lag a concurrent commit).

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
    if (current->status == SchemaStatus::TooNew || (origin == Origin::ThisProduct && current->status == SchemaStatus::Legacy))
        return refusal(*current);
    if (origin == Origin::Ccp04) {
        if (current->status != SchemaStatus::Legacy)
            return notCcp04(*current);
        if (auto conflicts = ccp04Conflicts(); !conflicts)
            return conflicts.error();
        if (auto setAside = runScript(u":/sa/migrations/ccp04/set_aside.sql"_s, u"ccp04 set_aside"_s); !setAside)
            return setAside.error();
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current->version)
            continue;
        if (auto applied = apply(migration); !applied)
            return applied.error();
        // The CCP-04 rows join the new tables before any later migration builds on them.
        if (origin == Origin::Ccp04 && migration.version == 1) {
            if (auto copied = runScript(u":/sa/migrations/ccp04/copy.sql"_s, u"ccp04 copy"_s); !copied)
                return copied.error();
        }
    }
    if (auto committed = transaction->commit(); !committed)
        return errorFromSql(committed.error(), engineOf(m_db), what);
    if (origin == Origin::Ccp04)
        qCInfo(lcStore).noquote() << "upgraded a CCP-04 database on" << m_db.connectionName();
    return inspect();
}

Error Migrator::notCcp04(const SchemaState &state) const
{
    if (state.status == SchemaStatus::Empty)
        return {ErrorCode::InvalidArgument, Tr::tr("This database has no CCP-04 tables: there is nothing to upgrade")};
    //: %1: a schema version number
    return {ErrorCode::InvalidArgument, Tr::tr("This database already has Snapshot Auditor's schema (version %1), not "
                                               "CCP-04's: there is nothing to upgrade from CCP-04")
                                            .arg(state.version)};
}

Status<> Migrator::ccp04Conflicts() const
{
    const QString what = Tr::tr("Checking the CCP-04 tables before the upgrade");
    // What CCP-04 let happen and this schema refuses, named before anything is changed.
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT report_id, string_agg(version::text, ', ' ORDER BY version) FROM report_snapshots "
                    "WHERE is_active GROUP BY report_id HAVING count(*) > 1 ORDER BY report_id"_s)) {
        return errorFromSql(query.lastError(), engineOf(m_db), what);
    }
    QStringList reports;
    while (query.next()) {
        //: %1: a report id, %2: version numbers ("5, 6")
        reports.append(Tr::tr("\"%1\" (versions %2)").arg(query.value(0).toString(), query.value(1).toString()));
    }
    if (!reports.isEmpty()) {
        //: %1: a list of reports with their active versions
        return Error{ErrorCode::ValidationFailed,
                     Tr::tr("These reports have more than one active version, which CCP-04 allowed and Snapshot "
                            "Auditor refuses: %1. Leave one active version per report (is_active in the CCP-04 "
                            "table report_snapshots), then upgrade. Nothing was changed.")
                         .arg(reports.join(u"; "_s))};
    }
    return Done{};
}

Status<> Migrator::runScript(const QString &resourcePath, const QString &label)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        //: %1: the name of a schema migration, e.g. 0001_initial
        return Error{ErrorCode::Internal, Tr::tr("Migration %1 is missing from this build").arg(label)};
    const QStringList statements = Internal::splitSqlScript(QString::fromUtf8(file.readAll()));
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QSqlQuery query(m_db);
        if (!query.exec(statements[i])) {
            return errorFromSql(query.lastError(), engineOf(m_db),
                                Tr::tr("Applying migration %1 (statement %2)").arg(label).arg(i + 1));
        }
    }
    return Done{};
}

Status<> Migrator::apply(const Migration &migration)
{
    const auto engine = engineOf(m_db);
    const QString label = u"%1_%2"_s.arg(migration.version, 4, 10, QChar(u'0')).arg(migration.name);
    if (auto ran = runScript(migration.resourcePath, label); !ran)
        return ran.error();
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
