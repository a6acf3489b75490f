#include "ingest/DemoGenerator.h"

#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QTimeZone>

#include <array>

namespace soc::ingest {
namespace {

enum class Fmt { Suricata, Wazuh, Cef };
enum class Flow { AttackerToServer, WorkstationToInternet, Internal, OnHost };

struct Template {
    Fmt fmt;
    const char* id;        // sid, Wazuh rule id or CEF signature id
    const char* name;
    const char* category;  // Suricata category, Wazuh groups (comma separated) or CEF vendor|product
    int level;             // Suricata severity 1-3, Wazuh level 0-15 or CEF severity 0-10
    const char* mitre;     // technique id or ""
    Flow flow;
    int dstPort;
    const char* proto;
    int scenario;          // 0 = everyday noise, 1..4 = the story's episodes
};

// The story's episodes and the everyday noise around them.
constexpr std::array kTemplates{
    // 1: SSH brute force on the provincial SFTP server
    Template{Fmt::Suricata, "2001219", "ET SCAN Potential SSH Scan", "Attempted Information Leak", 2, "T1110", Flow::AttackerToServer, 22, "TCP", 1},
    Template{Fmt::Wazuh, "5710", "sshd: Attempt to login using a non-existent user", "syslog,sshd,authentication_failed", 5, "T1110", Flow::AttackerToServer, 22, "TCP", 1},
    Template{Fmt::Wazuh, "5712", "sshd: brute force trying to get access to the system. Non existent user.", "syslog,sshd,authentication_failures", 10, "T1110", Flow::AttackerToServer, 22, "TCP", 1},
    // 2: defacement of the provincial portal
    Template{Fmt::Suricata, "2016683", "ET WEB_SERVER WebShell Generic - wget http - POST", "Potentially Bad Traffic", 1, "T1505.003", Flow::AttackerToServer, 443, "TCP", 2},
    Template{Fmt::Cef, "981173", "SQL Injection Attack Detected via libinjection", "ModSecurity|ModSecurity WAF", 8, "T1190", Flow::AttackerToServer, 443, "TCP", 2},
    Template{Fmt::Wazuh, "550", "Integrity checksum changed.", "ossec,syscheck,syscheck_entry_modified,syscheck_file", 7, "T1565.001", Flow::OnHost, 0, "", 2},
    Template{Fmt::Wazuh, "100310", "Web defacement: index page of the portal replaced", "web,defacement,syscheck", 14, "T1491.002", Flow::OnHost, 0, "", 2},
    // 3: malware beaconing from an education-department workstation
    Template{Fmt::Suricata, "2027082", "ET MALWARE Cobalt Strike Beacon Observed", "A Network Trojan was detected", 1, "T1071.001", Flow::WorkstationToInternet, 443, "TCP", 3},
    Template{Fmt::Suricata, "2023883", "ET DNS Query to a *.top domain - Likely Hostile", "Potentially Bad Traffic", 2, "T1568.002", Flow::WorkstationToInternet, 53, "UDP", 3},
    // 4: ransomware on the hospital's file server
    Template{Fmt::Cef, "ransomware.behaviour", "Ransomware behaviour detected: mass file encryption", "Trellix|Endpoint Security", 10, "T1486", Flow::OnHost, 0, "", 4},
    Template{Fmt::Wazuh, "100201", "Ransomware: mass file rename with encrypted extension", "ransomware,syscheck", 15, "T1486", Flow::OnHost, 0, "", 4},
    Template{Fmt::Suricata, "2025700", "ET POLICY SMB2 NT Create AndX Request For an Executable File", "Potential Corporate Privacy Violation", 2, "T1021.002", Flow::Internal, 445, "TCP", 4},
    // everyday noise
    Template{Fmt::Suricata, "2013028", "ET POLICY curl User-Agent Outbound", "Attempted Information Leak", 3, "", Flow::WorkstationToInternet, 80, "TCP", 0},
    Template{Fmt::Suricata, "2100366", "GPL ICMP_INFO PING *NIX", "Misc activity", 3, "", Flow::Internal, 0, "ICMP", 0},
    Template{Fmt::Suricata, "2027390", "ET INFO Observed DNS Query to .cloud TLD", "Potentially Bad Traffic", 3, "", Flow::WorkstationToInternet, 53, "UDP", 0},
    Template{Fmt::Suricata, "2010935", "ET SCAN Suspicious inbound to MSSQL port 1433", "Potentially Bad Traffic", 2, "T1046", Flow::AttackerToServer, 1433, "TCP", 0},
    Template{Fmt::Suricata, "2024897", "ET USER_AGENTS Go HTTP Client User-Agent", "Misc activity", 3, "", Flow::AttackerToServer, 80, "TCP", 0},
    Template{Fmt::Wazuh, "5502", "PAM: Login session closed.", "pam,syslog", 3, "", Flow::OnHost, 0, "", 0},
    Template{Fmt::Wazuh, "31101", "Web server 400 error code.", "web,accesslog,attack", 5, "T1595.002", Flow::AttackerToServer, 443, "TCP", 0},
    Template{Fmt::Wazuh, "60122", "Logon Failure - Unknown user or bad password", "windows,windows_security,authentication_failed", 5, "T1078", Flow::Internal, 445, "TCP", 0},
    Template{Fmt::Cef, "13", "traffic:forward deny", "Fortinet|FortiGate", 3, "", Flow::AttackerToServer, 3389, "TCP", 0},
    Template{Fmt::Cef, "0419016384", "IPS: Microsoft Windows SMB Server Remote Code Execution", "Fortinet|FortiGate", 7, "T1210", Flow::AttackerToServer, 445, "TCP", 0},
};

struct Host {
    const char* name;
    const char* ip;
};
// Agencies of the province (Sở TT&TT, UBND portal, Sở GD&ĐT, Sở Y tế, communes).
constexpr std::array kServers{Host{"sotttt-sftp01", "10.20.1.15"}, Host{"ubnd-portal-web01", "10.10.5.20"},
                              Host{"sotttt-mail01", "10.20.1.25"}, Host{"soyt-fs01", "10.40.1.10"},
                              Host{"motcua-app01", "10.10.6.31"}};
constexpr std::array kWorkstations{Host{"sogd-pc023", "10.30.2.23"}, Host{"sotc-pc105", "10.50.3.105"},
                                   Host{"ubnd-xa-anbinh-pc02", "10.60.14.2"}, Host{"soyt-pc211", "10.40.2.211"}};
constexpr std::array kAttackers{"45.148.10.7", "193.142.146.35", "103.97.125.44", "185.225.74.51", "91.240.118.172",
                                "218.92.0.107", "2a03:b0c0:3:d0::1a"};

int scenarioAt(double f)
{
    if (f >= 0.15 && f < 0.17)
        return 1;
    if (f >= 0.40 && f < 0.41)
        return 2;
    if (f >= 0.62 && f < 0.65)
        return 3;
    if (f >= 0.85 && f < 0.86)
        return 4;
    return 0;
}

// Episode hosts: the story happens to specific machines.
const Host& episodeHost(int scenario)
{
    switch (scenario) {
    case 1: return kServers[0];
    case 2: return kServers[1];
    case 3: return kWorkstations[0];
    case 4: return kServers[3];
    default: return kServers[0];
    }
}

QByteArray vnTimestamp(qint64 ms, bool micro)
{
    static const QTimeZone vn(7 * 3600);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, vn);
    QByteArray s = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toLatin1();
    if (micro)
        s += QByteArray::number(ms % 7 * 100 + 1).rightJustified(3, '0');
    return s + "+0700";
}

QByteArray mitreArray(const char* t)
{
    return *t ? QByteArray("[\"") + t + "\"]" : QByteArray("[]");
}

} // namespace

