// The verbs that write new versions: create (one document) and import (many).
#include "storecommands.h"

#include "cliio.h"
#include "sharedoptions.h"
#include "storeaccess.h"
#include "storeoutput.h"

#include "core/json/jsonparser.h"
#include "core/store/snapshotstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::cli {
namespace {

const QCommandLineOption kSource(u"source"_s,
                                 untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Where the data came from: api, manual, import, migration or rollback.")),
                                 untranslated(QT_TRANSLATE_NOOP("snapshotctl", "source")));
const QCommandLineOption kSkipUnchanged(u"skip-unchanged"_s,
                                        untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Write nothing when a document equals the report's active version.")));
const QCommandLineOption kReport(u"report"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "The report the documents belong to.")), untranslated(QT_TRANSLATE_NOOP("snapshotctl", "ID")));
const QCommandLineOption kExpectedVersion(
    u"expected-version"_s,
    untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Fail with VERSION_CONFLICT unless N is the report's active version (0: the report is new).")),
    untranslated(QT_TRANSLATE_NOOP("snapshotctl", "N")));

// How every document of one run is written.
struct WriteSettings
{
    SnapshotMetadata metadata;
    bool skipUnchanged = false;
    bool acceptRounding = false;
    std::optional<int> expectedVersion;
};

Result<WriteSettings> writeSettingsFrom(const QCommandLineParser &parser, const QString &defaultSource)
{
    WriteSettings settings;
    settings.metadata.source = parser.isSet(kSource) ? parser.value(kSource) : defaultSource;
    if (auto valid = settings.metadata.validate(); !valid)
        return valid.error();
    settings.skipUnchanged = parser.isSet(kSkipUnchanged);
    settings.acceptRounding = parser.isSet(acceptRoundingOption());
    return settings;
}

// One document to write: where it is and which report it belongs to.
struct ImportItem
{
    QString source; // a file name, or "<stdin>"
    int line = 0; // NDJSON: the document's line; 0: the whole file
    QString reportId; // empty: take the document's own "reportId" member
    QByteArray json;

    QString origin() const { return line > 0 ? u"%1:%2"_s.arg(source).arg(line) : source; }
};

// Reads the document under the storage rules first, so that a refusal names the place as
// compilers do ("FILE:LINE:COLUMN: reason"); an NDJSON document is its line.
Result<ParsedJson> parseItem(const ImportItem &item, bool acceptRounding)
{
    JsonParseOptions options = JsonParseOptions::storage();
    options.acceptRounding = acceptRounding;
    auto parsed = parseJson(item.json, options);
    if (parsed)
        return std::move(parsed).value();
    JsonParseError error = parsed.error();
    if (item.line > 0)
        error.line = item.line;
    return error.toError(item.source);
}

// The "reportId" member of a document, for NDJSON without --report.
Result<QString> reportIdOf(const ParsedJson &parsed, const QString &origin)
{
    const JsonValue &root = parsed.document->root();
    const JsonValue *member = root.isObject() ? root.find("reportId") : nullptr;
    if (!member || !member->isString() || member->size() == 0) {
        return Error{ErrorCode::ValidationFailed,
                     Cli::tr("%1: no report id: pass --report ID or give each document a \"reportId\" string member")
                         .arg(origin)};
    }
    const std::string_view id = member->toString();
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}

