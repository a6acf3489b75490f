#include "security/SecretBuffer.h"

#include <openssl/crypto.h>

#include <cstring>
#include <utility>

namespace soc::security {

SecretBuffer::SecretBuffer(std::size_t size)
    : m_bytes(size, 0)
{
}

SecretBuffer::SecretBuffer(const char* data, std::size_t size)
    : m_bytes(size)
{
    if (size)
        std::memcpy(m_bytes.data(), data, size);
}

SecretBuffer::~SecretBuffer() { clear(); }

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecretBuffer SecretBuffer::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

SecretBuffer SecretBuffer::takeFrom(QByteArray& bytes)
{
    SecretBuffer s(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
    return s;
}

SecretBuffer SecretBuffer::clone() const
{
    return SecretBuffer(chars(), size());
}

void SecretBuffer::clear()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

SecretBuffer SecretBuffer::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecretBuffer hex(m_bytes.size() * 2);
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        hex.m_bytes[2 * i] = static_cast<unsigned char>(digits[m_bytes[i] >> 4]);
        hex.m_bytes[2 * i + 1] = static_cast<unsigned char>(digits[m_bytes[i] & 0x0f]);
    }
    return hex;
}

} // namespace soc::security
