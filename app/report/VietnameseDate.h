#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace soc::report {

// Dates and times as Vietnamese documents write them, in Asia/Ho_Chi_Minh.
class VietnameseDate {
public:
    // NĐ 30: "Bến Tre, ngày 05 tháng 01 năm 2026"; days below 10 and months 1-2 get a leading zero.
    static QString placeDateLine(const QString& place, const QDate& date);
    static QString dateLine(const QDate& date); // "ngày 05 tháng 01 năm 2026"
    static QDateTime local(qint64 ms);            // in Asia/Ho_Chi_Minh
    static QString date(qint64 ms);                // "05/01/2026"; empty for 0
    static QString dateTime(qint64 ms);            // "14:05 ngày 05/01/2026"; empty for 0
    static QString hourMinute(qint64 ms);          // "14 giờ 05 phút"; empty for 0
};

} // namespace soc::report
