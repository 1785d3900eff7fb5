#pragma once

#include "core/store/databaseconfig.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// Runs snapshotctl as a user or a script would, for the store's process tests.
namespace sa::tests {

struct CliRun
{
    int exitCode = -1; // -1: did not start or did not finish in time
    QByteArray out;
    QByteArray err;
};

// Runs snapshotctl to the end with `input` on its standard input. The child inherits the
// test's environment (PGPASSFILE for the test server); SNAPSHOT_DB is `defaultDatabase`.
CliRun runSnapshotctl(const QStringList &arguments, const QByteArray &input = {}, const QString &defaultDatabase = {});

// Starts snapshotctl and returns at once, for tests that run several at the same time.
std::unique_ptr<QProcess> startSnapshotctl(const QStringList &arguments, const QString &defaultDatabase = {});
// Waits for a process from startSnapshotctl() (after its input was written) and collects it.
CliRun finishSnapshotctl(QProcess &process, int timeoutMs = 120'000);

// The snapshotctl this build made.
QString snapshotctlPath();

// The --db argument for a test database ("--db", URL).
QStringList dbArguments(const core::DatabaseConfig &config);

} // namespace sa::tests
