#include "domain/SocTimeZone.h"

namespace soc::domain {

const QTimeZone& socTimeZone()
{
    static const QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")).isValid()
                                      ? QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))
                                      : QTimeZone(7 * 3600);
    return zone;
}

} // namespace soc::domain
