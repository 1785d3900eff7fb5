#include "jsoncommands.h"

#include "cliio.h"

#include "core/json/canonicaljson.h"
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

} // namespace

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
