#pragma once

#include "../result.h"
#include "payloadcheck_p.h"

class QSqlDatabase;

namespace sa::core {
class ConnectionProvider;
class PayloadCache;
} // namespace sa::core

namespace sa::core::Internal {

// Whether a read may be served from the cache: a write that trusts the payload reads what
// is stored now.
enum class CacheLookup { Allowed, Bypass };

// The payload of `summary`'s snapshot, verified: from `cache` (may be null) when allowed,
// else read on `db` and checked. Only payloads proven by their own checksum are cached.
// `what` names the operation in errors.
[[nodiscard]] Result<VerifiedPayload>
readVerifiedPayload(ConnectionProvider &provider, QSqlDatabase &db, const SnapshotSummary &summary,
                    const QString &what, PayloadCache *cache,
                    CacheLookup lookup = CacheLookup::Allowed);

} // namespace sa::core::Internal
