// A separate writer process for the concurrency tests: migrates the database (racing the
// other writers), then creates --count versions of one report, printing each version it
// got. The password, if any, comes from PGPASSFILE; the URL never carries one.
#include "core/store/connectionprovider.h"
#include "core/store/migrator.h"
#include "core/store/snapshotstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sa::core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"url"_s, u"Database URL"_s, u"url"_s});
    parser.addOption({u"report"_s, u"Report id"_s, u"id"_s});
    parser.addOption({u"count"_s, u"Versions to create"_s, u"n"_s});
    parser.addOption({u"writer"_s, u"Number of this writer, for distinct documents"_s, u"n"_s});
    parser.process(app);

    const auto config = parseDatabaseUrl(parser.value(u"url"_s));
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error().toString()));
        return 2;
    }
    ConnectionProvider provider(*config);
    {
        auto db = provider.database();
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
            return 1;
        }
        const auto migrated = Migrator(*db).migrate();
        if (!migrated) {
            std::fprintf(stderr, "%s\n", qPrintable(migrated.error().toString()));
            return 1;
        }
    }
    SnapshotStore store(provider);
    const int count = parser.value(u"count"_s).toInt();
    const QByteArray writer = parser.value(u"writer"_s).toUtf8();
    for (int i = 0; i < count; ++i) {
        CreateSnapshotRequest request;
        request.reportId = parser.value(u"report"_s);
        request.json = R"({"writer":)" + writer + R"(,"sequence":)" + QByteArray::number(i)
                       + R"(,"owners":[{"name":"Zoë Ødegaard","share":0.5}]})";
        const auto created = store.create(request);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
            return 1;
        }
        std::printf("%d\n", created->snapshot.version);
    }
    return 0;
}
