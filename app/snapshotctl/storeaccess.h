#pragma once

#include "core/result.h"
#include "core/store/accessrights.h"
#include "core/store/opendatabase.h"

#include <QCommandLineOption>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace sa::core {
class ConnectionProvider;
}

namespace sa::cli {

// --db URL, defaulting to $SNAPSHOT_DB. Its help says where PostgreSQL passwords come from.
const QCommandLineOption &databaseOption();
// --json: machine-readable output.
const QCommandLineOption &jsonOption();
// --yes: act without asking.
const QCommandLineOption &yesOption();

// Adds --db, parses the verb's arguments and prints help or a usage error itself; the verb
// takes `minimum` to `maximum` positional arguments. False: exit with `exitCode`.
bool parseStoreArguments(QCommandLineParser &parser, const QStringList &arguments, int minimum, int maximum,
                         int &exitCode);

// Keeps the store's log lines off standard error: the verbs report every outcome and every
// failure themselves, as one line, which the log would only repeat. QT_LOGGING_RULES still
// turns them back on for debugging.
void quietStoreLogging();

// What a verb does to the database, and so what opening it may do.
enum class StoreAccess {
    Create, // init, create, import: a new SQLite file and the schema are made as needed
    Update, // rollback, deprecate: the database must exist; an older schema is upgraded
    Read, // everything else: the database must exist with this build's schema; nothing is
          // written, so a read-only replica works
    Migrate, // migrate: as Update, and a CCP-04 database is opened (read-only) to be upgraded
};

// Opens the database the verb's --db names (or $SNAPSHOT_DB) for `access`. A PostgreSQL
// password comes from libpq's sources (PGPASSWORD, PGPASSFILE, ~/.pgpass); when the server
// asks for one they did not give and the program runs on a terminal, it is read from the
// terminal without echo. Never from arguments.
[[nodiscard]] core::Result<core::OpenedDatabase> openStore(const QCommandLineParser &parser, StoreAccess access);

// Asks the database whether its role may do `action` (AccessRights), so that a verb fails
// before it asks for confirmation: PERMISSION_DENIED with the reason, naming the role.
[[nodiscard]] core::Status<> checkAccess(core::ConnectionProvider &connections, core::AccessRights::Action action);

// "CODE: message" on one line (a server's multi-line message joined): the stable code name
// lets scripts tell a VERSION_CONFLICT from a DATABASE_UNAVAILABLE.
QString errorLine(const core::Error &error);
// Prints "snapshotctl: " + errorLine(error) on stderr and returns the exit code for it.
int failWithCode(const core::Error &error);

// Whether standard input and standard error are a terminal a person can answer on.
bool isInteractive();

// Asks a yes/no question on the terminal; true only for an explicit yes.
bool confirm(const QString &question);

// Goes ahead only with --yes or a person's yes on the terminal; without a terminal a
// missing --yes is an error, so that a script never waits for an answer nobody gives.
// CANCELLED ("nothing changed") for a no.
[[nodiscard]] core::Status<> confirmed(const QCommandLineParser &parser, const QString &question);

// Parses a positive version number argument, naming `what` in the error.
[[nodiscard]] core::Result<int> parseVersion(const QString &text, const QString &what);

} // namespace sa::cli
