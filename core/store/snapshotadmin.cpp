#include "snapshotadmin.h"

#include "../json/jsonparser.h"
#include "actinguser.h"
#include "connectionprovider.h"
#include "payloadcache.h"
#include "payloadreader_p.h"
#include "storelogging.h"
#include "storequery_p.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace sa::core {

using namespace Internal;

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotAdmin)
};

// Generous for a sentence or a ticket reference, small enough to keep the log readable.
constexpr qsizetype kMaxReasonLength = 65536;

enum class ReasonFor { Rollback, Deprecation };

Status<> validateReason(const QString &reason, ReasonFor action)
{
    const bool rollback = action == ReasonFor::Rollback;
    if (reason.trimmed().isEmpty()) {
        return Error{ErrorCode::ValidationFailed,
                     rollback ? Tr::tr("A rollback needs a reason: say why, for the activity log")
                              : Tr::tr("A deprecation needs a reason: say why, for the activity log")};
    }
    if (reason.size() > kMaxReasonLength) {
        return Error{ErrorCode::ValidationFailed,
                     (rollback ? Tr::tr("A rollback reason has at most %1 characters")
                               : Tr::tr("A deprecation reason has at most %1 characters"))
                         .arg(kMaxReasonLength)};
    }
    return Done{};
}

QString deprecationTime(const SnapshotSummary &summary)
{
    return summary.deprecatedAt.toString(Qt::ISODateWithMs);
}

} // namespace

struct SnapshotAdmin::Versions
{
    std::optional<SnapshotSummary> active;
    SnapshotSummary target;
};

SnapshotAdmin::SnapshotAdmin(ConnectionProvider &provider, PayloadCache *cache)
    : m_provider(provider), m_cache(cache)
{}

Result<SnapshotAdmin::Versions> SnapshotAdmin::readVersions(QSqlDatabase &db, const QString &reportId,
                                                            int targetVersion, const QString &what)
{
    const DatabaseConfig::Engine engine = engineOf(db);
    const QString select = u"SELECT "_s + summaryColumns(engine) + summaryFrom() + u"WHERE s.report_id = ? AND "_s;
    Versions versions;
    QSqlQuery query(db);
    if (auto ran = execPrepared(m_provider, query, select + activeCondition(engine, u"s"_s), {reportId}, what); !ran)
        return ran.error();
    if (query.next())
        versions.active = readSummary(query);
    if (auto ran = execPrepared(m_provider, query, select + u"s.version = ?"_s, {reportId, targetVersion}, what); !ran)
        return ran.error();
    if (query.next()) {
        versions.target = readSummary(query);
        return versions;
    }
    if (auto ran = execPrepared(m_provider, query,
                                u"SELECT count(*), coalesce(max(version), 0) FROM report_snapshots WHERE report_id = ?"_s,
                                {reportId}, what);
        !ran) {
        return ran.error();
    }
    query.next();
    if (query.value(0).toLongLong() == 0)
        return Error{ErrorCode::NotFound, Tr::tr("There is no report \"%1\"").arg(reportId)};
    return Error{ErrorCode::VersionNotFound, Tr::tr("Report \"%1\" has no version %2 (its versions go up to %3)")
                                                 .arg(reportId)
                                                 .arg(targetVersion)
                                                 .arg(query.value(1).toInt())};
}

Result<SnapshotSummary> SnapshotAdmin::summary(QSqlDatabase &db, const QString &snapshotId, const QString &what)
{
    QSqlQuery query(db);
    if (auto ran = execPrepared(m_provider, query, u"SELECT "_s + summaryColumns(engineOf(db)) + summaryFrom() + u"WHERE s.id = ?"_s,
                                {snapshotId}, what);
        !ran) {
        return ran.error();
    }
    if (!query.next())
        return Error{ErrorCode::Internal,
                     Tr::tr("%1 failed: snapshot %2 vanished while it was read").arg(what, snapshotId)};
    return readSummary(query);
}

Status<> SnapshotAdmin::lockReport(QSqlDatabase &db, const QString &reportId, const QString &what)
{
    // The same queue SnapshotStore::create joins on PostgreSQL, so a rollback or deprecation
    // and a create of one report never interleave. SQLite's BEGIN IMMEDIATE already holds
    // the database's single write lock.
    if (isSqlite(db))
        return Done{};
    QSqlQuery query(db);
    return execPrepared(m_provider, query, u"SELECT id FROM reports WHERE id = ? FOR UPDATE"_s, {reportId}, what);
}

