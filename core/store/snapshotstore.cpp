#include "snapshotstore.h"

#include "../json/canonicaljson.h"
#include "../json/jsondiff.h"
#include "../json/jsonparser.h"
#include "../json/sha256.h"
#include "actinguser.h"
#include "chainhash.h"
#include "connectionprovider.h"
#include "payloadcache.h"
#include "payloadreader_p.h"
#include "payloadcodec_p.h"
#include "storelogging.h"
#include "storequery_p.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

using Internal::execPrepared;
using Internal::readSummary;
using Internal::summaryColumns;
using Internal::summaryFrom;

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)
};

constexpr qsizetype kMaxIdLength = 64; // varchar(64) in CCP-04
constexpr int kMaxPageSize = 1000;
constexpr int kSnapshotIdLength = 16; // 96 random bits

// Compresses SQLite payloads on another core while the creating thread waits for the write
// lock and diffs: the lock is held for less time and a create takes less wall time.
Q_GLOBAL_STATIC(QThreadPool, s_compressionPool)

// CCP-04 uses 12-character nanoids; 16 characters of the same alphabet give 96 bits.
QString newSnapshotId()
{
    static constexpr char16_t kAlphabet[]
        = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";
    QString id(kSnapshotIdLength, Qt::Uninitialized);
    auto *random = QRandomGenerator::system();
    for (QChar &c : id)
        c = QChar(kAlphabet[random->bounded(64)]);
    return id;
}

Status<> validateReportId(const QString &reportId)
{
    if (reportId.isEmpty() || reportId.toUcs4().size() > kMaxIdLength
        || reportId.contains(QChar(u'\0'))) {
        return Error{
            ErrorCode::ValidationFailed,
            Tr::tr("A report id has 1 to %1 characters and no NUL character").arg(kMaxIdLength)};
    }
    return Done{};
}

// What a read of one version is doing, for error messages.
QString readingVersion(const QString &reportId, std::optional<int> version)
{
    return version ? Tr::tr("Reading version %1 of report \"%2\"").arg(*version).arg(reportId)
                   : Tr::tr("Reading the active version of report \"%1\"").arg(reportId);
}

// The RFC 8785 form of stored JSON that is not checksummed (metadata, changes summary), so
// both engines return the same bytes: jsonb hands back its own spacing and member order.
QByteArray canonicalText(const QByteArray &json)
{
    if (json.isEmpty())
        return json;
    const auto parsed = parseJson(json, JsonParseOptions::rfc8259());
    return parsed ? canonicalJson(parsed->document->root()) : json;
}

// changes_summary: the diff from the parent as counts plus the RFC 6902 patch that turns
// the parent into this version (deletions included, unlike CCP-04's deep-object-diff).
Result<QByteArray> changesBetween(const QByteArray &previousCanonical,
                                  const JsonDocumentPtr &current)
{
    const auto previous = parseJson(previousCanonical, JsonParseOptions::storage());
    if (!previous)
        //: Where a JSON parse error is: in the stored active version of a report
        return previous.error().toError(Tr::tr("the active version"));
    DiffOptions options;
    options.collectChanges = false;
    const auto diff = diffJson(previous->document, current, options);
    if (!diff)
        return diff.error();
    const DiffSummary &summary = diff->summary;
    const QByteArray text
        = u"{\"added\":%1,\"deleted\":%2,\"modified\":%3,\"moved\":%4,\"patch\":"_s
              .arg(summary.added)
              .arg(summary.deleted)
              .arg(summary.modified)
              .arg(summary.moved)
              .toUtf8()
          + diff->patch + '}';
    return canonicalText(text);
}

} // namespace

SnapshotStore::SnapshotStore(ConnectionProvider &provider, PayloadCache *cache)
    : m_provider(provider)
    , m_cache(cache)
{}

