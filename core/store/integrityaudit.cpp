#include "integrityaudit.h"

#include "../json/canonicaljson.h"
#include "../json/jsondiff.h"
#include "../json/jsonparser.h"
#include "../json/jsonpatch.h"
#include "../json/sha256.h"
#include "chainhash.h"
#include "connectionprovider.h"
#include "payloadcheck_p.h"
#include "storeddiff_p.h"
#include "storelogging.h"
#include "storequery_p.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <future>
#include <memory>

using namespace Qt::StringLiterals;

namespace sa::core {

using namespace Internal;

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityAudit)
};

// Progress is reported at every report boundary and at least this often within a report.
constexpr int kProgressEveryRows = 64;

// What the activity log says about one report: the version each create started from (0:
// none active) and the version the last activation left active.
struct LoggedActivations
{
    QHash<int, int> createdFrom;
    int lastActivated = 0;
};
using ActivationLog = QHash<QString, LoggedActivations>;

// The columns of one snapshot the structural checks need.
struct StoredVersion
{
    QString id;
    int version = 0;
    QString parentId;
    bool active = false;
    QString chainHash; // as stored; empty for NULL
    ChainFields chain; // parentChainHash is filled in by the checker
};

QString snapshotLabel(const QString &id, int version)
{
    //: What an integrity problem expected or found: a snapshot id and its version number
    return Tr::tr("snapshot %1 (version %2)").arg(id).arg(version);
}

// The structural checks of one report, fed its snapshots in version order.
class ReportChecker
{
public:
    // `log` (not owned) may be null: nothing was logged for the report.
    ReportChecker(QString reportId, const LoggedActivations *log, bool hasChain, std::vector<IntegrityProblem> &problems)
        : m_reportId(std::move(reportId)), m_log(log), m_hasChain(hasChain), m_problems(problems)
    {}

    void add(const StoredVersion &stored)
    {
        if (stored.version == m_lastVersion) {
            //: What an integrity check expected: one snapshot per version number
            report(IntegrityProblemKind::VersionDuplicate, stored, Tr::tr("one snapshot"),
                   //: What an integrity check found: two snapshot ids
                   Tr::tr("%1 and %2").arg(m_idOfVersion.value(stored.version), stored.id));
        } else if (stored.version > m_lastVersion + 1) {
            const int firstMissing = m_lastVersion + 1;
            const QString missing = firstMissing == stored.version - 1
                                        ? QString::number(firstMissing)
                                        //: A range of version numbers, e.g. "2 to 4"
                                        : Tr::tr("%1 to %2").arg(firstMissing).arg(stored.version - 1);
            //: What an integrity check expected or found: a version number (or a range, "2 to 4")
            m_problems.push_back({IntegrityProblemKind::VersionMissing, m_reportId, firstMissing, {},
                                  Tr::tr("version %1").arg(missing),
                                  //: What an integrity check found after a gap in the version numbers
                                  Tr::tr("next stored version %1").arg(stored.version)});
        }
        checkParent(stored);
        if (m_hasChain)
            checkChain(stored);
        if (stored.active)
            m_activeVersions.append(stored.version);
        m_lastVersion = stored.version;
        m_idOfVersion.insert(stored.version, stored.id);
        m_versionOfId.insert(stored.id, stored.version);
    }

    void finish()
    {
        if (m_activeVersions.isEmpty()) {
            //: What an integrity check expected of a report
            m_problems.push_back({IntegrityProblemKind::NoActiveVersion, m_reportId, 0, {},
                                  Tr::tr("one active version"),
                                  //: What an integrity check found: nothing
                                  Tr::tr("none")});
            return;
        }
        if (m_activeVersions.size() > 1) {
            QStringList versions;
            for (const int version : std::as_const(m_activeVersions))
                versions.append(QString::number(version));
            m_problems.push_back({IntegrityProblemKind::MultipleActiveVersions, m_reportId, 0, {},
                                  Tr::tr("one active version"),
                                  //: What an integrity check found: a list of version numbers, e.g. "2, 4"
                                  Tr::tr("versions %1").arg(versions.join(u", "_s))});
            return;
        }
        const int active = m_activeVersions.constFirst();
        if (m_log && m_log->lastActivated != 0 && m_log->lastActivated != active) {
            m_problems.push_back({IntegrityProblemKind::ActiveVersionMismatch, m_reportId, active,
                                  m_idOfVersion.value(active), Tr::tr("version %1").arg(m_log->lastActivated),
                                  Tr::tr("version %1").arg(active)});
        }
    }

private:
    void report(IntegrityProblemKind kind, const StoredVersion &stored, const QString &expected, const QString &found)
    {
        m_problems.push_back({kind, m_reportId, stored.version, stored.id, expected, found});
    }

