#include "connectionprovider.h"

#include "legacyschema_p.h"
#include "sqlerrors.h"
#include "storelogging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProvider)
};

constexpr int kLockTimeoutMs = 10000; // SQLite's busy timeout, PostgreSQL's lock_timeout
constexpr int kBusyRetryDelayMs = 20;
constexpr int kPostgresConnectTimeoutS = 10;

// Tells two providers for the same database apart in connection names.
QAtomicInteger<quint64> s_providerSerial;

// A libpq conninfo value in single quotes, as its parser expects.
QString conninfoQuoted(QString value)
{
    value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

// Runs `sql` on an SQLite connection. Processes opening a new file at once race to switch
// it to WAL, and SQLite answers the losers SQLITE_BUSY at once, without waiting through the
// busy timeout: wait here instead, for as long as that timeout. The error if it still fails.
std::optional<QSqlError> execRetryingWhileBusy(const QSqlDatabase &db, const QString &sql)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(sql))
            return std::nullopt;
        if (classifySqlError(query.lastError(), DatabaseConfig::Engine::Sqlite) != SqlFailure::Busy
            || waited.elapsed() > kLockTimeoutMs) {
            return query.lastError();
        }
        QThread::msleep(kBusyRetryDelayMs);
    }
}

} // namespace

struct ConnectionProvider::Registry
{
    struct Entry
    {
        QString connectionName;
        QMetaObject::Connection threadFinished;
    };
    QMutex mutex;
    QHash<QThread *, Entry> threads; // QThread pointers are keys only, never dereferenced
};

ConnectionProvider::ConnectionProvider(DatabaseConfig config, QString password, Schema schema)
    : m_config(std::move(config))
    , m_password(std::move(password))
    , m_schema(schema)
    , m_namePrefix(u"sa:%1#%2"_s.arg(m_config.id()).arg(++s_providerSerial))
    , m_registry(std::make_shared<Registry>())
{}

ConnectionProvider::~ConnectionProvider()
{
    QMutexLocker lock(&m_registry->mutex);
    for (const auto &entry : std::as_const(m_registry->threads)) {
        QObject::disconnect(entry.threadFinished);
        QSqlDatabase::removeDatabase(entry.connectionName);
    }
    m_registry->threads.clear();
}

std::shared_ptr<ConnectionProvider> ConnectionProvider::withSchema(Schema schema) const
{
    return std::make_shared<ConnectionProvider>(m_config, m_password, schema);
}

QString ConnectionProvider::threadConnectionName() const
{
    return u"%1@thread-0x%2"_s.arg(m_namePrefix)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

Result<QSqlDatabase> ConnectionProvider::database()
{
    const QString name = threadConnectionName();
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
    } else {
        db = QSqlDatabase::addDatabase(m_config.driverName(), name);
        configure(db);
        QThread *thread = QThread::currentThread();
        QMutexLocker lock(&m_registry->mutex);
        // Runs in the finishing thread itself, the only one that may close its connection.
        const auto finished = QObject::connect(
            thread, &QThread::finished, thread,
            [weakRegistry = std::weak_ptr<Registry>(m_registry), thread] {
                const auto registry = weakRegistry.lock();
                if (!registry)
                    return;
                QMutexLocker lock(&registry->mutex);
                const auto entry = registry->threads.take(thread);
                if (!entry.connectionName.isEmpty())
                    QSqlDatabase::removeDatabase(entry.connectionName);
            },
            Qt::DirectConnection);
        m_registry->threads.insert(thread, Registry::Entry{name, finished});
    }
    if (!db.isValid()) {
        return Error{
            ErrorCode::DatabaseUnavailable,
            //: %1: the database (see "the SQLite database %1"), %2: QSQLITE or QPSQL, %3: a package name
            Tr::tr("Cannot open %1: the Qt SQL driver %2 is not installed (Debian package %3)")
                .arg(describe(), m_config.driverName(),
                m_config.engine == DatabaseConfig::Engine::Sqlite ? u"libqt6sql6-sqlite"_s
                                                                  : u"libqt6sql6-psql"_s)};
    }
    if (!db.isOpen()) {
        if (auto opened = open(db); !opened)
            return opened.error();
    }
    return db;
}

void ConnectionProvider::configure(QSqlDatabase &db) const
{
    if (m_config.engine == DatabaseConfig::Engine::Sqlite) {
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kLockTimeoutMs));
        return;
    }
    db.setHostName(m_config.host);
    db.setPort(m_config.port);
    db.setDatabaseName(m_config.database);
    db.setUserName(m_config.user);
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    // Times come back in UTC whatever the server's TimeZone; tables are found in the
    // configured schema; NOTICEs (libpq prints them on stderr) stay on the server; a lock
    // wait ends as SQLite's busy timeout does, in a retryable DATABASE_UNAVAILABLE.
    QString serverOptions
        = u"-c TimeZone=UTC -c client_min_messages=warning -c lock_timeout=%1"_s.arg(
            kLockTimeoutMs);
    if (!m_config.schema.isEmpty())
        serverOptions += u" -c search_path="_s + m_config.schema;
    // The program's name (snapshot-auditor, snapshotctl) tells a DBA in pg_stat_activity who
    // holds a session, and lets a test end only its own process's sessions.
    const QString program = QCoreApplication::applicationName().isEmpty()
                                ? u"snapshot-auditor"_s
                                : QCoreApplication::applicationName();
    QStringList options
        = {u"connect_timeout=%1"_s.arg(kPostgresConnectTimeoutS),
           u"application_name="_s + conninfoQuoted(program), u"options="_s + conninfoQuoted(serverOptions)};
    if (!m_config.sslMode.isEmpty())
        options.append(u"sslmode="_s + m_config.sslMode);
    if (!m_config.sslRootCert.isEmpty())
        options.append(u"sslrootcert="_s + conninfoQuoted(m_config.sslRootCert));
    db.setConnectOptions(options.join(u';'));
}

