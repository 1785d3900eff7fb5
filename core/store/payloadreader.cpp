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
                                            const SnapshotSummary &summary, const QString &what, PayloadCache *cache,
                                            CacheLookup lookup)
{
    if (cache && lookup == CacheLookup::Allowed) {
        if (auto cached = cache->find(summary.id))
            return VerifiedPayload{std::move(*cached), PayloadProof{}};
    }
    QSqlQuery row(db);
    if (auto ran = execPrepared(provider, row, u"SELECT parcel_snapshot FROM report_snapshots WHERE id = ?"_s,
                                {summary.id}, what);
        !ran) {
        return ran.error();
    }
    if (!row.next()) {
        //: %1: what was being done (e.g. "Reading version 3 of report "r1""), %2: a snapshot id
        return Error{ErrorCode::Internal,
                     Tr::tr("%1 failed: snapshot %2 vanished while it was read").arg(what, summary.id)};
    }
    auto verified = verifiedPayload(provider.config().engine, row.value(0), summary);
    if (verified && cache && verified->proof.kind == PayloadProof::Kind::Checksum)
        cache->insert(summary.id, verified->canonical);
    return verified;
}

} // namespace sa::core::Internal