    void checkParent(const StoredVersion &stored)
    {
        const auto logged = m_log ? m_log->createdFrom.constFind(stored.version) : QHash<int, int>::const_iterator();
        const bool isLogged = m_log && logged != m_log->createdFrom.constEnd();
        if (!isLogged) {
            //: What an integrity check expected: an entry of the activity log; "create" is its action name
            report(IntegrityProblemKind::CreateNotLogged, stored, Tr::tr("a \"create\" activity entry"),
                   Tr::tr("none"));
        }
        const auto parent = m_versionOfId.constFind(stored.parentId);
        const bool parentKnown = parent != m_versionOfId.constEnd();
        if (!stored.parentId.isEmpty() && !parentKnown) {
            const QString expected = isLogged && *logged != 0
                                         ? Tr::tr("version %1").arg(*logged)
                                         //: What an integrity check expected as the parent of a version
                                         : Tr::tr("an earlier version of report \"%1\"").arg(m_reportId);
            //: What an integrity check found: a snapshot id
            report(IntegrityProblemKind::ParentMissing, stored, expected, Tr::tr("snapshot %1").arg(stored.parentId));
            return;
        }
        if (!isLogged)
            return;
        const int parentVersion = parentKnown ? *parent : 0;
        if (parentVersion == *logged)
            return;
        const auto describe = [this](int version) {
            //: What an integrity check expected or found as the parent of a version: none
            return version == 0 ? Tr::tr("no parent") : snapshotLabel(m_idOfVersion.value(version), version);
        };
        report(IntegrityProblemKind::ParentMismatch, stored, describe(*logged), describe(parentVersion));
    }

    // The version's chain hash recomputed from its fields and its parent's stored chain hash.
    // When that fails while the parent itself does not verify, and the version matches what
    // its parent's fields give, only the parent changed: the chain is broken here.
    void checkChain(const StoredVersion &stored)
    {
        ChainFields fields = stored.chain;
        const ChainLink *parent = nullptr;
        if (!stored.parentId.isEmpty()) {
            const auto found = m_chainOfId.constFind(stored.parentId);
            if (found == m_chainOfId.constEnd()) {
                // PARENT_MISSING names it; the version cannot be recomputed without its parent.
                m_chainOfId.insert(stored.id, {stored.version, stored.chainHash, stored.chainHash, false});
                return;
            }
            parent = &*found;
        }
        fields.parentChainHash = parent ? parent->stored : chainStart();
        const QString recomputed = chainHash(fields);
        const bool intact = recomputed == stored.chainHash;
        m_chainOfId.insert(stored.id, {stored.version, stored.chainHash, recomputed, intact});
        if (intact)
            return;
        const QString found = stored.chainHash.isEmpty() ? Tr::tr("none") : stored.chainHash;
        if (parent && !parent->intact && parent->recomputed != parent->stored) {
            fields.parentChainHash = parent->recomputed;
            if (chainHash(fields) == stored.chainHash) {
                report(IntegrityProblemKind::ChainBroken, stored, parent->recomputed, parent->stored);
                return;
            }
        }
        report(IntegrityProblemKind::ChainMismatch, stored, recomputed, found);
    }

    struct ChainLink
    {
        int version = 0;
        QString stored;
        QString recomputed;
        bool intact = false;
    };

    const QString m_reportId;
    const LoggedActivations *m_log; // not owned, may be null
    const bool m_hasChain; // false: a CCP-04 database, which has no chain_hash
    std::vector<IntegrityProblem> &m_problems;
    int m_lastVersion = 0;
    QHash<int, QString> m_idOfVersion;
    QHash<QString, int> m_versionOfId;
    QList<int> m_activeVersions;
    QHash<QString, ChainLink> m_chainOfId;
};

// How many paths a TAMPERED_PATHS problem lists, and how long a value it quotes.
constexpr int kMaxTamperedPaths = 20;
constexpr qsizetype kMaxQuotedValue = 120;

// The parsed document of a version whose payload verified, for the round trip of the versions
// derived from it; null when it did not verify.
using VerifiedDocument = std::shared_future<JsonDocumentPtr>;

// One stored snapshot, as the payload verifier needs it.
struct PayloadJob
{
    QString reportId;
    int version = 0;
    QString snapshotId;
    QVariant stored;
    qint64 dataSize = 0;
    QString checksum;
    QByteArray changesSummary; // as stored; empty for NULL
    VerifiedDocument parent; // !valid(): no parent in this report to check the stored diff against
    // Set when later versions derive from this one: receives the verified parsed document.
    std::shared_ptr<std::promise<JsonDocumentPtr>> document;
    PayloadEvidence evidence; // what is recorded beside it (repair, recorded checksum)
};

QString quotedValue(const JsonValue &value)
{
    QString text = QString::fromUtf8(canonicalJson(value));
    if (text.size() > kMaxQuotedValue)
        text = text.left(kMaxQuotedValue) + u'\u2026';
    return text;
}

