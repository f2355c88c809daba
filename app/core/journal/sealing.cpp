// SPDX-License-Identifier: GPL-3.0-or-later
#include "sealing.h"

#include "secretkey.h"

#include <sodium.h>

static_assert(Sealing::nonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(Sealing::tagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(SecretKey::size == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

namespace Sealing {

namespace {

// The format byte, then the caller's associated data.
QByteArray withFormat(QByteArrayView associatedData)
{
    QByteArray bytes(1, format);
    bytes.append(associatedData);
    return bytes;
}

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

} // namespace

VaultResult<QByteArray> seal(const SecretKey &key, QByteArrayView associatedData, QByteArrayView plain)
{
    if (key.isEmpty())
        return {VaultStatus::Locked, {}};
    const SecretKey::Reading reading(key);
    if (!reading.bytes())
        return {VaultStatus::Failed, {}};
    const QByteArray ad = withFormat(associatedData);
    QByteArray sealed(overhead + plain.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    out[0] = static_cast<unsigned char>(format);
    unsigned char *nonce = out + 1;
    randombytes_buf(nonce, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + nonceBytes, &written, bytesOf(plain),
                                               static_cast<unsigned long long>(plain.size()), bytesOf(ad),
                                               static_cast<unsigned long long>(ad.size()), nullptr, nonce,
                                               reading.bytes());
    Q_ASSERT(written == static_cast<unsigned long long>(plain.size() + tagBytes));
    return {VaultStatus::Ok, sealed};
}

VaultStatus open(const SecretKey &key, QByteArrayView associatedData, QByteArrayView sealed, QByteArray *plain)
{
    plain->clear();
    if (key.isEmpty())
        return VaultStatus::Locked;
    if (sealed.size() < overhead || sealed.front() != format)
        return VaultStatus::Damaged;
    const SecretKey::Reading reading(key);
    if (!reading.bytes())
        return VaultStatus::Failed;
    const QByteArray ad = withFormat(associatedData);
    const unsigned char *nonce = bytesOf(sealed) + 1;
    const unsigned char *cipher = nonce + nonceBytes;
    const auto cipherSize = static_cast<unsigned long long>(sealed.size() - 1 - nonceBytes);
    QByteArray opened(sealed.size() - overhead, Qt::Uninitialized);
    unsigned long long openedSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(opened.data()), &openedSize,
                                                   nullptr, cipher, cipherSize, bytesOf(ad),
                                                   static_cast<unsigned long long>(ad.size()), nonce,
                                                   reading.bytes())
        != 0) {
        wipe(opened); // libsodium clears it on failure too; cheap to be sure
        return VaultStatus::Damaged;
    }
    Q_ASSERT(openedSize == static_cast<unsigned long long>(opened.size()));
    *plain = std::move(opened);
    return VaultStatus::Ok;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace Sealing
