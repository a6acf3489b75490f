#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <vector>

namespace soc::security {

// Bytes that must not outlive their use: keys, passwords. Wiped with OPENSSL_cleanse when
// destroyed or cleared; never copied implicitly, never printed.
class SecretBuffer {
public:
    SecretBuffer() = default;
    explicit SecretBuffer(std::size_t size);
    SecretBuffer(const char* data, std::size_t size);
    ~SecretBuffer();
    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;

    // Takes the UTF-8 of a password typed by the user; the caller should drop its copy.
    static SecretBuffer fromUtf8(const QString& text);
    // Moves the bytes out of `bytes` and wipes the original.
    static SecretBuffer takeFrom(QByteArray& bytes);

    [[nodiscard]] SecretBuffer clone() const;
    [[nodiscard]] unsigned char* data() { return m_bytes.data(); }
    [[nodiscard]] const unsigned char* data() const { return m_bytes.data(); }
    [[nodiscard]] const char* chars() const { return reinterpret_cast<const char*>(m_bytes.data()); }
    [[nodiscard]] std::size_t size() const { return m_bytes.size(); }
    [[nodiscard]] bool isEmpty() const { return m_bytes.empty(); }
    void clear();
    // Lower-case hex of the bytes, itself secret.
    [[nodiscard]] SecretBuffer toHex() const;

private:
    std::vector<unsigned char> m_bytes;
};

} // namespace soc::security
