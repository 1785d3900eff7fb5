// HistoryQueries: the reports list, time travel, the activity log and field history, with
// the same expectations on both engines.
#include "operationsfixture.h"
#include "storetestsupport.h"

#include "core/store/connectionprovider.h"
#include "core/store/historyqueries.h"
#include "core/store/snapshotadmin.h"
#include "core/store/snapshotstore.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::errorText;
using sa::tests::OperationsFixture;
using sa::tests::parcelDocument;

namespace {

const QString kReport = u"R-2024-000187"_s;

// Distinct milliseconds between operations, so that every instant of the time line can
// be asked about on both engines.
void nextMillisecond()
{
    QTest::qSleep(3);
}

QStringList idsOf(const ReportPage &page)
{
    QStringList ids;
    for (const ReportSummary &report : page.reports)
        ids.append(report.reportId);
    return ids;
}

} // namespace

class tst_HistoryQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsPagesOfReports_data() { sa::tests::addEngineRows(); }
    void listsPagesOfReports();
    void filterIsALiteralSubstring_data();
    void filterIsALiteralSubstring();
    void refusesBadPages_data() { sa::tests::addEngineRows(); }
    void refusesBadPages();

    void answersAsOfAtEveryInstant_data() { sa::tests::addEngineRows(); }
    void answersAsOfAtEveryInstant();
    void activityPagesNewestFirst_data() { sa::tests::addEngineRows(); }
    void activityPagesNewestFirst();
    void activitySinceListsNewEntriesInOrder_data() { sa::tests::addEngineRows(); }
    void activitySinceListsNewEntriesInOrder();

    void fieldHistoryListsEveryChange_data();
    void fieldHistoryListsEveryChange();
    void fieldHistoryRefusesBadInput_data() { sa::tests::addEngineRows(); }
    void fieldHistoryRefusesBadInput();
    void fieldHistoryCanBeCancelled_data() { sa::tests::addEngineRows(); }
    void fieldHistoryCanBeCancelled();
};

void tst_HistoryQueries::listsPagesOfReports()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    QStringList all;
    for (int i = 0; i < 7; ++i) {
        const QString reportId = u"report-%1"_s.arg(i, 2, 10, QChar(u'0'));
        all.append(reportId);
        for (int version = 1; version <= 1 + i % 3; ++version) {
            const auto created = fixture.create(reportId, parcelDocument(version));
            QVERIFY2(created, errorText(created).constData());
        }
    }
    const auto rolledBack = SnapshotAdmin(fixture.provider()).rollback(u"report-02"_s, 1, 3, u"undo"_s);
    QVERIFY2(rolledBack, errorText(rolledBack).constData());

    HistoryQueries queries(fixture.provider());
    QStringList paged;
    for (qint64 offset = 0; offset < 8; offset += 3) {
        const auto page = queries.listReports({}, 3, offset);
        QVERIFY2(page, errorText(page).constData());
        QCOMPARE(page->total, 7);
        QCOMPARE(qint64(page->reports.size()), std::min<qint64>(3, 7 - offset));
        paged += idsOf(*page);
    }
    QCOMPARE(paged, all);

    const auto page = queries.listReports({}, 10, 0);
    QVERIFY2(page, errorText(page).constData());
    const ReportSummary &two = page->reports.at(2);
    QCOMPARE(two.reportId, u"report-02"_s);
    QCOMPARE(two.versionCount, 3);
    QCOMPARE(two.activeVersion, 1);
    const auto lastActivity = queries.activity(u"report-02"_s, 1, 0);
    QVERIFY2(lastActivity, errorText(lastActivity).constData());
    QCOMPARE(two.lastChangedAt, lastActivity->entries.front().at);
    QCOMPARE(two.lastChangedBy, lastActivity->entries.front().user);
    const ReportSummary &one = page->reports.at(1);
    QCOMPARE(one.versionCount, 2);
    QCOMPARE(one.activeVersion, 2);
}

