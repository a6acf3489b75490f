#include "store/DemoDirectory.h"

#include "domain/Clock.h"
#include "store/AgencyDirectory.h"
#include "store/AssetRegister.h"
#include "store/Database.h"
#include "store/EscalationMatrix.h"

#include <array>

namespace soc::store {
namespace {

struct DemoAgency {
    const char* id;
    const char* name;
    domain::AgencyKind kind;
    const char* parent;
    const char* networks; // separated by spaces
    const char* contact;
    const char* position;
    const char* phone;
    const char* email;
};

// UTF-8 literals: names in Vietnamese as the directory of a province would have them.
const std::array kAgencies{
    DemoAgency{"UBND-TINH", "Văn phòng UBND tỉnh", domain::AgencyKind::Other, "", "10.10.0.0/16 tinh-demo.example",
               "Đỗ Thị Hạnh", "Chánh Văn phòng", "0900 000 101", "hanh.dt@tinh-demo.example"},
    DemoAgency{"STTTT", "Sở Thông tin và Truyền thông", domain::AgencyKind::ProvincialDepartment, "UBND-TINH",
               "10.20.0.0/16 stttt.tinh-demo.example", "Nguyễn Văn An", "Trưởng phòng CNTT", "0900 000 201",
               "an.nv@stttt.tinh-demo.example"},
    DemoAgency{"SGDDT", "Sở Giáo dục và Đào tạo", domain::AgencyKind::ProvincialDepartment, "UBND-TINH",
               "10.30.0.0/16 sgddt.tinh-demo.example", "Phạm Thu Trang", "Chuyên viên CNTT", "0900 000 301",
               "trang.pt@sgddt.tinh-demo.example"},
    DemoAgency{"SYT", "Sở Y tế", domain::AgencyKind::ProvincialDepartment, "UBND-TINH",
               "10.40.0.0/16 syt.tinh-demo.example", "Lê Minh Tuấn", "Phó Chánh Văn phòng", "0900 000 401",
               "tuan.lm@syt.tinh-demo.example"},
    DemoAgency{"STC", "Sở Tài chính", domain::AgencyKind::ProvincialDepartment, "UBND-TINH", "10.50.0.0/16",
               "Vũ Thị Lan", "Kế toán trưởng", "0900 000 501", "lan.vt@stc.tinh-demo.example"},
    DemoAgency{"XA-AN-BINH", "UBND xã An Bình", domain::AgencyKind::CommuneCommittee, "UBND-TINH", "10.60.14.0/24",
               "Trần Văn Bình", "Công chức Văn phòng - Thống kê", "0900 000 601", ""},
    DemoAgency{"CA-TINH", "Công an tỉnh (Phòng An ninh mạng)", domain::AgencyKind::Police, "", "", "Hoàng Quốc Việt",
               "Trực ban", "0900 000 113", "pa05@congan.tinh-demo.example"},
    DemoAgency{"NCSC", "Trung tâm Giám sát an toàn không gian mạng quốc gia", domain::AgencyKind::NationalCoordinator,
               "", "", "Trực ban NCSC", "", "0900 000 700", "ir@ncsc-demo.example"},
};

struct DemoAsset {
    const char* name;
    const char* type;
    const char* ip;
    const char* mac;
    const char* agency;
    int level;
    domain::Criticality criticality;
};

// The hosts of ingest/DemoGenerator.cpp.
const std::array kAssets{
    DemoAsset{"sotttt-sftp01", "máy chủ SFTP", "10.20.1.15", "00:50:56:a1:20:15", "STTTT", 3,
              domain::Criticality::High},
    DemoAsset{"sotttt-mail01", "máy chủ thư", "10.20.1.25", "00:50:56:a1:20:25", "STTTT", 3,
              domain::Criticality::Critical},
    DemoAsset{"ubnd-portal-web01", "cổng thông tin điện tử", "10.10.5.20", "00:50:56:a1:10:20", "UBND-TINH", 3,
              domain::Criticality::Critical},
    DemoAsset{"motcua-app01", "hệ thống một cửa điện tử", "10.10.6.31", "00:50:56:a1:10:31", "UBND-TINH", 3,
              domain::Criticality::Critical},
    DemoAsset{"soyt-fs01", "máy chủ tệp", "10.40.1.10", "00:50:56:a1:40:10", "SYT", 2, domain::Criticality::High},
    DemoAsset{"sogd-pc023", "máy trạm", "10.30.2.23", "3c:52:82:30:02:23", "SGDDT", 1, domain::Criticality::Low},
    DemoAsset{"sotc-pc105", "máy trạm", "10.50.3.105", "3c:52:82:50:03:69", "STC", 1, domain::Criticality::Medium},
    DemoAsset{"ubnd-xa-anbinh-pc02", "máy trạm", "10.60.14.2", "3c:52:82:60:14:02", "XA-AN-BINH", 1,
              domain::Criticality::Low},
    DemoAsset{"soyt-pc211", "máy trạm", "10.40.2.211", "3c:52:82:40:02:d3", "SYT", 1, domain::Criticality::Low},
};

} // namespace

int DemoDirectory::populate(Database& db, const QString& author)
{
    domain::SystemClock clock;
    AgencyDirectory directory(db, author, clock);
    if (!directory.access().allows(domain::Action::ManageDirectory) || !directory.agencies().empty())
        return 0;
    std::vector<EscalationEntry> high;
    for (const DemoAgency& d : kAgencies) {
        domain::Agency a;
        a.id = QString::fromUtf8(d.id);
        a.name = QString::fromUtf8(d.name);
        a.kind = d.kind;
        a.parentId = QString::fromUtf8(d.parent);
        directory.save(a);
        for (const QString& n : QString::fromUtf8(d.networks).split(u' ', Qt::SkipEmptyParts))
            directory.addNetwork(a.id, n);
        const domain::FocalPoint p =
            directory.saveFocalPoint({QString(), a.id, QString::fromUtf8(d.contact), QString::fromUtf8(d.position),
                                      QString::fromUtf8(d.phone), QString::fromUtf8(d.email)});
        // the provincial department of information, the police and the national coordinator.
        if (a.id == u"STTTT" || a.id == u"CA-TINH" || a.id == u"NCSC") {
            EscalationEntry e;
            e.agencyId = a.id;
            e.focalPointId = p.id;
            e.channel = a.id == u"CA-TINH" ? domain::CommChannel::Phone : domain::CommChannel::OfficialEmail;
            high.push_back(e);
        }
    }
    EscalationMatrix matrix(db, author, clock);
    matrix.setTargets(domain::Severity::High, high);
    matrix.setTargets(domain::Severity::Emergency, high);
    AssetRegister assets(db, author, clock);
    for (const DemoAsset& d : kAssets) {
        domain::Asset a;
        a.name = QString::fromUtf8(d.name);
        a.type = QString::fromUtf8(d.type);
        a.ip = QString::fromUtf8(d.ip);
        a.mac = QString::fromUtf8(d.mac);
        a.agencyId = QString::fromUtf8(d.agency);
        a.securityLevel = d.level;
        a.criticality = d.criticality;
        assets.save(a);
    }
    return static_cast<int>(kAgencies.size());
}

} // namespace soc::store
