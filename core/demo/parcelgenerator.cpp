#include "parcelgenerator.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sa::core {
namespace Internal {

namespace {

// splitmix64 (Steele, Lea and Flood): fast, statistically sound for test data and specified
// bit for bit, which the distributions of <random> are not (their output may differ between
// standard libraries, and the documents must not).
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound) by multiply-shift; its bias (below 2^-32) does not matter here.
    std::uint32_t below(std::uint32_t bound)
    {
        return std::uint32_t(((next() >> 32) * bound) >> 32);
    }
    // Uniform in [low, high].
    int between(int low, int high) { return low + int(below(std::uint32_t(high - low + 1))); }
    bool percent(int chance) { return below(100) < std::uint32_t(chance); }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(N)];
    }

private:
    std::uint64_t m_state;
};

// One independent stream per (seed, report, version), so that a version's edits do not depend
// on how many numbers earlier versions happened to draw.
std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t report, std::uint64_t version)
{
    Random mixer(seed ^ (report * 0xd1b54a32d192ed03ULL) ^ (version * 0x8cb92ba72f3d8dd7ULL));
    mixer.next();
    return mixer.next();
}

} // namespace

enum class NodeKind : std::uint8_t { Null, Bool, Number, String, Array, Object };

// What an array holds, so that an element an edit inserts looks like its neighbours.
// Fixed arrays (a coordinate pair, a list of overlay codes) keep their shape.
enum class ElementKind : std::uint8_t {
    Fixed,
    Parcel,
    Owner,
    Assessment,
    TaxRecord,
    Sale,
    Permit,
    Note,
    Vertex,
};

struct Member;

// The mutable tree a report is kept in between versions. Numbers are kept as the literal
// text they are written with ("1.0", "12.3456789", "1e-7"), which is part of what the
// parser and the canonicalizer are exercised with.
struct Node
{
    NodeKind kind = NodeKind::Null;
    ElementKind holds = ElementKind::Fixed;
    // Identity values (ids, years) and values the generator sets itself: random edits leave
    // them alone, so records stay matchable by key across versions.
    bool pinned = false;
    // A record whose scalar members may be added and removed by edits.
    bool reshapeable = false;
    // Strings written with \u escapes for every non-ASCII character, as some APIs do.
    bool escapeNonAscii = false;
    std::string text;
    std::vector<Node> items;
    std::vector<Member> members;
};

struct Member
{
    std::string name;
    Node value;
};

namespace {

Node nullNode()
{
    return {};
}

Node boolNode(bool value)
{
    Node node;
    node.kind = NodeKind::Bool;
    node.text = value ? "true" : "false";
    return node;
}

Node numberNode(std::string literal)
{
    Node node;
    node.kind = NodeKind::Number;
    node.text = std::move(literal);
    return node;
}

Node stringNode(std::string text, bool escapeNonAscii = false)
{
    Node node;
    node.kind = NodeKind::String;
    node.text = std::move(text);
    node.escapeNonAscii = escapeNonAscii;
    return node;
}

Node pinnedNode(Node node)
{
    node.pinned = true;
    return node;
}

Node arrayNode(ElementKind holds)
{
    Node node;
    node.kind = NodeKind::Array;
    node.holds = holds;
    return node;
}

Node objectNode(bool reshapeable)
{
    Node node;
    node.kind = NodeKind::Object;
    node.reshapeable = reshapeable;
    return node;
}

void addMember(Node &object, std::string_view name, Node value)
{
    object.members.push_back({std::string(name), std::move(value)});
}

std::string integerLiteral(std::int64_t value)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

// `scaled` / 10^decimals with exactly `decimals` fraction digits: "1234.50", "1.0",
// "-73.9857123". Integer arithmetic, so every machine writes the same digits.
std::string fixedLiteral(std::int64_t scaled, int decimals)
{
    static constexpr std::int64_t kPowersOfTen[] = {1, 10, 100, 1000, 10000, 100000, 1000000,
                                                    10000000, 100000000};
    std::string literal;
    if (scaled < 0) {
        literal += '-';
        scaled = -scaled;
    }
    const std::int64_t unit = kPowersOfTen[decimals];
    literal += integerLiteral(scaled / unit);
    if (decimals > 0) {
        const std::string fraction = integerLiteral(scaled % unit);
        literal += '.';
        literal.append(std::size_t(decimals) - fraction.size(), '0');
        literal += fraction;
    }
    return literal;
}

void appendPadded(std::string &out, unsigned value, int width)
{
    char digits[10];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, std::size_t(width));
}

