#pragma once

#include "../result.h"
#include "databaseconfig.h"
#include "payloadcheck_p.h"
#include "snapshot.h"

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVariantList>

class QSqlDatabase;
class QSqlQuery;

namespace sa::core {
class ConnectionProvider;
}

// Statement helpers shared by the store's operation classes (SnapshotAdmin, HistoryQueries,
// IntegrityAudit), so that every one binds values, reads timestamps and names failures the
// same way on both engines.
namespace sa::core::Internal {

bool isSqlite(const QSqlDatabase &db);

// The partial-index predicate for "the active version", as a literal: the planners only use
// idx_snapshots_one_active when the query repeats it. `alias` qualifies the column.
QString activeCondition(DatabaseConfig::Engine engine, const QString &alias);

// Prepares `sql` forward-only, binds `values` in order and runs it. A failure goes through
// the provider, which also notices (and later re-opens) a lost connection.
[[nodiscard]] Status<> execPrepared(ConnectionProvider &provider, QSqlQuery &query, const QString &sql,
                                    const QVariantList &values, const QString &what);

// A typed NULL for bind lists (a plain QVariant() confuses QPSQL's type inference).
QVariant nullInt();
QVariant nullText();

// A stored timestamp (PostgreSQL: timestamptz as QDateTime; SQLite: ISO 8601 text) in UTC;
// invalid for NULL.
QDateTime utcDateTime(const QVariant &value);
// The bind value that compares with stored timestamps on `engine` (millisecond precision).
QVariant timestampValue(DatabaseConfig::Engine engine, const QDateTime &time);
// A timestamp column as it must be selected for utcDateTime(): PostgreSQL keeps
// microseconds, which Qt rounds to the nearest millisecond, so that a time read back could
// lie after the moment it names; truncated, it compares the same way on both engines.
QString timestampColumn(DatabaseConfig::Engine engine, const QString &column);
// SQL for "now" as the schema's defaults write it (clock time, not transaction start).
QString nowExpression(DatabaseConfig::Engine engine);

// The columns of a SnapshotSummary, for "SELECT <summaryColumns> <summaryFrom> WHERE ...":
// snapshot alias s, author alias u. readSummary() reads them from column `first` on.
QString summaryColumns(DatabaseConfig::Engine engine);
// The same with the timestamps as stored: on PostgreSQL they come back rounded to the
// nearest millisecond. Prefer the overload above.
QString summaryColumns();
QString summaryFrom();
constexpr int kSummaryColumnCount = 15;
SnapshotSummary readSummary(const QSqlQuery &row, int first = 0);

// What is recorded beside snapshot alias s (its repair, its recorded checksum), for
// "SELECT ..., <evidenceColumns> <summaryFrom or FROM report_snapshots s> <evidenceJoin>
// WHERE ...": readEvidence() reads it from column `first` on.
QString evidenceColumns(DatabaseConfig::Engine engine);
QString evidenceJoin();
constexpr int kEvidenceColumnCount = 6;
PayloadEvidence readEvidence(const QSqlQuery &row, int first);

// "version 3 of report "r-1"", for messages.
QString versionLabel(const QString &reportId, int version);

} // namespace sa::core::Internal
