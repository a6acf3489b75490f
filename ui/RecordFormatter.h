#pragma once

#include <QByteArray>
#include <QString>

namespace soc::ui {

// The original record for display: JSON is indented without re-encoding it (key order, number
// spelling and escapes stay exactly as the sensor wrote them — QJsonDocument would reorder keys
// and round 64-bit flow ids); anything else (CEF, syslog) is shown as is.
class RecordFormatter {
public:
    static QString pretty(const QByteArray& raw);
    static QString indentJson(const QByteArray& json);
};

} // namespace soc::ui