// Days since 1970-01-01 as "YYYY-MM-DD" (the proleptic Gregorian civil-from-days algorithm).
std::string dateText(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096)
                               / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shiftedMonth = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const unsigned month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const auto year = unsigned(std::int64_t(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0));
    std::string text;
    appendPadded(text, year, 4);
    text += '-';
    appendPadded(text, month, 2);
    text += '-';
    appendPadded(text, day, 2);
    return text;
}

// Seconds since the epoch as an RFC 3339 UTC timestamp.
std::string dateTimeText(std::int64_t seconds)
{
    std::string text = dateText(seconds / 86400);
    const auto secondOfDay = unsigned(seconds % 86400);
    text += 'T';
    appendPadded(text, secondOfDay / 3600, 2);
    text += ':';
    appendPadded(text, secondOfDay / 60 % 60, 2);
    text += ':';
    appendPadded(text, secondOfDay % 60, 2);
    text += 'Z';
    return text;
}

constexpr std::int64_t kDaysTo2000 = 10957;
constexpr std::int64_t kSecondsTo2025 = 1735689600;
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
constexpr std::string_view kCities[] = {
    "Springfield", "Québec", "München", "São Paulo", "Malmö", "Zürich", "Kraków", "Reykjavík",
    "Portland", "Ōsaka", "Cork", "Thessaloníki",
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
constexpr std::string_view kWords[] = {
    "amended", "corrected", "verified", "pending", "reviewed", "north", "east", "parcel",
    "boundary", "easement", "révisé", "geprüft", "✓", "updated", "resurveyed", "appeal",
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
// Members an edit may add to a record (and later remove again).
constexpr std::string_view kOptionalMembers[] = {"remarks", "verifiedBy", "externalRef",
                                                 "lastInspection", "priority", "legacyCode"};

} // namespace

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

namespace {

// Makes the parts of a report. Every identifier comes from the state's serial counter, so ids
// stay unique across all versions of the report.
class ReportBuilder
{
public:
    ReportBuilder(ParcelReportState &state, Random &random) : m_state(state), m_random(random) {}

    Node parcel()
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
    Node element(ElementKind kind)
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

    Node optionalMember(std::string_view name)
    {
        if (name == "priority")
            return numberNode(integerLiteral(m_random.between(1, 5)));
        if (name == "lastInspection")
            return stringNode(dateText(day()));
        if (name == "externalRef")
            return stringNode(id("EXT", m_state.nextSerial++));
        return stringNode(phrase());
    }

    std::string phrase()
    {
        std::string text(m_random.pick(kWords));
        text += ' ';
        text += m_random.pick(kWords);
        return text;
    }

    std::string personName()
    {
        std::string name(m_random.pick(kGivenNames));
        name += ' ';
        name += m_random.pick(kFamilyNames);
        return name;
    }

    std::int64_t day() { return kDaysTo2000 + m_random.between(0, 9300); }

    Node vertex(std::int64_t lon, std::int64_t lat)
    {
        Node pair = arrayNode(ElementKind::Fixed);
        pair.items.push_back(numberNode(fixedLiteral(lon, 7)));
        pair.items.push_back(numberNode(fixedLiteral(lat, 7)));
        return pair;
    }

private:
    std::string id(std::string_view prefix, std::uint64_t serial)
    {
        std::string text(prefix);
        text += '-';
        appendPadded(text, unsigned(m_state.reportIndex % 10000), 4);
        text += '-';
        appendPadded(text, unsigned(serial % 10000000), 7);
        return text;
    }

    std::string apn()
    {
        std::string text;
        appendPadded(text, m_random.below(1000), 3);
        text += '-';
        appendPadded(text, m_random.below(1000), 3);
        text += '-';
        appendPadded(text, m_random.below(1000), 3);
        return text;
    }

    Node address()
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

    Node owner(int ownerCount)
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

    Node zoning()
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

    Node lot()
    {
        Node lot = objectNode(true);
        addMember(lot, "areaSqM", numberNode(fixedLiteral(m_random.between(20000, 5000000), 2)));
        addMember(lot, "frontageM", numberNode(fixedLiteral(m_random.between(80, 900), 1)));
        addMember(lot, "depthM", numberNode(fixedLiteral(m_random.between(150, 1500), 1)));
        addMember(lot, "corner", boolNode(m_random.percent(20)));
        return lot;
    }

    Node assessment(int year)
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

    Node taxRecord(int year)
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

    Node sale()
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

    Node permit()
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

    Node note()
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
    Node geometry(std::uint64_t serial)
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

    Node ring(std::int64_t west, std::int64_t south, int width, int height, int pointsPerEdge)
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

    ParcelReportState &m_state;
    Random &m_random;
};

// Writes a Node tree as compact JSON.
class JsonTextWriter
{
public:
    explicit JsonTextWriter(std::string &out) : m_out(out) {}

    void write(const Node &node)
    {
        switch (node.kind) {
        case NodeKind::Null:
            m_out += "null";
            break;
        case NodeKind::Bool:
        case NodeKind::Number:
            m_out += node.text;
            break;
        case NodeKind::String:
            writeString(node.text, node.escapeNonAscii);
            break;
        case NodeKind::Array:
            m_out += '[';
            for (std::size_t i = 0; i < node.items.size(); ++i) {
                if (i > 0)
                    m_out += ',';
                write(node.items[i]);
            }
            m_out += ']';
            break;
        case NodeKind::Object:
            m_out += '{';
            for (std::size_t i = 0; i < node.members.size(); ++i) {
                if (i > 0)
                    m_out += ',';
                writeString(node.members[i].name, false);
                m_out += ':';
                write(node.members[i].value);
            }
            m_out += '}';
            break;
        }
    }

private:
    void writeString(std::string_view text, bool escapeNonAscii)
    {
        m_out += '"';
        std::size_t runStart = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto byte = static_cast<unsigned char>(text[i]);
            const bool plain = byte >= 0x20 && byte != '"' && byte != '\\'
                               && (byte < 0x80 || !escapeNonAscii);
            if (plain)
                continue;
            m_out.append(text.substr(runStart, i - runStart));
            if (byte >= 0x80)
                i = writeEscapedCodePoint(text, i);
            else
                writeEscapedAscii(byte);
            runStart = i + 1;
        }
        m_out.append(text.substr(runStart));
        m_out += '"';
    }

    void writeEscapedAscii(unsigned char byte)
    {
        switch (byte) {
        case '"':
            m_out += "\\\"";
            return;
        case '\\':
            m_out += "\\\\";
            return;
        case '\n':
            m_out += "\\n";
            return;
        case '\t':
            m_out += "\\t";
            return;
        case '\r':
            m_out += "\\r";
            return;
        default:
            writeUnit(byte);
        }
    }

    // Decodes the (valid) UTF-8 sequence starting at `start`, writes it as \u escapes (a
    // surrogate pair beyond the BMP) and returns the index of its last byte.
    std::size_t writeEscapedCodePoint(std::string_view text, std::size_t start)
    {
        const auto lead = static_cast<unsigned char>(text[start]);
        const std::size_t length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
        char32_t codePoint = lead & (0x7f >> length);
        for (std::size_t i = 1; i < length; ++i)
            codePoint = (codePoint << 6) | (static_cast<unsigned char>(text[start + i]) & 0x3f);
        if (codePoint >= 0x10000) {
            codePoint -= 0x10000;
            writeUnit(0xd800 + (codePoint >> 10));
            writeUnit(0xdc00 + (codePoint & 0x3ff));
        } else {
            writeUnit(codePoint);
        }
        return start + length - 1;
    }

    void writeUnit(char32_t unit)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        const char escape[6] = {'\\', 'u', kHex[(unit >> 12) & 0xf], kHex[(unit >> 8) & 0xf],
                                kHex[(unit >> 4) & 0xf], kHex[unit & 0xf]};
        m_out.append(escape, sizeof escape);
    }

    std::string &m_out;
};