void tst_HistoryQueries::filterIsALiteralSubstring_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    for (const QString &engine : sa::tests::storeEngines()) {
        const auto row = [&engine](const char *name) {
            return &(QTest::addRow("%s: %s", qPrintable(engine), name) << engine);
        };
        *row("substring") << u"lpha"_s << QStringList{u"Alpha-1"_s, u"alpha-2"_s};
        *row("ASCII case ignored") << u"ALPHA"_s << QStringList{u"Alpha-1"_s, u"alpha-2"_s};
        *row("underscore is literal") << u"_"_s << QStringList{u"beta_1"_s};
        *row("percent is literal") << u"%"_s << QStringList{u"beta%2"_s};
        *row("backslash is literal") << u"\\"_s << QStringList{u"gam\\ma"_s};
        *row("quote") << u"'"_s << QStringList{u"o'hara"_s};
        *row("non-ASCII exact") << u"Ü"_s << QStringList{u"Über"_s};
        *row("non-ASCII case kept") << u"ü"_s << QStringList{};
        *row("nothing") << u"zzz"_s << QStringList{};
    }
}

void tst_HistoryQueries::filterIsALiteralSubstring()
{
    QFETCH(QString, engine);
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    for (const QString &reportId : {u"Alpha-1"_s, u"alpha-2"_s, u"beta_1"_s, u"beta%2"_s, u"betaX1"_s, u"gam\\ma"_s,
                                    u"o'hara"_s, u"Über"_s}) {
        const auto created = fixture.create(reportId, parcelDocument(1));
        QVERIFY2(created, errorText(created).constData());
    }
    const auto page = HistoryQueries(fixture.provider()).listReports(filter, 100, 0);
    QVERIFY2(page, errorText(page).constData());
    QCOMPARE(idsOf(*page), expected);
    QCOMPARE(page->total, expected.size());
}

void tst_HistoryQueries::refusesBadPages()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    HistoryQueries queries(fixture.provider());
    for (const auto &[limit, offset] : {std::pair{0, qint64(0)}, {HistoryQueries::kMaxPageSize + 1, 0}, {10, -1}}) {
        const auto reports = queries.listReports({}, limit, offset);
        QVERIFY(!reports);
        QCOMPARE(reports.error().code, ErrorCode::InvalidArgument);
        const auto activity = queries.activity({}, limit, offset);
        QVERIFY(!activity);
        QCOMPARE(activity.error().code, ErrorCode::InvalidArgument);
    }
}