Result<RollbackPlan> SnapshotAdmin::planRollback(const QString &reportId, int targetVersion)
{
    const QString what
        = Tr::tr("Planning the rollback of report \"%1\" to version %2").arg(reportId).arg(targetVersion);
    auto db = m_provider.database();
    if (!db)
        return db.error();
    auto versions = readVersions(*db, reportId, targetVersion, what);
    if (!versions)
        return versions.error();
    if (!versions->active)
        return Error{ErrorCode::NotFound,
                     Tr::tr("Report \"%1\" has no active version to roll back from").arg(reportId)};
    RollbackPlan plan{*versions->active, versions->target, {}, versions->target.deprecatedAt.isValid()};
    if (plan.target.isActive) {
        return Error{ErrorCode::ValidationFailed,
                     Tr::tr("Version %1 is already the active version of report \"%2\": there is nothing to roll back")
                         .arg(targetVersion)
                         .arg(reportId)};
    }
    std::array<JsonDocumentPtr, 2> documents;
    const std::array<const SnapshotSummary *, 2> sides = {&plan.current, &plan.target};
    for (std::size_t i = 0; i < sides.size(); ++i) {
        const auto verified = readVerifiedPayload(m_provider, *db, *sides[i], what, m_cache);
        if (!verified)
            return verified.error();
        auto parsed = parseJson(verified->canonical, JsonParseOptions::storage());
        if (!parsed) {
            //: %1: what was being done, %2: e.g. "version 3 of report "r1"", %3: the parse error
            return Error{ErrorCode::Internal, Tr::tr("%1 failed: verified %2 does not parse (%3)").arg(
                                                  what, versionLabel(reportId, sides[i]->version),
                                                  parsed.error().toString())};
        }
        documents[i] = std::move(parsed->document);
    }
    DiffOptions options;
    options.collectChanges = false;
    options.buildPatch = false;
    const auto diff = diffJson(documents[0], documents[1], options);
    if (!diff)
        return diff.error();
    plan.changes = diff->summary;
    return plan;
}

Result<SnapshotSummary> SnapshotAdmin::rollback(const QString &reportId, int targetVersion, int expectedActiveVersion,
                                                const QString &reason, DeprecatedTarget deprecated)
{
    if (auto valid = validateReason(reason, ReasonFor::Rollback); !valid)
        return valid.error();
    const QString what = Tr::tr("Rolling back report \"%1\" to version %2").arg(reportId).arg(targetVersion);
    auto db = m_provider.database();
    if (!db)
        return db.error();
    // Outlives the transaction: PostgreSQL can deallocate its prepared statements only once
    // a failed transaction has been rolled back.
    QSqlQuery query(*db);
    auto transaction = Transaction::begin(*db);
    if (!transaction)
        return m_provider.failure(transaction.error(), what);
    const auto userId = actingUserId(m_provider, *db, what);
    if (!userId)
        return userId.error();
    if (auto locked = lockReport(*db, reportId, what); !locked)
        return locked.error();
    const auto versions = readVersions(*db, reportId, targetVersion, what);
    if (!versions)
        return versions.error();
    const SnapshotSummary &target = versions->target;
    const int activeVersion = versions->active ? versions->active->version : 0;
    if (activeVersion != expectedActiveVersion) {
        return Error{ErrorCode::VersionConflict,
                     Tr::tr("Report \"%1\" changed meanwhile: expected active version %2, actual %3. Review the "
                            "report again before rolling back.")
                         .arg(reportId)
                         .arg(expectedActiveVersion)
                         .arg(activeVersion)};
    }
    if (target.isActive) {
        return Error{ErrorCode::ValidationFailed,
                     Tr::tr("Version %1 is already the active version of report \"%2\": there is nothing to roll back")
                         .arg(targetVersion)
                         .arg(reportId)};
    }
    if (target.deprecatedAt.isValid() && deprecated == DeprecatedTarget::Refuse) {
        return Error{ErrorCode::ValidationFailed,
                     //: %3: when (ISO 8601, UTC), %4: the reason given for the deprecation
                     Tr::tr("Version %1 of report \"%2\" was deprecated on %3 (\"%4\"); confirm explicitly to "
                            "roll back to a deprecated version")
                         .arg(targetVersion)
                         .arg(reportId, deprecationTime(target), target.deprecatedReason)};
    }
    if (const auto verified = readVerifiedPayload(m_provider, *db, target, what, m_cache, CacheLookup::Bypass);
        !verified)
        return verified.error();

    const QString setActive = u"UPDATE report_snapshots SET is_active = ? WHERE id = ?"_s;
    // Deactivate first: the database allows one active version per report at any moment.
    if (versions->active) {
        if (auto ran = execPrepared(m_provider, query, setActive, {false, versions->active->id}, what); !ran)
            return ran.error();
    }
    if (auto ran = execPrepared(m_provider, query, setActive, {true, target.id}, what); !ran)
        return ran.error();
    if (auto ran = execPrepared(m_provider, query,
                                u"INSERT INTO activity_logs (user_id, action, report_id, version, from_version, reason) "
                                "VALUES (?, 'rollback', ?, ?, ?, ?)"_s,
                                {*userId, reportId, targetVersion,
                                 versions->active ? QVariant(activeVersion) : nullInt(), reason},
                                what);
        !ran) {
        return ran.error();
    }
    auto activated = summary(*db, target.id, what);
    if (!activated)
        return activated.error();
    if (auto committed = transaction->commit(); !committed)
        return m_provider.failure(committed.error(), what);
    qCInfo(lcStore).noquote() << "rolled back" << reportId << "from version" << activeVersion << "to" << targetVersion;
    return activated;
}

