#pragma once

#include "../result.h"
#include "databaseconfig.h"

#include <QByteArray>
#include <QString>

class QSqlDatabase;

namespace sa::core {

// The tamper-evident hash chain over a report's versions (migration 0003): each snapshot's
// chain_hash seals its identity (report, version, checksum, author, creation time, metadata)
// and its parent's chain_hash, so a changed, back-dated or re-attributed version no longer
// verifies, nor does any version chained to it. docs/store-operations.md gives the exact
// bytes. Pure functions: any thread.

// The fields a chain hash covers, as stored.
struct ChainFields
{
    QString parentChainHash; // the parent's chain_hash; kChainStart for a first version
    QString reportId;
    int version = 0;
    QString checksum;
    QString createdBy; // users.login of the author, not the id: a copied database verifies
    QString createdAt; // UTC, "YYYY-MM-DDTHH:MM:SS.mmmZ" (chainCreatedAtColumn())
    QByteArray metadata; // snapshot_metadata as stored (any spacing and member order)
};

// The parent chain hash of a version without a parent: 64 zeros.
QString chainStart();

// The RFC 8785 canonical JSON object the hash is taken over.
QByteArray chainEncoding(const ChainFields &fields);
// Lowercase hex SHA-256 of chainEncoding().
QString chainHash(const ChainFields &fields);

} // namespace sa::core

namespace sa::core::Internal {

// SQL for a created_at column in the form ChainFields::createdAt wants: SQLite's stored text
// as it is; PostgreSQL's timestamptz in UTC, truncated to milliseconds.
QString chainCreatedAtColumn(DatabaseConfig::Engine engine, const QString &column);
// SQL for "now" in that form (clock time), for a new version's created_at.
QString chainNowExpression(DatabaseConfig::Engine engine);

enum class ChainRewrite {
    Missing, // only rows whose chain_hash is NULL (the migration), each report recorded in chain_backfills
    All, // every row again, nothing recorded (the demo re-dates its history with the guards off)
};
// Computes chain hashes report by report, parents first (version order), inside the
// caller's transaction. The step migration 0003 runs after its SQL.
[[nodiscard]] Status<> computeChainHashes(QSqlDatabase &db, ChainRewrite rewrite);

} // namespace sa::core::Internal
