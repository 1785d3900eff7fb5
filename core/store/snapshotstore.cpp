#include "snapshotstore.h"

#include "../json/canonicaljson.h"
#include "../json/jsondiff.h"
#include "../json/jsonparser.h"
#include "../json/sha256.h"
#include "connectionprovider.h"
#include "payloadcache.h"
#include "payloadcodec_p.h"
#include "storelogging.h"
#include "transaction.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

constexpr qsizetype kMaxIdLength = 64; // varchar(64) in CCP-04
constexpr int kMaxPageSize = 1000;
constexpr int kSnapshotIdLength = 16; // 96 random bits

// The summary columns, in the order readSummary() reads them, and the join that names
// the author.
const QString kSummaryColumns = u"s.id, s.report_id, s.version, s.checksum, s.data_size, s.parent_snapshot_id, "
                                "u.login, s.created_at, s.is_active, s.deprecated_at, s.deprecated_reason"_s;
constexpr int kSummaryColumnCount = 11;
const QString kFromSnapshots = u" FROM report_snapshots s JOIN users u ON u.id = s.created_by "_s;

bool isSqlite(const QSqlDatabase &db)
{
    return engineOf(db) == DatabaseConfig::Engine::Sqlite;
}

// A literal, not a bound value: the planners only use the one-active-version partial index
// when the query repeats its predicate.
QString activeCondition(const QSqlDatabase &db)
{
    return isSqlite(db) ? u"s.is_active = 1"_s : u"s.is_active"_s;
}

QVariant nullString()
{
    return QVariant(QMetaType::fromType<QString>());
}

QDateTime utcDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    // PostgreSQL's driver yields QDateTime; SQLite stores ISO 8601 text.
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return value.toDateTime().toUTC();
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

SnapshotSummary readSummary(const QSqlQuery &row)
{
    SnapshotSummary summary;
    summary.id = row.value(0).toString();
    summary.reportId = row.value(1).toString();
    summary.version = row.value(2).toInt();
    summary.checksum = row.value(3).toString();
    summary.dataSize = row.value(4).toLongLong();
    summary.parentId = row.value(5).toString();
    summary.createdBy = row.value(6).toString();
    summary.createdAt = utcDateTime(row.value(7));
    summary.isActive = row.value(8).toBool();
    summary.deprecatedAt = utcDateTime(row.value(9));
    summary.deprecatedReason = row.value(10).toString();
    return summary;
}

// CCP-04 uses 12-character nanoids; 16 characters of the same alphabet give 96 bits.
QString newSnapshotId()
{
    static constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";
    QString id(kSnapshotIdLength, Qt::Uninitialized);
    auto *random = QRandomGenerator::system();
    for (QChar &c : id)
        c = QChar(kAlphabet[random->bounded(64)]);
    return id;
}

Status<> validateReportId(const QString &reportId)
{
    if (reportId.isEmpty() || reportId.toUcs4().size() > kMaxIdLength || reportId.contains(QChar(u'\0'))) {
        return Error{ErrorCode::ValidationFailed,
                     u"A report id has 1 to %1 characters and no NUL character"_s.arg(kMaxIdLength)};
    }
    return Done{};
}

QString versionLabel(const QString &reportId, std::optional<int> version)
{
    return version ? u"version %1 of report \"%2\""_s.arg(*version).arg(reportId)
                   : u"the active version of report \"%1\""_s.arg(reportId);
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
Result<QByteArray> changesBetween(const QByteArray &previousCanonical, const JsonDocumentPtr &current)
{
    const auto previous = parseJson(previousCanonical, JsonParseOptions::storage());
    if (!previous)
        return previous.error().toError(u"the active version"_s);
    DiffOptions options;
    options.collectChanges = false;
    const auto diff = diffJson(previous->document, current, options);
    if (!diff)
        return diff.error();
    const DiffSummary &summary = diff->summary;
    const QByteArray text = u"{\"added\":%1,\"deleted\":%2,\"modified\":%3,\"moved\":%4,\"patch\":"_s
                                .arg(summary.added).arg(summary.deleted).arg(summary.modified).arg(summary.moved)
                                .toUtf8()
        + diff->patch + '}';
    return canonicalText(text);
}

// Prepares `sql`, binds `values` in order and runs it; failures go through the provider,
// which also notices a lost connection.
Status<> run(ConnectionProvider &provider, QSqlQuery &query, const QString &sql,
             const QVariantList &values, const QString &what)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return provider.failure(query.lastError(), what);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return provider.failure(query.lastError(), what);
    return Done{};
}

} // namespace

