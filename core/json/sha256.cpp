#include "sha256.h"

#include <openssl/evp.h>

#include <cassert>

namespace sa::core {

Sha256Digest sha256(std::string_view bytes)
{
    Sha256Digest digest{};
    unsigned int length = 0;
    [[maybe_unused]] const int ok = EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length,
                                               EVP_sha256(), nullptr);
    assert(ok == 1 && length == digest.size());
    return digest;
}

QString toHex(const Sha256Digest &digest)
{
    const QByteArray raw(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
    return QString::fromLatin1(raw.toHex());
}

QString sha256Hex(const QByteArray &bytes)
{
    return toHex(sha256(bytes));
}

} // namespace sa::core