void tst_HistoryQueries::answersAsOfAtEveryInstant()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    SnapshotAdmin admin(fixture.provider());
    // 1, 2, 3, back to 1, 4 (from 1), back to 2, deprecate 3 (not an activation).
    const auto step = [&](const std::function<bool()> &operation) {
        nextMillisecond();
        return operation();
    };
    const auto create = [&](int value) { return bool(fixture.create(kReport, parcelDocument(value))); };
    QVERIFY(step([&] { return create(1); }));
    QVERIFY(step([&] { return create(2); }));
    QVERIFY(step([&] { return create(3); }));
    QVERIFY(step([&] { return bool(admin.rollback(kReport, 1, 3, u"bad survey"_s)); }));
    QVERIFY(step([&] { return create(4); }));
    QVERIFY(step([&] { return bool(admin.rollback(kReport, 2, 4, u"wrong base"_s)); }));
    QVERIFY(step([&] { return bool(admin.deprecate(kReport, 3, u"bad survey"_s)); }));
    nextMillisecond();

    HistoryQueries queries(fixture.provider());
    const auto log = queries.activity(kReport, 100, 0);
    QVERIFY2(log, errorText(log).constData());
    std::vector<ActivityEntry> entries(log->entries.rbegin(), log->entries.rend()); // oldest first
    QCOMPARE(entries.size(), 7u);

    // The expectation, independently: the last activation at or before the instant.
    const auto expectedAt = [&entries](const QDateTime &at) {
        int version = 0;
        for (const ActivityEntry &entry : entries) {
            if (entry.at <= at && entry.action != ActivityAction::Deprecate)
                version = entry.version;
        }
        return version;
    };
    std::vector<QDateTime> instants = {entries.front().at.addMSecs(-1), entries.front().at.addDays(-400),
                                       entries.back().at.addSecs(3600)};
    for (const ActivityEntry &entry : entries)
        instants.insert(instants.end(), {entry.at.addMSecs(-1), entry.at, entry.at.addMSecs(1)});
    const QList<int> expectedSequence = {1, 2, 3, 1, 4, 2};
    QList<int> seenSequence;
    for (const QDateTime &at : instants) {
        const auto asOf = queries.activeVersionAsOf(kReport, at);
        QVERIFY2(asOf, errorText(asOf).constData());
        const int expected = expectedAt(at);
        const int actual = asOf->has_value() ? (*asOf)->version : 0;
        QVERIFY2(actual == expected, qPrintable(u"as of %1: version %2, expected %3"_s.arg(
                                         at.toString(Qt::ISODateWithMs)).arg(actual).arg(expected)));
        // The same instant written in another time zone is the same moment.
        const auto shifted = queries.activeVersionAsOf(kReport, at.toOffsetFromUtc(-5 * 3600));
        QVERIFY2(shifted, errorText(shifted).constData());
        QCOMPARE(shifted->has_value() ? (*shifted)->version : 0, expected);
    }
    for (const ActivityEntry &entry : entries) {
        if (entry.action == ActivityAction::Deprecate)
            continue;
        const auto asOf = queries.activeVersionAsOf(kReport, entry.at);
        QVERIFY2(asOf && asOf->has_value(), errorText(asOf).constData());
        QCOMPARE((*asOf)->at, entry.at);
        QCOMPARE((*asOf)->user, entry.user);
        QCOMPARE((*asOf)->action, entry.action);
        seenSequence.append((*asOf)->version);
    }
    QCOMPARE(seenSequence, expectedSequence);

    const auto unknown = queries.activeVersionAsOf(u"no-such-report"_s, QDateTime::currentDateTimeUtc());
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

void tst_HistoryQueries::activityPagesNewestFirst()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    for (int value = 1; value <= 3; ++value) {
        const auto created = fixture.create(kReport, parcelDocument(value));
        QVERIFY2(created, errorText(created).constData());
    }
    const auto other = fixture.create(u"other"_s, parcelDocument(9));
    QVERIFY2(other, errorText(other).constData());
    SnapshotAdmin admin(fixture.provider());
    const auto rolledBack = admin.rollback(kReport, 1, 3, u"because"_s);
    QVERIFY2(rolledBack, errorText(rolledBack).constData());
    const auto deprecated = admin.deprecate(kReport, 2, u"typo"_s);
    QVERIFY2(deprecated, errorText(deprecated).constData());

    HistoryQueries queries(fixture.provider());
    const auto first = queries.activity(kReport, 2, 0);
    QVERIFY2(first, errorText(first).constData());
    QVERIFY(first->hasMore);
    QCOMPARE(first->entries.size(), 2u);
    QCOMPARE(first->entries[0].action, ActivityAction::Deprecate);
    QCOMPARE(first->entries[0].version, 2);
    QCOMPARE(first->entries[0].fromVersion, 0);
    QCOMPARE(first->entries[0].reason, u"typo"_s);
    QCOMPARE(first->entries[1].action, ActivityAction::Rollback);
    QCOMPARE(first->entries[1].version, 1);
    QCOMPARE(first->entries[1].fromVersion, 3);
    QCOMPARE(first->entries[1].reason, u"because"_s);
    QCOMPARE(first->entries[1].reportId, kReport);

    const auto last = queries.activity(kReport, 2, 4);
    QVERIFY2(last, errorText(last).constData());
    QVERIFY(!last->hasMore);
    QCOMPARE(last->entries.size(), 1u);
    QCOMPARE(last->entries[0].action, ActivityAction::Create);
    QCOMPARE(last->entries[0].version, 1);
    QCOMPARE(last->entries[0].fromVersion, 0);
    QVERIFY(last->entries[0].reason.isEmpty());

    const auto everything = queries.activity({}, 100, 0);
    QVERIFY2(everything, errorText(everything).constData());
    QCOMPARE(everything->entries.size(), 6u);
    QVERIFY(std::is_sorted(everything->entries.begin(), everything->entries.end(),
                           [](const ActivityEntry &a, const ActivityEntry &b) { return a.id > b.id; }));
    QCOMPARE(everything->entries[2].reportId, u"other"_s);
    for (const ActivityEntry &entry : everything->entries) {
        QVERIFY(entry.at.isValid());
        QVERIFY(!entry.user.isEmpty());
    }

    const auto unknown = queries.activity(u"nope"_s, 10, 0);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

