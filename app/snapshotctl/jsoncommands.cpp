#include "jsoncommands.h"

#include "cliio.h"

#include "core/json/canonicaljson.h"
#include "core/json/jsondiff.h"
#include "core/json/jsonpatch.h"
#include "core/json/jsonparser.h"
#include "core/json/sha256.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::cli {
namespace {

const QCommandLineOption kAcceptRounding(
    u"accept-rounding"_s,
    Cli::tr("Accept numbers that change value as IEEE-754 doubles (listed on standard error)."));

// Reads and parses FILE under the storage rules, printing "FILE:line:column: reason" on error.
Result<ParsedJson> readDocument(const QString &path, bool acceptRounding)
{
    const auto bytes = readInput(path);
    if (!bytes)
        return bytes.error();
    JsonParseOptions options = JsonParseOptions::storage();
    options.acceptRounding = acceptRounding;
    auto parsed = parseJson(*bytes, options);
    if (!parsed)
        return parsed.error().toError(path == u"-"_s ? Cli::tr("<stdin>") : path);
    for (const RoundedNumber &rounded : parsed->roundedNumbers) {
        printError(Cli::tr("%1: number at %2 rounded from %3 to %4")
                       .arg(path, rounded.pointer.isEmpty() ? u"/"_s : rounded.pointer,
                            QString::fromLatin1(rounded.asWritten), QString::fromLatin1(rounded.asStored)));
    }
    return std::move(parsed).value();
}

// The shared shape of the single-file verbs: parse arguments, read FILE, act on it.
template<typename Action>
int runOnOneDocument(const QStringList &arguments, const QString &description, Action action)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("JSON file, or - for standard input."));
    parser.addOption(kAcceptRounding);
    int exitCode = kExitOk;
    if (!parseVerbArguments(parser, arguments, 1, exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();
    const auto document = readDocument(path, parser.isSet(kAcceptRounding));
    if (!document)
        return fail(document.error());
    return action(path, document->document->root());
}

const QCommandLineOption kFormat(u"format"_s,
                                 Cli::tr("Output: summary (default), pointer (one line per change) or json-patch (RFC 6902)."),
                                 Cli::tr("format"), u"summary"_s);
const QCommandLineOption kIdentity(u"identity"_s,
                                   Cli::tr("Match the elements of the arrays at PATH by their member MEMBER (repeatable; "
                                           "'*' in PATH matches any index or name), e.g. /owners=id."),
                                   Cli::tr("PATH=MEMBER"));
const QCommandLineOption kIgnore(u"ignore"_s, Cli::tr("Do not report changes at or below PATH (repeatable), e.g. /retrievedAt."),
                                 Cli::tr("PATH"));
const QCommandLineOption kTolerance(u"tolerance"_s, Cli::tr("Treat numbers closer than X as equal."), Cli::tr("X"), u"0"_s);
const QCommandLineOption kNoMoves(u"no-moves"_s, Cli::tr("Report moved array elements as a deletion and an addition."));

Result<DiffOptions> diffOptionsFrom(const QCommandLineParser &parser)
{
    DiffOptions options;
    for (const QString &rule : parser.values(kIdentity)) {
        const qsizetype equals = rule.lastIndexOf(u'=');
        if (equals <= 0 || equals == rule.size() - 1)
            return Error{ErrorCode::InvalidArgument, Cli::tr("--identity expects PATH=MEMBER, got '%1'").arg(rule)};
        options.identityKeys.push_back({rule.left(equals), rule.mid(equals + 1)});
    }
    for (const QString &path : parser.values(kIgnore))
        options.ignoredPaths.push_back(path);
    bool ok = false;
    options.numericTolerance = parser.value(kTolerance).toDouble(&ok);
    if (!ok || options.numericTolerance < 0)
        return Error{ErrorCode::InvalidArgument, Cli::tr("--tolerance expects a number of at least 0")};
    options.detectMoves = !parser.isSet(kNoMoves);
    return options;
}

// A value on one line of a summary, shortened so a changed record does not flood the terminal.
QString shortJson(const JsonValue &value)
{
    constexpr qsizetype kWidth = 72;
    const QString text = QString::fromUtf8(canonicalJson(value));
    return text.size() > kWidth ? text.left(kWidth - 1) + u"…"_s : text;
}

QByteArray formatChanges(const JsonDiff &diff, const QString &format)
{
    QString out;
    for (const JsonChange &change : diff.changes) {
        const bool pointerOnly = format == u"pointer"_s;
        switch (change.kind) {
        case ChangeKind::Added:
            out += pointerOnly ? u"+ %1\n"_s.arg(change.newPath)
                               : u"+ %1: %2\n"_s.arg(change.newPath, shortJson(change.newValue));
            break;
        case ChangeKind::Deleted:
            out += pointerOnly ? u"- %1\n"_s.arg(change.oldPath)
                               : u"- %1: %2\n"_s.arg(change.oldPath, shortJson(change.oldValue));
            break;
        case ChangeKind::Modified:
            out += pointerOnly ? u"~ %1\n"_s.arg(change.newPath)
                               : u"~ %1: %2 → %3\n"_s.arg(change.newPath, shortJson(change.oldValue), shortJson(change.newValue));
            break;
        case ChangeKind::Moved:
            out += u"> %1 → %2\n"_s.arg(change.oldPath, change.newPath);
            break;
        }
    }
    if (format == u"summary"_s) {
        const DiffSummary &s = diff.summary;
        out += diff.isEmpty() ? Cli::tr("no differences\n")
                              : Cli::tr("%1 added, %2 modified, %3 deleted, %4 moved\n")
                                    .arg(s.added).arg(s.modified).arg(s.deleted).arg(s.moved);
    }
    return out.toUtf8();
}

} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Shows what changed from OLD to NEW, structurally, by JSON Pointer. "
                                             "Exit code 0: the same, 1: different, 2: trouble."));
    parser.addPositionalArgument(u"OLD"_s, Cli::tr("The older JSON file (- for standard input)."));
    parser.addPositionalArgument(u"NEW"_s, Cli::tr("The newer JSON file."));
    parser.addOptions({kFormat, kIdentity, kIgnore, kTolerance, kNoMoves, kAcceptRounding});
    int exitCode = kExitOk;
    if (!parseVerbArguments(parser, arguments, 2, exitCode))
        return exitCode;
    const QString format = parser.value(kFormat);
    if (format != u"summary"_s && format != u"pointer"_s && format != u"json-patch"_s)
        return fail({ErrorCode::InvalidArgument, Cli::tr("unknown --format '%1' (summary, pointer or json-patch)").arg(format)});
    auto options = diffOptionsFrom(parser);
    if (!options)
        return fail(options.error());
    options->collectChanges = format != u"json-patch"_s;
    const QStringList files = parser.positionalArguments();
    const auto older = readDocument(files[0], parser.isSet(kAcceptRounding));
    if (!older)
        return fail(older.error());
    const auto newer = readDocument(files[1], parser.isSet(kAcceptRounding));
    if (!newer)
        return fail(newer.error());
    const auto diff = diffJson(older->document, newer->document, *options);
    if (!diff)
        return fail(diff.error());
    writeOutput(format == u"json-patch"_s ? diff->patch + '\n' : formatChanges(*diff, format));
    return diff->isEmpty() ? kExitOk : kExitDifferent;
}

