#include "payloadcache.h"

namespace sa::core {

PayloadCache::PayloadCache(qint64 capacityBytes)
    : m_capacityBytes(capacityBytes)
{}

std::optional<QByteArray> PayloadCache::find(const QString &snapshotId)
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_index.constFind(snapshotId);
    if (found == m_index.cend())
        return std::nullopt;
    m_entries.splice(m_entries.begin(), m_entries, *found);
    return m_entries.front().canonical;
}

void PayloadCache::insert(const QString &snapshotId, const QByteArray &canonical)
{
    if (canonical.size() > m_capacityBytes)
        return;
    QMutexLocker lock(&m_mutex);
    if (const auto found = m_index.constFind(snapshotId); found != m_index.cend()) {
        m_sizeBytes -= (*found)->canonical.size();
        m_entries.erase(*found);
        m_index.erase(found);
    }
    evictTo(m_capacityBytes - canonical.size());
    m_entries.push_front({snapshotId, canonical});
    m_index.insert(snapshotId, m_entries.begin());
    m_sizeBytes += canonical.size();
}

void PayloadCache::evictTo(qint64 bytes)
{
    while (m_sizeBytes > bytes && !m_entries.empty()) {
        m_sizeBytes -= m_entries.back().canonical.size();
        m_index.remove(m_entries.back().snapshotId);
        m_entries.pop_back();
    }
}

qint64 PayloadCache::sizeBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_sizeBytes;
}

qsizetype PayloadCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_entries.size());
}

} // namespace sa::core