struct DemoGenerator::Event {
    const Template* t;
    QByteArray src, dst, host;
    int srcPort = 0;
};

DemoGenerator::DemoGenerator(qint64 untilMs, qint64 total, Mix mix, quint64 seed)
    : m_untilMs(untilMs)
    , m_total(std::max<qint64>(total, 1))
    , m_mix(mix)
    , m_rng(seed)
{
}

qint64 DemoGenerator::timeOf(qint64 index)
{
    constexpr qint64 span = 30LL * 24 * 3600 * 1000;
    const qint64 base = m_untilMs - span + (span * index) / m_total;
    return base + static_cast<qint64>(m_rng() % 997);
}

DemoGenerator::Event DemoGenerator::pick(qint64 index)
{
    const int scenario = m_mix == Mix::Scenario ? scenarioAt(static_cast<double>(index) / m_total) : 0;
    const bool inEpisode = scenario != 0 && (m_rng() % 100) < 85;
    const Template* t = nullptr;
    while (!t) {
        const Template& c = kTemplates[m_rng() % kTemplates.size()];
        if (m_mix == Mix::SuricataOnly && c.fmt != Fmt::Suricata)
            continue;
        if ((inEpisode && c.scenario == scenario) || (!inEpisode && c.scenario == 0))
            t = &c;
    }
    Event e;
    e.t = t;
    e.srcPort = 1024 + static_cast<int>(m_rng() % 64000);
    const Host& server = inEpisode ? episodeHost(scenario) : kServers[m_rng() % kServers.size()];
    const Host& ws = inEpisode ? episodeHost(scenario) : kWorkstations[m_rng() % kWorkstations.size()];
    const char* attacker = kAttackers[m_rng() % kAttackers.size()];
    switch (t->flow) {
    case Flow::AttackerToServer: e.src = attacker; e.dst = server.ip; e.host = server.name; break;
    case Flow::WorkstationToInternet: e.src = ws.ip; e.dst = attacker; e.host = ws.name; break;
    case Flow::Internal: e.src = ws.ip; e.dst = server.ip; e.host = server.name; break;
    case Flow::OnHost: e.src = ""; e.dst = server.ip; e.host = server.name; e.srcPort = 0; break;
    }
    return e;
}

