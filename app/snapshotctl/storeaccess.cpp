#include "storeaccess.h"

#include "cliio.h"

#include "core/store/connectionprovider.h"
#include "core/store/databaseconfig.h"

#include <QCommandLineParser>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::cli {
namespace {

constexpr char kDatabaseVariable[] = "SNAPSHOT_DB";

// A line from the terminal; with echo off for secrets. Empty when there is none.
QString readTerminalLine(bool echo)
{
    termios saved{};
    const bool isTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (isTerminal && !echo) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    if (isTerminal && !echo) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    return QString::fromLocal8Bit(line);
}

bool needsPassword(const DatabaseConfig &config, const Error &error)
{
    return config.engine == DatabaseConfig::Engine::PostgreSql && error.code == ErrorCode::DatabaseUnavailable
        && error.message.contains(u"password"_s);
}

} // namespace

const QCommandLineOption &databaseOption()
{
    static const QCommandLineOption option(
        u"db"_s,
        Cli::tr("The snapshot database: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE "
                "(default: $SNAPSHOT_DB). PostgreSQL passwords come from libpq's own sources (PGPASSWORD, "
                "PGPASSFILE or ~/.pgpass) or, on a terminal, a prompt without echo; never from the command line."),
        Cli::tr("URL"), qEnvironmentVariable(kDatabaseVariable));
    return option;
}

const QCommandLineOption &jsonOption()
{
    static const QCommandLineOption option(u"json"_s, Cli::tr("Write JSON for scripts instead of text for people."));
    return option;
}

const QCommandLineOption &yesOption()
{
    static const QCommandLineOption option(u"yes"_s,
                                           Cli::tr("Do it without asking (required when not run on a terminal)."));
    return option;
}

bool isInteractive()
{
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

bool confirm(const QString &question)
{
    std::fprintf(stderr, "%s ", qPrintable(question + Cli::tr(" [y/N]")));
    std::fflush(stderr);
    const QString answer = readTerminalLine(true).trimmed().toLower();
    return answer == u"y"_s || answer == u"yes"_s || answer == Cli::tr("y") || answer == Cli::tr("yes");
}

void quietStoreLogging()
{
    QLoggingCategory::setFilterRules(u"sa.store*=false"_s);
}

bool parseStoreArguments(QCommandLineParser &parser, const QStringList &arguments, int minimum, int maximum,
                         int &exitCode)
{
    quietStoreLogging();
    parser.addOption(databaseOption());
    // A first pass only counts the positional arguments; parseVerbArguments() parses again
    // and reports errors (and --help) with the count that applies.
    parser.parse(arguments);
    const int given = int(parser.positionalArguments().size());
    return parseVerbArguments(parser, arguments, std::clamp(given, minimum, maximum), exitCode);
}

Result<OpenedDatabase> openStore(const QCommandLineParser &parser, SchemaPolicy policy)
{
    const QString url = parser.value(databaseOption());
    if (url.isEmpty()) {
        return Error{ErrorCode::InvalidArgument,
                     Cli::tr("no database: pass --db sqlite:PATH or --db postgresql://USER@HOST/DATABASE, "
                             "or set SNAPSHOT_DB")};
    }
    const auto config = parseDatabaseUrl(url);
    if (!config)
        return config.error();
    auto opened = openDatabase(*config, {}, policy);
    if (opened || !needsPassword(*config, opened.error()) || !isInteractive())
        return opened;
    std::fprintf(stderr, "%s", qPrintable(Cli::tr("Password for %1: ").arg(config->id())));
    std::fflush(stderr);
    return openDatabase(*config, readTerminalLine(false), policy);
}

int failWithCode(const Error &error)
{
    printError(error.toString());
    return kExitError;
}

Result<int> parseVersion(const QString &text, const QString &what)
{
    bool ok = false;
    const int version = text.toInt(&ok);
    if (!ok || version < 1)
        return Error{ErrorCode::InvalidArgument, Cli::tr("%1 must be a version number (1 or more), not '%2'").arg(what, text)};
    return version;
}

} // namespace sa::cli
