#pragma once

#include "snapshotmetadata.h"

#include "../json/jsondiff.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

// The values SnapshotStore takes and returns. Plain data, safe to pass between threads.
namespace sa::core {

// One version of a report, without its payload: what history lists show.
struct SnapshotSummary
{
    QString id;
    QString reportId;
    int version = 0;
    QString checksum;    // lowercase hex SHA-256 of the canonical JSON
    qint64 dataSize = 0; // bytes of canonical JSON
    QString parentId;    // empty for a first version
    QString createdBy;   // the users.login of the author
    QDateTime createdAt; // UTC
    bool isActive = false;
    QDateTime deprecatedAt; // invalid unless deprecated
    QString deprecatedReason;
    // What changed from the parent, from changes_summary (zeros for a first version).
    DiffSummary changes;
    bool hasChangeCounts = false; // false for first versions and CCP-04 summaries
};

// How a payload the store returns was proven to be the one that was written.
struct PayloadProof
{
    enum class Kind {
        Checksum,       // the SHA-256 of its RFC 8785 form is the row's checksum
        LegacyChecksum, // only CCP-04's weaker checksum matches: coveredValues of totalValues
        Repaired,       // the stored row is damaged; this is the repair an admin recorded
        // A CCP-04 version: its SHA-256 of the RFC 8785 form is the checksum an admin
        // recorded beside the row's legacy one (recorded_checksums)
        RecordedChecksum,
    };
    Kind kind = Kind::Checksum;
    int coveredValues = 0; // LegacyChecksum: scalar values the checksum covers
    int totalValues = 0;   // LegacyChecksum: scalar values in the document
    QString recordedBy;    // Repaired, RecordedChecksum: the users.login of the admin who recorded it
    QDateTime recordedAt;  // Repaired, RecordedChecksum: when (UTC)
};

// A version with its verified payload.
struct Snapshot
{
    SnapshotSummary summary;
    QByteArray canonicalJson; // RFC 8785 bytes, proven as `proof` says
    PayloadProof proof;
    QByteArray metadataJson;
    QByteArray changesSummaryJson; // empty for a first version
};

struct CreateSnapshotRequest
{
    QString reportId; // 1..64 characters
    QByteArray json;  // the document, UTF-8
    SnapshotMetadata metadata;
    // Optimistic lock: the active version the caller based its change on (0: none yet).
    // A different active version is VERSION_CONFLICT.
    std::optional<int> expectedVersion;
    // When the document equals the active version's, return that version and write nothing.
    bool skipUnchanged = false;
    // Accept numbers that change when read as doubles; each is listed in the warnings.
    bool acceptRounding = false;
};

struct CreateSnapshotResult
{
    SnapshotSummary snapshot;
    bool created = true; // false: skipUnchanged found the document unchanged
};

struct HistoryPage
{
    std::vector<SnapshotSummary> snapshots; // newest first
    qint64 total = 0;                       // versions of the report in all (its highest version)
};

} // namespace sa::core
