// The verbs that read a report's versions: init, show, log and diff of stored versions.
#include "storecommands.h"

#include "cliio.h"
#include "diffoutput.h"
#include "jsoncommands.h"
#include "sharedoptions.h"
#include "storeaccess.h"
#include "storeoutput.h"

#include "core/json/canonicaljson.h"
#include "core/json/jsondiff.h"
#include "core/json/jsonparser.h"
#include "core/store/connectionprovider.h"
#include "core/store/historyqueries.h"
#include "core/store/migrator.h"
#include "core/store/opendatabase.h"
#include "core/store/snapshotstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::cli {
namespace {

const QCommandLineOption kVersion(u"version"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "The version to show (default: the active one).")), untranslated(QT_TRANSLATE_NOOP("snapshotctl", "N")));
const QCommandLineOption kAsOf(u"as-of"_s,
                               untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Show the version that was active at TIME (ISO 8601, e.g. 2026-05-01T12:00:00Z; "
                                       "without a zone: UTC).")),
                               untranslated(QT_TRANSLATE_NOOP("snapshotctl", "TIME")));
const QCommandLineOption kCanonical(u"canonical"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Print the RFC 8785 canonical bytes instead of indented JSON.")));

Result<QDateTime> parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return Error{ErrorCode::InvalidArgument, Cli::tr("--as-of expects an ISO 8601 time, not '%1'").arg(text)};
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

// Which version `show` means: --version N, --as-of TIME, or the active one.
Result<std::optional<int>> requestedVersion(const QCommandLineParser &parser, ConnectionProvider &connections,
                                            const QString &reportId)
{
    if (parser.isSet(kVersion) && parser.isSet(kAsOf))
        return Error{ErrorCode::InvalidArgument, Cli::tr("--version and --as-of exclude each other")};
    if (parser.isSet(kVersion)) {
        const auto version = parseVersion(parser.value(kVersion), u"--version"_s);
        if (!version)
            return version.error();
        return std::optional<int>(*version);
    }
    if (!parser.isSet(kAsOf))
        return std::optional<int>();
    const auto time = parseTime(parser.value(kAsOf));
    if (!time)
        return time.error();
    HistoryQueries history(connections);
    const auto activation = history.activeVersionAsOf(reportId, *time);
    if (!activation)
        return activation.error();
    if (!*activation) {
        return Error{ErrorCode::VersionNotFound,
                     Cli::tr("report %1 had no version yet at %2").arg(reportId, displayTime(*time))};
    }
    return std::optional<int>((*activation)->version);
}

QString logTable(const HistoryPage &page, qint64 offset)
{
    QString text = Cli::tr("VERSION  ACTIVE  CREATED                  AUTHOR        SIZE       CHECKSUM\n");
    for (const SnapshotSummary &summary : page.snapshots) {
        text += u"%1  %2  %3  %4  %5  %6\n"_s.arg(summary.version, 7)
                    .arg(summary.isActive ? u"*"_s : u""_s, -6)
                    .arg(displayTime(summary.createdAt), -23)
                    .arg(summary.createdBy, -12)
                    .arg(displaySize(summary.dataSize), -9)
                    .arg(summary.checksum.left(12));
        if (summary.deprecatedAt.isValid()) {
            text += Cli::tr("         deprecated %1: %2\n").arg(displayTime(summary.deprecatedAt), summary.deprecatedReason);
        }
    }
    const qint64 shown = qint64(page.snapshots.size());
    if (shown == 0)
        text += Cli::tr("(no versions from offset %1; the report has %2 versions)\n").arg(offset).arg(page.total);
    else if (offset + shown < page.total)
        text += Cli::tr("versions %1 to %2 of %3, newest first; --offset %4 shows more\n")
                    .arg(offset + 1).arg(offset + shown).arg(page.total).arg(offset + shown);
    return text;
}

// The stored-versions form of `diff`: REPORT V1 V2.
int diffStoredVersions(const QCommandLineParser &parser)
{
    const auto request = diffRequestFrom(parser);
    if (!request)
        return failWithCode(request.error());
    const QStringList positionals = parser.positionalArguments();
    const QString &reportId = positionals[0];
    const auto older = parseVersion(positionals[1], u"V1"_s);
    if (!older)
        return failWithCode(older.error());
    const auto newer = parseVersion(positionals[2], u"V2"_s);
    if (!newer)
        return failWithCode(newer.error());
    auto opened = openStore(parser, StoreAccess::Read);
    if (!opened)
        return failWithCode(opened.error());
    SnapshotStore store(*opened->connections);
    std::vector<JsonDocumentPtr> documents;
    for (int version : {*older, *newer}) {
        const auto snapshot = store.get(reportId, version);
        if (!snapshot)
            return failWithCode(snapshot.error());
        auto parsed = parseJson(snapshot->canonicalJson, JsonParseOptions::storage());
        if (!parsed)
            return failWithCode(parsed.error().toError(describeVersion(snapshot->summary)));
        documents.push_back(std::move(parsed->document));
    }
    const auto diff = diffJson(documents[0], documents[1], request->options);
    if (!diff)
        return failWithCode(diff.error());
    writeOutput(formatDiff(*diff, request->format));
    return diff->isEmpty() ? kExitOk : kExitDifferent;
}

} // namespace

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Creates the snapshot schema in an empty database, or upgrades an older one, in one transaction. "
                "A database written by a newer release, or a CCP-04 deployment without schema_migrations, is "
                "refused and left untouched."));
    parser.addOption(jsonOption());
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 0, 0, exitCode))
        return exitCode;
    const auto opened = openStore(parser, StoreAccess::Create);
    if (!opened)
        return failWithCode(opened.error());
    const DatabaseConfig &config = opened->connections->config();
    if (parser.isSet(jsonOption())) {
        writeOutput(jsonLine({{u"database"_s, config.id()}, {u"schemaVersion"_s, opened->schema.version}}));
    } else {
        writeOutput(Cli::tr("%1: schema version %2, ready\n").arg(config.id()).arg(opened->schema.version).toUtf8());
    }
    return kExitOk;
}

int runMigrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Upgrades the schema of a snapshot database, as init does, and is the one way to upgrade a database "
                "written by the CCP-04 service: it says what the upgrade adds and keeps, asks for a confirmation "
                "(or --yes) and runs it in one transaction."));
    parser.addOptions(translated({yesOption(), jsonOption()}));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 0, 0, exitCode))
        return exitCode;
    auto opened = openStore(parser, StoreAccess::Migrate);
    if (!opened)
        return failWithCode(opened.error());
    const QString database = opened->connections->config().id();
    const bool fromCcp04 = opened->schema.status == SchemaStatus::Legacy;
    if (fromCcp04) {
        QString plan = Cli::tr("%1 was written by the CCP-04 snapshot service. Upgrading it:\n").arg(database);
        for (const QString &line : Migrator::legacyUpgradeSummary())
            plan += u"  - "_s + line + u'\n';
        std::fputs(plan.toUtf8().constData(), stderr); // the question's context, not output
        if (auto yes = confirmed(parser, Cli::tr("Upgrade %1?").arg(database)); !yes)
            return failWithCode(yes.error());
        auto upgraded = upgradeCcp04Database(*opened);
        if (!upgraded)
            return failWithCode(upgraded.error());
        opened = std::move(upgraded);
    }
    if (parser.isSet(jsonOption())) {
        writeOutput(jsonLine({{u"database"_s, database},
                              {u"schemaVersion"_s, opened->schema.version},
                              {u"upgradedFromCcp04"_s, fromCcp04}}));
    } else {
        writeOutput(Cli::tr("%1: schema version %2, ready\n").arg(database).arg(opened->schema.version).toUtf8());
    }
    return kExitOk;
}

int runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Prints a version of REPORT, indented, after verifying its checksum (INTEGRITY_CHECK_FAILED when the "
                "stored data was changed). Default: the active version."));
    parser.addPositionalArgument(u"REPORT"_s, Cli::tr("The report id."));
    parser.addOptions(translated({kVersion, kAsOf, kCanonical}));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 1, 1, exitCode))
        return exitCode;
    const QString reportId = parser.positionalArguments().constFirst();
    auto opened = openStore(parser, StoreAccess::Read);
    if (!opened)
        return failWithCode(opened.error());
    const auto version = requestedVersion(parser, *opened->connections, reportId);
    if (!version)
        return failWithCode(version.error());
    SnapshotStore store(*opened->connections);
    const auto snapshot = store.get(reportId, *version);
    if (!snapshot)
        return failWithCode(snapshot.error());
    if (snapshot->summary.deprecatedAt.isValid()) {
        printError(Cli::tr("warning: version %1 of %2 is deprecated: %3")
                       .arg(snapshot->summary.version)
                       .arg(reportId, snapshot->summary.deprecatedReason));
    }
    if (parser.isSet(kCanonical)) {
        writeOutput(snapshot->canonicalJson);
        return kExitOk;
    }
    const auto parsed = parseJson(snapshot->canonicalJson, JsonParseOptions::storage());
    if (!parsed)
        return failWithCode(parsed.error().toError(describeVersion(snapshot->summary)));
    writeOutput(prettyJson(parsed->document->root()) + '\n');
    return kExitOk;
}

int runLog(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the versions of REPORT, newest first, without their payloads."));
    parser.addPositionalArgument(u"REPORT"_s, Cli::tr("The report id."));
    parser.addOption(jsonOption());
    addPagingOptions(parser, 20, Cli::tr("versions"));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 1, 1, exitCode))
        return exitCode;
    const auto paging = pagingFrom(parser, HistoryQueries::kMaxPageSize);
    if (!paging)
        return failWithCode(paging.error());
    const QString reportId = parser.positionalArguments().constFirst();
    auto opened = openStore(parser, StoreAccess::Read);
    if (!opened)
        return failWithCode(opened.error());
    SnapshotStore store(*opened->connections);
    const auto page = store.history(reportId, paging->limit, paging->offset);
    if (!page)
        return failWithCode(page.error());
    if (parser.isSet(jsonOption())) {
        QJsonArray versions;
        for (const SnapshotSummary &summary : page->snapshots)
            versions.append(summaryToJson(summary));
        writeOutput(jsonLine({{u"reportId"_s, reportId}, {u"total"_s, page->total}, {u"offset"_s, paging->offset},
                              {u"versions"_s, versions}}));
    } else {
        writeOutput(logTable(*page, paging->offset).toUtf8());
    }
    return kExitOk;
}

int runDiffVerb(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Shows what changed, structurally, by JSON Pointer: between two JSON files (diff OLD NEW) or "
                "between two stored versions of a report (diff REPORT V1 V2, both verified). "
                "Exit code 0: the same, 1: different, 2: trouble."));
    parser.addPositionalArgument(u"OLD|REPORT"_s, Cli::tr("The older JSON file, or the report id."));
    parser.addPositionalArgument(u"NEW|V1"_s, Cli::tr("The newer JSON file, or the older version."));
    parser.addPositionalArgument(u"[V2]"_s, Cli::tr("The newer version."));
    addDiffOptions(parser);
    parser.addOption(acceptRoundingOption());
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 2, 3, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() == 2)
        return runDiff(arguments);
    return diffStoredVersions(parser);
}

} // namespace sa::cli
