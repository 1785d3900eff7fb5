#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sa::core {
struct SnapshotSummary;
}

namespace sa::cli {

// How store verbs show versions to people and to scripts, the same in every verb.

// "2026-11-20 14:03:11 UTC"; "-" for an invalid time.
QString displayTime(const QDateTime &time);
// "6.1 KB"
QString displaySize(qint64 bytes);
// "version 12 by alice on 2026-11-20 14:03:11 UTC (active)"
QString describeVersion(const core::SnapshotSummary &summary);

// Every field of a summary, timestamps in ISO 8601 UTC.
QJsonObject summaryToJson(const core::SnapshotSummary &summary);
// ISO 8601 UTC with milliseconds, or null.
QJsonValue timeToJson(const QDateTime &time);
// An object or array as one line of JSON for scripts.
QByteArray jsonLine(const QJsonObject &object);

} // namespace sa::cli
