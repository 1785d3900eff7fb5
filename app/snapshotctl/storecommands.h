#pragma once

#include <QStringList>

namespace sa::cli {

// The verbs that work on a snapshot database (--db or $SNAPSHOT_DB). Each takes the verb's
// own arguments (arguments[0] is the verb) and returns the process exit code: 0 done,
// 1 verify found problems, 2 an error, printed as "snapshotctl: CODE: message".
int runInit(const QStringList &arguments);
int runMigrate(const QStringList &arguments);
int runCreate(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runShow(const QStringList &arguments);
int runLog(const QStringList &arguments);
// `diff OLD NEW` compares two files (jsoncommands.h); `diff REPORT V1 V2` two stored versions.
int runDiffVerb(const QStringList &arguments);
int runRollback(const QStringList &arguments);
int runDeprecate(const QStringList &arguments);
int runRepair(const QStringList &arguments);
int runRecordChecksum(const QStringList &arguments);
int runVerify(const QStringList &arguments);
int runReports(const QStringList &arguments);
int runActivity(const QStringList &arguments);
int runDemo(const QStringList &arguments);
// `admin roles`: the SQL of the PostgreSQL group roles, printed or applied.
int runAdmin(const QStringList &arguments);

} // namespace sa::cli