Result<CreateSnapshotResult> SnapshotStore::create(const CreateSnapshotRequest &request)
{
    const QString &reportId = request.reportId;
    if (auto valid = validateReportId(reportId); !valid)
        return valid.error();
    if (auto valid = request.metadata.validate(); !valid)
        return valid.error();
    JsonParseOptions options = JsonParseOptions::storage();
    options.acceptRounding = request.acceptRounding;
    const auto parsed = parseJson(request.json, options);
    if (!parsed)
        //: Where a JSON parse error is: in the document given for a new version of a report
        return parsed.error().toError(Tr::tr("the document for report \"%1\"").arg(reportId));
    const QByteArray canonical = canonicalJson(parsed->document->root());
    const QString checksum = sha256Hex(canonical);
    SnapshotMetadata metadata = request.metadata;
    for (const RoundedNumber &number : parsed->roundedNumbers) {
        metadata.warnings.append(u"the number at %1 was written %2 and is stored as %3"_s.arg(
            number.pointer.isEmpty() ? u"/"_s : number.pointer, QString::fromUtf8(number.asWritten),
            QString::fromUtf8(number.asStored)));
    }

    const QString what = Tr::tr("Creating a new version of report \"%1\"").arg(reportId);
    auto db = m_provider.database();
    if (!db)
        return db.error();
    const auto engine = m_provider.config().engine;
    // Not awaited on early returns: the task owns its copy and ends on its own.
    const QFuture<QByteArray> deflated
        = engine == DatabaseConfig::Engine::Sqlite
              ? QtConcurrent::run(s_compressionPool(), &Internal::deflatePayload, canonical)
              : QFuture<QByteArray>();
    auto transaction = Transaction::begin(*db);
    if (!transaction)
        return m_provider.failure(transaction.error(), what);
    const auto user = actingUser(m_provider, *db, what);
    if (!user)
        return user.error();
    const qint64 userId = user->id;

    QSqlQuery query(*db);
    if (auto ran = execPrepared(
            m_provider, query, u"INSERT INTO reports (id) VALUES (?) ON CONFLICT (id) DO NOTHING"_s,
            {reportId}, what);
        !ran) {
        return ran.error();
    }
    if (engine == DatabaseConfig::Engine::PostgreSql) {
        // Creators of one report queue here; the versions read below are then final.
        // (SQLite's BEGIN IMMEDIATE already serialised all writers.)
        if (auto ran
            = execPrepared(m_provider, query, u"SELECT id FROM reports WHERE id = ? FOR UPDATE"_s,
                           {reportId}, what);
            !ran) {
            return ran.error();
        }
    }
    if (auto ran = execPrepared(
            m_provider, query,
            u"SELECT coalesce(max(version), 0), "_s + Internal::chainNowExpression(engine)
                + u" FROM report_snapshots WHERE report_id = ?"_s,
            {reportId}, what);
        !ran) {
        return ran.error();
    }
    query.next();
    // max + 1, not active + 1: after a rollback the active version is not the newest.
    const int version = query.value(0).toInt() + 1;
    // The creation time is taken here, after the lock, and written explicitly: the chain
    // hash seals it, so it must be known before the INSERT.
    const QString createdAt = query.value(1).toString();

    if (auto ran = execPrepared(m_provider, query,
                                u"SELECT "_s + summaryColumns(engine) + u", s.chain_hash"_s + summaryFrom()
                                    + u"WHERE s.report_id = ? AND "_s
                                    + Internal::activeCondition(engine, u"s"_s),
                                {reportId}, what);
        !ran) {
        return ran.error();
    }
    std::optional<SnapshotSummary> active;
    QString parentChainHash = chainStart();
    if (query.next()) {
        active = readSummary(query);
        parentChainHash = query.value(Internal::kSummaryColumnCount).toString();
    }
    const int activeVersion = active ? active->version : 0;
    if (request.expectedVersion && *request.expectedVersion != activeVersion) {
        return Error{ErrorCode::VersionConflict,
                     Tr::tr("Report \"%1\" changed meanwhile: expected active version %2, actual %3. "
                            "Reload it and apply the change again.")
                         .arg(reportId)
                         .arg(*request.expectedVersion)
                         .arg(activeVersion)};
    }
    if (request.skipUnchanged && active && active->checksum == checksum)
        return CreateSnapshotResult{*active, false};

    QVariant changesSummary = Internal::nullText();
    if (active) {
        // Changes are computed against verified data: a diff against tampered data would
        // hide the tampering.
        const auto previous = Internal::readVerifiedPayload(m_provider, *db, *active, what, m_cache);
        if (!previous)
            return previous.error();
        const auto changes = changesBetween(previous->canonical, parsed->document);
        if (!changes)
            return changes.error();
        changesSummary = QString::fromUtf8(*changes);
        // No UPDATE of the active version here: inserting its successor (parent = active,
        // is_active) hands the flag over inside the INSERT (migration 0002), so a role with
        // INSERT alone can create versions, and only admins may touch is_active.
    }
    const QString id = newSnapshotId();
    const QByteArray metadataJson = metadata.toJson();
    const QString chain = chainHash(
        {parentChainHash, reportId, version, checksum, user->login, createdAt, metadataJson});
    const QVariant stored = engine == DatabaseConfig::Engine::Sqlite
                                ? QVariant(deflated.result())
                                : QVariant(QString::fromUtf8(canonical));
    if (auto ran = execPrepared(
            m_provider, query,
            u"INSERT INTO report_snapshots (id, report_id, version, parcel_snapshot, "
            "snapshot_metadata, checksum, data_size, parent_snapshot_id, changes_summary, "
            "created_by, created_at, chain_hash, is_active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, reportId, version, stored, QString::fromUtf8(metadataJson), checksum,
             qint64(canonical.size()), active ? QVariant(active->id) : Internal::nullText(),
             changesSummary, userId, createdAt, chain, true},
            what);
        !ran) {
        return ran.error();
    }
    if (auto ran = execPrepared(
            m_provider, query,
            u"INSERT INTO activity_logs (user_id, action, report_id, version, from_version) "
            "VALUES (?, 'create', ?, ?, ?)"_s,
            {userId, reportId, version, active ? QVariant(activeVersion) : Internal::nullInt()},
            what);
        !ran) {
        return ran.error();
    }
    if (auto ran
        = execPrepared(m_provider, query,
                       u"SELECT "_s + summaryColumns(engine) + summaryFrom() + u"WHERE s.id = ?"_s,
                       {id}, what);
        !ran) {
        return ran.error();
    }
    query.next();
    CreateSnapshotResult result{readSummary(query), true};
    query.finish();
    if (auto committed = transaction->commit(); !committed)
        return m_provider.failure(committed.error(), what);
    // The next create of this report diffs against these bytes.
    if (m_cache)
        m_cache->insert(id, canonical);
    qCDebug(lcStore).noquote() << "created version" << version << "of" << reportId << "as" << id;
    return result;
}