std::size_t serializedSize(const Node &node, std::string &scratch)
{
    scratch.clear();
    JsonTextWriter(scratch).write(node);
    return scratch.size();
}

// Derives the next version of a report in place. Targets are chosen first; structural edits
// are then applied deepest container first, because inserting into or erasing from a vector
// moves only that vector's direct elements: a container chosen at the same depth or above
// is never one of them, so every pointer collected stays valid until it is used.
class ReportEditor
{
public:
    ReportEditor(ParcelReportState &state, Random &random)
        : m_state(state), m_random(random), m_builder(state, random)
    {}

    ParcelEditCounts apply()
    {
        collect(m_state.root, 0);
        ParcelEditCounts counts;
        // About 1% of the leaves, and per 25,000 leaves one of each structural edit.
        const std::size_t leafEdits = std::max<std::size_t>(1, m_leaves.size() / 100);
        const std::size_t structuralEdits = std::max<std::size_t>(1, m_leaves.size() / 25000);
        for (std::size_t i = 0; i < leafEdits; ++i)
            editLeaf(*m_leaves[m_random.below(std::uint32_t(m_leaves.size()))]);
        counts.leavesChanged = int(leafEdits);

        std::vector<Edit> edits;
        for (std::size_t i = 0; i < structuralEdits; ++i) {
            for (const EditType type : {EditType::AddMember, EditType::RemoveMember,
                                        EditType::InsertElement, EditType::RemoveElement}) {
                const auto &candidates = candidatesFor(type);
                if (!candidates.empty())
                    edits.push_back({candidates[m_random.below(std::uint32_t(candidates.size()))],
                                     type});
            }
        }
        std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
            return a.target.depth > b.target.depth;
        });
        for (const Edit &edit : edits)
            applyEdit(edit, counts);

        setRetrievedAt();
        return counts;
    }

