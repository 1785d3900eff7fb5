#include "payloadcodec_p.h"

#include <zlib.h>

using namespace Qt::StringLiterals;

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

Result<QByteArray> inflatePayload(const QByteArray &stored, qint64 expectedSize)
{
    // One byte of slack reveals a stream that inflates to more than data_size says.
    QByteArray out(qsizetype(expectedSize) + 1, Qt::Uninitialized);
    uLongf size = uLongf(out.size());
    const int status = uncompress(reinterpret_cast<Bytef *>(out.data()), &size,
                                  reinterpret_cast<const Bytef *>(stored.constData()), uLong(stored.size()));
    if (status != Z_OK || qint64(size) != expectedSize) {
        // Z_BUF_ERROR: longer than data_size says, or cut short.
        return Error{ErrorCode::IntegrityCheckFailed,
                     u"the stored payload does not inflate to the %1 bytes data_size records (zlib: %2)"_s
                         .arg(expectedSize)
                         .arg(status == Z_OK ? u"%1 bytes"_s.arg(size) : QString::fromLatin1(zError(status)))};
    }
    out.truncate(qsizetype(size));
    return out;
}

} // namespace sa::core::Internal
