// demo PATH: the database a new user can try every verb on.
#include "storecommands.h"

#include "cliio.h"
#include "storeaccess.h"

#include "core/demo/demodatabase.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::cli {

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes a demo SQLite database to PATH: a few dozen parcel reports with dozens of versions each, "
                "edited by several people over the last months, with rollbacks and deprecations among them. "
                "PATH must not exist yet; an interrupted run leaves nothing behind."));
    parser.addPositionalArgument(u"PATH"_s, Cli::tr("The new database file."));
    int exitCode = kExitOk;
    if (!parseVerbArguments(parser, arguments, 1, exitCode))
        return exitCode;
    quietStoreLogging();
    const QString path = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    // A terminal gets one line that counts up; a log gets nothing but the result.
    const bool showProgress = isInteractive();
    int lastPercent = -1;
    const auto progress = [&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (!showProgress || percent == lastPercent)
            return;
        lastPercent = percent;
        std::fprintf(stderr, "\r%s", qPrintable(Cli::tr("snapshotctl: demo: %1%").arg(percent)));
        if (done == total)
            std::fputc('\n', stderr);
        std::fflush(stderr);
    };
    const auto summary = createDemoDatabase(path, progress);
    if (!summary)
        return failWithCode(summary.error());
    writeOutput(Cli::tr("%1: %2 reports, %3 versions, %4 rollbacks, %5 deprecations by %6 people\n"
                        "Try: snapshotctl reports --db sqlite:%1\n")
                    .arg(path)
                    .arg(summary->reports)
                    .arg(summary->snapshots)
                    .arg(summary->rollbacks)
                    .arg(summary->deprecations)
                    .arg(summary->users)
                    .toUtf8());
    return kExitOk;
}

} // namespace sa::cli
