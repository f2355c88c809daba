// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretkey.h"
#include "vaultparameters.h"
#include "vaultstatus.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// An entry as stored while its journal is locked.
struct SealedEntry
{
    qint64 id = 0;
    QByteArray sealed;

    friend bool operator==(const SealedEntry &, const SealedEntry &) = default;
};

// The key of one locked journal, and what it does: seal an entry's words so
// that only the passphrase opens them, and open them again. The key is made
// from the passphrase with Argon2id and lives only in SecretKey memory, from
// unlock() (or create()) to lock(); the passphrase is never kept. Each entry
// is sealed with XChaCha20-Poly1305, a fresh random nonce, and the entry's id
// in the associated data, so words moved to another entry do not open.
// Not for several threads at once.
class JournalVault
{
public:
    struct Rekeyed;

    JournalVault() = default; // locked
    JournalVault(JournalVault &&) noexcept = default;
    JournalVault &operator=(JournalVault &&) noexcept = default;

    // A new lock for `passphrase`: a fresh random salt, the key, a sealed
    // check. On Ok the vault is unlocked and the caller stores the parameters
    // (VaultParameters::toBytes()). Failed when memory ran short. Any key
    // held before is wiped first.
    [[nodiscard]] VaultResult<VaultParameters> create(const QString &passphrase);
    // Ok, WrongPassphrase (the check does not open), Damaged (parameters
    // Hearth does not write), or Failed. Any key held before is wiped first.
    [[nodiscard]] VaultStatus unlock(const VaultParameters &parameters, const QString &passphrase);
    // Wipes the key. Sealing and opening say Locked until the next unlock.
    void lock() { m_key.clear(); }
    [[nodiscard]] bool isUnlocked() const { return !m_key.isEmpty(); }

    // The words sealed for entry `entryId`, to store as they are. Locked, or Failed.
    [[nodiscard]] VaultResult<QByteArray> seal(qint64 entryId, const QString &text) const;
    // Entry `entryId`'s words. Damaged when `sealed` was changed, cut short,
    // or sealed for another entry or with another key; Locked when locked.
    [[nodiscard]] VaultResult<QString> open(qint64 entryId, QByteArrayView sealed) const;

    // A new passphrase: new parameters, every entry sealed again with the new
    // key, and a vault holding that key. All or nothing: Damaged when any
    // entry does not open (then nothing is returned). This vault and the
    // stored entries are unchanged, so the caller writes the result in one
    // transaction and only then takes the new vault.
    [[nodiscard]] VaultResult<Rekeyed> rekey(const QString &newPassphrase, const QList<SealedEntry> &entries) const;

private:
    SecretKey m_key;
};

struct JournalVault::Rekeyed
{
    VaultParameters parameters;
    QList<SealedEntry> entries; // in the order given
    JournalVault vault;         // unlocked with the new key
};
