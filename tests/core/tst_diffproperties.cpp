#include "core/json/canonicaljson.h"
#include "core/json/jsondiff.h"
#include "core/json/jsonparser.h"
#include "core/json/jsonpatch.h"
#include "core/json/jsonpointer.h"

#include <QTest>

#include "tests/testsupport.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

using namespace sa::core;
using sa::tests::failureText;
using namespace Qt::StringLiterals;

// Round-trip properties of the structural diff on generated parcel-like documents: for any
// A and B, applying diff(A, B)'s patch to A gives B canonically, and diff(A, A) is empty.
// Every case is reproducible from its seed, which a failure prints.
class tst_DiffProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchTurnsOldIntoNew_data();
    void patchTurnsOldIntoNew();
    void arrayEditsRoundTrip_data();
    void arrayEditsRoundTrip();
    void rulesHideOnlyWhatTheyName();
};

namespace {

// Builds random parcel reports and random edits of them, all from one seed. Values live in
// the arena of the document being built; an edited copy shares unchanged subtrees with its
// original (and keeps it alive).
class DocumentGenerator
{
public:
    DocumentGenerator(std::uint64_t seed, int maxDepth)
        : m_random(seed)
        , m_maxDepth(maxDepth)
    {
    }

    JsonDocumentPtr report(int parcels)
    {
        auto document = std::make_shared<JsonDocument>();
        m_document = document.get();
        std::vector<JsonMember> members;
        members.push_back({"reportId", string()});
        members.push_back({"retrievedAt", text("2024-05-0" + std::to_string(pick(1, 9)))});
        std::vector<JsonValue> list;
        for (int i = 0; i < parcels; ++i)
            list.push_back(parcel(i));
        members.push_back({"parcels", array(list)});
        if (chance(0.3))
            members.push_back({"deep", nested(pick(1, m_maxDepth))});
        document->setRoot(object(members));
        return document;
    }

    // A copy of `original` with random edits at roughly `rate` of its nodes.
    JsonDocumentPtr edit(const JsonDocumentPtr &original, double rate)
    {
        auto document = std::make_shared<JsonDocument>();
        document->keepAlive(original);
        m_document = document.get();
        m_rate = rate;
        document->setRoot(editValue(original->root(), 0));
        return document;
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }

    JsonValue text(const std::string &utf8)
    {
        return JsonValue::fromString(m_document->arena().copyString(utf8));
    }

    // Words mixed with the characters that break naive code: escapes, the JSON Pointer
    // specials, U+2028, a character that sorts differently in UTF-16, a non-BMP emoji.
    std::string word()
    {
        static const char *const pieces[] = {
            "parcel", "owner", "id", "a", "b", "zone", "Müller", "日本", "été",
            "\xf0\x9f\x98\x80", "\xe2\x80\xa8", "\xef\xac\x81", "a/b", "m~n", "~1", "\"q\"",
            "back\\slash", "tab\t", "", " ", "0", "-", "*", "\x01",
        };
        std::string out;
        const int count = pick(1, 3);
        for (int i = 0; i < count; ++i)
            out += pieces[pick(0, int(std::size(pieces)) - 1)];
        return out;
    }

    JsonValue string() { return text(word()); }

    JsonValue number()
    {
        switch (pick(0, 4)) {
        case 0: return JsonValue::fromNumber(pick(-5, 5));
        case 1: return JsonValue::fromNumber(pick(0, 1000000) / 1000.0);
        case 2: return JsonValue::fromNumber(std::uniform_real_distribution<double>(-180, 180)(m_random));
        case 3: return JsonValue::fromNumber(pick(0, 1) ? -0.0 : 1e21);
        default: return JsonValue::fromNumber(pick(1990, 2030));
        }
    }

    JsonValue scalar()
    {
        switch (pick(0, 5)) {
        case 0: return {};
        case 1: return JsonValue::fromBool(chance(0.5));
        case 2:
        case 3: return number();
        default: return string();
        }
    }

    JsonValue array(const std::vector<JsonValue> &elements)
    {
        auto memory = m_document->arena().allocateValues(elements.size());
        std::copy(elements.begin(), elements.end(), memory.begin());
        return JsonValue::fromArray(memory);
    }