void tst_HistoryQueries::activitySinceListsNewEntriesInOrder()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    HistoryQueries queries(fixture.provider());
    const auto empty = queries.lastActivityId();
    QVERIFY2(empty, errorText(empty).constData());
    QCOMPARE(*empty, 0);
    for (int value = 1; value <= 2; ++value) {
        const auto created = fixture.create(kReport, parcelDocument(value));
        QVERIFY2(created, errorText(created).constData());
    }
    const auto seen = queries.lastActivityId();
    QVERIFY2(seen, errorText(seen).constData());
    QVERIFY(*seen > 0);
    const auto before = queries.dataVersion();
    QVERIFY2(before, errorText(before).constData());

    // Another connection commits a rollback and a new report.
    ConnectionProvider other(fixture.provider().config());
    QVERIFY(SnapshotAdmin(other).rollback(kReport, 1, 2, u"back"_s));
    QVERIFY(SnapshotStore(other).create({u"other"_s, parcelDocument(9), {}, {}, false, false}));

    const auto since = queries.activitySince(*seen, 100);
    QVERIFY2(since, errorText(since).constData());
    QCOMPARE(since->size(), 2u);
    QCOMPARE(since->at(0).action, ActivityAction::Rollback);
    QCOMPARE(since->at(0).reportId, kReport);
    QCOMPARE(since->at(0).version, 1);
    QVERIFY(!since->at(0).user.isEmpty());
    QCOMPARE(since->at(1).action, ActivityAction::Create);
    QCOMPARE(since->at(1).reportId, u"other"_s);
    QVERIFY(since->at(0).id < since->at(1).id);
    const auto after = queries.dataVersion();
    QVERIFY2(after, errorText(after).constData());
    if (engine == u"sqlite"_s)
        QVERIFY(*after != *before); // another connection committed
    else
        QCOMPARE(*after, 0); // PostgreSQL notifies instead

    const auto none = queries.activitySince(since->at(1).id, 100);
    QVERIFY2(none, errorText(none).constData());
    QVERIFY(none->empty());
    QCOMPARE(queries.activitySince(0, 0).error().code, ErrorCode::InvalidArgument);
}

void tst_HistoryQueries::fieldHistoryListsEveryChange_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("pointer");
    // version:old->new, "-" for nothing
    QTest::addColumn<QStringList>("expected");
    for (const QString &engine : sa::tests::storeEngines()) {
        QTest::addRow("%s: nested member", qPrintable(engine))
            << engine << u"/b/c"_s << QStringList{u"1:-->\"x\""_s, u"2:\"x\"->\"y\""_s, u"4:\"y\"->-"_s, u"5:-->\"y\""_s};
        QTest::addRow("%s: number", qPrintable(engine)) << engine << u"/a"_s << QStringList{u"1:-->1"_s, u"3:1->2.5"_s};
        QTest::addRow("%s: object", qPrintable(engine))
            << engine << u"/b"_s
            << QStringList{u"1:-->{\"c\":\"x\"}"_s, u"2:{\"c\":\"x\"}->{\"c\":\"y\"}"_s, u"4:{\"c\":\"y\"}->-"_s,
                           u"5:-->{\"c\":\"y\"}"_s};
        QTest::addRow("%s: array element", qPrintable(engine))
            << engine << u"/list/1"_s << QStringList{u"3:-->true"_s};
        QTest::addRow("%s: escaped token", qPrintable(engine))
            << engine << u"/a~1b"_s << QStringList{u"5:-->\"slash\""_s};
        QTest::addRow("%s: never present", qPrintable(engine)) << engine << u"/zzz"_s << QStringList{};
    }
}

