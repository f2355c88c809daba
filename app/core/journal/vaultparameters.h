// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vaultstatus.h"

#include <QByteArray>
#include <QByteArrayView>

class SecretKey;

// What a locked journal keeps beside its sealed entries so that its
// passphrase can make its key again: how the key was derived (Argon2id, its
// limits and salt) and a check, a known text sealed with the key, which tells
// a wrong passphrase from damaged entries. Never the passphrase, never the key.
struct VaultParameters
{
    static constexpr int currentFormat = 1;

    int format = currentFormat;
    int algorithm = 0;     // crypto_pwhash_ALG_ARGON2ID13
    quint64 opsLimit = 0;  // Argon2id passes
    quint64 memLimit = 0;  // bytes of memory Argon2id uses
    QByteArray salt;       // crypto_pwhash_SALTBYTES random bytes
    QByteArray check;      // sealed as an entry is, with its own associated data

    // The strongest limits a stored record may ask for: a changed record must
    // not make an unlock run for minutes or take all the memory.
    static constexpr quint64 maxOpsLimit = 4;             // crypto_pwhash_OPSLIMIT_SENSITIVE
    static constexpr quint64 maxMemLimit = 1024ull << 20; // crypto_pwhash_MEMLIMIT_SENSITIVE
    // True when this format, algorithm and limits are ones Hearth writes or
    // accepts, and the salt and check have their sizes.
    [[nodiscard]] bool isSupported() const;

    // Seals a fresh check with `key`: Ok, or Failed when the key cannot be read.
    [[nodiscard]] VaultStatus sealCheck(const SecretKey &key);
    // Ok when the check opens with `key` (the passphrase that made the key is
    // right), WrongPassphrase when it does not, Failed when the key cannot be read.
    [[nodiscard]] VaultStatus tryKey(const SecretKey &key) const;

    // One record to store, with a digest of itself, so that damage to the
    // record is told apart from a wrong passphrase (which fromBytes() cannot see).
    [[nodiscard]] QByteArray toBytes() const;
    // Damaged when the record was changed or cut short, or is not supported.
    [[nodiscard]] static VaultResult<VaultParameters> fromBytes(QByteArrayView bytes);

    friend bool operator==(const VaultParameters &, const VaultParameters &) = default;
};