// "PATH = VALUE; …" for each side of the differences between the stored (damaged) document
// and the proven original, at most kMaxTamperedPaths of them, then "and N more".
std::pair<QString, QString> tamperedPaths(const JsonDiff &diff)
{
    //: What an integrity check expected or found at a JSON path: the value is absent
    const QString absent = Tr::tr("nothing");
    QStringList expected;
    QStringList found;
    for (const JsonChange &change : diff.changes) {
        if (expected.size() == kMaxTamperedPaths)
            break;
        // The diff runs from the stored document (old) to the original (new).
        const QString path = change.newPath.isEmpty() ? change.oldPath : change.newPath;
        const bool inOriginal = change.kind != ChangeKind::Deleted;
        const bool inStored = change.kind != ChangeKind::Added;
        //: A JSON Pointer path and the value at it, in a list of paths
        expected.append(Tr::tr("%1 = %2").arg(path, inOriginal ? quotedValue(change.newValue) : absent));
        found.append(Tr::tr("%1 = %2").arg(change.kind == ChangeKind::Moved ? change.oldPath : path,
                                           inStored ? quotedValue(change.oldValue) : absent));
    }
    const qsizetype more = qsizetype(diff.changes.size()) - expected.size();
    QString expectedText = expected.join(u"; "_s);
    QString foundText = found.join(u"; "_s);
    if (more > 0) {
        //: After a list of JSON paths that was cut short
        const QString rest = Tr::tr("and %n more", nullptr, int(more));
        expectedText += u"; "_s + rest;
        foundText += u"; "_s + rest;
    }
    return {expectedText, foundText};
}

// Decodes and hashes payloads on a thread pool while the reader fetches the next rows, with
// a bounded number in flight so that memory stays flat however large the database is.
// A version derived from a parent in the same report also waits, on its pool thread, for the
// parent's parsed document to check the stored diff. That cannot deadlock: the parent was
// submitted first, the pool starts tasks of one priority in submission order, and a task
// hands over its own document before it waits for its parent's.
class ParallelPayloadVerifier
{
public:
    ParallelPayloadVerifier(QThreadPool &pool, DatabaseConfig::Engine engine)
        : m_pool(pool), m_engine(engine), m_inFlight(2 * qMax(1, pool.maxThreadCount()) + 2), m_slots(m_inFlight)
    {}
    ~ParallelPayloadVerifier() { waitForAll(); }
    ParallelPayloadVerifier(const ParallelPayloadVerifier &) = delete;
    ParallelPayloadVerifier &operator=(const ParallelPayloadVerifier &) = delete;

    void submit(PayloadJob job)
    {
        m_slots.acquire();
        m_pool.start([this, job = std::move(job)] {
            verifyOne(job);
            m_slots.release();
        });
    }

    void waitForAll()
    {
        m_slots.acquire(m_inFlight);
        m_slots.release(m_inFlight);
    }

    qint64 bytesVerified() const { return m_bytesVerified.load(std::memory_order_relaxed); }

    // The problems found since the last call (any time; the verifier keeps them all).
    std::vector<IntegrityProblem> newProblems()
    {
        QMutexLocker lock(&m_mutex);
        std::vector<IntegrityProblem> fresh(m_problems.begin() + qsizetype(m_reported), m_problems.end());
        m_reported = m_problems.size();
        return fresh;
    }

