// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretkey.h"

#include <sodium.h>

#include <utility>

bool sodiumReady()
{
    // sodium_init() is itself safe to call from several threads; the static
    // keeps it to once. It returns 1 when it was already initialised.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecretKey::~SecretKey()
{
    clear();
}

SecretKey::SecretKey(SecretKey &&other) noexcept : m_bytes(std::exchange(other.m_bytes, nullptr)) {}

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::exchange(other.m_bytes, nullptr);
    }
    return *this;
}

bool SecretKey::allocate()
{
    clear();
    if (!sodiumReady())
        return false;
    m_bytes = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_bytes)
        return false;
    close();
    return true;
}

void SecretKey::clear()
{
    if (!m_bytes)
        return;
    // Wiped here, not only by sodium_free, so the wipe does not depend on it.
    sodium_mprotect_readwrite(m_bytes);
    sodium_memzero(m_bytes, size);
    sodium_free(m_bytes);
    m_bytes = nullptr;
}

bool SecretKey::openForWriting()
{
    return sodium_mprotect_readwrite(m_bytes) == 0;
}

void SecretKey::close() const
{
    // Between uses no code may read the key, even by a stray pointer.
    sodium_mprotect_noaccess(m_bytes);
}

SecretKey::Reading::Reading(const SecretKey &key) : m_key(key)
{
    if (key.m_bytes && sodium_mprotect_readonly(key.m_bytes) == 0)
        m_bytes = key.m_bytes;
}

SecretKey::Reading::~Reading()
{
    if (m_bytes)
        m_key.close();
}
