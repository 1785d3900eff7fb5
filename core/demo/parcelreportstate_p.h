// The state one ParcelGenerator keeps between versions of its report.
#pragma once

#include "parceltree_p.h"

#include <cstdint>

namespace sa::core::Internal {

// One report's current version and what its edits need to keep making plausible values.
class ParcelReportState
{
public:
    Node root;
    std::uint64_t nextSerial = 1;
    std::int64_t centerLon = 0; // 1e-7 degrees
    std::int64_t centerLat = 0;
    std::int64_t retrievedAt = 0; // seconds since the epoch
    int reportIndex = 0;
};

} // namespace sa::core::Internal