Status<> ConnectionProvider::open(QSqlDatabase &db) const
{
    if (m_config.engine == DatabaseConfig::Engine::Sqlite) {
        const QFileInfo file(m_config.sqlitePath);
        if (!file.dir().exists()) {
            return Error{ErrorCode::DatabaseUnavailable,
                         Tr::tr("Cannot open %1: the folder %2 does not exist")
                             .arg(describe(), file.absolutePath())};
        }
    }
    if (!db.open()) {
        const QSqlError error = db.lastError();
        QString detail = error.databaseText().trimmed();
        if (detail.isEmpty())
            detail = error.driverText().trimmed();
        // libpq's own text (in English) says when a password was missing or wrong.
        const bool passwordProblem = m_config.engine == DatabaseConfig::Engine::PostgreSql
                                     && detail.contains(u"password"_s);
        qCWarning(lcStore).noquote() << "cannot open" << describe() << ':' << detail;
        //: %1: the database (see "the SQLite database %1"), %2: the driver's explanation
        const QString message = passwordProblem
                                    ? Tr::tr("Cannot open %1: %2. Provide the password through the keychain, "
                                             "a ~/.pgpass (or PGPASSFILE) entry or the password prompt.")
                                    //: %1: the database (see "the SQLite database %1"), %2: the driver's explanation
                                    : Tr::tr("Cannot open %1: %2.");
        return Error{ErrorCode::DatabaseUnavailable, message.arg(describe(), detail)};
    }
    if (m_config.engine == DatabaseConfig::Engine::Sqlite) {
        // WAL lets readers run while one process writes; foreign keys are off by default
        // in SQLite. synchronous stays FULL: a committed snapshot survives a power cut.
        for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s}) {
            if (const auto failed = execRetryingWhileBusy(db, pragma)) {
                //: %1: the database (see "the SQLite database %1"), %2: an SQL statement
                const Error error = errorFromSql(*failed, m_config.engine,
                                                 Tr::tr("Preparing %1 (%2)").arg(describe(), pragma));
                db.close();
                return error;
            }
        }
    }
    if (m_schema == Schema::LegacyCcp04) {
        if (auto prepared = Internal::prepareLegacyReadSession(db); !prepared) {
            db.close();
            return prepared.error();
        }
    }
    qCDebug(lcStore).noquote() << "opened" << describe() << "as" << db.connectionName();
    return Done{};
}

Error ConnectionProvider::failure(const QSqlError &error, const QString &what)
{
    if (m_config.engine == DatabaseConfig::Engine::Sqlite)
        return errorFromSql(error, m_config.engine, what);

    QSqlDatabase db = QSqlDatabase::database(threadConnectionName(), false);
    bool lost = classifySqlError(error, m_config.engine) == SqlFailure::ConnectionLost;
    if (!lost && db.isOpen()) {
        // libpq does not always say that the socket is gone; a failed ping that is itself
        // a connection failure does (an aborted transaction fails the ping differently).
        QSqlQuery ping(db);
        lost = !ping.exec(u"SELECT 1"_s)
               && classifySqlError(ping.lastError(), m_config.engine) == SqlFailure::ConnectionLost;
    }
    if (!lost)
        return errorFromSql(error, m_config.engine, what);
    db.close();
    qCWarning(lcStore).noquote() << "lost the connection to" << describe()
                                 << "; reconnecting on next use";
    //: %1: what was being done, %2: the database (see "the PostgreSQL database..."), %3: the
    //: driver's explanation
    return Error{
        ErrorCode::DatabaseUnavailable,
        Tr::tr("%1 failed: the connection to %2 was lost (%3). It is re-established on the next attempt.")
            .arg(what, describe(), error.databaseText().trimmed())};
}

QString ConnectionProvider::describe() const
{
    if (m_config.engine == DatabaseConfig::Engine::Sqlite) {
        //: Part of messages such as "Cannot open %1: ..."; %1: a file path
        return Tr::tr("the SQLite database %1").arg(QFileInfo(m_config.sqlitePath).absoluteFilePath());
    }
    const QString port = QString::number(m_config.port);
    if (m_config.user.isEmpty()) {
        //: Part of messages such as "Cannot open %1: ..."; %2: host, %3: port
        return Tr::tr("the PostgreSQL database \"%1\" on %2:%3").arg(m_config.database, m_config.host, port);
    }
    //: Part of messages such as "Cannot open %1: ..."; %2: host, %3: port, %4: the user name
    return Tr::tr("the PostgreSQL database \"%1\" on %2:%3 as %4")
        .arg(m_config.database, m_config.host, port, m_config.user);
}

} // namespace sa::core
