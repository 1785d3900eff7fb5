#include "reportbuilder_p.h"

#include "parcelreportstate_p.h"

#include <utility>

namespace sa::core::Internal {

namespace {

constexpr std::int64_t kDaysTo2000 = 10957;
constexpr int kLastTaxYear = 2025;

// Names in several scripts, with precomposed and decomposed (NFD: "e" + U+0301) accents,
// which look alike but differ byte for byte.
constexpr std::string_view kGivenNames[] = {
    "Anna", "José", "Jose\u0301", "Zoë", "Björn", "Łukasz", "Søren", "Chloé", "Chloe\u0301",
    "Văn Minh", "Aiko", "Ольга", "Σοφία", "Siobhán", "明", "Çağla", "Mary", "John", "Fatima",
    "Noah", "Renée", "Rene\u0301e", "Ingrid", "Kwame",
};
constexpr std::string_view kFamilyNames[] = {
    "Müller", "García", "O'Brien", "Dvořák", "Nakamura", "Ibáñez", "Kowalski", "Ødegård",
    "Smith", "van der Berg", "Nuñez", "Nun\u0303ez", "Papadopoulos", "王", "김", "Şahin",
    "Johnson", "Nguyễn", "Lefèvre", "Lefe\u0300vre", "Okafor", "Andersson",
};
constexpr std::string_view kStreets[] = {
    "Main Street", "Oak Avenue", "Rue de l'Église", "Hauptstraße", "Calle Mayor", "Elm Street",
    "Königsallee", "Via Roma", "Åkervägen", "Old Mill Road", "Chemin des Prés", "Ulitsa Lenina",
};
constexpr std::string_view kNotes[] = {
    "Owner reports a roof leak 🏠💧",
    "Boundary dispute with the neighbour, see survey \"2019-B\".",
    "Inspection OK ✅\nNext visit in spring.",
    "Tax exemption (veteran) ✔ renewed",
    "Flood zone AE ⚠️ per the 2021 FEMA map",
    "Scanned deed at C:\\scans\\deed-0042.pdf",
    "境界確認済み。次回は来年。",
    "Zoning variance granted 🎉 — 4 votes to 1",
    "Access via the easement on the north side\tgate code on file",
    "Propriétaire injoignable ; courrier renvoyé",
    "Хозяин сообщил о новом заборе",
    "Solar panels installed ☀️⚡ (permit pending)",
};
constexpr std::string_view kZoningCodes[] = {"R-1", "R-2", "R-3", "C-1", "C-2", "M-1", "MU-4",
                                             "AG", "PUD"};
constexpr std::string_view kOverlays[] = {"historic", "flood-AE", "airport", "coastal",
                                          "transit", "wetland"};
constexpr std::string_view kOwnerTypes[] = {"individual", "individual", "trust", "company",
                                            "government"};
constexpr std::string_view kDeedTypes[] = {"warranty", "quitclaim", "grant", "trustee",
                                           "executor"};
constexpr std::string_view kPermitTypes[] = {"building", "electrical", "plumbing", "demolition",
                                             "roofing", "solar", "fence", "pool"};
constexpr std::string_view kPermitStatuses[] = {"issued", "finaled", "expired", "under review",
                                                "withdrawn"};
constexpr std::string_view kLandUses[] = {"single family", "duplex", "retail", "office",
                                          "warehouse", "vacant", "farmland", "mixed use"};

} // namespace

Node ReportBuilder::parcel()
{
    const std::uint64_t serial = m_state.nextSerial++;
    Node parcel = objectNode(true);
    addMember(parcel, "parcelId", pinnedNode(stringNode(id("P", serial))));
    addMember(parcel, "apn", stringNode(apn()));
    addMember(parcel, "status", stringNode(m_random.percent(90) ? "active" : "retired"));
    addMember(parcel, "landUse", stringNode(std::string(m_random.pick(kLandUses))));
    if (m_random.percent(30))
        addMember(parcel, "legacyId", nullNode());
    addMember(parcel, "address", address());

    Node owners = arrayNode(ElementKind::Owner);
    const int ownerCount = m_random.percent(70) ? 1 : m_random.between(2, 4);
    for (int i = 0; i < ownerCount; ++i)
        owners.items.push_back(owner(ownerCount));
    addMember(parcel, "owners", std::move(owners));

    addMember(parcel, "zoning", zoning());
    addMember(parcel, "lot", lot());

    const int firstYear = kLastTaxYear - m_random.between(6, 18);
    Node assessments = arrayNode(ElementKind::Assessment);
    Node taxHistory = arrayNode(ElementKind::TaxRecord);
    for (int year = firstYear; year <= kLastTaxYear; ++year) {
        assessments.items.push_back(assessment(year));
        taxHistory.items.push_back(taxRecord(year));
    }
    addMember(parcel, "assessments", std::move(assessments));
    addMember(parcel, "taxHistory", std::move(taxHistory));

    Node sales = arrayNode(ElementKind::Sale);
    for (int i = m_random.between(0, 4); i > 0; --i)
        sales.items.push_back(sale());
    addMember(parcel, "sales", std::move(sales));

    Node permits = arrayNode(ElementKind::Permit);
    for (int i = m_random.between(0, 6); i > 0; --i)
        permits.items.push_back(permit());
    addMember(parcel, "permits", std::move(permits));

    addMember(parcel, "geometry", geometry(serial));

    Node notes = arrayNode(ElementKind::Note);
    for (int i = m_random.between(0, 3); i > 0; --i)
        notes.items.push_back(note());
    addMember(parcel, "notes", std::move(notes));

    Node flags = objectNode(false);
    addMember(flags, "floodZone", boolNode(m_random.percent(15)));
    addMember(flags, "historic", boolNode(m_random.percent(5)));
    addMember(flags, "taxExempt", boolNode(m_random.percent(8)));
    addMember(parcel, "flags", std::move(flags));

    Node quality = objectNode(false);
    addMember(quality, "confidence", numberNode(fixedLiteral(m_random.between(80, 100), 2)));
    addMember(quality, "completeness", numberNode(m_random.percent(60) ? "1.0" : "0.9"));
    addMember(quality, "tolerance", numberNode(m_random.percent(50) ? "1e-7" : "2.5E-6"));
    addMember(parcel, "dataQuality", std::move(quality));
    return parcel;
}

// A new element for an array holding `kind`; Fixed, Assessment and TaxRecord arrays
// never receive inserted elements (their years are consecutive).
Node ReportBuilder::element(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Parcel:
        return parcel();
    case ElementKind::Owner:
        return owner(2);
    case ElementKind::Sale:
        return sale();
    case ElementKind::Permit:
        return permit();
    case ElementKind::Note:
        return note();
    case ElementKind::Fixed:
    case ElementKind::Assessment:
    case ElementKind::TaxRecord:
    case ElementKind::Vertex:
        break;
    }
    return nullNode();
}