    // After waitForAll().
    std::vector<IntegrityProblem> takeProblems()
    {
        QMutexLocker lock(&m_mutex);
        return std::move(m_problems);
    }

private:
    void verifyOne(const PayloadJob &job)
    {
        const QString &reportId = job.reportId;
        const int version = job.version;
        const QString &snapshotId = job.snapshotId;
        const qint64 dataSize = job.dataSize;
        const QString &checksum = job.checksum;
        PayloadCheck check = checkStoredPayload(m_engine, job.stored, dataSize);
        // A checksum recorded beside a CCP-04 row decides instead of the row's legacy one.
        const std::optional<RecordedChecksum> &recorded = job.evidence.recorded;
        const QString &authority = recorded ? recorded->checksum : checksum;
        const std::optional<PayloadProof> legacy = check.readable && !recorded && check.checksum != checksum
                                                       ? legacyChecksumProof(check, checksum)
                                                       : std::nullopt;
        const bool verified = check.readable && (check.checksum == authority || legacy);
        std::optional<StoredPatch> patch;
        if (job.parent.valid() && check.readable)
            patch = storedPatch(job.changesSummary);
        // Parsed only when a later version derives from this one or its stored diff is checked
        // (on SQLite the check itself needs no parse; PostgreSQL parsed it already).
        if (verified && !check.document && (job.document || patch)) {
            if (auto parsed = parseJson(check.canonical, JsonParseOptions::storage()))
                check.document = parsed->document;
        }
        if (job.document)
            job.document->set_value(verified ? check.document : JsonDocumentPtr());
        std::vector<IntegrityProblem> found;
        if (!check.readable) {
            //: What an integrity check expected of a stored payload
            found.push_back({IntegrityProblemKind::PayloadUnreadable, reportId, version, snapshotId,
                             Tr::tr("a payload that decodes"), check.unreadableReason});
        } else {
            m_bytesVerified.fetch_add(check.canonical.size(), std::memory_order_relaxed);
            if (legacy) {
                //: What an integrity check found: how much of a document CCP-04's checksum covers
                found.push_back({IntegrityProblemKind::LegacyChecksum, reportId, version, snapshotId, check.checksum,
                                 Tr::tr("covers %1 of %2 values").arg(legacy->coveredValues).arg(legacy->totalValues)});
            } else if (check.checksum != authority) {
                found.push_back({IntegrityProblemKind::ChecksumMismatch, reportId, version, snapshotId, authority,
                                 check.checksum});
            }
            if (legacy || recorded) {
                // CCP-04 recorded JSON.stringify(data).length: UTF-16 code units of the same text.
                const qsizetype units = QString::fromUtf8(check.canonical).size();
                if (units != dataSize) {
                    //: A payload size as CCP-04 counted it, in UTF-16 code units
                    found.push_back({IntegrityProblemKind::DataSizeMismatch, reportId, version, snapshotId,
                                     Tr::tr("%1 UTF-16 code units").arg(dataSize),
                                     Tr::tr("%1 UTF-16 code units").arg(units)});
                }
            } else if (check.canonical.size() != dataSize) {
                //: A payload size that an integrity check expected or found
                found.push_back({IntegrityProblemKind::DataSizeMismatch, reportId, version, snapshotId,
                                 Tr::tr("%1 bytes").arg(dataSize), Tr::tr("%1 bytes").arg(check.canonical.size())});
            }
            if (patch)
                checkStoredDiff(job, check, verified, *patch, found);
        }
        if (job.evidence.repair)
            checkRepair(job, found);
        if (found.empty())
            return;
        QMutexLocker lock(&m_mutex);
        std::move(found.begin(), found.end(), std::back_inserter(m_problems));
    }

    // The parent's verified document with the stored patch applied must be this version: if
    // the payload verifies, otherwise the stored diff is wrong (DIFF_MISMATCH); if it fails
    // its checksum and the reconstruction hashes to that checksum, the reconstruction is the
    // original and the differences are where the stored document was altered (TAMPERED_PATHS).
    void checkStoredDiff(const PayloadJob &job, const PayloadCheck &check, bool verified, const StoredPatch &patch,
                         std::vector<IntegrityProblem> &found) const
    {
        const JsonDocumentPtr parent = job.parent.get();
        if (!parent)
            return; // the parent does not verify: nothing to prove from
        if (verified) {
            const auto rebuilt = applyPatch(parent, *patch.patch);
            if (!check.document)
                return;
            // Equal values have equal canonical forms, and this version's canonical bytes hash
            // to its checksum: no need to canonicalise and hash the reconstruction.
            if (rebuilt && deepEquals((*rebuilt)->root(), check.document->root()))
                return;
            //: What an integrity check found: the stored diff (an RFC 6902 patch) cannot be applied
            const QString result = rebuilt ? sha256Hex(canonicalJson((*rebuilt)->root()))
                                           : Tr::tr("a patch that does not apply: %1").arg(rebuilt.error().message);
            found.push_back({IntegrityProblemKind::DiffMismatch, job.reportId, job.version, job.snapshotId,
                             job.checksum, result});
            return;
        }
        const auto proven = proveOriginal(parent, patch, job.checksum);
        if (!proven)
            return; // the stored diff cannot prove the original
        const JsonDocumentPtr stored = documentOf(check);
        if (!stored)
            return;
        const auto diff = alteredPaths(stored, proven->document);
        if (!diff || diff->changes.empty())
            return;
        auto [expected, foundValues] = tamperedPaths(*diff);
        found.push_back({IntegrityProblemKind::TamperedPaths, job.reportId, job.version, job.snapshotId,
                         std::move(expected), std::move(foundValues)});
    }

    // A recorded repair must be the original: its payload hashes to the checksum (otherwise
    // REPAIR_MISMATCH). The damaged row keeps its problems, as evidence, noting the repair.
    void checkRepair(const PayloadJob &job, std::vector<IntegrityProblem> &found) const
    {
        const auto repaired = provenRepair(m_engine, *job.evidence.repair, job.checksum, job.dataSize);
        if (!repaired) {
            found.push_back({IntegrityProblemKind::RepairMismatch, job.reportId, job.version, job.snapshotId,
                             job.checksum, repaired.error()});
            return;
        }
        for (IntegrityProblem &problem : found) {
            if (problem.kind == IntegrityProblemKind::ChecksumMismatch
                || problem.kind == IntegrityProblemKind::PayloadUnreadable) {
                //: %1: what an integrity check found, %2: when (ISO 8601, UTC), %3: a login
                problem.found = Tr::tr("%1 (a repair was recorded on %2 by %3)")
                                    .arg(problem.found, job.evidence.repair->at.toString(Qt::ISODateWithMs), job.evidence.repair->by);
            }
        }
    }

