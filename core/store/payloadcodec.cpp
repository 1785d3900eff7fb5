#include "payloadcodec_p.h"

#include <zlib.h>

namespace sa::core::Internal {

namespace {

constexpr int kCompressionLevel = 3;

} // namespace

QByteArray deflatePayload(const QByteArray &canonical)
{
    uLongf size = compressBound(uLong(canonical.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const int status = compress2(reinterpret_cast<Bytef *>(out.data()), &size,
                                 reinterpret_cast<const Bytef *>(canonical.constData()),
                                 uLong(canonical.size()), kCompressionLevel);
    // compressBound() guarantees room; only memory exhaustion fails here.
    Q_ASSERT(status == Z_OK);
    out.truncate(qsizetype(size));
    return out;
}

} // namespace sa::core::Internal