Node ReportBuilder::optionalMember(std::string_view name)
{
    if (name == "priority")
        return numberNode(integerLiteral(m_random.between(1, 5)));
    if (name == "lastInspection")
        return stringNode(dateText(day()));
    if (name == "externalRef")
        return stringNode(id("EXT", m_state.nextSerial++));
    return stringNode(phrase());
}

std::string ReportBuilder::phrase()
{
    std::string text(m_random.pick(kWords));
    text += ' ';
    text += m_random.pick(kWords);
    return text;
}

std::string ReportBuilder::personName()
{
    std::string name(m_random.pick(kGivenNames));
    name += ' ';
    name += m_random.pick(kFamilyNames);
    return name;
}

std::int64_t ReportBuilder::day()
{
    return kDaysTo2000 + m_random.between(0, 9300);
}

Node ReportBuilder::vertex(std::int64_t lon, std::int64_t lat)
{
    Node pair = arrayNode(ElementKind::Fixed);
    pair.items.push_back(numberNode(fixedLiteral(lon, 7)));
    pair.items.push_back(numberNode(fixedLiteral(lat, 7)));
    return pair;
}

std::string ReportBuilder::id(std::string_view prefix, std::uint64_t serial)
{
    std::string text(prefix);
    text += '-';
    appendPadded(text, unsigned(m_state.reportIndex % 10000), 4);
    text += '-';
    appendPadded(text, unsigned(serial % 10000000), 7);
    return text;
}

std::string ReportBuilder::apn()
{
    std::string text;
    appendPadded(text, m_random.below(1000), 3);
    text += '-';
    appendPadded(text, m_random.below(1000), 3);
    text += '-';
    appendPadded(text, m_random.below(1000), 3);
    return text;
}