    QThreadPool &m_pool;
    const DatabaseConfig::Engine m_engine;
    const int m_inFlight;
    QSemaphore m_slots;
    std::atomic<qint64> m_bytesVerified{0};
    QMutex m_mutex;
    std::vector<IntegrityProblem> m_problems;
    std::size_t m_reported = 0; // m_problems[0, m_reported) went to newProblems() already
};

// What an audit of a CCP-04 database cannot verify (see legacyschema_p.h for how it is read).
QStringList legacyLimits()
{
    return {
        Tr::tr("No hash chain: CCP-04 databases have none, so a version removed, re-ordered or back-dated by "
               "someone with write access cannot be proven. Upgrading the database starts one."),
        Tr::tr("CCP-04 logged rollbacks only: each version's creation is taken from its own row, so the parent and "
               "the activity log cannot be checked against each other."),
        //: changes_summary is a column: keep it
        Tr::tr("CCP-04's changes_summary is deep-object-diff output, which drops deletions: stored diffs cannot "
               "be checked or used to localise damage."),
        Tr::tr("CCP-04 stored times without a time zone; they are read as UTC."),
    };
}

// "WHERE <column> = ?" and its value when one report is checked, nothing otherwise.
struct Scope
{
    QString condition;
    QVariantList values;

    Scope(const std::optional<QString> &reportId, const QString &column, const QString &keyword)
    {
        if (reportId) {
            condition = u' ' + keyword + u' ' + column + u" = ?"_s;
            values = {*reportId};
        }
    }
};

} // namespace

QString integrityProblemKindName(IntegrityProblemKind kind)
{
    switch (kind) {
    case IntegrityProblemKind::PayloadUnreadable: return u"PAYLOAD_UNREADABLE"_s;
    case IntegrityProblemKind::ChecksumMismatch: return u"CHECKSUM_MISMATCH"_s;
    case IntegrityProblemKind::DataSizeMismatch: return u"DATA_SIZE_MISMATCH"_s;
    case IntegrityProblemKind::VersionMissing: return u"VERSION_MISSING"_s;
    case IntegrityProblemKind::VersionDuplicate: return u"VERSION_DUPLICATE"_s;
    case IntegrityProblemKind::ParentMissing: return u"PARENT_MISSING"_s;
    case IntegrityProblemKind::ParentMismatch: return u"PARENT_MISMATCH"_s;
    case IntegrityProblemKind::CreateNotLogged: return u"CREATE_NOT_LOGGED"_s;
    case IntegrityProblemKind::NoActiveVersion: return u"NO_ACTIVE_VERSION"_s;
    case IntegrityProblemKind::MultipleActiveVersions: return u"MULTIPLE_ACTIVE_VERSIONS"_s;
    case IntegrityProblemKind::ActiveVersionMismatch: return u"ACTIVE_VERSION_MISMATCH"_s;
    case IntegrityProblemKind::ChainMismatch: return u"CHAIN_MISMATCH"_s;
    case IntegrityProblemKind::ChainBroken: return u"CHAIN_BROKEN"_s;
    case IntegrityProblemKind::AnchorMismatch: return u"ANCHOR_MISMATCH"_s;
    case IntegrityProblemKind::AnchorMissing: return u"ANCHOR_MISSING"_s;
    case IntegrityProblemKind::TamperedPaths: return u"TAMPERED_PATHS"_s;
    case IntegrityProblemKind::DiffMismatch: return u"DIFF_MISMATCH"_s;
    case IntegrityProblemKind::LegacyChecksum: return u"LEGACY_CHECKSUM"_s;
    case IntegrityProblemKind::RepairMismatch: return u"REPAIR_MISMATCH"_s;
    }
    Q_UNREACHABLE();
    return {};
}

bool isNotice(IntegrityProblemKind kind)
{
    return kind == IntegrityProblemKind::LegacyChecksum;
}

qsizetype IntegrityReport::problemCount() const
{
    return std::count_if(problems.begin(), problems.end(),
                         [](const IntegrityProblem &problem) { return !isNotice(problem.kind); });
}