    // Sorted as JsonValue requires; of repeated names the last wins.
    JsonValue object(std::vector<JsonMember> members)
    {
        std::stable_sort(members.begin(), members.end(), [](const JsonMember &a, const JsonMember &b) {
            return compareMemberNames(a.name, b.name) < 0;
        });
        std::vector<JsonMember> unique;
        for (const JsonMember &member : members) {
            if (!unique.empty() && unique.back().name == member.name)
                unique.back() = member;
            else
                unique.push_back(member);
        }
        auto memory = m_document->arena().allocateMembers(unique.size());
        for (std::size_t i = 0; i < unique.size(); ++i)
            memory[i] = {m_document->arena().copyString(unique[i].name), unique[i].value};
        return JsonValue::fromObject(memory);
    }

    JsonValue anyValue(int depth)
    {
        if (depth >= m_maxDepth || chance(0.55))
            return scalar();
        std::vector<JsonValue> elements;
        const int count = pick(0, 4);
        if (chance(0.5)) {
            for (int i = 0; i < count; ++i)
                elements.push_back(anyValue(depth + 1));
            return array(elements);
        }
        std::vector<std::string> names; // keeps the names alive until object() copies them
        names.reserve(std::size_t(count));
        std::vector<JsonMember> members;
        for (int i = 0; i < count; ++i) {
            names.push_back(word());
            members.push_back({names.back(), anyValue(depth + 1)});
        }
        return object(members);
    }

    JsonValue nested(int depth)
    {
        JsonValue value = scalar();
        for (int level = 0; level < depth; ++level) {
            if (chance(0.5))
                value = array({value, scalar()});
            else
                value = object({{"level", JsonValue::fromNumber(level)}, {"child", value}});
        }
        return value;
    }

    JsonValue parcel(int index)
    {
        std::vector<JsonValue> owners;
        for (int i = pick(0, 4); i > 0; --i) {
            owners.push_back(object({{"id", JsonValue::fromNumber(pick(1, 12))},
                                     {"name", string()},
                                     {"share", number()}}));
        }
        std::vector<JsonValue> taxes;
        for (int year = 2015; year < 2015 + pick(0, 8); ++year) {
            taxes.push_back(object({{"year", JsonValue::fromNumber(year)},
                                    {"amount", number()},
                                    {"paid", JsonValue::fromBool(chance(0.8))}}));
        }
        std::vector<JsonValue> ring;
        for (int i = pick(0, 8); i > 0; --i)
            ring.push_back(array({number(), number()}));
        const JsonValue geometry = object({{"type", text("Polygon")},
                                           {"coordinates", array({array(ring)})}});
        std::vector<JsonMember> members = {
            {"id", JsonValue::fromNumber(index)},
            {"address", object({{"street", string()}, {"city", string()}, {"zip", string()}})},
            {"owners", array(owners)},
            {"taxHistory", array(taxes)},
            {"geometry", geometry},
            {"zoning", text(chance(0.5) ? "R1" : "C2")},
            {"notes", string()},
        };
        if (chance(0.3))
            members.push_back({"extra", anyValue(1)});
        return object(members);
    }

    JsonValue editValue(const JsonValue &value, int depth)
    {
        if (chance(m_rate / 3))
            return anyValue(depth); // type change or new content
        if (value.isArray())
            return editArray(value, depth);
        if (value.isObject())
            return editObject(value, depth);
        return chance(m_rate) ? scalar() : value;
    }

    JsonValue editArray(const JsonValue &value, int depth)
    {
        std::vector<JsonValue> elements(value.elements().begin(), value.elements().end());
        for (JsonValue &element : elements) {
            if (chance(0.5))
                element = editValue(element, depth + 1);
        }
        if (!elements.empty() && chance(m_rate))
            elements.erase(elements.begin() + pick(0, int(elements.size()) - 1));
        if (chance(m_rate)) {
            // A new element, or a duplicate of a neighbour (repeated elements are the hard
            // case for hash matching).
            const JsonValue inserted = !elements.empty() && chance(0.3)
                                           ? elements[std::size_t(pick(0, int(elements.size()) - 1))]
                                           : anyValue(depth + 1);
            elements.insert(elements.begin() + pick(0, int(elements.size())), inserted);
        }
        if (elements.size() > 1 && chance(m_rate / 2)) {
            const auto from = std::size_t(pick(0, int(elements.size()) - 1));
            const JsonValue movedValue = elements[from];
            elements.erase(elements.begin() + std::ptrdiff_t(from));
            elements.insert(elements.begin() + pick(0, int(elements.size())), movedValue);
        }
        return array(elements);
    }