Node ReportBuilder::address()
{
    Node address = objectNode(true);
    addMember(address, "street",
              stringNode(integerLiteral(m_random.between(1, 9999)) + ' '
                         + std::string(m_random.pick(kStreets))));
    if (m_random.percent(20))
        addMember(address, "unit", stringNode(integerLiteral(m_random.between(1, 40))));
    addMember(address, "city", stringNode(std::string(m_random.pick(kCities))));
    std::string postalCode;
    appendPadded(postalCode, m_random.below(100000), 5);
    addMember(address, "postalCode", stringNode(std::move(postalCode)));
    addMember(address, "country", stringNode(m_random.percent(80) ? "US" : "CA"));
    return address;
}

Node ReportBuilder::owner(int ownerCount)
{
    Node owner = objectNode(true);
    addMember(owner, "id", pinnedNode(stringNode(id("OWN", m_state.nextSerial++))));
    const std::string_view type = m_random.pick(kOwnerTypes);
    std::string name = personName();
    if (type == "trust")
        name = "The " + name + " Family Trust";
    else if (type == "company")
        name += " Holdings LLC";
    addMember(owner, "name", stringNode(std::move(name), m_random.percent(15)));
    addMember(owner, "type", stringNode(std::string(type)));
    addMember(owner, "share",
              numberNode(ownerCount == 1 ? "1.0" : fixedLiteral(100 / ownerCount, 2)));
    addMember(owner, "since", stringNode(dateText(day())));
    addMember(owner, "mailingAddress", address());
    Node contact = objectNode(true);
    addMember(contact, "email",
              stringNode("owner" + integerLiteral(std::int64_t(m_state.nextSerial))
                         + "@example.org"));
    addMember(contact, "phone",
              m_random.percent(70) ? stringNode("+1-555-" + integerLiteral(m_random.between(
                                                    1000000, 9999999)))
                                   : nullNode());
    addMember(owner, "contact", std::move(contact));
    return owner;
}

Node ReportBuilder::zoning()
{
    Node zoning = objectNode(true);
    addMember(zoning, "code", stringNode(std::string(m_random.pick(kZoningCodes))));
    Node overlays = arrayNode(ElementKind::Fixed);
    for (int i = m_random.between(0, 2); i > 0; --i)
        overlays.items.push_back(stringNode(std::string(m_random.pick(kOverlays))));
    addMember(zoning, "overlays", std::move(overlays));
    addMember(zoning, "maxHeightM", numberNode(fixedLiteral(m_random.between(60, 450), 1)));
    addMember(zoning, "floorAreaRatio", numberNode(m_random.percent(40) ? "1.0" : "0.1"));
    addMember(zoning, "minSetbackM", numberNode(integerLiteral(m_random.between(0, 12))));
    return zoning;
}

Node ReportBuilder::lot()
{
    Node lot = objectNode(true);
    addMember(lot, "areaSqM", numberNode(fixedLiteral(m_random.between(20000, 5000000), 2)));
    addMember(lot, "frontageM", numberNode(fixedLiteral(m_random.between(80, 900), 1)));
    addMember(lot, "depthM", numberNode(fixedLiteral(m_random.between(150, 1500), 1)));
    addMember(lot, "corner", boolNode(m_random.percent(20)));
    return lot;
}

Node ReportBuilder::assessment(int year)
{
    Node record = objectNode(false);
    const int land = m_random.between(20, 900) * 1000;
    const int improvements = m_random.between(0, 2000) * 500;
    addMember(record, "year", pinnedNode(numberNode(integerLiteral(year))));
    addMember(record, "land", numberNode(integerLiteral(land)));
    addMember(record, "improvements", numberNode(integerLiteral(improvements)));
    addMember(record, "total", numberNode(integerLiteral(land + improvements)));
    addMember(record, "ratio", numberNode(fixedLiteral(m_random.between(5, 40), 2)));
    return record;
}

Node ReportBuilder::taxRecord(int year)
{
    Node record = objectNode(false);
    const int cents = m_random.between(50000, 2500000);
    addMember(record, "year", pinnedNode(numberNode(integerLiteral(year))));
    addMember(record, "billed", numberNode(fixedLiteral(cents, 2)));
    const bool paid = year < kLastTaxYear || m_random.percent(50);
    addMember(record, "paid", numberNode(fixedLiteral(paid ? cents : 0, 2)));
    addMember(record, "delinquent", boolNode(!paid && m_random.percent(30)));
    Node installments = arrayNode(ElementKind::Fixed);
    for (int half = 0; half < 2; ++half) {
        Node installment = objectNode(false);
        addMember(installment, "due",
                  stringNode(dateText((year - 1970) * 365 + (year - 1969) / 4 + 100
                                      + half * 183)));
        addMember(installment, "amount", numberNode(fixedLiteral(cents / 2, 2)));
        addMember(installment, "paid", boolNode(paid));
        installments.items.push_back(std::move(installment));
    }
    addMember(record, "installments", std::move(installments));
    return record;
}