void tst_HistoryQueries::fieldHistoryListsEveryChange()
{
    QFETCH(QString, engine);
    QFETCH(QString, pointer);
    QFETCH(QStringList, expected);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    const QByteArray documents[] = {
        R"({"a":1,"b":{"c":"x"},"list":[0]})",
        R"({"a":1,"b":{"c":"y"},"list":[0]})",
        R"({"a":2.5,"b":{"c":"y"},"list":[0,true]})",
        R"({"a":2.5,"list":[0,true]})",
        R"({"a":2.5,"a/b":"slash","b":{"c":"y"},"list":[0,true]})",
    };
    for (const QByteArray &json : documents) {
        const auto created = fixture.create(kReport, json);
        QVERIFY2(created, errorText(created).constData());
    }
    const auto changes = HistoryQueries(fixture.provider()).fieldHistory(kReport, pointer);
    QVERIFY2(changes, errorText(changes).constData());
    QStringList seen;
    for (const FieldChange &change : *changes) {
        const auto text = [](const std::optional<QByteArray> &value) {
            return value ? QString::fromUtf8(*value) : u"-"_s;
        };
        seen.append(u"%1:%2->%3"_s.arg(change.version).arg(text(change.oldValue), text(change.newValue)));
        QVERIFY(!change.snapshotId.isEmpty());
        QVERIFY(!change.author.isEmpty());
        QVERIFY(change.at.isValid());
    }
    QCOMPARE(seen, expected);
}

void tst_HistoryQueries::fieldHistoryRefusesBadInput()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    const auto created = fixture.create(kReport, parcelDocument(1));
    QVERIFY2(created, errorText(created).constData());
    HistoryQueries queries(fixture.provider());

    const auto malformed = queries.fieldHistory(kReport, u"assessment/value"_s);
    QVERIFY(!malformed);
    QCOMPARE(malformed.error().code, ErrorCode::ValidationFailed);
    QVERIFY2(malformed.error().message.contains(u"JSON Pointer"_s), qPrintable(malformed.error().message));
    const auto unknown = queries.fieldHistory(u"nope"_s, u"/a"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);

    failed = fixture.disableGuards();
    QVERIFY2(failed.isEmpty(), failed.constData());
    failed = fixture.execAsOwner(u"UPDATE report_snapshots SET parcel_snapshot = ? WHERE report_id = ?"_s,
                                 {fixture.storedPayload(parcelDocument(2)), kReport});
    QVERIFY2(failed.isEmpty(), failed.constData());
    const auto damaged = queries.fieldHistory(kReport, u"/assessment/value"_s);
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, ErrorCode::IntegrityCheckFailed);
}

void tst_HistoryQueries::fieldHistoryCanBeCancelled()
{
    QFETCH(QString, engine);
    OperationsFixture fixture;
    QByteArray failed = fixture.open(engine);
    QVERIFY2(failed.isEmpty(), failed.constData());
    for (int value = 1; value <= 5; ++value) {
        const auto created = fixture.create(kReport, parcelDocument(value));
        QVERIFY2(created, errorText(created).constData());
    }
    int checks = 0;
    const auto cancelled = HistoryQueries(fixture.provider()).fieldHistory(kReport, u"/assessment/value"_s, [&checks] {
        return ++checks > 2;
    });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(checks, 3);
}

QTEST_GUILESS_MAIN(tst_HistoryQueries)
#include "tst_historyqueries.moc"
