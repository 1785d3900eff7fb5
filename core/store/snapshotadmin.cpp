#include "snapshotadmin.h"

#include "../json/canonicaljson.h"
#include "../json/jsonparser.h"
#include "../json/sha256.h"
#include "actinguser.h"
#include "connectionprovider.h"
#include "payloadcache.h"
#include "payloadcodec_p.h"
#include "payloadreader_p.h"
#include "storeddiff_p.h"
#include "storelogging.h"
#include "storequery_p.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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

enum class ReasonFor { Rollback, Deprecation, Repair, RecordChecksum };

Status<> validateReason(const QString &reason, ReasonFor action)
{
    if (reason.trimmed().isEmpty()) {
        switch (action) {
        case ReasonFor::Rollback:
            return Error{ErrorCode::ValidationFailed, Tr::tr("A rollback needs a reason: say why, for the activity log")};
        case ReasonFor::Deprecation:
            return Error{ErrorCode::ValidationFailed,
                         Tr::tr("A deprecation needs a reason: say why, for the activity log")};
        case ReasonFor::Repair:
            return Error{ErrorCode::ValidationFailed, Tr::tr("A repair needs a reason: say why, for the activity log")};
        case ReasonFor::RecordChecksum:
            return Error{ErrorCode::ValidationFailed,
                         Tr::tr("Recording a checksum needs a reason: say why the document is accepted as it is, "
                                "for the activity log")};
        }
    }
    if (reason.size() > kMaxReasonLength) {
        //: %1: a number of characters
        return Error{ErrorCode::ValidationFailed,
                     Tr::tr("A reason has at most %1 characters").arg(kMaxReasonLength)};
    }
    return Done{};
}

QString deprecationTime(const SnapshotSummary &summary)
{
    return summary.deprecatedAt.toString(Qt::ISODateWithMs);
}

// The paths of the differences from the stored document to the original, with both values.
std::vector<AlteredPath> alteredPathList(const JsonDiff &diff)
{
    std::vector<AlteredPath> paths;
    paths.reserve(diff.changes.size());
    for (const JsonChange &change : diff.changes) {
        AlteredPath altered{change.newPath.isEmpty() ? change.oldPath : change.newPath, {}, {}};
        if (change.kind != ChangeKind::Added)
            altered.stored = canonicalJson(change.oldValue);
        if (change.kind != ChangeKind::Deleted)
            altered.original = canonicalJson(change.newValue);
        paths.push_back(std::move(altered));
    }
    return paths;
}

QString pathsJson(const std::vector<AlteredPath> &paths)
{
    QJsonArray array;
    for (const AlteredPath &altered : paths)
        array.append(altered.path);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
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

Result<SnapshotAdmin::ReportWrite> SnapshotAdmin::beginReportWrite(const QString &reportId, const QString &what)
{
    auto db = m_provider.database();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    auto transaction = Transaction::begin(*db);
    if (!transaction)
        return m_provider.failure(transaction.error(), what);
    const auto userId = actingUserId(m_provider, *db, what);
    if (!userId)
        return userId.error();
    if (auto locked = lockReport(*db, reportId, what); !locked)
        return locked.error();
    return ReportWrite{*db, std::move(query), std::move(*transaction), *userId};
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
    auto write = beginReportWrite(reportId, what);
    if (!write)
        return write.error();
    QSqlDatabase &db = write->db;
    QSqlQuery &query = write->query;
    const qint64 userId = write->userId;
    const auto versions = readVersions(db, reportId, targetVersion, what);
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
    if (const auto verified = readVerifiedPayload(m_provider, db, target, what, m_cache, CacheLookup::Bypass);
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
                                {userId, reportId, targetVersion,
                                 versions->active ? QVariant(activeVersion) : nullInt(), reason},
                                what);
        !ran) {
        return ran.error();
    }
    auto activated = summary(db, target.id, what);
    if (!activated)
        return activated.error();
    if (auto committed = write->transaction.commit(); !committed)
        return m_provider.failure(committed.error(), what);
    qCInfo(lcStore).noquote() << "rolled back" << reportId << "from version" << activeVersion << "to" << targetVersion;
    return activated;
}

Result<SnapshotSummary> SnapshotAdmin::deprecate(const QString &reportId, int version, const QString &reason)
{
    if (auto valid = validateReason(reason, ReasonFor::Deprecation); !valid)
        return valid.error();
    const QString what = Tr::tr("Deprecating version %1 of report \"%2\"").arg(version).arg(reportId);
    auto write = beginReportWrite(reportId, what);
    if (!write)
        return write.error();
    QSqlDatabase &db = write->db;
    QSqlQuery &query = write->query;
    const qint64 userId = write->userId;
    const auto versions = readVersions(db, reportId, version, what);
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
                                u"UPDATE report_snapshots SET deprecated_at = "_s + nowExpression(engineOf(db))
                                    + u", deprecated_reason = ? WHERE id = ?"_s,
                                {reason, target.id}, what);
        !ran) {
        return ran.error();
    }
    if (auto ran = execPrepared(m_provider, query,
                                u"INSERT INTO activity_logs (user_id, action, report_id, version, reason) "
                                "VALUES (?, 'deprecate', ?, ?, ?)"_s,
                                {userId, reportId, version, reason}, what);
        !ran) {
        return ran.error();
    }
    auto deprecatedSummary = summary(db, target.id, what);
    if (!deprecatedSummary)
        return deprecatedSummary.error();
    if (auto committed = write->transaction.commit(); !committed)
        return m_provider.failure(committed.error(), what);
    qCInfo(lcStore).noquote() << "deprecated version" << version << "of" << reportId;
    return deprecatedSummary;
}

