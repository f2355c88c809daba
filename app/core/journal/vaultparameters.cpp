// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultparameters.h"

#include "sealing.h"
#include "secretkey.h"

#include <QtEndian>

#include <sodium.h>

static_assert(VaultParameters::maxOpsLimit == crypto_pwhash_OPSLIMIT_SENSITIVE);
static_assert(VaultParameters::maxMemLimit == crypto_pwhash_MEMLIMIT_SENSITIVE);

namespace {

// The record: format (1 byte), algorithm (1), opsLimit (8, big-endian),
// memLimit (8), salt, check, then a BLAKE2b digest of all that.
constexpr qsizetype saltBytes = crypto_pwhash_SALTBYTES;
// What the check seals: any known text would do. Its associated data differs
// from every entry's (see journalvault.cpp), so an entry never passes for it.
constexpr QByteArrayView checkText = "Hearth key check";
constexpr QByteArrayView checkPurpose = "hearth.journal.check";
constexpr qsizetype checkBytes = Sealing::overhead + checkText.size();
constexpr qsizetype digestBytes = crypto_generichash_BYTES;
constexpr qsizetype recordBytes = 1 + 1 + 8 + 8 + saltBytes + checkBytes + digestBytes;

QByteArray digestOf(QByteArrayView bytes)
{
    QByteArray digest(digestBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), digestBytes,
                       reinterpret_cast<const unsigned char *>(bytes.data()),
                       static_cast<unsigned long long>(bytes.size()), nullptr, 0);
    return digest;
}

void appendBigEndian(QByteArray &bytes, quint64 value)
{
    char buffer[8];
    qToBigEndian(value, buffer);
    bytes.append(buffer, 8);
}

} // namespace

bool VaultParameters::isSupported() const
{
    return format == currentFormat && algorithm == crypto_pwhash_ALG_ARGON2ID13
        && opsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE && opsLimit <= maxOpsLimit
        && memLimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE && memLimit <= maxMemLimit && salt.size() == saltBytes
        && check.size() == checkBytes;
}

VaultStatus VaultParameters::sealCheck(const SecretKey &key)
{
    VaultResult<QByteArray> sealed = Sealing::seal(key, checkPurpose, checkText);
    check = std::move(sealed.value);
    return sealed.status;
}

VaultStatus VaultParameters::tryKey(const SecretKey &key) const
{
    QByteArray opened;
    const VaultStatus status = Sealing::open(key, checkPurpose, check, &opened);
    const bool right = status == VaultStatus::Ok && opened == checkText;
    Sealing::wipe(opened);
    if (right)
        return VaultStatus::Ok;
    // A check that does not open with this key was sealed with another:
    // fromBytes() has already told damage to the record apart.
    return status == VaultStatus::Damaged || status == VaultStatus::Ok ? VaultStatus::WrongPassphrase : status;
}

QByteArray VaultParameters::toBytes() const
{
    Q_ASSERT(isSupported());
    QByteArray bytes;
    bytes.reserve(recordBytes);
    bytes.append(static_cast<char>(format));
    bytes.append(static_cast<char>(algorithm));
    appendBigEndian(bytes, opsLimit);
    appendBigEndian(bytes, memLimit);
    bytes.append(salt);
    bytes.append(check);
    bytes.append(digestOf(bytes));
    return bytes;
}

VaultResult<VaultParameters> VaultParameters::fromBytes(QByteArrayView bytes)
{
    if (!sodiumReady())
        return {VaultStatus::Failed, {}};
    if (bytes.size() != recordBytes)
        return {VaultStatus::Damaged, {}};
    const QByteArrayView body = bytes.first(recordBytes - digestBytes);
    if (sodium_memcmp(digestOf(body).constData(), bytes.sliced(body.size()).data(), digestBytes) != 0)
        return {VaultStatus::Damaged, {}};

    VaultParameters parameters;
    parameters.format = static_cast<unsigned char>(body.at(0));
    parameters.algorithm = static_cast<unsigned char>(body.at(1));
    parameters.opsLimit = qFromBigEndian<quint64>(body.data() + 2);
    parameters.memLimit = qFromBigEndian<quint64>(body.data() + 10);
    parameters.salt = body.sliced(18, saltBytes).toByteArray();
    parameters.check = body.sliced(18 + saltBytes, checkBytes).toByteArray();
    if (!parameters.isSupported())
        return {VaultStatus::Damaged, {}};
    return {VaultStatus::Ok, std::move(parameters)};
}
