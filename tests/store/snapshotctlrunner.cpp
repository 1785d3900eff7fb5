#include "snapshotctlrunner.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace sa::tests {

QString snapshotctlPath()
{
    return QStringLiteral(SNAPSHOTCTL_PATH);
}

std::unique_ptr<QProcess> startSnapshotctl(const QStringList &arguments, const QString &defaultDatabase)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"SNAPSHOT_DB"_s);
    if (!defaultDatabase.isEmpty())
        environment.insert(u"SNAPSHOT_DB"_s, defaultDatabase);
    process->setProcessEnvironment(environment);
    process->start(snapshotctlPath(), arguments);
    return process;
}

CliRun finishSnapshotctl(QProcess &process, int timeoutMs)
{
    if (!process.waitForStarted())
        return {-1, {}, "could not start snapshotctl: " + process.errorString().toUtf8()};
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), process.readAllStandardError() + "\n(timed out)"};
    }
    const int exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {exitCode, process.readAllStandardOutput(), process.readAllStandardError()};
}

CliRun runSnapshotctl(const QStringList &arguments, const QByteArray &input, const QString &defaultDatabase)
{
    const auto process = startSnapshotctl(arguments, defaultDatabase);
    if (process->waitForStarted())
        process->write(input);
    return finishSnapshotctl(*process);
}

QStringList dbArguments(const core::DatabaseConfig &config)
{
    return {u"--db"_s, config.toUrl()};
}

} // namespace sa::tests