Result<RepairPlan> SnapshotAdmin::proveRepair(QSqlDatabase &db, const QString &reportId, int version,
                                              const QString &what, CacheLookup lookup)
{
    const DatabaseConfig::Engine engine = engineOf(db);
    auto versions = readVersions(db, reportId, version, what);
    if (!versions)
        return versions.error();
    RepairPlan plan;
    plan.version = versions->target;
    const SnapshotSummary &target = plan.version;
    QSqlQuery query(db);
    if (auto ran = execPrepared(m_provider, query,
                                u"SELECT "_s + timestampColumn(engine, u"r.repaired_at"_s)
                                    + u", u.login, r.reason FROM snapshot_repairs r "
                                      "JOIN users u ON u.id = r.repaired_by WHERE r.snapshot_id = ?"_s,
                                {target.id}, what);
        !ran) {
        return ran.error();
    }
    if (query.next()) {
        return Error{ErrorCode::Immutable,
                     //: %3: when (ISO 8601, UTC), %4: a login, %5: the reason given for the repair
                     Tr::tr("Version %1 of report \"%2\" was already repaired on %3 by %4 (\"%5\"); a repair is "
                            "recorded once and never changed")
                         .arg(version)
                         .arg(reportId, utcDateTime(query.value(0)).toString(Qt::ISODateWithMs),
                              query.value(1).toString(), query.value(2).toString())};
    }
    if (auto ran = execPrepared(m_provider, query,
                                u"SELECT parcel_snapshot, changes_summary FROM report_snapshots WHERE id = ?"_s,
                                {target.id}, what);
        !ran) {
        return ran.error();
    }
    if (!query.next())
        return Error{ErrorCode::Internal,
                     Tr::tr("%1 failed: snapshot %2 vanished while it was read").arg(what, target.id)};
    const QVariant stored = query.value(0);
    const QByteArray changesSummary = query.value(1).toString().toUtf8();
    const QString label = versionLabel(reportId, version);
    if (verifiedPayload(engine, stored, target)) {
        return Error{ErrorCode::ValidationFailed,
                     //: %1: e.g. "version 3 of report "r1""
                     Tr::tr("The payload of %1 verifies: there is nothing to repair").arg(label)};
    }
    const auto cannotProve = [&label](const QString &why) {
        //: %1: e.g. "version 3 of report "r1"", %2: why (a lowercase phrase)
        return Error{ErrorCode::IntegrityCheckFailed,
                     Tr::tr("The original of %1 cannot be proven, so it cannot be repaired: %2").arg(label, why)};
    };
    PayloadCheck check = checkStoredPayload(engine, stored, target.dataSize);
    if (!check.readable) {
        return cannotProve(
            //: %1: why a payload cannot be decoded
            Tr::tr("its stored payload does not decode (%1), so the altered paths cannot be named")
                .arg(check.unreadableReason));
    }
    if (target.parentId.isEmpty())
        return cannotProve(Tr::tr("it is a first version, with no parent to prove it from"));
    auto parent = summary(db, target.parentId, what);
    if (!parent)
        return parent.error();
    plan.parent = std::move(*parent);
    const auto parentPayload = readVerifiedPayload(m_provider, db, plan.parent, what, m_cache, lookup);
    if (!parentPayload) {
        //: %1: a version number, %2: the parent's own integrity error
        return cannotProve(Tr::tr("its parent, version %1, fails its own integrity check (%2)")
                               .arg(plan.parent.version)
                               .arg(parentPayload.error().message));
    }
    const auto patch = storedPatch(changesSummary);
    if (!patch) {
        //: changes_summary is a column: keep it
        return cannotProve(Tr::tr("it has no stored diff from its parent (changes_summary with a patch)"));
    }
    const auto parentDocument = parseJson(parentPayload->canonical, JsonParseOptions::storage());
    const JsonDocumentPtr storedDocument = documentOf(check);
    if (!parentDocument || !storedDocument) {
        //: %1: what was being done, %2: e.g. "version 3 of report "r1""
        return Error{ErrorCode::Internal,
                     Tr::tr("%1 failed: a decoded payload of %2 or its parent does not parse").arg(what, label)};
    }
    auto proven = proveOriginal(parentDocument->document, *patch, target.checksum);
    if (!proven)
        return cannotProve(proven.error());
    const auto diff = alteredPaths(storedDocument, proven->document);
    if (!diff)
        return diff.error();
    plan.alteredPaths = alteredPathList(*diff);
    plan.canonicalJson = std::move(proven->canonical);
    return plan;
}

