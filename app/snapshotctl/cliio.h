#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace sa::cli {

// Exit codes shared by every verb; `diff` follows diff(1): 0 same, 1 different, 2 trouble.
enum ExitCode { kExitOk = 0, kExitDifferent = 1, kExitInvalid = 1, kExitError = 2 };

// Reads a whole file, or standard input for "-".
core::Result<QByteArray> readInput(const QString &path);

// Writes bytes to standard output unchanged.
void writeOutput(const QByteArray &bytes);
// Prints one line to standard error, prefixed with the program name.
void printError(const QString &message);
int fail(const core::Error &error);

// Parses a verb's arguments; prints help or a usage error itself. Returns false when the
// caller should exit with `exitCode`.
bool parseVerbArguments(QCommandLineParser &parser, const QStringList &arguments,
                        int expectedPositionals, int &exitCode);

// The translation context of every snapshotctl message.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(snapshotctl)
};

// Options defined at file level exist before main() installs the translations, so their texts
// are marked with QT_TRANSLATE_NOOP("snapshotctl", ...) and kept as written:
// untranslated(QT_TRANSLATE_NOOP("snapshotctl", "The version to show.")). translated() gives
// copies in the user's language when a verb adds them to its parser.
inline QString untranslated(const char *sourceText)
{
    return QString::fromUtf8(sourceText);
}
QList<QCommandLineOption> translated(const QList<QCommandLineOption> &options);

} // namespace sa::cli
