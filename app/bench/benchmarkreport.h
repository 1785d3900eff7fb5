#pragma once

#include "measurement.h"

#include <core/demo/parcelgenerator.h>

#include <QString>

#include <vector>

namespace sa::bench {

// Everything measured on one document size.
struct SizeReport
{
    QString label; // as given on the command line, e.g. "10m"
    qint64 requestedBytes = 0;
    qint64 oldBytes = 0;
    qint64 newBytes = 0;
    qint64 canonicalBytes = 0; // of the new version
    sa::core::ParcelEditCounts edits; // from the old version to the new one
    std::vector<Measurement> measurements;

    // nullptr when that tool did not take part in that operation.
    const Measurement *find(Operation operation, Tool tool) const;
};

struct BenchmarkReport
{
    std::vector<SizeReport> sizes;
    int runs = 0;
    quint64 seed = 0;
    QString peerVersions; // versions of every peer that ran
    QString nodePeersNote; // why the Node peers did not run, if they did not
};

} // namespace sa::bench