Result<RepairPlan> SnapshotAdmin::planRepair(const QString &reportId, int version)
{
    const QString what = Tr::tr("Planning the repair of version %1 of report \"%2\"").arg(version).arg(reportId);
    auto db = m_provider.database();
    if (!db)
        return db.error();
    return proveRepair(*db, reportId, version, what, CacheLookup::Allowed);
}

Result<RepairPlan> SnapshotAdmin::recordRepair(const QString &reportId, int version, const QString &reason)
{
    if (auto valid = validateReason(reason, ReasonFor::Repair); !valid)
        return valid.error();
    const QString what = Tr::tr("Repairing version %1 of report \"%2\"").arg(version).arg(reportId);
    auto write = beginReportWrite(reportId, what);
    if (!write)
        return write.error();
    QSqlDatabase &db = write->db;
    QSqlQuery &query = write->query;
    const qint64 userId = write->userId;
    // Proven again from what is stored now (never from the cache), inside the transaction.
    auto plan = proveRepair(db, reportId, version, what, CacheLookup::Bypass);
    if (!plan)
        return plan.error();
    const QByteArray &canonical = plan->canonicalJson;
    const QVariant payload = isSqlite(db) ? QVariant(deflatePayload(canonical)) : QVariant(QString::fromUtf8(canonical));
    if (auto ran = execPrepared(m_provider, query,
                                u"INSERT INTO snapshot_repairs (snapshot_id, parcel_snapshot, data_size, repaired_by, "
                                "reason, altered_paths) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                {plan->version.id, payload, qint64(canonical.size()), userId, reason,
                                 pathsJson(plan->alteredPaths)},
                                what);
        !ran) {
        return ran.error();
    }
    if (auto ran = execPrepared(m_provider, query,
                                u"INSERT INTO activity_logs (user_id, action, report_id, version, reason) "
                                "VALUES (?, 'repair', ?, ?, ?)"_s,
                                {userId, reportId, version, reason}, what);
        !ran) {
        return ran.error();
    }
    if (auto committed = write->transaction.commit(); !committed)
        return m_provider.failure(committed.error(), what);
    qCInfo(lcStore).noquote() << "repaired version" << version << "of" << reportId << "("
                              << plan->alteredPaths.size() << "altered paths)";
    return plan;
}

Result<RecordedChecksumResult> SnapshotAdmin::recordChecksum(const QString &reportId, int version,
                                                            const QString &reason)
{
    if (auto valid = validateReason(reason, ReasonFor::RecordChecksum); !valid)
        return valid.error();
    const QString what = Tr::tr("Recording the checksum of version %1 of report \"%2\"").arg(version).arg(reportId);
    auto write = beginReportWrite(reportId, what);
    if (!write)
        return write.error();
    QSqlDatabase &db = write->db;
    QSqlQuery &query = write->query;
    const auto versions = readVersions(db, reportId, version, what);
    if (!versions)
        return versions.error();
    const SnapshotSummary &target = versions->target;
    // What is stored now decides, never a cached copy.
    const auto verified = readVerifiedPayload(m_provider, db, target, what, m_cache, CacheLookup::Bypass);
    if (!verified)
        return verified.error();
    const PayloadProof &proof = verified->proof;
    switch (proof.kind) {
    case PayloadProof::Kind::LegacyChecksum:
        break;
    case PayloadProof::Kind::RecordedChecksum:
        //: %3: a date and time, %4: who
        return Error{ErrorCode::Immutable, Tr::tr("The checksum of version %1 of report \"%2\" was recorded on %3 by %4 "
                                                  "already; a recorded checksum is never replaced")
                                               .arg(version)
                                               .arg(reportId, proof.recordedAt.toString(Qt::ISODate), proof.recordedBy)};
    case PayloadProof::Kind::Checksum:
    case PayloadProof::Kind::Repaired:
        return Error{ErrorCode::ValidationFailed,
                     Tr::tr("Version %1 of report \"%2\" has an RFC 8785 checksum of its own: only versions that "
                            "CCP-04's legacy checksum vouches for need one recorded")
                         .arg(version)
                         .arg(reportId)};
    }
    const QString checksum = sha256Hex(verified->canonical);
    if (auto ran = execPrepared(m_provider, query,
                                u"INSERT INTO recorded_checksums (snapshot_id, checksum, recorded_by) VALUES (?, ?, ?)"_s,
                                {target.id, checksum, write->userId}, what);
        !ran) {
        return ran.error();
    }
    if (auto ran = execPrepared(m_provider, query,
                                u"INSERT INTO activity_logs (user_id, action, report_id, version, reason) "
                                "VALUES (?, 'record_checksum', ?, ?, ?)"_s,
                                {write->userId, reportId, version, reason}, what);
        !ran) {
        return ran.error();
    }
    if (auto committed = write->transaction.commit(); !committed)
        return m_provider.failure(committed.error(), what);
    qCInfo(lcStore).noquote() << "recorded the RFC 8785 checksum of version" << version << "of" << reportId;
    return RecordedChecksumResult{target, checksum, proof.coveredValues, proof.totalValues};
}

} // namespace sa::core