// Writes one document; errors name where it came from.
Result<CreateSnapshotResult> writeItem(SnapshotStore &store, const WriteSettings &settings, const ImportItem &item)
{
    const auto parsed = parseItem(item, settings.acceptRounding);
    if (!parsed)
        return parsed.error();
    // Also listed in the snapshot's metadata warnings; said here so that nobody is surprised.
    for (const RoundedNumber &rounded : parsed->roundedNumbers) {
        printError(Cli::tr("%1: warning: the number at %2 is stored rounded from %3 to %4")
                       .arg(item.origin(), rounded.pointer.isEmpty() ? u"/"_s : rounded.pointer,
                            QString::fromLatin1(rounded.asWritten), QString::fromLatin1(rounded.asStored)));
    }
    const auto reportId = item.reportId.isEmpty() ? reportIdOf(*parsed, item.origin()) : Result<QString>(item.reportId);
    if (!reportId)
        return reportId.error();
    CreateSnapshotRequest request;
    request.reportId = *reportId;
    request.json = item.json;
    request.metadata = settings.metadata;
    request.expectedVersion = settings.expectedVersion;
    request.skipUnchanged = settings.skipUnchanged;
    request.acceptRounding = settings.acceptRounding;
    auto result = store.create(request);
    if (!result)
        return Error{result.error().code, item.origin() + u": "_s + result.error().message};
    return result;
}

QString describeWrite(const CreateSnapshotResult &result)
{
    const SnapshotSummary &snapshot = result.snapshot;
    return result.created
        ? Cli::tr("%1: created version %2 (%3, checksum %4)")
              .arg(snapshot.reportId)
              .arg(snapshot.version)
              .arg(displaySize(snapshot.dataSize), snapshot.checksum.left(12))
        : Cli::tr("%1: unchanged, version %2 is already this document").arg(snapshot.reportId).arg(snapshot.version);
}

QJsonObject writeToJson(const CreateSnapshotResult &result)
{
    QJsonObject object = summaryToJson(result.snapshot);
    object.insert(u"created"_s, result.created);
    return object;
}

// NDJSON: one document per non-empty line.
std::vector<ImportItem> splitLines(const QByteArray &bytes, const QString &name, const QString &reportId)
{
    std::vector<ImportItem> items;
    int lineNumber = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        ++lineNumber;
        if (!line.trimmed().isEmpty())
            items.push_back({name, lineNumber, reportId, line});
    }
    return items;
}

// What PATH holds: a JSON file, an NDJSON file or stream (- or *.ndjson), or a folder of
// JSON files (in name order, each its own report unless --report says otherwise).
Result<std::vector<ImportItem>> collectItems(const QString &path, const QString &reportOption)
{
    if (path == u"-"_s || path.endsWith(u".ndjson"_s)) {
        const auto bytes = readInput(path);
        if (!bytes)
            return bytes.error();
        return splitLines(*bytes, path == u"-"_s ? Cli::tr("<stdin>") : path, reportOption);
    }
    const QFileInfo info(path);
    QStringList files;
    if (info.isDir()) {
        const QDir dir(path);
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
        if (files.isEmpty())
            return Error{ErrorCode::InvalidArgument, Cli::tr("%1 holds no .json files").arg(path)};
    } else {
        files.append(path);
    }
    std::vector<ImportItem> items;
    for (const QString &file : files) {
        const auto bytes = readInput(file);
        if (!bytes)
            return bytes.error();
        items.push_back({file, 0, reportOption.isEmpty() ? QFileInfo(file).completeBaseName() : reportOption, *bytes});
    }
    return items;
}

// Progress for imports that take a while, at most once a second, on standard error.
class ImportProgress
{
public:
    explicit ImportProgress(qsizetype total) : m_total(total) { m_clock.start(); }

    void advance(qsizetype done)
    {
        constexpr qint64 kIntervalMs = 1000;
        if (m_clock.elapsed() - m_lastReport < kIntervalMs)
            return;
        m_lastReport = m_clock.elapsed();
        std::fprintf(stderr, "%s\n", qPrintable(Cli::tr("snapshotctl: import: %1 of %2 documents").arg(done).arg(m_total)));
    }

private:
    qsizetype m_total;
    QElapsedTimer m_clock;
    qint64 m_lastReport = 0;
};

} // namespace

