#include "parcelgenerator.h"

#include "parcelreportstate_p.h"
#include "parcelwriter_p.h"
#include "reportbuilder_p.h"
#include "reporteditor_p.h"

#include <cstdint>
#include <string>
#include <utility>

namespace sa::core {

using namespace Internal;

ParcelGenerator::ParcelGenerator(quint64 seed, int reportIndex, qsizetype targetBytes)
    : m_state(std::make_unique<ParcelReportState>())
    , m_seed(seed)
    , m_reportIndex(reportIndex)
{
    Random random(streamSeed(seed, std::uint64_t(reportIndex), 1));
    ParcelReportState &state = *m_state;
    state.reportIndex = reportIndex;
    // Somewhere in North America, in 1e-7 degrees.
    state.centerLon = -1200000000 + std::int64_t(random.below(500000000));
    state.centerLat = 300000000 + std::int64_t(random.below(180000000));
    state.retrievedAt = kSecondsTo2025 + std::int64_t(random.below(300 * 86400));

    Node &root = state.root = objectNode(false);
    std::string reportId = "RPT-";
    appendPadded(reportId, unsigned(reportIndex % 1000000), 6);
    addMember(root, "reportId", pinnedNode(stringNode(std::move(reportId))));
    addMember(root, "schemaVersion", pinnedNode(stringNode("2.3.0")));
    addMember(root, "retrievedAt",
              pinnedNode(stringNode(dateTimeText(state.retrievedAt))));
    addMember(root, "source", stringNode("api"));
    addMember(root, "dataProvider", stringNode(random.percent(50) ? "CountyGIS" : "ParcelHub"));
    Node jurisdiction = objectNode(true);
    addMember(jurisdiction, "country", stringNode("US"));
    addMember(jurisdiction, "county", stringNode(std::string(random.pick(kCities)) + " County"));
    addMember(jurisdiction, "fipsCode", stringNode(integerLiteral(random.between(1000, 56999))));
    addMember(root, "jurisdiction", std::move(jurisdiction));
    addMember(root, "parcels", arrayNode(ElementKind::Parcel));

    // Adds parcels while that brings the text closer to the requested size.
    std::string scratch;
    std::size_t size = serializedSize(root, scratch);
    ReportBuilder builder(state, random);
    Node &parcels = root.members.back().value;
    do {
        Node parcel = builder.parcel();
        const std::size_t withParcel = size + serializedSize(parcel, scratch) + 1;
        const auto target = std::size_t(targetBytes);
        if (!parcels.items.empty() && withParcel > target && withParcel - target > target - size)
            break;
        parcels.items.push_back(std::move(parcel));
        size = withParcel;
    } while (size < std::size_t(targetBytes));
}

ParcelGenerator::ParcelGenerator(ParcelGenerator &&) noexcept = default;
ParcelGenerator &ParcelGenerator::operator=(ParcelGenerator &&) noexcept = default;
ParcelGenerator::~ParcelGenerator() = default;

QString ParcelGenerator::reportId() const
{
    return QString::fromStdString(m_state->root.members.front().value.text);
}

QByteArray ParcelGenerator::toJson() const
{
    std::string text;
    JsonTextWriter(text).write(m_state->root);
    return QByteArray(text.data(), qsizetype(text.size()));
}

ParcelEditCounts ParcelGenerator::advance()
{
    ++m_version;
    Random random(streamSeed(m_seed, std::uint64_t(m_reportIndex), std::uint64_t(m_version)));
    // Versions are retrieved days to weeks apart.
    m_state->retrievedAt += 86400 + std::int64_t(random.below(30 * 86400));
    return ReportEditor(*m_state, random).apply();
}

QByteArray ParcelGenerator::document(quint64 seed, int reportIndex, int version,
                                     qsizetype targetBytes)
{
    ParcelGenerator generator(seed, reportIndex, targetBytes);
    while (generator.version() < version)
        generator.advance();
    return generator.toJson();
}

} // namespace sa::core
