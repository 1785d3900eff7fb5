#include "historyqueries.h"

#include "../json/canonicaljson.h"
#include "../json/jsonparser.h"
#include "../json/jsonpointer.h"
#include "connectionprovider.h"
#include "payloadcheck_p.h"
#include "storequery_p.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

using namespace Internal;

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryQueries)
};

enum class PageOf { Reports, Activity };

Status<> validatePage(int limit, qint64 offset, PageOf what)
{
    if (limit < 1 || limit > HistoryQueries::kMaxPageSize || offset < 0) {
        const QString message
            = what == PageOf::Reports
                  ? Tr::tr("A page of reports holds 1 to %1 entries from a non-negative offset")
                  //: A page of the activity log
                  : Tr::tr("A page of activity holds 1 to %1 entries from a non-negative offset");
        return Error{ErrorCode::InvalidArgument, message.arg(HistoryQueries::kMaxPageSize)};
    }
    return Done{};
}

// The filter as a LIKE pattern: its own wildcards and the escape character escaped, ASCII
// letters lowered to meet the lowered ids (SQLite's LIKE folds ASCII only; the PostgreSQL
// query folds the same way, with translate(), so both engines match the same ids).
QString containsPattern(const QString &filterText)
{
    QString pattern = u"%"_s;
    for (const QChar c : filterText) {
        if (c == u'\\' || c == u'%' || c == u'_')
            pattern += u'\\';
        pattern += (c >= u'A' && c <= u'Z') ? QChar(c.unicode() + (u'a' - u'A')) : c;
    }
    return pattern + u'%';
}

QString filterCondition(DatabaseConfig::Engine engine)
{
    if (engine == DatabaseConfig::Engine::Sqlite)
        return u"r.id LIKE ? ESCAPE '\\'"_s;
    return u"translate(r.id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') LIKE ? ESCAPE '\\'"_s;
}

std::optional<ActivityAction> actionFromName(const QString &name)
{
    for (const ActivityAction action : {ActivityAction::Create, ActivityAction::Rollback, ActivityAction::Deprecate,
                                             ActivityAction::Repair, ActivityAction::RecordChecksum}) {
        if (activityActionName(action) == name)
            return action;
    }
    return std::nullopt;
}

// The columns readActivityEntry() reads, from the activity log `a` joined with its users `u`.
QString activitySelect(DatabaseConfig::Engine engine)
{
    return u"SELECT a.id, u.login, "_s + timestampColumn(engine, u"a.created_at"_s)
           + u", a.action, a.report_id, a.version, a.from_version, a.reason "
             "FROM activity_logs a JOIN users u ON u.id = a.user_id "_s;
}

Result<ActivityEntry> readActivityEntry(const QSqlQuery &query, const QString &what)
{
    const auto action = actionFromName(query.value(3).toString());
    if (!action) {
        //: %1: what was being done, %2: the number of an activity log entry, %3: its stored action name
        return Error{ErrorCode::Internal, Tr::tr("%1 failed: entry %2 has the unknown action \"%3\"")
                                              .arg(what, query.value(0).toString(), query.value(3).toString())};
    }
    return ActivityEntry{query.value(0).toLongLong(), query.value(1).toString(), utcDateTime(query.value(2)),
                         *action, query.value(4).toString(), query.value(5).toInt(), query.value(6).toInt(),
                         query.value(7).toString()};
}

// The value at `pointer` as canonical JSON, or nullopt where it names nothing.
std::optional<QByteArray> valueAt(const JsonValue &root, const JsonPointer &pointer)
{
    const auto value = pointer.resolve(root);
    if (!value)
        return std::nullopt;
    return canonicalJson(*value);
}

} // namespace

QString activityActionName(ActivityAction action)
{
    switch (action) {
    case ActivityAction::Create: return u"create"_s;
    case ActivityAction::Rollback: return u"rollback"_s;
    case ActivityAction::Deprecate: return u"deprecate"_s;
    case ActivityAction::Repair: return u"repair"_s;
    case ActivityAction::RecordChecksum: return u"record_checksum"_s;
    }
    Q_UNREACHABLE();
    return {};
}

HistoryQueries::HistoryQueries(ConnectionProvider &provider)
    : m_provider(provider)
{}

Result<bool> HistoryQueries::reportExists(QSqlDatabase &db, const QString &reportId, const QString &what)
{
    QSqlQuery query(db);
    if (auto ran = execPrepared(m_provider, query, u"SELECT 1 FROM reports WHERE id = ?"_s, {reportId}, what); !ran)
        return ran.error();
    return query.next();
}