int runCreate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Stores FILE as the next version of REPORT and makes it the active version. The document is "
                "validated (RFC 8259 and I-JSON), canonicalised (RFC 8785) and checksummed; a document that is "
                "refused writes nothing."));
    parser.addPositionalArgument(u"REPORT"_s, Cli::tr("The report id (1 to 64 characters)."));
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("The JSON document, or - for standard input."));
    parser.addOptions(translated({kSource, kSkipUnchanged, kExpectedVersion, acceptRoundingOption(), jsonOption()}));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 2, 2, exitCode))
        return exitCode;
    auto settings = writeSettingsFrom(parser, u"manual"_s);
    if (!settings)
        return failWithCode(settings.error());
    if (parser.isSet(kExpectedVersion)) {
        bool ok = false;
        settings->expectedVersion = parser.value(kExpectedVersion).toInt(&ok);
        if (!ok || *settings->expectedVersion < 0)
            return failWithCode({ErrorCode::InvalidArgument, Cli::tr("--expected-version must be 0 or more")});
    }
    const QStringList positionals = parser.positionalArguments();
    const auto json = readInput(positionals[1]);
    if (!json)
        return failWithCode(json.error());
    auto opened = openStore(parser, StoreAccess::Create);
    if (!opened)
        return failWithCode(opened.error());
    if (auto allowed = checkAccess(*opened->connections, AccessRights::Action::Create); !allowed)
        return failWithCode(allowed.error());
    SnapshotStore store(*opened->connections);
    const ImportItem item{positionals[1] == u"-"_s ? Cli::tr("<stdin>") : positionals[1], 0, positionals[0], *json};
    const auto written = writeItem(store, *settings, item);
    if (!written)
        return failWithCode(written.error());
    writeOutput(parser.isSet(jsonOption()) ? jsonLine(writeToJson(*written)) : (describeWrite(*written) + u'\n').toUtf8());
    return kExitOk;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Stores documents as new versions: a JSON file (report id: --report or the file's base name), a "
                "folder of JSON files (one report per file name), or NDJSON from standard input (-) or a .ndjson "
                "file (report id: --report or each document's \"reportId\" member). Each document is written in "
                "its own transaction; a refused document writes nothing, is named with its file and line, and "
                "the import goes on with the next one. Exit code 2 when any document was refused."));
    parser.addPositionalArgument(u"PATH"_s, Cli::tr("A JSON file, a folder, an NDJSON file, or - for NDJSON on standard input."));
    parser.addOptions(translated({kReport, kSource, kSkipUnchanged, acceptRoundingOption(), jsonOption()}));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 1, 1, exitCode))
        return exitCode;
    const auto settings = writeSettingsFrom(parser, u"import"_s);
    if (!settings)
        return failWithCode(settings.error());
    const auto items = collectItems(parser.positionalArguments().constFirst(), parser.value(kReport));
    if (!items)
        return failWithCode(items.error());
    auto opened = openStore(parser, StoreAccess::Create);
    if (!opened)
        return failWithCode(opened.error());
    if (auto allowed = checkAccess(*opened->connections, AccessRights::Action::Create); !allowed)
        return failWithCode(allowed.error());
    SnapshotStore store(*opened->connections);

    const bool json = parser.isSet(jsonOption());
    ImportProgress progress(qsizetype(items->size()));
    int created = 0;
    int unchanged = 0;
    int refused = 0;
    for (const ImportItem &item : *items) {
        const auto written = writeItem(store, *settings, item);
        if (!written) {
            ++refused;
            printError(errorLine(written.error()));
            if (written.error().code == ErrorCode::DatabaseUnavailable)
                break; // the rest would fail the same way
        } else {
            ++(written->created ? created : unchanged);
            writeOutput(json ? jsonLine(writeToJson(*written)) : (describeWrite(*written) + u'\n').toUtf8());
        }
        progress.advance(created + unchanged + refused);
    }
    if (!json) {
        writeOutput(Cli::tr("%1 created, %2 unchanged, %3 refused\n").arg(created).arg(unchanged).arg(refused).toUtf8());
    }
    return refused == 0 ? kExitOk : kExitError;
}

} // namespace sa::cli
