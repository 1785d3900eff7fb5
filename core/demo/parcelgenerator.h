#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace sa::core {

namespace Internal {
class ParcelReportState;
}

// What one ParcelGenerator::advance() changed, so a benchmark or a test knows the scale of
// the edit it is measuring.
struct ParcelEditCounts
{
    int leavesChanged = 0;
    int membersAdded = 0;
    int membersRemoved = 0;
    int elementsInserted = 0;
    int elementsRemoved = 0;
};

// Synthetic but realistic parcel reports (owners, addresses, zoning, assessments, tax
// history, sales, permits, GeoJSON geometry, unicode notes) and their evolution, for the
// benchmarks, the property tests and the demo database. One instance is the history of one
// report: it starts at version 1 and advance() derives each next version from the current
// one (about 1% of the leaves changed, a few members added and removed, array elements
// inserted and removed in the middle). The output depends only on (seed, report, target
// size, version): the generator has its own PRNG and uses integer arithmetic for every
// value it writes, so the bytes are the same on every run and every machine.
// Not thread-safe; separate instances may run on separate threads.
class ParcelGenerator
{
public:
    // `targetBytes` is the approximate size of version 1 as compact JSON text.
    ParcelGenerator(quint64 seed, int reportIndex, qsizetype targetBytes);
    ParcelGenerator(ParcelGenerator &&) noexcept;
    ParcelGenerator &operator=(ParcelGenerator &&) noexcept;
    ~ParcelGenerator();

    int reportIndex() const { return m_reportIndex; }
    int version() const { return m_version; }
    // The "reportId" member of the documents, e.g. "RPT-000042".
    QString reportId() const;

    // The current version as compact UTF-8 JSON, members in the order an API would send them.
    QByteArray toJson() const;

    // Replaces the current version with the next one.
    ParcelEditCounts advance();

    // Version `version` (1-based) of a report: the same bytes as advance()-ing a fresh
    // generator version - 1 times, for callers that need one version only.
    static QByteArray document(quint64 seed, int reportIndex, int version, qsizetype targetBytes);

private:
    std::unique_ptr<Internal::ParcelReportState> m_state;
    quint64 m_seed = 0;
    int m_reportIndex = 0;
    int m_version = 1;
};

} // namespace sa::core