QString IntegrityProblem::description() const
{
    const QString where = snapshotId.isEmpty() || version == 0
                              //: The subject of an integrity problem's description
                              ? Tr::tr("Report \"%1\"").arg(reportId)
                              //: The subject of an integrity problem's description
                              : Tr::tr("Version %1 of report \"%2\" (snapshot %3)")
                                    .arg(version)
                                    .arg(reportId, snapshotId);
    switch (kind) {
    case IntegrityProblemKind::PayloadUnreadable:
        //: %1: the report or version concerned, %2: why the payload cannot be decoded
        return Tr::tr("%1: the stored payload cannot be decoded: %2").arg(where, found);
    case IntegrityProblemKind::ChecksumMismatch:
        //: %1: the version concerned, %2 and %3: SHA-256 checksums
        return Tr::tr("%1: the payload hashes to %2, but the stored checksum is %3").arg(where, found, expected);
    case IntegrityProblemKind::DataSizeMismatch:
        //: %1: the version concerned, %2 and %3: sizes ("1234 bytes"); data_size is a column: keep it
        return Tr::tr("%1: the canonical payload has %2, but data_size records %3").arg(where, found, expected);
    case IntegrityProblemKind::VersionMissing:
        //: %1: the report concerned, %2: "version 3" or "version 3 to 5", %3: "next stored version 6"
        return Tr::tr("%1: %2 is missing (%3)").arg(where, expected, found);
    case IntegrityProblemKind::VersionDuplicate:
        //: %3: the snapshot ids, "A and B"
        return Tr::tr("Report \"%1\" stores version %2 more than once: %3").arg(reportId).arg(version).arg(found);
    case IntegrityProblemKind::ParentMissing:
        //: %1: the version concerned, %2: "snapshot ID", %3: "version 2" or "an earlier version of report ..."
        return Tr::tr("%1: its parent %2 is not an earlier version of this report (expected %3)")
            .arg(where, found, expected);
    case IntegrityProblemKind::ParentMismatch:
        //: %1: the version concerned, %2 and %3: "snapshot ID (version N)" or "no parent"
        return Tr::tr("%1: its parent is %2, but the activity log says %3 was active when it was created")
            .arg(where, found, expected);
    case IntegrityProblemKind::CreateNotLogged:
        //: %1: the version concerned; "create" is the action name in the activity log
        return Tr::tr("%1: the activity log has no \"create\" entry for it").arg(where);
    case IntegrityProblemKind::NoActiveVersion:
        return Tr::tr("%1 has no active version").arg(where);
    case IntegrityProblemKind::MultipleActiveVersions:
        //: %1: the report concerned, %2: "versions 2, 4"
        return Tr::tr("%1 has more than one active version: %2").arg(where, found);
    case IntegrityProblemKind::ActiveVersionMismatch:
        //: %2 and %3: "version N"
        return Tr::tr("Report \"%1\": %2 is active, but the activity log's last create or rollback activated %3")
            .arg(reportId, found, expected);
    case IntegrityProblemKind::ChainMismatch:
        //: %1: the version concerned, %2 and %3: SHA-256 chain hashes (or "none")
        return Tr::tr("%1: its report, version, checksum, author, creation time and metadata give the chain hash %2, "
                      "but %3 is stored: one of them was changed after the version was written")
            .arg(where, expected, found);
    case IntegrityProblemKind::ChainBroken:
        //: %1: the version concerned, %2 and %3: SHA-256 chain hashes
        return Tr::tr("%1: the chain stops verifying here: this version was chained to its parent's hash %2, but the "
                      "parent now stores %3")
            .arg(where, expected, found);
    case IntegrityProblemKind::AnchorMismatch:
        //: %1: the version concerned, %2 and %3: SHA-256 chain hashes
        return Tr::tr("%1: the anchor records the chain hash %2, but %3 is stored: the history up to this version "
                      "was rewritten")
            .arg(where, expected, found);
    case IntegrityProblemKind::AnchorMissing:
        //: %1: the report concerned, %2: "version 4", %3: what is stored instead
        return Tr::tr("Report \"%1\": the anchor records %2, but the database has %3").arg(reportId, expected, found);
    case IntegrityProblemKind::TamperedPaths:
        //: %1: the version concerned, %2 and %3: lists of "JSON path = value"
        return Tr::tr("%1: the stored document was altered after it was written; its parent with the stored diff "
                      "applied gives the original, which hashes to the stored checksum and has %2, where the "
                      "stored document has %3")
            .arg(where, expected, found);
    case IntegrityProblemKind::DiffMismatch:
        //: %1: the version concerned, %2: a SHA-256 checksum, %3: a checksum or why the patch does not apply;
        //: changes_summary is a column: keep it
        return Tr::tr("%1: both payloads verify, but its parent with the patch stored in changes_summary applied "
                      "gives %3 instead of the version's checksum %2: the stored diff is wrong")
            .arg(where, expected, found);
    case IntegrityProblemKind::LegacyChecksum:
        //: %1: the version concerned, %2: "covers 14 of 123 values", %3: a SHA-256 checksum
        return Tr::tr("%1: a CCP-04 legacy checksum, which matches but %2 of the document; the values it leaves out "
                      "could have changed unnoticed (the RFC 8785 checksum of the document as it is now is %3)")
            .arg(where, found, expected);
    case IntegrityProblemKind::RepairMismatch:
        //: %1: the version concerned, %2: a SHA-256 checksum, %3: why the repair does not match it
        return Tr::tr("%1: the repair recorded for it is not its original: %3 (the stored checksum is %2)")
            .arg(where, expected, found);
    }
    Q_UNREACHABLE();
    return {};
}

