#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <list>
#include <optional>

namespace sa::core {

// Verified canonical payloads by snapshot id, bounded in bytes, least recently used evicted
// first. The database forbids changing a snapshot, so an entry cannot go stale; only
// verified bytes may be inserted (tampering after that is verify-all's to find). Shared by
// SnapshotStore and SnapshotAdmin; safe to use from any thread.
class PayloadCache
{
public:
    static constexpr qint64 kDefaultCapacityBytes = 64 * 1024 * 1024;

    explicit PayloadCache(qint64 capacityBytes = kDefaultCapacityBytes);

    std::optional<QByteArray> find(const QString &snapshotId);
    // A payload larger than the whole capacity is not kept.
    void insert(const QString &snapshotId, const QByteArray &canonical);

    qint64 capacityBytes() const { return m_capacityBytes; }
    qint64 sizeBytes() const;
    qsizetype count() const;

private:
    struct Entry
    {
        QString snapshotId;
        QByteArray canonical;
    };

    void evictTo(qint64 bytes);

    const qint64 m_capacityBytes;
    mutable QMutex m_mutex;
    std::list<Entry> m_entries; // most recently used first
    QHash<QString, std::list<Entry>::iterator> m_index;
    qint64 m_sizeBytes = 0;
};

} // namespace sa::core
