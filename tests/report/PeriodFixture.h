#pragma once

#include "IncidentSeed.h"
#include "TestSupport.h"
#include "domain/Clock.h"
#include "domain/PeriodStatistics.h"
#include "store/AlertRepository.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/Session.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace soc::test {

// A workspace with alerts and incidents in two consecutive quarters, Q2 and Q3 2026 (+07:00), and
// nothing else: the quarterly report of Q3 compares with Q2, Mẫu 05 for the second half of 2026
// (which holds only Q3) with the first half (only Q2). The golden figures are worked out by hand
// in the comments; one agency name is entered decomposed (NFD), as some keyboards send it.
struct PeriodFixture {
    static qint64 vn(int y, int mo, int d, int h = 0, int mi = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
    }
    static domain::ReportPeriod quarter()
    {
        return domain::ReportPeriod::containing(domain::PeriodPreset::Quarterly, QDate(2026, 8, 1));
    }
    static domain::ReportPeriod halfYear()
    {
        return domain::ReportPeriod::containing(domain::PeriodPreset::HalfYear, QDate(2026, 8, 1));
    }
    static QString health() { return QStringLiteral("Sở Y tế"); }
    static QString signature() { return QStringLiteral("ET SCAN Dò quét mật khẩu SSH"); }
    static constexpr qint64 kMinute = 60'000;

    QTemporaryDir dir;
    std::unique_ptr<store::Session> session;
    domain::FixedClock clock{vn(2026, 4, 1)};
    int serial = 0;

    store::Database& db() { return session->database(); }

    void seed()
    {
        session = createWorkspace(dir.path());
        seedAlerts();
        seedIncidents();
    }

private:
    struct AlertSpec {
        qint64 at;
        domain::Severity severity;
        const char* subsystem;
        const char* signatureId;
        QString signature;
        const char* srcIp;
        qint64 acknowledgedAfterMs = 0;
    };

    void addAlert(const AlertSpec& s)
    {
        domain::Alert a;
        a.source = QStringLiteral("test");
        a.subsystem = QString::fromUtf8(s.subsystem);
        a.detectedAtMs = s.at;
        a.severity = s.severity;
        a.signatureId = QString::fromUtf8(s.signatureId);
        a.signature = s.signature;
        a.srcIp = QString::fromUtf8(s.srcIp);
        if (s.acknowledgedAfterMs > 0) {
            a.status = domain::AlertStatus::Acknowledged;
            a.statusAtMs = s.at + s.acknowledgedAfterMs;
            a.statusBy = QStringLiteral("admin");
        }
        a.raw = "{\"n\":" + QByteArray::number(++serial) + "}";
        a.fingerprint = QCryptographicHash::hash(a.raw, QCryptographicHash::Sha256);
        store::AlertRepository(db()).insert(a, s.at);
    }

