#include "storeaccess.h"

#include "cliio.h"

#include "core/store/connectionprovider.h"
#include "core/store/databaseconfig.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

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
        // TCSANOW, not TCSAFLUSH: a password typed (or pasted) ahead of the prompt is kept.
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    if (isTerminal && !echo) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
    return QString::fromLocal8Bit(line);
}

bool needsPassword(const DatabaseConfig &config, const Error &error)
{
    return config.engine == DatabaseConfig::Engine::PostgreSql && error.code == ErrorCode::DatabaseUnavailable
        && error.message.contains(u"password"_s);
}

// Why a read cannot go ahead on a schema that is not this build's (a write has migrated it
// or refused already).
Error schemaRefusal(const SchemaState &schema, const QString &database)
{
    switch (schema.status) {
    case SchemaStatus::Empty:
        return {ErrorCode::NotFound, Cli::tr("%1 holds no snapshot tables yet (snapshotctl init creates them)").arg(database)};
    case SchemaStatus::Outdated:
        return {ErrorCode::InvalidArgument,
                Cli::tr("%1 has schema version %2, older than this snapshotctl's %3: run snapshotctl init to upgrade it")
                    .arg(database).arg(schema.version).arg(schema.latestKnown)};
    case SchemaStatus::TooNew:
        return {ErrorCode::SchemaTooNew,
                Cli::tr("%1 has schema version %2, but this snapshotctl knows versions up to %3: use a newer release")
                    .arg(database).arg(schema.version).arg(schema.latestKnown)};
    case SchemaStatus::Legacy:
        return {ErrorCode::LegacySchema,
                Cli::tr("%1 was written by the CCP-04 snapshot service: snapshotctl reads it but never changes it "
                        "before an admin upgrades it with snapshotctl migrate").arg(database)};
    case SchemaStatus::Current:
        break;
    }
    Q_UNREACHABLE();
    return {};
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

Status<> confirmed(const QCommandLineParser &parser, const QString &question)
{
    if (parser.isSet(yesOption()))
        return Done{};
    if (!isInteractive()) {
        return Error{ErrorCode::InvalidArgument,
                     Cli::tr("not on a terminal, so nobody can confirm: pass --yes to go ahead")};
    }
    if (!confirm(question))
        return Error{ErrorCode::Cancelled, Cli::tr("nothing changed")};
    return Done{};
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

Result<OpenedDatabase> openStore(const QCommandLineParser &parser, StoreAccess access)
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
    // Opening a missing SQLite file would create an empty one: only verbs that write may.
    if (access != StoreAccess::Create && config->engine == DatabaseConfig::Engine::Sqlite
        && !QFileInfo::exists(config->sqlitePath)) {
        return Error{ErrorCode::NotFound,
                     Cli::tr("there is no database at %1 (snapshotctl init creates one)").arg(config->sqlitePath)};
    }
    const SchemaPolicy policy = access == StoreAccess::Read ? SchemaPolicy::LeaveAsIs : SchemaPolicy::Migrate;
    auto opened = openDatabase(*config, {}, policy);
    if (!opened && needsPassword(*config, opened.error()) && isInteractive()) {
        std::fprintf(stderr, "%s", qPrintable(Cli::tr("Password for %1: ").arg(config->id())));
        std::fflush(stderr);
        const QString password = readTerminalLine(false);
        if (!password.isEmpty())
            opened = openDatabase(*config, password, policy);
    }
    // A CCP-04 database is read through read-only connections (openDatabase), never written.
    if (!opened || opened->schema.status == SchemaStatus::Current
        || (opened->schema.status == SchemaStatus::Legacy
            && (access == StoreAccess::Read || access == StoreAccess::Migrate))) {
        return opened;
    }
    return schemaRefusal(opened->schema, config->id());
}

Status<> checkAccess(ConnectionProvider &connections, AccessRights::Action action)
{
    const auto rights = AccessRights::query(connections);
    if (!rights)
        return rights.error();
    if (const QString why = rights->whyNot(action); !why.isEmpty())
        return Error{ErrorCode::PermissionDenied, why};
    return Done{};
}

QString errorLine(const Error &error)
{
    static const QRegularExpression lineBreak(u"\\s*\\n\\s*"_s);
    return error.toString().replace(lineBreak, u" "_s);
}

int failWithCode(const Error &error)
{
    printError(errorLine(error));
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