    JsonValue editObject(const JsonValue &value, int depth)
    {
        std::vector<std::string> names; // keeps renamed names alive until object() copies them
        names.reserve(value.size() + 1);
        std::vector<JsonMember> members;
        for (const JsonMember &member : value.members()) {
            if (chance(m_rate))
                continue; // deleted
            JsonMember edited = member;
            if (chance(m_rate)) {
                names.push_back(word());
                edited.name = names.back(); // renamed
            }
            if (chance(0.5))
                edited.value = editValue(member.value, depth + 1);
            members.push_back(edited);
        }
        if (chance(m_rate)) {
            names.push_back(word());
            members.push_back({names.back(), anyValue(depth + 1)});
        }
        return object(members);
    }

    std::mt19937_64 m_random;
    int m_maxDepth;
    double m_rate = 0.1;
    JsonDocument *m_document = nullptr; // not owned: the document being built
};

// An empty string on success, else what went wrong.
QString checkRoundTrip(const JsonDocumentPtr &a, const JsonDocumentPtr &b, const DiffOptions &options)
{
    const auto diff = diffJson(a, b, options);
    if (!diff)
        return u"diff failed: "_s + diff.error().toString();
    if (qsizetype(diff->changes.size()) != diff->summary.total())
        return u"the summary does not count the changes"_s;
    if (diff->isEmpty() != deepEquals(a->root(), b->root()))
        return u"the diff is empty exactly when the documents are equal: not so"_s;
    const auto patch = parseJson(diff->patch, JsonParseOptions::rfc8259());
    if (!patch)
        return u"the patch does not parse: "_s + patch.error().toString();
    const auto applied = applyPatch(a, patch->document);
    if (!applied)
        return u"the patch does not apply: "_s + applied.error().toString();
    const QByteArray expected = canonicalJson(b->root());
    const QByteArray actual = canonicalJson((*applied)->root());
    if (actual != expected) {
        return u"apply(A, diff(A, B)) != B\nA: "_s + QString::fromUtf8(canonicalJson(a->root()))
               + u"\nB: "_s + QString::fromUtf8(expected) + u"\ngot: "_s
               + QString::fromUtf8(actual) + u"\npatch: "_s + QString::fromUtf8(diff->patch);
    }
    // The patched document shares its untouched subtrees with A, which the diff skips
    // without looking inside: it must still see exactly what it sees against B.
    const auto again = diffJson(a, *applied, options);
    if (!again || again->patch != diff->patch)
        return u"diff(A, apply(A, P)) differs from diff(A, B) = P"_s;
    const auto none = diffJson(*applied, b, options);
    if (!none || !none->isEmpty())
        return u"diff(apply(A, diff(A, B)), B) is not empty"_s;
    return {};
}

} // namespace

void tst_DiffProperties::patchTurnsOldIntoNew_data()
{
    QTest::addColumn<int>("firstSeed");
    QTest::addColumn<int>("cases");
    QTest::addColumn<int>("parcels");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<double>("editRate");
    QTest::newRow("small documents, many edits") << 1 << 2000 << 3 << 4 << 0.3;
    QTest::newRow("medium documents, few edits") << 100001 << 400 << 25 << 4 << 0.03;
    QTest::newRow("deep nesting") << 200001 << 300 << 2 << 60 << 0.2;
    QTest::newRow("large documents, rare edits") << 300001 << 40 << 300 << 5 << 0.005;
}

