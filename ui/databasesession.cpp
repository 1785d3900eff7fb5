#include "databasesession.h"

#include "core/json/jsonparser.h"
#include "core/store/connectionprovider.h"
#include "core/store/snapshotstore.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace sa::ui {

DatabaseSession::DatabaseSession(core::OpenedDatabase database, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_readOnly(readOnly)
{
    m_pool.setObjectName(u"sa-database"_s);
    m_pool.setMaxThreadCount(2);
}

DatabaseSession::~DatabaseSession()
{
    m_pool.clear();
    m_pool.waitForDone();
}

Task<core::OpenedDatabase> DatabaseSession::open(const core::DatabaseConfig &config, const QString &password,
                                                 bool readOnly)
{
    const auto policy = readOnly ? core::SchemaPolicy::LeaveAsIs : core::SchemaPolicy::Migrate;
    return QtConcurrent::run(&core::openDatabase, config, password, policy);
}

const core::DatabaseConfig &DatabaseSession::config() const
{
    return m_database.connections->config();
}

// Runs `function(ConnectionProvider&)` on the session's pool; the provider is kept alive by
// the task itself.
template<typename Function>
auto DatabaseSession::run(Function function)
{
    return QtConcurrent::run(&m_pool, [connections = m_database.connections, function = std::move(function)] {
        return function(*connections);
    });
}

Task<core::HistoryPage> DatabaseSession::history(const QString &reportId, int limit, qint64 offset)
{
    return run([reportId, limit, offset](core::ConnectionProvider &connections) {
        return core::SnapshotStore(connections).history(reportId, limit, offset);
    });
}

Task<LoadedVersion> DatabaseSession::loadVersion(const QString &reportId, std::optional<int> version)
{
    return run([reportId, version](core::ConnectionProvider &connections) -> core::Result<LoadedVersion> {
        auto snapshot = core::SnapshotStore(connections).get(reportId, version);
        if (!snapshot)
            return snapshot.error();
        // Stored documents are canonical and were validated on the way in: plain RFC 8259
        // reading is enough, and the checksum was verified by get().
        auto parsed = core::parseJson(snapshot->canonicalJson, core::JsonParseOptions::rfc8259());
        if (!parsed)
            return parsed.error().toError(u"%1 v%2"_s.arg(reportId).arg(snapshot->summary.version));
        return LoadedVersion{snapshot->summary, parsed->document, snapshot->metadataJson};
    });
}

} // namespace sa::ui