IntegrityAudit::IntegrityAudit(ConnectionProvider &provider, QThreadPool *pool)
    : m_provider(provider), m_pool(pool)
{}

Result<IntegrityReport> IntegrityAudit::verifyReport(const QString &reportId, const ProgressCallback &progress,
                                                     const CancelCheck &cancelled)
{
    return verify(reportId, progress, cancelled, {});
}

Result<IntegrityReport> IntegrityAudit::verifyAll(const ProgressCallback &progress, const CancelCheck &cancelled)
{
    return verify(std::nullopt, progress, cancelled, {});
}

Result<IntegrityReport> IntegrityAudit::verifyAll(const ProgressCallback &progress, const CancelCheck &cancelled,
                                                  const ProblemCallback &problemFound)
{
    return verify(std::nullopt, progress, cancelled, problemFound);
}

Result<IntegrityReport> IntegrityAudit::verify(const std::optional<QString> &reportId,
                                               const ProgressCallback &progress, const CancelCheck &cancelled,
                                               const ProblemCallback &problemFound)
{
    const QString what = reportId ? Tr::tr("Verifying report \"%1\"").arg(*reportId) : Tr::tr("Verifying the database");
    auto db = m_provider.database();
    if (!db)
        return db.error();
    const DatabaseConfig::Engine engine = engineOf(*db);
    const bool legacySchema = m_provider.schema() == ConnectionProvider::Schema::LegacyCcp04;
    QElapsedTimer timer;
    timer.start();

    IntegrityProgress state;
    QSqlQuery query(*db);
    const Scope snapshotScope(reportId, u"report_id"_s, u"WHERE"_s);
    if (auto ran = execPrepared(m_provider, query,
                                u"SELECT count(DISTINCT report_id), coalesce(sum(data_size), 0) FROM report_snapshots"_s
                                    + snapshotScope.condition,
                                snapshotScope.values, what);
        !ran) {
        return ran.error();
    }
    query.next();
    state.reportsTotal = query.value(0).toLongLong();
    state.bytesTotal = query.value(1).toLongLong();
    if (reportId && state.reportsTotal == 0)
        return Error{ErrorCode::NotFound, Tr::tr("There is no report \"%1\"").arg(*reportId)};

    // The activity log is read whole before the payload stream starts: PostgreSQL streams a
    // forward-only result row by row and a second statement on the connection would end it.
    ActivationLog log;
    const Scope logScope(reportId, u"report_id"_s, u"AND"_s);
    if (auto ran = execPrepared(m_provider, query,
                                u"SELECT report_id, version, from_version, action FROM activity_logs "
                                "WHERE action IN ('create', 'rollback')"_s
                                    + logScope.condition + u" ORDER BY report_id, created_at, id"_s,
                                logScope.values, what);
        !ran) {
        return ran.error();
    }
    while (query.next()) {
        LoggedActivations &activations = log[query.value(0).toString()];
        const int version = query.value(1).toInt();
        if (query.value(3).toString() == u"create")
            activations.createdFrom.insert(version, query.value(2).toInt());
        activations.lastActivated = version;
    }

    // How many versions derive from each snapshot: their parsed documents are kept for the
    // stored-diff round trip until the last one is checked (read before the stream, as above).
    // Without the stored-diff checks no document is kept: no job gets a parent to wait for.
    QHash<QString, int> childCount;
    if (m_checkStoredDiffs) {
        if (auto ran = execPrepared(m_provider, query,
                                    u"SELECT parent_snapshot_id, count(*) FROM report_snapshots "
                                    "WHERE parent_snapshot_id IS NOT NULL"_s
                                        + logScope.condition + u" GROUP BY parent_snapshot_id"_s,
                                    logScope.values, what);
            !ran) {
            return ran.error();
        }
        while (query.next())
            childCount.insert(query.value(0).toString(), query.value(1).toInt());
    }

    std::unique_ptr<QThreadPool> ownPool;
    QThreadPool *pool = m_pool;
    if (!pool) {
        ownPool = std::make_unique<QThreadPool>();
        ownPool->setMaxThreadCount(QThread::idealThreadCount());
        pool = ownPool.get();
    }
    ParallelPayloadVerifier verifier(*pool, engine);
    IntegrityReport result;
    std::vector<IntegrityProblem> structural;
    std::optional<ReportChecker> checker;
    QString currentReport;
    // The documents of the current report's versions that later ones still derive from.
    struct KeptDocument
    {
        VerifiedDocument document;
        int childrenLeft = 0;
    };
    QHash<QString, KeptDocument> kept;
    std::size_t structuralReported = 0;
    // Hands the problems found since the last call to `problemFound`, on this thread.
    const auto deliverProblems = [&] {
        if (!problemFound)
            return;
        for (; structuralReported < structural.size(); ++structuralReported)
            problemFound(structural[structuralReported]);
        for (const IntegrityProblem &problem : verifier.newProblems())
            problemFound(problem);
    };
    const auto report = [&] {
        deliverProblems();
        state.bytesVerified = verifier.bytesVerified();
        if (progress)
            progress(state);
    };

    const Scope joinedScope(reportId, u"s.report_id"_s, u"WHERE"_s);
    if (auto ran = execPrepared(m_provider, query,
                                u"SELECT s.id, s.report_id, s.version, s.parent_snapshot_id, s.is_active, s.data_size, "
                                "s.checksum, s.parcel_snapshot, s.chain_hash, u.login, "_s
                                    + chainCreatedAtColumn(engine, u"s.created_at"_s)
                                    + u", s.snapshot_metadata, s.changes_summary, "_s + evidenceColumns(engine)
                                    + u" FROM report_snapshots s LEFT JOIN users u ON u.id = s.created_by"_s
                                    + evidenceJoin() + joinedScope.condition + u" ORDER BY s.report_id, s.version"_s,
                                joinedScope.values, what);
        !ran) {
        return ran.error();
    }
    report();
    while (query.next()) {
        if (cancelled && cancelled()) {
            verifier.waitForAll();
            //: %1: what was being done ("Verifying the database")
            return Error{ErrorCode::Cancelled, Tr::tr("%1 was cancelled after %2 of %3 reports").arg(what)
                                                   .arg(state.reportsDone)
                                                   .arg(state.reportsTotal)};
        }
        const QString rowReport = query.value(1).toString();
        if (!checker || rowReport != currentReport) {
            if (checker) {
                checker->finish();
                ++state.reportsDone;
                report();
            }
            currentReport = rowReport;
            kept.clear();
            const auto logged = log.constFind(currentReport);
            checker.emplace(currentReport, logged == log.constEnd() ? nullptr : &*logged, !legacySchema, structural);
        }
        StoredVersion stored{query.value(0).toString(), query.value(2).toInt(), query.value(3).toString(),
                             query.value(4).toBool(), query.value(8).toString(), {}};
        stored.chain = {{}, rowReport, stored.version, query.value(6).toString(), query.value(9).toString(),
                        query.value(10).toString(), query.value(11).toString().toUtf8()};
        checker->add(stored);
        PayloadJob job{rowReport, stored.version, stored.id, query.value(7), query.value(5).toLongLong(),
                       query.value(6).toString(), query.value(12).toString().toUtf8(), {}, {}, readEvidence(query, 13)};
        if (const auto parent = kept.find(stored.parentId); parent != kept.end()) {
            job.parent = parent->document;
            if (--parent->childrenLeft == 0)
                kept.erase(parent);
        }
        if (const int children = childCount.value(stored.id); children > 0) {
            job.document = std::make_shared<std::promise<JsonDocumentPtr>>();
            kept.insert(stored.id, {job.document->get_future().share(), children});
        }
        verifier.submit(std::move(job));
        if (++result.snapshotsChecked % kProgressEveryRows == 0)
            report();
        else
            deliverProblems();
    }
    if (query.lastError().isValid()) {
        verifier.waitForAll();
        return m_provider.failure(query.lastError(), what);
    }
    if (checker) {
        checker->finish();
        ++state.reportsDone;
    }
    verifier.waitForAll();
    report();

    result.problems = verifier.takeProblems();
    std::move(structural.begin(), structural.end(), std::back_inserter(result.problems));
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const IntegrityProblem &a, const IntegrityProblem &b) {
                         return std::tie(a.reportId, a.version, a.kind) < std::tie(b.reportId, b.version, b.kind);
                     });
    if (legacySchema)
        result.limits = legacyLimits();
    result.reportsChecked = state.reportsDone;
    result.bytesVerified = verifier.bytesVerified();
    const qint64 elapsedMs = qMax<qint64>(1, timer.elapsed());
    qCInfo(lcStore).noquote() << u"%1: %2 snapshots, %3 bytes in %4 ms (%5 MB/s), %6 problems"_s.arg(what)
                                     .arg(result.snapshotsChecked)
                                     .arg(result.bytesVerified)
                                     .arg(elapsedMs)
                                     .arg(double(result.bytesVerified) / 1000.0 / double(elapsedMs), 0, 'f', 1)
                                     .arg(result.problems.size());
    return result;
}

} // namespace sa::core
