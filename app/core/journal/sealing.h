// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vaultstatus.h"

#include <QByteArray>
#include <QByteArrayView>

class SecretKey;

// How the vault seals bytes, shared by entries and the key check:
// XChaCha20-Poly1305 (IETF) with a fresh random nonce each time. A sealed value is
//   [format: 1 byte][nonce: 24 bytes][ciphertext and its 16-byte tag]
// and the format byte is also part of the associated data, so it cannot be changed.
namespace Sealing {

inline constexpr char format = 1;
inline constexpr qsizetype nonceBytes = 24; // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
inline constexpr qsizetype tagBytes = 16;   // crypto_aead_xchacha20poly1305_ietf_ABYTES
inline constexpr qsizetype overhead = 1 + nonceBytes + tagBytes;

// The sealed bytes; Locked when the key is empty, Failed when it cannot be read.
[[nodiscard]] VaultResult<QByteArray> seal(const SecretKey &key, QByteArrayView associatedData,
                                           QByteArrayView plain);
// Ok with the words in `plain`; Damaged when `sealed` is not what `key` sealed
// with `associatedData` (changed, cut short, another key); Locked or Failed as
// seal(). `plain` is empty unless Ok; the caller wipes it after use (wipe()).
[[nodiscard]] VaultStatus open(const SecretKey &key, QByteArrayView associatedData, QByteArrayView sealed,
                               QByteArray *plain);

// Overwrites the bytes in place with sodium_memzero (which the compiler
// keeps), then empties `bytes`. Only for bytes no other QByteArray shares.
void wipe(QByteArray &bytes);

} // namespace Sealing