private:
    enum class EditType { AddMember, RemoveMember, InsertElement, RemoveElement };
    struct Container
    {
        Node *node; // not owned: a node of m_state.root
        int depth;
    };
    struct Edit
    {
        Container target;
        EditType type;
    };

    void collect(Node &node, int depth)
    {
        switch (node.kind) {
        case NodeKind::Array:
            if (node.holds != ElementKind::Fixed) {
                if (node.items.size() >= shrinkableFrom(node.holds))
                    m_shrinkable.push_back({&node, depth});
                if (node.items.size() >= 2 && isInsertable(node.holds))
                    m_growable.push_back({&node, depth});
            }
            for (Node &item : node.items)
                collect(item, depth + 1);
            break;
        case NodeKind::Object:
            if (node.reshapeable)
                m_records.push_back({&node, depth});
            for (Member &member : node.members)
                collect(member.value, depth + 1);
            break;
        default:
            if (!node.pinned)
                m_leaves.push_back(&node);
        }
    }

    // A ring keeps its closing vertex and at least five points; a record list keeps its ends.
    static std::size_t shrinkableFrom(ElementKind kind)
    {
        return kind == ElementKind::Vertex ? 7 : 3;
    }

    static bool isInsertable(ElementKind kind)
    {
        return kind != ElementKind::Fixed && kind != ElementKind::Assessment
               && kind != ElementKind::TaxRecord;
    }

    const std::vector<Container> &candidatesFor(EditType type) const
    {
        switch (type) {
        case EditType::AddMember:
        case EditType::RemoveMember:
            return m_records;
        case EditType::InsertElement:
            return m_growable;
        case EditType::RemoveElement:
            break;
        }
        return m_shrinkable;
    }

    void applyEdit(const Edit &edit, ParcelEditCounts &counts)
    {
        Node &node = *edit.target.node;
        switch (edit.type) {
        case EditType::AddMember:
            counts.membersAdded += addOptionalMember(node) ? 1 : 0;
            return;
        case EditType::RemoveMember:
            counts.membersRemoved += removeScalarMember(node) ? 1 : 0;
            return;
        case EditType::InsertElement:
            insertElement(node);
            ++counts.elementsInserted;
            return;
        case EditType::RemoveElement:
            counts.elementsRemoved += removeElement(node) ? 1 : 0;
            return;
        }
    }

    bool addOptionalMember(Node &record)
    {
        const std::string_view name = m_random.pick(kOptionalMembers);
        const bool present = std::any_of(record.members.begin(), record.members.end(),
                                         [name](const Member &m) { return m.name == name; });
        if (present)
            return false;
        addMember(record, name, m_builder.optionalMember(name));
        return true;
    }

    bool removeScalarMember(Node &record)
    {
        std::vector<std::size_t> removable;
        for (std::size_t i = 0; i < record.members.size(); ++i) {
            const Node &value = record.members[i].value;
            if (value.kind != NodeKind::Array && value.kind != NodeKind::Object && !value.pinned)
                removable.push_back(i);
        }
        if (removable.empty())
            return false;
        const std::size_t index = removable[m_random.below(std::uint32_t(removable.size()))];
        record.members.erase(record.members.begin() + std::ptrdiff_t(index));
        return true;
    }

    // Inserts strictly inside the array (never at either end), where positional diffs fail.
    void insertElement(Node &array)
    {
        const auto position = std::ptrdiff_t(
            m_random.between(1, int(array.items.size()) - 1));
        Node element = array.holds == ElementKind::Vertex
                           ? midpoint(array.items[std::size_t(position) - 1],
                                      array.items[std::size_t(position)])
                           : m_builder.element(array.holds);
        array.items.insert(array.items.begin() + position, std::move(element));
    }

    bool removeElement(Node &array)
    {
        if (array.items.size() < shrinkableFrom(array.holds))
            return false;
        const auto position = std::ptrdiff_t(
            m_random.between(1, int(array.items.size()) - 2));
        array.items.erase(array.items.begin() + position);
        return true;
    }

    // A surveyed point between two vertices, slightly off the straight line.
    Node midpoint(const Node &a, const Node &b)
    {
        const auto coordinate = [&](std::size_t axis) {
            return (scaledCoordinate(a.items[axis]) + scaledCoordinate(b.items[axis])) / 2
                   + m_random.between(-25, 25);
        };
        return m_builder.vertex(coordinate(0), coordinate(1));
    }

    // The coordinate literal in 1e-7 degrees; the generator writes exactly seven decimals, so
    // dropping the point gives the scaled integer without any floating-point rounding.
    static std::int64_t scaledCoordinate(const Node &number)
    {
        std::string digits;
        for (const char c : number.text) {
            if (c != '.')
                digits += c;
        }
        std::int64_t value = 0;
        std::from_chars(digits.data(), digits.data() + digits.size(), value);
        return value;
    }

    void editLeaf(Node &leaf)
    {
        switch (leaf.kind) {
        case NodeKind::Null:
            leaf = stringNode(m_builder.phrase());
            return;
        case NodeKind::Bool:
            leaf.text = leaf.text == "true" ? "false" : "true";
            return;
        case NodeKind::Number:
            editNumber(leaf.text);
            return;
        case NodeKind::String:
            editString(leaf.text);
            return;
        case NodeKind::Array:
        case NodeKind::Object:
            return;
        }
    }

    // Changes the last digit of the significand, so "12.3456789" becomes "12.3456782" and the
    // literal keeps its form ("1e-7" becomes "4e-7").
    void editNumber(std::string &literal)
    {
        const std::size_t exponent = literal.find_first_of("eE");
        const std::size_t last = (exponent == std::string::npos ? literal.size() : exponent) - 1;
        const bool soleDigit = last == 0 || (last == 1 && literal[0] == '-');
        const char old = literal[last];
        char digit = old;
        while (digit == old)
            digit = char('0' + m_random.between(soleDigit ? 1 : 0, 9));
        literal[last] = digit;
    }

    // Dates move to another day of their month; other text gets a new last word.
    void editString(std::string &text)
    {
        const bool isDate = text.size() >= 10 && text[4] == '-' && text[7] == '-';
        if (isDate) {
            std::string day;
            appendPadded(day, unsigned(m_random.between(1, 28)), 2);
            text.replace(8, 2, day);
            return;
        }
        const std::size_t space = text.rfind(' ');
        text.erase(space == std::string::npos ? 0 : space + 1);
        text += m_random.pick(kWords);
    }

    void setRetrievedAt()
    {
        for (Member &member : m_state.root.members) {
            if (member.name == "retrievedAt")
                member.value.text = dateTimeText(m_state.retrievedAt);
        }
    }

    ParcelReportState &m_state;
    Random &m_random;
    ReportBuilder m_builder;
    std::vector<Node *> m_leaves; // not owned: nodes of m_state.root
    std::vector<Container> m_records;
    std::vector<Container> m_growable;
    std::vector<Container> m_shrinkable;
};

} // namespace
} // namespace Internal

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
