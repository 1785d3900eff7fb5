#pragma once

#include "../json/jsondocument.h"
#include "../result.h"
#include "databaseconfig.h"
#include "snapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace sa::core::Internal {

// What decoding one stored payload gave, before it is compared with its row.
struct PayloadCheck
{
    bool readable = false; // the zlib stream inflated / the jsonb text parsed
    QString unreadableReason;
    QByteArray canonical; // RFC 8785 bytes, when readable
    QString checksum; // lowercase hex SHA-256 of `canonical`, when readable
    JsonDocumentPtr document; // PostgreSQL only: the parsed document the canonical bytes came from
};

// Decodes a payload as the engine stores it (SQLite: a zlib stream of the canonical bytes;
// PostgreSQL: jsonb text, re-canonicalised) and hashes the canonical bytes. `sizeHint` (the
// row's data_size) only sizes the buffer: a wrong data_size does not make the payload
// unreadable, so callers can tell a bad size from a bad payload. Any thread.
PayloadCheck checkStoredPayload(DatabaseConfig::Engine engine, const QVariant &stored, qint64 sizeHint);

// The parsed document of a readable payload (RFC 8259, so a damaged one parses too): the one
// the check parsed already, or a parse of its canonical bytes; null when they do not parse.
JsonDocumentPtr documentOf(const PayloadCheck &check);

// A readable payload whose RFC 8785 checksum differs from the row's: the proof that CCP-04's
// legacy checksum matches it instead, or nothing.
std::optional<PayloadProof> legacyChecksumProof(const PayloadCheck &check, const QString &storedChecksum);

// A repair recorded in snapshot_repairs: the payload (stored as the engine stores payloads),
// when and by whom.
struct StoredRepair
{
    QVariant payload;
    QDateTime at; // UTC
    QString by; // users.login
};

// A CCP-04 version's RFC 8785 checksum, recorded in recorded_checksums beside its legacy one.
struct RecordedChecksum
{
    QString checksum;
    QDateTime at; // UTC
    QString by; // users.login
};

// What is recorded beside a row that can vouch for its payload.
struct PayloadEvidence
{
    std::optional<StoredRepair> repair;
    std::optional<RecordedChecksum> recorded;
};

// Whether a recorded repair is the original of a row: its payload decodes to canonical bytes
// that hash to `checksum`. The canonical bytes, or why not.
[[nodiscard]] Result<QByteArray, QString> provenRepair(DatabaseConfig::Engine engine, const StoredRepair &repair,
                                                       const QString &checksum, qint64 sizeHint);

struct VerifiedPayload
{
    QByteArray canonical; // RFC 8785 bytes
    PayloadProof proof;
};

// The canonical bytes of a row whose payload decodes to exactly data_size bytes hashing to
// its checksum, or (a CCP-04 row) to a document whose legacy checksum is the row's; data_size
// is not checked then, CCP-04 counted UTF-16 code units. A checksum recorded for the row
// (`evidence.recorded`) decides instead of the row's own. A row that fails is served from
// its recorded repair (`evidence.repair`) when that proves to be the original
// (PayloadProof::Kind::Repaired). Otherwise INTEGRITY_CHECK_FAILED naming the version and
// what is wrong.
[[nodiscard]] Result<VerifiedPayload> verifiedPayload(DatabaseConfig::Engine engine, const QVariant &stored,
                                                      const SnapshotSummary &summary,
                                                      const PayloadEvidence &evidence = {});

} // namespace sa::core::Internal