    void seedAlerts()
    {
        using S = domain::Severity;
        const QString sql = QStringLiteral("SQL injection");
        const QString brute = QStringLiteral("sshd brute force");
        const QString beacon = QStringLiteral("ET MALWARE Ransomware beacon");
        const std::vector<AlertSpec> alerts{
            // Q3: Thấp 3, Trung bình 5, Cao 2, Khẩn cấp 1 = 11; NSM 5, WAF 3, HIDS 2, Tường lửa 1;
            // acknowledged after 30 min, 2 h and 4 h 15 min: mean 2 h 15 min.
            {vn(2026, 7, 2, 8), S::Low, "NSM", "2001", signature(), "203.0.113.5", 30 * kMinute},
            {vn(2026, 7, 3, 8), S::Low, "NSM", "2001", signature(), "203.0.113.5"},
            {vn(2026, 7, 5, 8), S::Low, "Tường lửa", "100", QStringLiteral("Chặn kết nối"), ""},
            {vn(2026, 7, 10, 8), S::Medium, "NSM", "2001", signature(), "203.0.113.5", 120 * kMinute},
            {vn(2026, 7, 11, 8), S::Medium, "NSM", "2001", signature(), "203.0.113.5"},
            {vn(2026, 8, 1, 8), S::Medium, "WAF", "", sql, "198.51.100.7"},
            {vn(2026, 8, 2, 8), S::Medium, "WAF", "", sql, "198.51.100.7", 255 * kMinute},
            {vn(2026, 8, 3, 8), S::Medium, "WAF", "", sql, "198.51.100.7"},
            {vn(2026, 9, 1, 8), S::High, "HIDS", "5712", brute, "192.0.2.10"},
            {vn(2026, 9, 2, 8), S::High, "HIDS", "5712", brute, "192.0.2.10"},
            {vn(2026, 9, 3, 8), S::Emergency, "NSM", "2002", beacon, "10.1.1.1"},
            // Q2: Thấp 2, Trung bình 2, Cao 3, Khẩn cấp 1 = 8; acknowledged after 10 and 50 min: 30 min.
            {vn(2026, 4, 2, 8), S::Low, "NSM", "2001", signature(), "203.0.113.5", 10 * kMinute},
            {vn(2026, 4, 3, 8), S::Low, "NSM", "2001", signature(), "203.0.113.5"},
            {vn(2026, 5, 1, 8), S::Medium, "WAF", "", sql, "198.51.100.7", 50 * kMinute},
            {vn(2026, 5, 2, 8), S::Medium, "WAF", "", sql, "198.51.100.7"},
            {vn(2026, 6, 1, 8), S::High, "HIDS", "5712", brute, "192.0.2.10"},
            {vn(2026, 6, 2, 8), S::High, "HIDS", "5712", brute, "192.0.2.10"},
            {vn(2026, 6, 3, 8), S::High, "HIDS", "5712", brute, "192.0.2.10"},
            {vn(2026, 6, 4, 8), S::Emergency, "NSM", "2002", beacon, "10.1.1.1"},
        };
        store::Transaction tx(db());
        for (const AlertSpec& a : alerts)
            addAlert(a);
        tx.commit();
    }


    void addIncident(const IncidentSeed& s)
    {
        seedIncident(db(), clock, s, QStringLiteral("Sự cố loại %1").arg(s.type), 10 * kMinute);
    }

    void seedIncidents()
    {
        using H = domain::IncidentHandling;
        using S = domain::Severity;
        // Q3: type 4 twice (in-house 50 M; other organisations, support requested, 200 M) and type 3
        // once (foreign help, 12.5 M): total 3, 1 / 1 / 1, 1 support, 262,500,000 VND. Resolved after
        // 4 h and 30 h 30 min: mean 17 h 15 min.
        addIncident({4,
                     S::High,
                     health().normalized(QString::NormalizationForm_D),
                     H::InHouse,
                     false,
                     50'000'000,
                     {},
                     vn(2026, 7, 10, 9),
                     0,
                     vn(2026, 7, 10, 13)});
        addIncident({4, S::Emergency, QStringLiteral("Bệnh viện Đa khoa tỉnh"), H::WithOtherOrganisations, true,
                     200'000'000, QStringLiteral("Công an tỉnh; VNCERT/CC"), vn(2026, 8, 1, 8), 0,
                     vn(2026, 8, 2, 14, 30)});
        addIncident({3, S::Medium, health(), H::WithForeignOrganisations, false, 12'500'000,
                     QStringLiteral("Công ty An ninh mạng X"), vn(2026, 9, 15, 14)});
        // Q2: types 2 and 10, none resolved (no mean time to resolve), 1,000,000 VND.
        addIncident({2, S::Low, QStringLiteral("Sở Tài chính"), H::InHouse, false, 0, {}, vn(2026, 5, 10, 9)});
        addIncident({10, S::Medium, QStringLiteral("Ủy ban nhân dân tỉnh"), H::WithOtherOrganisations, true, 1'000'000,
                     QStringLiteral("Công an tỉnh"), vn(2026, 6, 1, 10)});
    }
};

} // namespace soc::test