QByteArray DemoGenerator::suricataLine(const Event& e, qint64 index, qint64 ms)
{
    const Template& t = *e.t;
    QByteArray l;
    l.reserve(640);
    l += "{\"timestamp\":\"" + vnTimestamp(ms, true) + "\",\"flow_id\":" + QByteArray::number(1000000000000LL + index * 7919)
         + ",\"in_iface\":\"ens192\",\"event_type\":\"alert\",\"src_ip\":\"" + (e.src.isEmpty() ? e.dst : e.src)
         + "\",\"src_port\":" + QByteArray::number(e.srcPort) + ",\"dest_ip\":\"" + e.dst + "\",\"dest_port\":"
         + QByteArray::number(t.dstPort) + ",\"proto\":\"" + t.proto
         + "\",\"pkt_src\":\"wire/pcap\",\"alert\":{\"action\":\"allowed\",\"gid\":1,\"signature_id\":" + t.id
         + ",\"rev\":3,\"signature\":\"" + t.name + "\",\"category\":\"" + t.category
         + "\",\"severity\":" + QByteArray::number(t.level) + ",\"metadata\":{\"mitre_technique_id\":" + mitreArray(t.mitre)
         + ",\"signature_severity\":[\"Major\"]}},\"app_proto\":\"failed\",\"direction\":\"to_server\","
           "\"flow\":{\"pkts_toserver\":"
         + QByteArray::number(3 + index % 17) + ",\"pkts_toclient\":" + QByteArray::number(index % 11)
         + ",\"bytes_toserver\":" + QByteArray::number(180 + index % 4000) + ",\"bytes_toclient\":"
         + QByteArray::number(index % 9000) + ",\"start\":\"" + vnTimestamp(ms - 250, true)
         + "\"},\"host\":\"nsm-sensor-01\"}\n";
    return l;
}

