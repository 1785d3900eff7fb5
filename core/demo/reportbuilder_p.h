// Makes the parts of a parcel report: parcels, owners, assessments, geometry and the rest.
#pragma once

#include "parceltree_p.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace sa::core::Internal {

class ParcelReportState;

// Makes the parts of a report. Every identifier comes from the state's serial counter, so ids
// stay unique across all versions of the report.
class ReportBuilder
{
public:
    ReportBuilder(ParcelReportState &state, Random &random) : m_state(state), m_random(random) {}

    Node parcel();
    Node element(ElementKind kind);
    Node optionalMember(std::string_view name);
    std::string phrase();
    std::string personName();
    std::int64_t day();
    Node vertex(std::int64_t lon, std::int64_t lat);

private:
    std::string id(std::string_view prefix, std::uint64_t serial);
    std::string apn();
    Node address();
    Node owner(int ownerCount);
    Node zoning();
    Node lot();
    Node assessment(int year);
    Node taxRecord(int year);
    Node sale();
    Node permit();
    Node note();
    Node geometry(std::uint64_t serial);
    Node ring(std::int64_t west, std::int64_t south, int width, int height, int pointsPerEdge);

    ParcelReportState &m_state;
    Random &m_random;
};

} // namespace sa::core::Internal
