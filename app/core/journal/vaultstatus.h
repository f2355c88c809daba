// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How a call to the journal's vault went: decide by the status, show
// describe(status) to the person. The vault reports every failure this way.
enum class VaultStatus {
    Ok,
    Locked,          // no key in memory: unlock with the passphrase first
    WrongPassphrase, // the passphrase does not open this journal; nothing is damaged
    Damaged,         // the stored bytes were changed or cut short since they were sealed
    Failed,          // the computer could not do it now (short of memory, no libsodium)
};

// A status and, when it is Ok, the value the call made.
template<typename T>
struct VaultResult
{
    VaultStatus status = VaultStatus::Failed;
    T value {};

    [[nodiscard]] bool ok() const { return status == VaultStatus::Ok; }
};

// The sentence for the person, translated ("JournalVault" context). Empty for Ok.
[[nodiscard]] QString describe(VaultStatus status);