SnapshotStore::SnapshotStore(ConnectionProvider &provider, PayloadCache *cache)
    : m_provider(provider), m_cache(cache)
{}

Result<qint64> SnapshotStore::actingUserId(QSqlDatabase &db, const QString &what)
{
    QSqlQuery query(db);
    QString login;
    if (isSqlite(db)) {
        // SQLite has no accounts: the author is whoever runs the program.
        for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
            login = qEnvironmentVariable(variable);
            if (!login.isEmpty())
                break;
        }
        if (login.isEmpty())
            login = u"unknown"_s;
    } else {
        if (auto ran = run(m_provider, query, u"SELECT current_user"_s, {}, what); !ran)
            return ran.error();
        query.next();
        login = query.value(0).toString();
    }
    if (auto ran = run(m_provider, query, u"INSERT INTO users (login, name) VALUES (?, ?) ON CONFLICT (login) DO NOTHING"_s,
                       {login, login}, what);
        !ran) {
        return ran.error();
    }
    if (auto ran = run(m_provider, query, u"SELECT id FROM users WHERE login = ?"_s, {login}, what); !ran)
        return ran.error();
    if (!query.next())
        return Error{ErrorCode::Internal, u"%1 failed: user %2 could not be recorded"_s.arg(what, login)};
    return query.value(0).toLongLong();
}

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
        return parsed.error().toError(u"the document for report \"%1\""_s.arg(reportId));
    const QByteArray canonical = canonicalJson(parsed->document->root());
    const QString checksum = sha256Hex(canonical);
    SnapshotMetadata metadata = request.metadata;
    for (const RoundedNumber &number : parsed->roundedNumbers) {
        metadata.warnings.append(u"the number at %1 was written %2 and is stored as %3"_s.arg(
            number.pointer.isEmpty() ? u"/"_s : number.pointer, QString::fromUtf8(number.asWritten),
            QString::fromUtf8(number.asStored)));
    }

    const QString what = u"Creating a new version of report \"%1\""_s.arg(reportId);
    auto db = m_provider.database();
    if (!db)
        return db.error();
    auto transaction = Transaction::begin(*db);
    if (!transaction)
        return m_provider.failure(transaction.error(), what);
    const auto userId = actingUserId(*db, what);
    if (!userId)
        return userId.error();

    QSqlQuery query(*db);
    if (auto ran = run(m_provider, query, u"INSERT INTO reports (id) VALUES (?) ON CONFLICT (id) DO NOTHING"_s,
                       {reportId}, what);
        !ran) {
        return ran.error();
    }
    if (!isSqlite(*db)) {
        // Creators of one report queue here; the versions read below are then final.
        // (SQLite's BEGIN IMMEDIATE already serialised all writers.)
        if (auto ran = run(m_provider, query, u"SELECT id FROM reports WHERE id = ? FOR UPDATE"_s, {reportId}, what); !ran)
            return ran.error();
    }
    if (auto ran = run(m_provider, query,
                       u"SELECT coalesce(max(version), 0) FROM report_snapshots WHERE report_id = ?"_s,
                       {reportId}, what);
        !ran) {
        return ran.error();
    }
    query.next();
    // max + 1, not active + 1: after a rollback the active version is not the newest.
    const int version = query.value(0).toInt() + 1;

    if (auto ran = run(m_provider, query,
                       u"SELECT "_s + kSummaryColumns + kFromSnapshots + u"WHERE s.report_id = ? AND "_s
                           + activeCondition(*db),
                       {reportId}, what);
        !ran) {
        return ran.error();
    }
    std::optional<SnapshotSummary> active;
    if (query.next())
        active = readSummary(query);
    const int activeVersion = active ? active->version : 0;
    if (request.expectedVersion && *request.expectedVersion != activeVersion) {
        return Error{ErrorCode::VersionConflict,
                     u"Report \"%1\" changed meanwhile: expected active version %2, actual %3. "
                     "Reload it and apply the change again."_s
                         .arg(reportId).arg(*request.expectedVersion).arg(activeVersion)};
    }
    if (request.skipUnchanged && active && active->checksum == checksum)
        return CreateSnapshotResult{*active, false};

    QVariant changesSummary = nullString();
    if (active) {
        // Changes are computed against verified data: a diff against tampered data would
        // hide the tampering.
        const auto previous = payload(*db, *active, what);
        if (!previous)
            return previous.error();
        const auto changes = changesBetween(*previous, parsed->document);
        if (!changes)
            return changes.error();
        changesSummary = QString::fromUtf8(*changes);
        // Before the insert: the database allows one active version per report.
        if (auto ran = run(m_provider, query, u"UPDATE report_snapshots SET is_active = ? WHERE id = ?"_s,
                           {false, active->id}, what);
            !ran) {
            return ran.error();
        }
    }
    const QString id = newSnapshotId();
    const QVariant stored = isSqlite(*db) ? QVariant(Internal::deflatePayload(canonical))
                                          : QVariant(QString::fromUtf8(canonical));
    if (auto ran = run(m_provider, query,
                       u"INSERT INTO report_snapshots (id, report_id, version, parcel_snapshot, snapshot_metadata, "
                       "checksum, data_size, parent_snapshot_id, changes_summary, created_by, is_active) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {id, reportId, version, stored, QString::fromUtf8(metadata.toJson()), checksum,
                        qint64(canonical.size()), active ? QVariant(active->id) : nullString(),
                        changesSummary, *userId, true},
                       what);
        !ran) {
        return ran.error();
    }
    if (auto ran = run(m_provider, query,
                       u"INSERT INTO activity_logs (user_id, action, report_id, version, from_version) "
                       "VALUES (?, 'create', ?, ?, ?)"_s,
                       {*userId, reportId, version,
                        active ? QVariant(activeVersion) : QVariant(QMetaType::fromType<int>())},
                       what);
        !ran) {
        return ran.error();
    }
    if (auto ran = run(m_provider, query, u"SELECT "_s + kSummaryColumns + kFromSnapshots + u"WHERE s.id = ?"_s,
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
    const QString what = u"Reading "_s + versionLabel(reportId, version);
    auto db = m_provider.database();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    QString sql = u"SELECT "_s + kSummaryColumns + u", s.snapshot_metadata, s.changes_summary"_s + kFromSnapshots
        + u"WHERE s.report_id = ? AND "_s;
    QVariantList values = {reportId};
    if (version) {
        sql += u"s.version = ?"_s;
        values.append(*version);
    } else {
        sql += activeCondition(*db);
    }
    if (auto ran = run(m_provider, query, sql, values, what); !ran)
        return ran.error();
    if (!query.next())
        return notFound(*db, reportId, version);

    Snapshot snapshot;
    snapshot.summary = readSummary(query);
    snapshot.metadataJson = canonicalText(query.value(kSummaryColumnCount).toString().toUtf8());
    snapshot.changesSummaryJson = canonicalText(query.value(kSummaryColumnCount + 1).toString().toUtf8());
    auto canonical = payload(*db, snapshot.summary, what);
    if (!canonical)
        return canonical.error();
    snapshot.canonicalJson = std::move(*canonical);
    return snapshot;
}

Result<QByteArray> SnapshotStore::payload(QSqlDatabase &db, const SnapshotSummary &summary, const QString &what)
{
    if (m_cache) {
        if (auto cached = m_cache->find(summary.id))
            return *cached;
    }
    QSqlQuery row(db);
    if (auto ran = run(m_provider, row, u"SELECT parcel_snapshot FROM report_snapshots WHERE id = ?"_s, {summary.id}, what);
        !ran) {
        return ran.error();
    }
    if (!row.next())
        return Error{ErrorCode::NotFound, u"%1 failed: snapshot %2 is gone"_s.arg(what, summary.id)};

    const auto refuse = [&summary](const QString &why) {
        qCCritical(lcStore).noquote() << "integrity check failed for snapshot" << summary.id << ':' << why;
        return Error{ErrorCode::IntegrityCheckFailed,
                     u"Version %1 of report \"%2\" (snapshot %3) failed its integrity check: %4. The stored "
                     "data was changed outside Snapshot Auditor and cannot be trusted."_s
                         .arg(summary.version).arg(summary.reportId, summary.id, why)};
    };
    QByteArray canonical;
    if (m_provider.config().engine == DatabaseConfig::Engine::Sqlite) {
        // The stored bytes are the canonical bytes: inflate and hash, nothing to re-serialise.
        auto inflated = Internal::inflatePayload(row.value(0).toByteArray(), summary.dataSize);
        if (!inflated)
            return refuse(inflated.error().message);
        canonical = std::move(*inflated);
    } else {
        // jsonb keeps values, not text: the canonical form is rebuilt from them, which gives
        // the stored bytes back exactly (jsonb's numerics hold every digit of the double).
        const auto parsed = parseJson(row.value(0).toString().toUtf8(), JsonParseOptions::storage());
        if (!parsed)
            return refuse(u"the stored document does not parse: "_s + parsed.error().toString());
        canonical = canonicalJson(parsed->document->root());
        if (canonical.size() != summary.dataSize) {
            return refuse(u"its canonical form has %1 bytes, but data_size records %2"_s
                              .arg(canonical.size()).arg(summary.dataSize));
        }
    }
    const QString actual = sha256Hex(canonical);
    if (actual != summary.checksum)
        return refuse(u"the stored checksum is %1 but the data hashes to %2"_s.arg(summary.checksum, actual));
    if (m_cache)
        m_cache->insert(summary.id, canonical);
    return canonical;
}

Error SnapshotStore::notFound(QSqlDatabase &db, const QString &reportId, std::optional<int> version)
{
    const QString what = u"Reading "_s + versionLabel(reportId, version);
    QSqlQuery query(db);
    if (auto ran = run(m_provider, query, u"SELECT count(*) FROM report_snapshots WHERE report_id = ?"_s,
                       {reportId}, what);
        !ran) {
        return ran.error();
    }
    query.next();
    const qint64 versions = query.value(0).toLongLong();
    if (versions == 0)
        return {ErrorCode::NotFound, u"There is no report \"%1\""_s.arg(reportId)};
    if (version) {
        return {ErrorCode::VersionNotFound,
                u"Report \"%1\" has no version %2 (it has %3 versions)"_s.arg(reportId).arg(*version).arg(versions)};
    }
    return {ErrorCode::NotFound, u"Report \"%1\" has no active version"_s.arg(reportId)};
}

Result<HistoryPage> SnapshotStore::history(const QString &reportId, int limit, qint64 offset)
{
    if (limit < 1 || limit > kMaxPageSize || offset < 0) {
        return Error{ErrorCode::InvalidArgument,
                     u"A history page holds 1 to %1 versions from a non-negative offset"_s.arg(kMaxPageSize)};
    }
    const QString what = u"Reading the history of report \"%1\""_s.arg(reportId);
    auto db = m_provider.database();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    if (auto ran = run(m_provider, query, u"SELECT count(*) FROM report_snapshots WHERE report_id = ?"_s,
                       {reportId}, what);
        !ran) {
        return ran.error();
    }
    query.next();
    HistoryPage page;
    page.total = query.value(0).toLongLong();
    if (page.total == 0)
        return Error{ErrorCode::NotFound, u"There is no report \"%1\""_s.arg(reportId)};
    if (auto ran = run(m_provider, query,
                       u"SELECT "_s + kSummaryColumns + kFromSnapshots
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