void tst_DiffProperties::patchTurnsOldIntoNew()
{
    QFETCH(int, firstSeed);
    QFETCH(int, cases);
    QFETCH(int, parcels);
    QFETCH(int, maxDepth);
    QFETCH(double, editRate);

    DiffOptions withoutMoves;
    withoutMoves.detectMoves = false;
    DiffOptions withIdentity;
    withIdentity.identityKeys = {{u"/parcels"_s, u"id"_s},
                                 {u"/parcels/*/owners"_s, u"id"_s},
                                 {u"/parcels/*/taxHistory"_s, u"year"_s}};
    const std::pair<const char *, DiffOptions> variants[] = {
        {"default", DiffOptions()},
        {"without moves", withoutMoves},
        {"identity keys", withIdentity},
    };

    for (int seed = firstSeed; seed < firstSeed + cases; ++seed) {
        DocumentGenerator generator(std::uint64_t(seed), maxDepth);
        const JsonDocumentPtr a = generator.report(parcels);
        const JsonDocumentPtr b = generator.edit(a, editRate);
        for (const auto &[name, options] : variants) {
            const QString failure = checkRoundTrip(a, b, options);
            QVERIFY2(failure.isEmpty(),
                     qPrintable(u"seed %1, %2 options, A to B: "_s.arg(seed).arg(QLatin1String(name))
                                + failure));
            const QString back = checkRoundTrip(b, a, options);
            QVERIFY2(back.isEmpty(),
                     qPrintable(u"seed %1, %2 options, B to A: "_s.arg(seed).arg(QLatin1String(name))
                                + back));
        }
        const auto same = diffJson(a, a);
        QVERIFY2(same.hasValue() && same->isEmpty() && same->patch == "[]",
                 qPrintable(u"seed %1: diff(A, A) is not empty"_s.arg(seed)));
    }
}

void tst_DiffProperties::arrayEditsRoundTrip_data()
{
    QTest::addColumn<int>("firstSeed");
    QTest::addColumn<int>("cases");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("alphabet"); // distinct element values: few means many repeats
    QTest::newRow("short, repetitive") << 1 << 1500 << 30 << 4;
    QTest::newRow("medium, mostly unique") << 50001 << 300 << 600 << 100000;
    QTest::newRow("long, some repeats") << 60001 << 40 << 5000 << 300;
}

// Arrays are where the matching algorithms (Myers, anchors, moves, pairing) and the index
// arithmetic of the patch live: random runs of insertions, deletions, moves and changes.
void tst_DiffProperties::arrayEditsRoundTrip()
{
    QFETCH(int, firstSeed);
    QFETCH(int, cases);
    QFETCH(int, maxLength);
    QFETCH(int, alphabet);
    for (int seed = firstSeed; seed < firstSeed + cases; ++seed) {
        std::mt19937_64 random(std::uint64_t(seed) * 7919);
        const auto pick = [&](int low, int high) {
            return std::uniform_int_distribution<int>(low, high)(random);
        };
        const auto element = [&] {
            const int value = pick(0, alphabet - 1);
            // Objects too, so that changed elements can be paired and compared inside.
            return value % 3 == 0 ? QByteArray::number(value)
                                  : "{\"k\":" + QByteArray::number(value % 7) + ",\"v\":"
                                        + QByteArray::number(value) + "}";
        };
        QList<QByteArray> a;
        for (int i = pick(0, maxLength); i > 0; --i)
            a << element();
        QList<QByteArray> b = a;
        for (int edit = pick(0, 12); edit > 0; --edit) {
            const int position = pick(0, int(b.size()));
            const int run = pick(1, 1 + maxLength / 20);
            switch (pick(0, 3)) {
            case 0:
                for (int i = 0; i < run; ++i)
                    b.insert(position, element());
                break;
            case 1:
                b.remove(std::min(position, int(b.size())), std::min(run, int(b.size()) - position));
                break;
            case 2:
                if (position < b.size()) {
                    const QByteArray moved = b.takeAt(position);
                    b.insert(pick(0, int(b.size())), moved);
                }
                break;
            default:
                if (position < b.size())
                    b[position] = element();
            }
        }
        const auto parse = [](const QList<QByteArray> &elements) {
            return parseJson("[" + elements.join(',') + "]")->document;
        };
        const JsonDocumentPtr x = parse(a);
        const JsonDocumentPtr y = parse(b);
        DiffOptions withoutMoves;
        withoutMoves.detectMoves = false;
        for (const DiffOptions &options : {DiffOptions(), withoutMoves}) {
            const QString failure = checkRoundTrip(x, y, options);
            QVERIFY2(failure.isEmpty(), qPrintable(u"seed %1: "_s.arg(seed) + failure));
        }
    }
}

