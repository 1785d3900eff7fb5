#include "payloadreader_p.h"

#include "connectionprovider.h"
#include "payloadcache.h"
#include "storequery_p.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core::Internal {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PayloadReader)
};

} // namespace

Result<VerifiedPayload> readVerifiedPayload(ConnectionProvider &provider, QSqlDatabase &db,
                                            const SnapshotSummary &summary, const QString &what,
                                            PayloadCache *cache, CacheLookup lookup)
{
    if (cache && lookup == CacheLookup::Allowed) {
        if (auto cached = cache->find(summary.id))
            return VerifiedPayload { std::move(*cached), PayloadProof {} };
    }
    QSqlQuery row(db);
    // A row that fails its check is served from its recorded repair, when that proves to be
    // the original: read with the row, one round trip.
    const DatabaseConfig::Engine engine = provider.config().engine;
    if (auto ran
        = execPrepared(provider, row,
                       u"SELECT s.parcel_snapshot, "_s + evidenceColumns(engine)
                           + u" FROM report_snapshots s"_s + evidenceJoin() + u"WHERE s.id = ?"_s,
                       { summary.id }, what);
        !ran) {
        return ran.error();
    }
    if (!row.next()) {
        //: %1: what was being done (e.g. "Reading version 3 of report "r1""), %2: a snapshot id
        return Error {
            ErrorCode::Internal,
            Tr::tr("%1 failed: snapshot %2 vanished while it was read").arg(what, summary.id)
        };
    }
    auto verified = verifiedPayload(engine, row.value(0), summary, readEvidence(row, 1));
    if (verified && cache && verified->proof.kind == PayloadProof::Kind::Checksum)
        cache->insert(summary.id, verified->canonical);
    return verified;
}

} // namespace sa::core::Internal
