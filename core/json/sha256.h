#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <string_view>

namespace sa::core {

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions where present
// (about 10x QCryptographicHash on this hardware; see docs/benchmarks.md).
// Stateless and thread-safe.
using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(std::string_view bytes);
inline Sha256Digest sha256(const QByteArray &bytes)
{
    return sha256(std::string_view(bytes.constData(), std::size_t(bytes.size())));
}
// Lowercase hex, 64 characters: the form stored in report_snapshots.checksum.
QString toHex(const Sha256Digest &digest);
QString sha256Hex(const QByteArray &bytes);

} // namespace sa::core
