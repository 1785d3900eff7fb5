#include "jsoncommands.h"

#include "cliio.h"
#include "diffoutput.h"
#include "sharedoptions.h"

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
    parser.addOption(acceptRoundingOption());
    int exitCode = kExitOk;
    if (!parseVerbArguments(parser, arguments, 1, exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();
    const auto document = readDocument(path, parser.isSet(acceptRoundingOption()));
    if (!document)
        return fail(document.error());
    return action(path, document->document->root());
}

} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Shows what changed from OLD to NEW, structurally, by JSON Pointer. "
                                             "Exit code 0: the same, 1: different, 2: trouble."));
    parser.addPositionalArgument(u"OLD"_s, Cli::tr("The older JSON file (- for standard input)."));
    parser.addPositionalArgument(u"NEW"_s, Cli::tr("The newer JSON file."));
    addDiffOptions(parser);
    parser.addOption(acceptRoundingOption());
    int exitCode = kExitOk;
    if (!parseVerbArguments(parser, arguments, 2, exitCode))
        return exitCode;
    const auto request = diffRequestFrom(parser);
    if (!request)
        return fail(request.error());
    const QStringList files = parser.positionalArguments();
    const auto older = readDocument(files[0], parser.isSet(acceptRoundingOption()));
    if (!older)
        return fail(older.error());
    const auto newer = readDocument(files[1], parser.isSet(acceptRoundingOption()));
    if (!newer)
        return fail(newer.error());
    const auto diff = diffJson(older->document, newer->document, request->options);
    if (!diff)
        return fail(diff.error());
    writeOutput(formatDiff(*diff, request->format));
    return diff->isEmpty() ? kExitOk : kExitDifferent;
}

int runPatch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Applies an RFC 6902 JSON Patch to DOC and writes the result in canonical "
                                             "form. All or nothing: a failing operation writes nothing."));
    parser.addPositionalArgument(u"DOC"_s, Cli::tr("The JSON document (- for standard input)."));
    parser.addPositionalArgument(u"PATCH"_s, Cli::tr("The RFC 6902 patch: a JSON array of operations."));
    parser.addOption(acceptRoundingOption());
    int exitCode = kExitOk;
    if (!parseVerbArguments(parser, arguments, 2, exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    const auto document = readDocument(files[0], parser.isSet(acceptRoundingOption()));
    if (!document)
        return fail(document.error());
    const auto patch = readDocument(files[1], parser.isSet(acceptRoundingOption()));
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
