#pragma once

#include <QByteArray>
#include <random>

class QIODevice;

namespace soc::ingest {

// Writes a realistic, deterministic demo scenario as the sensors themselves would: Suricata EVE
// lines, Wazuh alerts.json lines and CEF syslog lines, for a provincial network (agencies in
// 10.x ranges, attackers outside). The story: SSH brute force on an SFTP server, defacement of the
// provincial portal, malware beaconing from a workstation, ransomware at a hospital file server,
// and everyday noise. Same seed, count and end time give the same bytes.
class DemoGenerator {
public:
    enum class Mix { Scenario, SuricataOnly };

    DemoGenerator(qint64 untilMs, qint64 total, Mix mix = Mix::Scenario, quint64 seed = 20261121);
    // Writes alerts [first, first + count) of the total into the three devices.
    void write(qint64 first, qint64 count, QIODevice& suricata, QIODevice& wazuh, QIODevice& cef);

private:
    struct Event;
    Event pick(qint64 index);
    qint64 timeOf(qint64 index);
    QByteArray suricataLine(const Event& e, qint64 index, qint64 ms);
    QByteArray wazuhLine(const Event& e, qint64 index, qint64 ms);
    QByteArray cefLine(const Event& e, qint64 index, qint64 ms);

    qint64 m_untilMs;
    qint64 m_total;
    Mix m_mix;
    std::mt19937_64 m_rng;
};

} // namespace soc::ingest