Node ReportBuilder::sale()
{
    Node sale = objectNode(true);
    addMember(sale, "id", pinnedNode(stringNode(id("SALE", m_state.nextSerial++))));
    addMember(sale, "date", stringNode(dateText(day())));
    addMember(sale, "price", numberNode(integerLiteral(m_random.between(40, 2500) * 1000)));
    addMember(sale, "deedType", stringNode(std::string(m_random.pick(kDeedTypes))));
    addMember(sale, "buyer", stringNode(personName()));
    addMember(sale, "seller", stringNode(personName()));
    addMember(sale, "armsLength", boolNode(m_random.percent(85)));
    return sale;
}

Node ReportBuilder::permit()
{
    Node permit = objectNode(true);
    addMember(permit, "id", pinnedNode(stringNode(id("BLD", m_state.nextSerial++))));
    addMember(permit, "type", stringNode(std::string(m_random.pick(kPermitTypes))));
    addMember(permit, "issued", stringNode(dateText(day())));
    addMember(permit, "valuation",
              numberNode(fixedLiteral(std::int64_t(m_random.between(5, 5000)) * 1000, 1)));
    addMember(permit, "status", stringNode(std::string(m_random.pick(kPermitStatuses))));
    addMember(permit, "description", stringNode(std::string(m_random.pick(kNotes))));
    return permit;
}

Node ReportBuilder::note()
{
    Node note = objectNode(true);
    addMember(note, "author", stringNode(personName()));
    addMember(note, "at",
              stringNode(dateTimeText(kSecondsTo2025 - m_random.between(0, 300000000))));
    std::string text(m_random.pick(kNotes));
    if (m_random.percent(30)) {
        text += ' ';
        text += m_random.pick(kNotes);
    }
    addMember(note, "text", stringNode(std::move(text), m_random.percent(20)));
    return note;
}

// A GeoJSON polygon: a roughly rectangular lot with jittered, subdivided edges (survey
// points), closed, sometimes with a hole; in a grid of lots around the report's center.
Node ReportBuilder::geometry(std::uint64_t serial)
{
    const std::int64_t west = m_state.centerLon + std::int64_t(serial % 64) * 6000;
    const std::int64_t south = m_state.centerLat + std::int64_t(serial / 64) * 6000;
    const int width = m_random.between(1500, 5000);
    const int height = m_random.between(1500, 5000);
    const int pointsPerEdge = m_random.percent(5) ? m_random.between(30, 120)
                                                  : m_random.between(1, 25);
    Node rings = arrayNode(ElementKind::Fixed);
    rings.items.push_back(ring(west, south, width, height, pointsPerEdge));
    if (m_random.percent(10))
        rings.items.push_back(ring(west + width / 3, south + height / 3, width / 4,
                                   height / 4, 1));
    Node geometry = objectNode(false);
    addMember(geometry, "type", pinnedNode(stringNode("Polygon")));
    addMember(geometry, "coordinates", std::move(rings));
    return geometry;
}

Node ReportBuilder::ring(std::int64_t west, std::int64_t south, int width, int height,
                         int pointsPerEdge)
{
    Node ring = arrayNode(ElementKind::Vertex);
    const std::int64_t corners[5][2] = {{west, south}, {west + width, south},
                                        {west + width, south + height},
                                        {west, south + height}, {west, south}};
    for (int edge = 0; edge < 4; ++edge) {
        for (int step = 0; step < pointsPerEdge; ++step) {
            const std::int64_t lon = corners[edge][0]
                                     + (corners[edge + 1][0] - corners[edge][0]) * step
                                           / pointsPerEdge;
            const std::int64_t lat = corners[edge][1]
                                     + (corners[edge + 1][1] - corners[edge][1]) * step
                                           / pointsPerEdge;
            const int jitter = step == 0 ? 0 : 40;
            ring.items.push_back(vertex(lon + m_random.between(-jitter, jitter),
                                        lat + m_random.between(-jitter, jitter)));
        }
    }
    ring.items.push_back(ring.items.front()); // GeoJSON rings are closed
    return ring;
}

} // namespace sa::core::Internal