int runPatch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Applies an RFC 6902 JSON Patch to DOC and writes the result in canonical "
                                             "form. All or nothing: a failing operation writes nothing."));
    parser.addPositionalArgument(u"DOC"_s, Cli::tr("The JSON document (- for standard input)."));
    parser.addPositionalArgument(u"PATCH"_s, Cli::tr("The RFC 6902 patch: a JSON array of operations."));
    parser.addOption(kAcceptRounding);
    int exitCode = kExitOk;
    if (!parseVerbArguments(parser, arguments, 2, exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    const auto document = readDocument(files[0], parser.isSet(kAcceptRounding));
    if (!document)
        return fail(document.error());
    const auto patch = readDocument(files[1], parser.isSet(kAcceptRounding));
    if (!patch)
        return fail(patch.error());
    const auto patched = applyPatch(document->document, patch->document);
    if (!patched)
        return fail({patched.error().code, files[1] + u": "_s + patched.error().message});
    writeOutput(canonicalJson((*patched)->root()));
    return kExitOk;
}

int runCanon(const QStringList &arguments)
{
    return runOnOneDocument(arguments, Cli::tr("Writes the RFC 8785 canonical form of FILE to standard output."),
                            [](const QString &, const JsonValue &root) {
                                writeOutput(canonicalJson(root));
                                return int(kExitOk);
                            });
}

int runChecksum(const QStringList &arguments)
{
    return runOnOneDocument(arguments,
                            Cli::tr("Prints the snapshot checksum of FILE: the SHA-256 of its RFC 8785 canonical form."),
                            [](const QString &, const JsonValue &root) {
                                writeOutput(sha256Hex(canonicalJson(root)).toLatin1() + '\n');
                                return int(kExitOk);
                            });
}

int runValidate(const QStringList &arguments)
{
    return runOnOneDocument(arguments,
                            Cli::tr("Checks that FILE can be stored as a snapshot: RFC 8259 syntax and the I-JSON rules "
                                    "(unique member names, valid Unicode, numbers exact as IEEE-754 doubles)."),
                            [](const QString &path, const JsonValue &root) {
                                const QByteArray canonical = canonicalJson(root);
                                writeOutput(Cli::tr("%1: valid; %2 bytes in canonical form; checksum %3\n")
                                                .arg(path)
                                                .arg(canonical.size())
                                                .arg(sha256Hex(canonical))
                                                .toUtf8());
                                return int(kExitOk);
                            });
}

} // namespace sa::cli