Result<ReportPage> HistoryQueries::listReports(const QString &filterText, int limit, qint64 offset)
{
    if (auto valid = validatePage(limit, offset, PageOf::Reports); !valid)
        return valid.error();
    const QString what = Tr::tr("Listing the reports");
    auto db = m_provider.database();
    if (!db)
        return db.error();
    const DatabaseConfig::Engine engine = engineOf(*db);
    const QString where = filterText.isEmpty() ? QString() : u" WHERE "_s + filterCondition(engine);
    const QVariantList filterValues = filterText.isEmpty() ? QVariantList() : QVariantList{containsPattern(filterText)};

    ReportPage page;
    QSqlQuery query(*db);
    if (auto ran = execPrepared(m_provider, query, u"SELECT count(*) FROM reports r"_s + where, filterValues, what); !ran)
        return ran.error();
    query.next();
    page.total = query.value(0).toLongLong();

    // The page of ids first, so that the per-report lookups (each one index descent) run for
    // the rows shown only, not for the rows an OFFSET skips.
    QVariantList values = filterValues;
    values << limit << offset;
    const QString sql =
        u"SELECT p.id, "
        "(SELECT count(*) FROM report_snapshots c WHERE c.report_id = p.id), "
        "(SELECT s.version FROM report_snapshots s WHERE s.report_id = p.id AND "_s
        + activeCondition(engine, u"s"_s)
        + u"), "_s + timestampColumn(engine, u"l.created_at"_s)
        + u", u.login FROM (SELECT r.id FROM reports r"_s
        + where
        + u" ORDER BY r.id LIMIT ? OFFSET ?) p "
          "LEFT JOIN activity_logs l ON l.id = (SELECT a.id FROM activity_logs a WHERE a.report_id = p.id "
          "AND a.action IN ('create', 'rollback') ORDER BY a.created_at DESC, a.id DESC LIMIT 1) "
          "LEFT JOIN users u ON u.id = l.user_id "
          "ORDER BY p.id"_s;
    if (auto ran = execPrepared(m_provider, query, sql, values, what); !ran)
        return ran.error();
    while (query.next()) {
        page.reports.push_back({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt(),
                                utcDateTime(query.value(3)), query.value(4).toString()});
    }
    return page;
}

Result<std::optional<Activation>> HistoryQueries::activeVersionAsOf(const QString &reportId, const QDateTime &at)
{
    if (!at.isValid())
        return Error{ErrorCode::InvalidArgument, Tr::tr("An \"as of\" question needs a valid date and time")};
    //: %2: a date and time (ISO 8601, UTC)
    const QString what = Tr::tr("Finding the version of report \"%1\" active on %2")
                             .arg(reportId, at.toUTC().toString(Qt::ISODateWithMs));
    auto db = m_provider.database();
    if (!db)
        return db.error();
    const DatabaseConfig::Engine engine = engineOf(*db);
    // "created_at < at + 1 ms" rather than "<= at": PostgreSQL keeps microseconds, and an
    // activation at 12:00:00.275400 must count as 12:00:00.275, as on SQLite (milliseconds)
    // and as the times this class returns. The predicate repeats the index's WHERE clause.
    QSqlQuery query(*db);
    if (auto ran = execPrepared(m_provider, query,
                                u"SELECT a.version, "_s + timestampColumn(engine, u"a.created_at"_s)
                                    + u", u.login, a.action FROM activity_logs a JOIN users u ON u.id = a.user_id "
                                      "WHERE a.report_id = ? AND a.action IN ('create', 'rollback') AND a.created_at < ? "
                                "ORDER BY a.created_at DESC, a.id DESC LIMIT 1"_s,
                                {reportId, timestampValue(engine, at.addMSecs(1))}, what);
        !ran) {
        return ran.error();
    }
    if (query.next()) {
        return std::optional<Activation>(Activation{query.value(0).toInt(), utcDateTime(query.value(1)),
                                                    query.value(2).toString(),
                                                    actionFromName(query.value(3).toString()).value_or(ActivityAction::Create)});
    }
    const auto exists = reportExists(*db, reportId, what);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error{ErrorCode::NotFound, Tr::tr("There is no report \"%1\"").arg(reportId)};
    return std::optional<Activation>();
}

Result<ActivityPage> HistoryQueries::activity(const QString &reportId, int limit, qint64 offset)
{
    if (auto valid = validatePage(limit, offset, PageOf::Activity); !valid)
        return valid.error();
    const QString what = reportId.isEmpty() ? Tr::tr("Reading the activity log")
                                            : Tr::tr("Reading the activity log of report \"%1\"").arg(reportId);
    auto db = m_provider.database();
    if (!db)
        return db.error();
    QVariantList values;
    QString where;
    if (!reportId.isEmpty()) {
        where = u"WHERE a.report_id = ? "_s;
        values << reportId;
    }
    // One row more than asked for says whether another page follows, without a count.
    values << limit + 1 << offset;
    QSqlQuery query(*db);
    if (auto ran = execPrepared(m_provider, query,
                                activitySelect(engineOf(*db)) + where + u"ORDER BY a.id DESC LIMIT ? OFFSET ?"_s,
                                values, what);
        !ran) {
        return ran.error();
    }
    ActivityPage page;
    while (query.next()) {
        if (qsizetype(page.entries.size()) == limit) {
            page.hasMore = true;
            break;
        }
        auto entry = readActivityEntry(query, what);
        if (!entry)
            return entry.error();
        page.entries.push_back(std::move(entry).value());
    }
    if (page.entries.empty() && !reportId.isEmpty() && offset == 0) {
        const auto exists = reportExists(*db, reportId, what);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error{ErrorCode::NotFound, Tr::tr("There is no report \"%1\"").arg(reportId)};
    }
    return page;
}

