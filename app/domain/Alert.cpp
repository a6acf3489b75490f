#include "domain/Alert.h"

#include <QUuid>

namespace soc::domain {

QString alertUuid(const QByteArray& fingerprint)
{
    QByteArray b = fingerprint.left(16);
    b.resize(16, '\0');
    b[6] = static_cast<char>((b[6] & 0x0f) | 0x50); // version 5 style (name-based)
    b[8] = static_cast<char>((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

} // namespace soc::domain