QByteArray DemoGenerator::wazuhLine(const Event& e, qint64 index, qint64 ms)
{
    const Template& t = *e.t;
    const QByteArray groups = QByteArray(t.category).replace(",", "\",\"");
    const bool syscheck = groups.contains("syscheck");
    QByteArray body;
    if (syscheck)
        body = "\"syscheck\":{\"path\":\"/var/www/html/index.html\",\"event\":\"modified\"},\"location\":\"syscheck\"";
    else if (e.src.isEmpty())
        body = "\"data\":{\"dstuser\":\"root\"},\"location\":\"/var/log/auth.log\"";
    else
        body = "\"data\":{\"srcip\":\"" + e.src + "\",\"srcport\":\"" + QByteArray::number(e.srcPort)
               + "\",\"dstuser\":\"root\"},\"location\":\"/var/log/auth.log\"";
    QByteArray l;
    l.reserve(640);
    l += "{\"timestamp\":\"" + vnTimestamp(ms, false) + "\",\"rule\":{\"level\":" + QByteArray::number(t.level)
         + ",\"description\":\"" + t.name + "\",\"id\":\"" + t.id + "\",\"firedtimes\":" + QByteArray::number(1 + index % 40)
         + ",\"mail\":false,\"groups\":[\"" + groups + "\"],\"mitre\":{\"id\":" + mitreArray(t.mitre)
         + "}},\"agent\":{\"id\":\"" + QByteArray::number(100 + qHash(e.host) % 800) + "\",\"name\":\"" + e.host
         + "\",\"ip\":\"" + e.dst + "\"},\"manager\":{\"name\":\"wazuh-manager.soc.local\"},\"id\":\""
         + QByteArray::number(ms / 1000) + "." + QByteArray::number(index) + "\",\"decoder\":{\"name\":\""
         + groups.left(groups.indexOf('"')) + "\"}," + body + "}\n";
    return l;
}

QByteArray DemoGenerator::cefLine(const Event& e, qint64 index, qint64 ms)
{
    const Template& t = *e.t;
    static const QTimeZone vn(7 * 3600);
    const QByteArray syslogTime =
        QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms, vn), QStringLiteral("MMM dd HH:mm:ss")).toLatin1();
    const QByteArray device = QByteArray(t.category).startsWith("Fortinet") ? "fw-tinh-01" : e.host;
    QByteArray l;
    l.reserve(400);
    l += "<134>" + syslogTime + " " + device + " CEF:0|" + t.category + "|7.2.5|" + t.id + "|" + t.name + "|"
         + QByteArray::number(t.level) + "|rt=" + QByteArray::number(ms) + " src=" + (e.src.isEmpty() ? e.dst : e.src)
         + " spt=" + QByteArray::number(e.srcPort) + " dst=" + e.dst
         + (t.dstPort ? " dpt=" + QByteArray::number(t.dstPort) : QByteArray()) + (*t.proto ? QByteArray(" proto=") + t.proto : QByteArray())
         + " dvchost=" + device + " externalId=" + QByteArray::number(index) + " act=" + (t.level >= 7 ? "blocked" : "deny")
         + (*t.mitre ? QByteArray(" cs1Label=mitre cs1=") + t.mitre : QByteArray()) + "\n";
    return l;
}

void DemoGenerator::write(qint64 first, qint64 count, QIODevice& suricata, QIODevice& wazuh, QIODevice& cef)
{
    for (qint64 i = first; i < first + count; ++i) {
        const qint64 ms = timeOf(i);
        const Event e = pick(i);
        switch (e.t->fmt) {
        case Fmt::Suricata: suricata.write(suricataLine(e, i, ms)); break;
        case Fmt::Wazuh: wazuh.write(wazuhLine(e, i, ms)); break;
        case Fmt::Cef: cef.write(cefLine(e, i, ms)); break;
        }
    }
}

} // namespace soc::ingest