Result<std::vector<FieldChange>> HistoryQueries::fieldHistory(const QString &reportId, const QString &jsonPointer,
                                                              const CancelCheck &cancelled)
{
    const auto pointer = JsonPointer::parse(jsonPointer.toStdString());
    if (!pointer) {
        return Error{ErrorCode::ValidationFailed,
                     Tr::tr("\"%1\" is not a JSON Pointer: %2").arg(jsonPointer, pointer.error().message)};
    }
    //: %1: a JSON Pointer such as /owner/name
    const QString what = Tr::tr("Tracing %1 through the versions of report \"%2\"").arg(jsonPointer, reportId);
    auto db = m_provider.database();
    if (!db)
        return db.error();
    const DatabaseConfig::Engine engine = engineOf(*db);
    // One forward-only pass: a payload at a time is held, however many versions there are.
    QSqlQuery query(*db);
    if (auto ran = execPrepared(m_provider, query,
                                u"SELECT "_s + summaryColumns(engine) + u", s.parcel_snapshot, "_s
                                    + evidenceColumns(engine) + summaryFrom() + evidenceJoin()
                                    + u"WHERE s.report_id = ? ORDER BY s.version"_s,
                                {reportId}, what);
        !ran) {
        return ran.error();
    }
    std::vector<FieldChange> changes;
    std::optional<QByteArray> previous;
    bool any = false;
    while (query.next()) {
        if (cancelled && cancelled()) {
            //: %1: what was being done ("Tracing /a/b through the versions of report "r1"")
            return Error{ErrorCode::Cancelled, Tr::tr("%1 was cancelled").arg(what)};
        }
        any = true;
        const SnapshotSummary summary = readSummary(query);
        const auto verified = verifiedPayload(engine, query.value(kSummaryColumnCount), summary,
                                              readEvidence(query, kSummaryColumnCount + 1));
        if (!verified)
            return verified.error();
        const auto parsed = parseJson(verified->canonical, JsonParseOptions::storage());
        if (!parsed) {
            //: %1: what was being done, %2: e.g. "version 3 of report "r1"", %3: the parse error
            return Error{ErrorCode::Internal, Tr::tr("%1 failed: verified %2 does not parse (%3)")
                                                  .arg(what, versionLabel(reportId, summary.version),
                                                       parsed.error().toString())};
        }
        std::optional<QByteArray> current = valueAt(parsed->document->root(), *pointer);
        if (current != previous)
            changes.push_back({summary.version, summary.id, previous, current, summary.createdBy, summary.createdAt});
        previous = std::move(current);
    }
    if (query.lastError().isValid())
        return m_provider.failure(query.lastError(), what);
    if (!any)
        return Error{ErrorCode::NotFound, Tr::tr("There is no report \"%1\"").arg(reportId)};
    return changes;
}

Result<qint64> HistoryQueries::lastActivityId()
{
    auto db = m_provider.database();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    if (auto ran = execPrepared(m_provider, query, u"SELECT coalesce(max(id), 0) FROM activity_logs"_s, {},
                                Tr::tr("Reading the activity log"));
        !ran) {
        return ran.error();
    }
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<std::vector<ActivityEntry>> HistoryQueries::activitySince(qint64 afterId, int limit)
{
    if (auto valid = validatePage(limit, 0, PageOf::Activity); !valid)
        return valid.error();
    const QString what = Tr::tr("Reading the activity log");
    auto db = m_provider.database();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    if (auto ran = execPrepared(m_provider, query,
                                activitySelect(engineOf(*db)) + u"WHERE a.id > ? ORDER BY a.id LIMIT ?"_s,
                                {afterId, limit}, what);
        !ran) {
        return ran.error();
    }
    std::vector<ActivityEntry> entries;
    while (query.next()) {
        auto entry = readActivityEntry(query, what);
        if (!entry)
            return entry.error();
        entries.push_back(std::move(entry).value());
    }
    return entries;
}

Result<qint64> HistoryQueries::dataVersion()
{
    auto db = m_provider.database();
    if (!db)
        return db.error();
    if (!isSqlite(*db))
        return qint64(0);
    QSqlQuery query(*db);
    if (auto ran = execPrepared(m_provider, query, u"PRAGMA data_version"_s, {}, Tr::tr("Reading the activity log"));
        !ran) {
        return ran.error();
    }
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

} // namespace sa::core
