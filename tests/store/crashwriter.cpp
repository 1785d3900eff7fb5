// sa_crash_writer URL REPORT: writes to one report until it is killed, for tst_crash.
// Creates new versions (about 20 KB each) and every third step rolls the report back to the
// version before, so that a SIGKILL can land inside either kind of transaction. Prints
// "ready PID" once connected, PID being its PostgreSQL backend (0 on SQLite): a COMMIT the
// server received before the kill still completes, and the test waits for that backend to
// end before it looks. Retryable errors are retried, anything else exits 2.
#include "core/demo/parcelgenerator.h"
#include "core/store/connectionprovider.h"
#include "core/store/opendatabase.h"
#include "core/store/snapshotadmin.h"
#include "core/store/snapshotstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace {

constexpr qsizetype kDocumentBytes = 20 * 1024;

bool retryable(const Error &error)
{
    return error.code == ErrorCode::DatabaseUnavailable || error.code == ErrorCode::VersionConflict;
}

int failed(const Error &error)
{
    std::fprintf(stderr, "sa_crash_writer: %s\n", qPrintable(error.toString()));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sa.store.info=false"_s);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: sa_crash_writer URL REPORT\n");
        return 2;
    }
    const auto config = parseDatabaseUrl(arguments[1]);
    if (!config)
        return failed(config.error());
    const auto opened = openDatabase(*config, {}, SchemaPolicy::Migrate);
    if (!opened)
        return failed(opened.error());
    const QString reportId = arguments[2];
    SnapshotStore store(*opened->connections);
    SnapshotAdmin admin(*opened->connections);

    int active = 0;
    if (const auto current = store.get(reportId); current)
        active = current->summary.version;
    else if (current.error().code != ErrorCode::NotFound)
        return failed(current.error());
    // Each run edits its own documents, so that no create is skipped as unchanged.
    ParcelGenerator generator(QRandomGenerator::system()->generate64(), 1, kDocumentBytes);
    qint64 backend = 0;
    if (config->engine == DatabaseConfig::Engine::PostgreSql) {
        auto db = opened->connections->database();
        if (!db)
            return failed(db.error());
        QSqlQuery query(*db);
        if (!query.exec(u"SELECT pg_backend_pid()"_s) || !query.next())
            return failed(opened->connections->failure(query.lastError(), u"Reading the backend pid"_s));
        backend = query.value(0).toLongLong();
    }
    std::printf("ready %lld\n", backend);
    std::fflush(stdout);

    for (int step = 1;; ++step) {
        if (step % 3 == 0 && active > 1) {
            const auto rolledBack = admin.rollback(reportId, active - 1, active, u"crash test"_s);
            if (rolledBack)
                active = rolledBack->version;
            else if (!retryable(rolledBack.error()))
                return failed(rolledBack.error());
            continue;
        }
        generator.advance();
        CreateSnapshotRequest request;
        request.reportId = reportId;
        request.json = generator.toJson();
        const auto created = store.create(request);
        if (created)
            active = created->snapshot.version;
        else if (!retryable(created.error()))
            return failed(created.error());
    }
}
