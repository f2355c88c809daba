// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalvault.h"

#include "sealing.h"

#include <QtEndian>

#include <sodium.h>

namespace {

// An entry's associated data: what it is (a journal entry, in this format:
// Sealing adds the format byte) and which one (its id, 8 bytes big-endian).
// The check's purpose (vaultparameters.cpp) differs, so neither passes for the other.
QByteArray entryData(qint64 entryId)
{
    QByteArray data("hearth.journal.entry");
    char id[8];
    qToBigEndian(entryId, id);
    data.append(id, 8);
    return data;
}

// Argon2id over the passphrase (as UTF-8 in Unicode's composed form, so "é"
// typed as one character or as e and an accent is the same passphrase)
// into fresh key memory. False when memory ran short.
bool deriveKey(SecretKey &key, const VaultParameters &parameters, const QString &passphrase)
{
    QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    const bool derived = key.allocate() && key.fill([&](unsigned char *out) {
        return crypto_pwhash(out, SecretKey::size, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                             reinterpret_cast<const unsigned char *>(parameters.salt.constData()),
                             parameters.opsLimit, static_cast<size_t>(parameters.memLimit), parameters.algorithm)
            == 0;
    });
    Sealing::wipe(utf8);
    return derived;
}

} // namespace

VaultResult<VaultParameters> JournalVault::create(const QString &passphrase)
{
    lock();
    if (!sodiumReady())
        return {VaultStatus::Failed, {}};
    VaultParameters parameters;
    parameters.algorithm = crypto_pwhash_ALG_ARGON2ID13;
    parameters.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    parameters.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    parameters.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(parameters.salt.data(), crypto_pwhash_SALTBYTES);

    SecretKey key;
    if (!deriveKey(key, parameters, passphrase))
        return {VaultStatus::Failed, {}};
    if (const VaultStatus sealed = parameters.sealCheck(key); sealed != VaultStatus::Ok)
        return {sealed, {}};
    Q_ASSERT(parameters.isSupported());
    m_key = std::move(key);
    return {VaultStatus::Ok, std::move(parameters)};
}

VaultStatus JournalVault::unlock(const VaultParameters &parameters, const QString &passphrase)
{
    lock();
    if (!sodiumReady())
        return VaultStatus::Failed;
    // Checked before deriving: a changed record must not set the cost.
    if (!parameters.isSupported())
        return VaultStatus::Damaged;
    SecretKey key;
    if (!deriveKey(key, parameters, passphrase))
        return VaultStatus::Failed;
    if (const VaultStatus tried = parameters.tryKey(key); tried != VaultStatus::Ok)
        return tried;
    m_key = std::move(key);
    return VaultStatus::Ok;
}

VaultResult<QByteArray> JournalVault::seal(qint64 entryId, const QString &text) const
{
    QByteArray plain = text.toUtf8();
    VaultResult<QByteArray> sealed = Sealing::seal(m_key, entryData(entryId), plain);
    Sealing::wipe(plain);
    return sealed;
}

VaultResult<QString> JournalVault::open(qint64 entryId, QByteArrayView sealed) const
{
    QByteArray plain;
    const VaultStatus status = Sealing::open(m_key, entryData(entryId), sealed, &plain);
    if (status != VaultStatus::Ok)
        return {status, {}};
    QString text = QString::fromUtf8(plain);
    Sealing::wipe(plain);
    return {VaultStatus::Ok, std::move(text)};
}

VaultResult<JournalVault::Rekeyed> JournalVault::rekey(const QString &newPassphrase,
                                                       const QList<SealedEntry> &entries) const
{
    if (!isUnlocked())
        return {VaultStatus::Locked, {}};
    Rekeyed rekeyed;
    VaultResult<VaultParameters> created = rekeyed.vault.create(newPassphrase);
    if (!created.ok())
        return {created.status, {}};
    rekeyed.parameters = std::move(created.value);
    rekeyed.entries.reserve(entries.size());
    for (const SealedEntry &entry : entries) {
        // The words go from one seal to the other as bytes only, wiped after.
        QByteArray plain;
        const QByteArray data = entryData(entry.id);
        if (const VaultStatus opened = Sealing::open(m_key, data, entry.sealed, &plain); opened != VaultStatus::Ok)
            return {opened, {}};
        VaultResult<QByteArray> resealed = Sealing::seal(rekeyed.vault.m_key, data, plain);
        Sealing::wipe(plain);
        if (!resealed.ok())
            return {resealed.status, {}};
        rekeyed.entries.append({entry.id, std::move(resealed.value)});
    }
    return {VaultStatus::Ok, std::move(rekeyed)};
}