namespace {

// Equality as DiffOptions rules see it, walking both values in step (arrays by position):
// differences under an ignored pattern and numbers within the tolerance do not count.
bool isIgnored(const std::vector<std::vector<std::string>> &ignored,
               const std::vector<std::string> &path)
{
    return std::any_of(ignored.begin(), ignored.end(), [&](const std::vector<std::string> &pattern) {
        return pattern.size() == path.size()
               && std::equal(pattern.begin(), pattern.end(), path.begin(),
                             [](const std::string &p, const std::string &t) { return p == "*" || p == t; });
    });
}

bool equalUnderRules(const JsonValue &x, const JsonValue &y,
                     const std::vector<std::vector<std::string>> &ignored, double tolerance,
                     std::vector<std::string> &path)
{
    if (isIgnored(ignored, path))
        return true;
    if (x.type() != y.type())
        return false;
    if (x.isNumber())
        return std::abs(x.toNumber() - y.toNumber()) <= tolerance;
    if (x.isArray()) {
        if (x.size() != y.size())
            return false;
        for (std::size_t k = 0; k < x.size(); ++k) {
            path.push_back(std::to_string(k));
            const bool equal = equalUnderRules(x.elements()[k], y.elements()[k], ignored, tolerance, path);
            path.pop_back();
            if (!equal)
                return false;
        }
        return true;
    }
    if (!x.isObject())
        return deepEquals(x, y);
    // A member on one side only is fine where it is ignored.
    const auto xs = x.members();
    const auto ys = y.members();
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < xs.size() || j < ys.size()) {
        const int order = i == xs.size()   ? 1
                          : j == ys.size() ? -1
                                           : compareMemberNames(xs[i].name, ys[j].name);
        path.emplace_back(order > 0 ? ys[j].name : xs[i].name);
        const bool equal = order == 0 ? equalUnderRules(xs[i].value, ys[j].value, ignored, tolerance, path)
                                      : isIgnored(ignored, path);
        path.pop_back();
        if (!equal)
            return false;
        if (order <= 0)
            ++i;
        if (order >= 0)
            ++j;
    }
    return true;
}

} // namespace

// With ignored paths and a tolerance the patch leaves some differences out on purpose; it must
// still apply, and its result must differ from B only where the rules look away.
void tst_DiffProperties::rulesHideOnlyWhatTheyName()
{
    DiffOptions rules;
    rules.ignoredPaths = {u"/retrievedAt"_s, u"/parcels/*/notes"_s, u"/parcels/*/owners/*/name"_s,
                          u"/parcels/*/geometry"_s};
    rules.numericTolerance = 0.5;
    rules.identityKeys = {{u"/parcels/*/taxHistory"_s, u"year"_s}};
    std::vector<std::vector<std::string>> ignored;
    for (const QString &pattern : rules.ignoredPaths)
        ignored.push_back(JsonPointer::parse(pattern.toStdString())->tokens());

    for (int seed = 1; seed <= 600; ++seed) {
        DocumentGenerator generator(std::uint64_t(seed), 4);
        const JsonDocumentPtr a = generator.report(6);
        const JsonDocumentPtr b = generator.edit(a, 0.2);
        const auto diff = diffJson(a, b, rules);
        QVERIFY2(diff.hasValue(), qPrintable(u"seed %1"_s.arg(seed)));
        const auto patch = parseJson(diff->patch, JsonParseOptions::rfc8259());
        QVERIFY2(patch.hasValue(), qPrintable(u"seed %1: patch does not parse"_s.arg(seed)));
        const auto applied = applyPatch(a, patch->document);
        QVERIFY2(applied.hasValue(),
                 qPrintable(u"seed %1: "_s.arg(seed) + QString::fromUtf8(failureText(applied))
                            + u"\npatch: "_s + QString::fromUtf8(diff->patch)));
        std::vector<std::string> path;
        QVERIFY2(equalUnderRules((*applied)->root(), b->root(), ignored, rules.numericTolerance, path),
                 qPrintable(u"seed %1: the patch left out more than the rules hide: "_s.arg(seed)
                            + QString::fromUtf8(diff->patch)));
    }
}

QTEST_GUILESS_MAIN(tst_DiffProperties)
#include "tst_diffproperties.moc"