Result<SnapshotSummary> SnapshotAdmin::deprecate(const QString &reportId, int version, const QString &reason)
{
    if (auto valid = validateReason(reason, ReasonFor::Deprecation); !valid)
        return valid.error();
    const QString what = Tr::tr("Deprecating version %1 of report \"%2\"").arg(version).arg(reportId);
    auto db = m_provider.database();
    if (!db)
        return db.error();
    // Outlives the transaction: PostgreSQL can deallocate its prepared statements only once
    // a failed transaction has been rolled back.
    QSqlQuery query(*db);
    auto transaction = Transaction::begin(*db);
    if (!transaction)
        return m_provider.failure(transaction.error(), what);
    const auto userId = actingUserId(m_provider, *db, what);
    if (!userId)
        return userId.error();
    if (auto locked = lockReport(*db, reportId, what); !locked)
        return locked.error();
    const auto versions = readVersions(*db, reportId, version, what);
    if (!versions)
        return versions.error();
    const SnapshotSummary &target = versions->target;
    if (target.deprecatedAt.isValid()) {
        return Error{ErrorCode::Immutable,
                     //: %3: when (ISO 8601, UTC), %4: the reason given for the deprecation
                     Tr::tr("Version %1 of report \"%2\" was already deprecated on %3 (\"%4\"); a deprecation "
                            "is set once and never changed")
                         .arg(version)
                         .arg(reportId, deprecationTime(target), target.deprecatedReason)};
    }
    if (target.isActive) {
        return Error{ErrorCode::ValidationFailed,
                     Tr::tr("Version %1 is the active version of report \"%2\" and cannot be deprecated: roll back "
                            "to another version first, then deprecate this one")
                         .arg(version)
                         .arg(reportId)};
    }
    if (auto ran = execPrepared(m_provider, query,
                                u"UPDATE report_snapshots SET deprecated_at = "_s + nowExpression(engineOf(*db))
                                    + u", deprecated_reason = ? WHERE id = ?"_s,
                                {reason, target.id}, what);
        !ran) {
        return ran.error();
    }
    if (auto ran = execPrepared(m_provider, query,
                                u"INSERT INTO activity_logs (user_id, action, report_id, version, reason) "
                                "VALUES (?, 'deprecate', ?, ?, ?)"_s,
                                {*userId, reportId, version, reason}, what);
        !ran) {
        return ran.error();
    }
    auto deprecatedSummary = summary(*db, target.id, what);
    if (!deprecatedSummary)
        return deprecatedSummary.error();
    if (auto committed = transaction->commit(); !committed)
        return m_provider.failure(committed.error(), what);
    qCInfo(lcStore).noquote() << "deprecated version" << version << "of" << reportId;
    return deprecatedSummary;
}

} // namespace sa::core