Result<Snapshot> SnapshotStore::get(const QString &reportId, std::optional<int> version)
{
    const QString what = readingVersion(reportId, version);
    auto db = m_provider.database();
    if (!db)
        return db.error();
    const auto engine = m_provider.config().engine;
    QSqlQuery query(*db);
    QString sql = u"SELECT "_s + summaryColumns(engine)
                  + u", s.snapshot_metadata, s.changes_summary"_s + summaryFrom()
                  + u"WHERE s.report_id = ? AND "_s;
    QVariantList values = {reportId};
    if (version) {
        sql += u"s.version = ?"_s;
        values.append(*version);
    } else {
        sql += Internal::activeCondition(engine, u"s"_s);
    }
    if (auto ran = execPrepared(m_provider, query, sql, values, what); !ran)
        return ran.error();
    if (!query.next())
        return notFound(*db, reportId, version);

    Snapshot snapshot;
    snapshot.summary = readSummary(query);
    snapshot.metadataJson
        = canonicalText(query.value(Internal::kSummaryColumnCount).toString().toUtf8());
    snapshot.changesSummaryJson
        = canonicalText(query.value(Internal::kSummaryColumnCount + 1).toString().toUtf8());
    auto verified = Internal::readVerifiedPayload(m_provider, *db, snapshot.summary, what, m_cache);
    if (!verified)
        return verified.error();
    snapshot.canonicalJson = std::move(verified->canonical);
    snapshot.proof = verified->proof;
    return snapshot;
}

Error SnapshotStore::notFound(QSqlDatabase &db, const QString &reportId, std::optional<int> version)
{
    const QString what = readingVersion(reportId, version);
    QSqlQuery query(db);
    if (auto ran = execPrepared(m_provider, query,
                                u"SELECT count(*) FROM report_snapshots WHERE report_id = ?"_s,
                                {reportId}, what);
        !ran) {
        return ran.error();
    }
    query.next();
    const qint64 versions = query.value(0).toLongLong();
    if (versions == 0)
        return {ErrorCode::NotFound, Tr::tr("There is no report \"%1\"").arg(reportId)};
    if (version) {
        return {ErrorCode::VersionNotFound,
                Tr::tr("Report \"%1\" has no version %2 (it has %3 versions)")
                    .arg(reportId)
                    .arg(*version)
                    .arg(versions)};
    }
    return {ErrorCode::NotFound, Tr::tr("Report \"%1\" has no active version").arg(reportId)};
}

Result<HistoryPage> SnapshotStore::history(const QString &reportId, int limit, qint64 offset)
{
    if (limit < 1 || limit > kMaxPageSize || offset < 0) {
        return Error{ErrorCode::InvalidArgument,
                     Tr::tr("A history page holds 1 to %1 versions from a non-negative offset")
                         .arg(kMaxPageSize)};
    }
    const QString what = Tr::tr("Reading the history of report \"%1\"").arg(reportId);
    auto db = m_provider.database();
    if (!db)
        return db.error();
    const auto engine = m_provider.config().engine;
    QSqlQuery query(*db);
    // Versions run 1..max without gaps and are never deleted (the database refuses it), so the
    // highest version is the count: one descent of unique_report_version instead of a count
    // that reads every version (4 ms at 100,000 versions on SQLite, 12 ms on PostgreSQL). A
    // tampered database with a version deleted only shortens the last page; verify-all names it.
    if (auto ran = execPrepared(m_provider, query,
                                u"SELECT coalesce(max(version), 0) FROM report_snapshots WHERE report_id = ?"_s,
                                {reportId}, what);
        !ran) {
        return ran.error();
    }
    query.next();
    HistoryPage page;
    page.total = query.value(0).toLongLong();
    if (page.total == 0)
        return Error{ErrorCode::NotFound, Tr::tr("There is no report \"%1\"").arg(reportId)};
    if (auto ran
        = execPrepared(m_provider, query,
                       u"SELECT "_s + summaryColumns(engine) + summaryFrom()
                           + u"WHERE s.report_id = ? ORDER BY s.version DESC LIMIT ? OFFSET ?"_s,
                       {reportId, limit, offset}, what);
        !ran) {
        return ran.error();
    }
    while (query.next())
        page.snapshots.push_back(readSummary(query));
    return page;
}

} // namespace sa::core
