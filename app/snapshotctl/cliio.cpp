#include "cliio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace sa::cli {

core::Result<QByteArray> readInput(const QString &path)
{
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return core::Error{core::ErrorCode::IoError, Cli::tr("cannot read %1: %2").arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return core::Error{core::ErrorCode::IoError, Cli::tr("cannot read %1: %2").arg(path, file.errorString())};
    return bytes;
}

void writeOutput(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "snapshotctl: %s\n", qPrintable(message));
}

int fail(const core::Error &error)
{
    printError(error.message);
    return kExitError;
}

QList<QCommandLineOption> translated(const QList<QCommandLineOption> &options)
{
    QList<QCommandLineOption> result;
    for (QCommandLineOption option : options) {
        // An option made after the translations were installed is translated already; looking
        // its text up again finds nothing and keeps it.
        option.setDescription(Cli::tr(option.description().toUtf8().constData()));
        if (!option.valueName().isEmpty())
            option.setValueName(Cli::tr(option.valueName().toUtf8().constData()));
        result.append(option);
    }
    return result;
}

bool parseVerbArguments(QCommandLineParser &parser, const QStringList &arguments,
                        int expectedPositionals, int &exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        exitCode = kExitError;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        writeOutput(parser.helpText().toUtf8());
        exitCode = kExitOk;
        return false;
    }
    if (parser.positionalArguments().size() != expectedPositionals) {
        printError(Cli::tr("expected %n argument(s); see --help", nullptr, expectedPositionals));
        exitCode = kExitError;
        return false;
    }
    return true;
}

} // namespace sa::cli
