// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

// libsodium, initialised once for the whole program (thread-safe). False when
// it cannot be used; nothing may then be sealed or opened.
[[nodiscard]] bool sodiumReady();

// A key in memory of its own: allocated by sodium_malloc (locked so it is never
// swapped, left out of core dumps, guard pages on either side), readable only
// while a Reading is alive, wiped with sodium_memzero when cleared or
// destroyed. Never copied; moving hands the memory over.
class SecretKey
{
public:
    static constexpr std::size_t size = 32;

    SecretKey() = default;
    ~SecretKey();
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;
    SecretKey(SecretKey &&other) noexcept;
    SecretKey &operator=(SecretKey &&other) noexcept;

    // Fresh key memory, writable once through fill() and closed afterwards.
    // False when the memory could not be had (the key stays empty).
    bool allocate();
    // Lets `write` fill the key's `size` bytes, then closes the memory again.
    // When that fails the key is wiped and cleared.
    template<typename Write>
    bool fill(Write write)
    {
        if (!m_bytes)
            return false;
        if (!openForWriting()) {
            clear();
            return false;
        }
        const bool written = write(m_bytes);
        close();
        if (!written)
            clear();
        return written;
    }
    [[nodiscard]] bool isEmpty() const { return m_bytes == nullptr; }
    // Wipes the key and gives its memory back.
    void clear();

    // The key's bytes, readable for as long as this lives.
    class Reading
    {
    public:
        explicit Reading(const SecretKey &key);
        ~Reading();
        Reading(const Reading &) = delete;
        Reading &operator=(const Reading &) = delete;

        // Null when the key is empty or its memory could not be opened.
        [[nodiscard]] const unsigned char *bytes() const { return m_bytes; }

    private:
        const SecretKey &m_key;
        const unsigned char *m_bytes = nullptr;
    };

private:
    bool openForWriting();
    void close() const;

    unsigned char *m_bytes = nullptr;
};
