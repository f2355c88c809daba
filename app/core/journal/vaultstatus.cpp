// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultstatus.h"

#include <QCoreApplication>

QString describe(VaultStatus status)
{
    switch (status) {
    case VaultStatus::Ok:
        return {};
    case VaultStatus::Locked:
        return QCoreApplication::translate("JournalVault", "This journal is locked. Its passphrase opens it.");
    case VaultStatus::WrongPassphrase:
        return QCoreApplication::translate("JournalVault",
                                           "That passphrase does not open this journal. Nothing was changed, "
                                           "and you can try again.");
    case VaultStatus::Damaged:
        return QCoreApplication::translate("JournalVault",
                                           "This part of the journal was changed or cut short on disk since it "
                                           "was locked, so it cannot be opened. This is not about your passphrase.");
    case VaultStatus::Failed:
        return QCoreApplication::translate("JournalVault",
                                           "Hearth could not work with the lock just now, perhaps for lack of "
                                           "memory. Nothing was changed.");
    }
    return {};
}
