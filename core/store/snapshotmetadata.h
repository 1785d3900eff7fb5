#pragma once

#include "../result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace sa::core {

// Where a snapshot's data came from (report_snapshots.snapshot_metadata), as DESIGN.md
// defines it. A plain value.
struct SnapshotMetadata
{
    QString source = QStringLiteral("manual"); // api | manual | import | migration | rollback
    QDateTime retrievedAt;                     // invalid: the time of the create
    double confidence = 1.0;                   // 0..1
    QString dataProvider;
    QString apiVersion;
    std::optional<double> processingTimeMs;
    QStringList warnings; // e.g. numbers rounded when the document was read

    // VALIDATION_FAILED naming the offending field.
    [[nodiscard]] Status<> validate() const;
    // RFC 8785 canonical JSON; optional fields only when set.
    QByteArray toJson() const;
};

} // namespace sa::core
