#include "payloadcheck_p.h"

#include "../json/canonicaljson.h"
#include "../json/jsonparser.h"
#include "../json/legacychecksum.h"
#include "../json/sha256.h"
#include "storelogging.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sa::core::Internal {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PayloadCheck)
};

// DEFLATE cannot expand data by more than about 1032:1, so a data_size beyond that bound
// is a lie and must not decide how much memory to allocate.
constexpr qint64 kMaxDeflateRatio = 1032;

Result<QByteArray, QString> inflateStream(const QByteArray &stored, qint64 sizeHint)
{
    const qint64 bound = qint64(stored.size()) * kMaxDeflateRatio + 64;
    // One spare byte: a stream that matches data_size then ends without growing the buffer.
    QByteArray out(qsizetype(std::clamp<qint64>(sizeHint, 0, bound) + 1), Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return Tr::tr("zlib could not be initialised");
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(stored.constData()));
    stream.avail_in = uInt(stored.size());
    int status = Z_OK;
    while (status == Z_OK) {
        if (qint64(stream.total_out) == out.size()) {
            if (out.size() >= bound) {
                status = Z_DATA_ERROR; // more than DEFLATE can produce
                break;
            }
            out.resize(qsizetype(std::min<qint64>(qint64(out.size()) * 2, bound)));
        }
        stream.next_out = reinterpret_cast<Bytef *>(out.data()) + stream.total_out;
        stream.avail_out = uInt(out.size() - qsizetype(stream.total_out));
        status = inflate(&stream, Z_FINISH);
        if (status == Z_BUF_ERROR && stream.avail_out == 0)
            status = Z_OK; // output full: grow and go on
    }
    const qsizetype produced = qsizetype(stream.total_out);
    const QString message = stream.msg ? QString::fromLatin1(stream.msg) : QString::fromLatin1(zError(status));
    inflateEnd(&stream);
    if (status != Z_STREAM_END) {
        return status == Z_BUF_ERROR ? Tr::tr("the zlib stream is cut short")
                                     //: %1: zlib's own explanation, in English
                                     : Tr::tr("the zlib stream is broken (%1)").arg(message);
    }
    if (stream.avail_in != 0)
        return Tr::tr("the zlib stream is followed by stray bytes");
    out.truncate(produced);
    return out;
}

} // namespace

PayloadCheck checkStoredPayload(DatabaseConfig::Engine engine, const QVariant &stored, qint64 sizeHint)
{
    PayloadCheck check;
    if (engine == DatabaseConfig::Engine::Sqlite) {
        // The stored bytes are the canonical bytes: inflating and hashing is the whole check,
        // with no parse (a document whose bytes hash to its checksum is the one that was
        // validated and canonicalised when it was created).
        auto inflated = inflateStream(stored.toByteArray(), sizeHint);
        if (!inflated) {
            check.unreadableReason = inflated.error();
            return check;
        }
        check.canonical = std::move(*inflated);
    } else {
        // jsonb keeps values, not text: the canonical form is rebuilt from them.
        const auto parsed = parseJson(stored.toString().toUtf8(), JsonParseOptions::storage());
        if (!parsed) {
            check.unreadableReason
                = Tr::tr("the stored document does not parse: %1").arg(parsed.error().toString());
            return check;
        }
        check.canonical = canonicalJson(parsed->document->root());
        check.document = parsed->document;
    }
    check.readable = true;
    check.checksum = sha256Hex(check.canonical);
    return check;
}

JsonDocumentPtr documentOf(const PayloadCheck &check)
{
    if (check.document)
        return check.document;
    auto parsed = parseJson(check.canonical, JsonParseOptions::rfc8259());
    return parsed ? parsed->document : JsonDocumentPtr();
}

std::optional<PayloadProof> legacyChecksumProof(const PayloadCheck &check, const QString &storedChecksum)
{
    JsonDocumentPtr document = check.document;
    if (!document) {
        auto parsed = parseJson(check.canonical, JsonParseOptions::storage());
        if (!parsed)
            return std::nullopt;
        document = parsed->document;
    }
    const LegacyChecksum legacy = ccp04Checksum(document->root());
    if (legacy.checksum != storedChecksum)
        return std::nullopt;
    return PayloadProof{PayloadProof::Kind::LegacyChecksum, legacy.coveredValues, legacy.totalValues, {}, {}};
}

Result<QByteArray, QString> provenRepair(DatabaseConfig::Engine engine, const StoredRepair &repair,
                                         const QString &checksum, qint64 sizeHint)
{
    PayloadCheck check = checkStoredPayload(engine, repair.payload, sizeHint);
    if (!check.readable)
        //: %1: why a payload cannot be decoded
        return Tr::tr("its recorded repair cannot be decoded: %1").arg(check.unreadableReason);
    if (check.checksum != checksum)
        //: %1: a SHA-256 checksum
        return Tr::tr("its recorded repair hashes to %1, not to the stored checksum").arg(check.checksum);
    return std::move(check.canonical);
}

Result<VerifiedPayload> verifiedPayload(DatabaseConfig::Engine engine, const QVariant &stored,
                                        const SnapshotSummary &summary, const PayloadEvidence &evidence)
{
    PayloadCheck check = checkStoredPayload(engine, stored, summary.dataSize);
    QString why;
    if (!check.readable) {
        why = check.unreadableReason;
    } else if (const auto &recorded = evidence.recorded) {
        if (check.checksum == recorded->checksum) {
            return VerifiedPayload{std::move(check.canonical), PayloadProof{PayloadProof::Kind::RecordedChecksum, 0,
                                                                            0, recorded->by, recorded->at}};
        }
        //: %1: a date and time, %2: who, %3 and %4: SHA-256 checksums
        why = Tr::tr("the checksum recorded for it on %1 by %2 is %3 but the data hashes to %4")
                  .arg(recorded->at.toString(Qt::ISODate), recorded->by, recorded->checksum, check.checksum);
    } else if (check.checksum != summary.checksum) {
        if (auto proof = legacyChecksumProof(check, summary.checksum))
            return VerifiedPayload{std::move(check.canonical), *proof};
        why = Tr::tr("the stored checksum is %1 but the data hashes to %2").arg(summary.checksum, check.checksum);
    } else if (check.canonical.size() != summary.dataSize) {
        //: data_size is a column of the database: keep it as it is
        why = Tr::tr("its canonical form has %1 bytes, but data_size records %2")
                  .arg(check.canonical.size())
                  .arg(summary.dataSize);
    } else {
        return VerifiedPayload{std::move(check.canonical), PayloadProof{}};
    }
    if (const auto &repair = evidence.repair) {
        auto repaired = provenRepair(engine, *repair, summary.checksum, summary.dataSize);
        if (repaired) {
            return VerifiedPayload{std::move(*repaired),
                                   PayloadProof{PayloadProof::Kind::Repaired, 0, 0, repair->by, repair->at}};
        }
        why += u"; "_s + repaired.error();
    }
    qCCritical(lcStore).noquote() << "integrity check failed for snapshot" << summary.id << ':' << why;
    //: %4: what is wrong with the stored data (a lowercase phrase)
    return Error{ErrorCode::IntegrityCheckFailed,
                 Tr::tr("Version %1 of report \"%2\" (snapshot %3) failed its integrity check: %4. The stored "
                        "data was changed outside Snapshot Auditor and cannot be trusted.")
                     .arg(summary.version)
                     .arg(summary.reportId, summary.id, why)};
}

} // namespace sa::core::Internal
