#pragma once

// CSV files of the agency directory and the asset register written by the tests themselves
// (tst_Directory, tst_DirectoryCli): every kind of bad row, at a known line.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

namespace soc::test {

// CRLF, a byte-order mark, a quoted name with a comma and a quoted note over two lines.
inline QByteArray directoryCsv()
{
    return QByteArray("\xEF\xBB\xBF") +
           QStringLiteral(
               "code,name,kind,parent,networks,contact_name,position,phone,email,notes\r\n" // 1
               "UBND-TINH,UBND tỉnh Hải Phòng,other,,10.0.0.0/8;haiphong.gov.vn,,,,,\r\n"   // 2
               "STTTT,\"Sở Thông tin và Truyền thông, Hải Phòng\",provincial_department,UBND-TINH,10.20.0.0/16 "
               "stttt.haiphong.gov.vn,"
               "Nguyễn Văn An,Trưởng phòng CNTT,0225 3842 123,an.nv@haiphong.gov.vn,\"Đầu mối 24/7\r\nGọi trước khi "
               "gửi công văn\"\r\n"                                                                               // 3-4
               "STTTT,,,,2001:db8:20::/48,Trần Thị Bình,Chuyên viên,+84 912 345 678,binh.tt@haiphong.gov.vn,\r\n" // 5
               "XA-AN-BINH,UBND xã An Bình,commune_committee,UBND-TINH,10.20.5.0/24,Lê Văn Cường,Chủ "
               "tịch,0912000111,,\r\n" // 6
               "CA-TINH,Công an tỉnh Hải Phòng,police,,,Phạm Minh Dũng,Trưởng phòng An ninh mạng,069 2345 "
               "678,pa05@congan.haiphong.gov.vn,\r\n"                                              // 7
               "BAD-COUNT,Thiếu cột,other\r\n"                                                     // 8
               "BAD-NET,Sở Y tế,provincial_department,,10.30.0.0/33,,,,,\r\n"                      // 9
               "BAD-MAIL,Sở Tài chính,provincial_department,,10.40.0.0/16,Hoa,,,not-an-email,\r\n" // 10
               "BAD-KIND,Sở Xây dựng,ministry,,,,,,,\r\n"                                          // 11
               "BAD-PARENT,Sở Nội vụ,provincial_department,NO-SUCH,,,,,,\r\n"                      // 12
               "BAD-TAKEN,Sở Giáo dục,provincial_department,,10.20.0.0/16,,,,,\r\n"                // 13
               "\r\n"                                                                              // 14 (blank)
               "NCSC,Trung tâm Giám sát an toàn không gian mạng quốc gia,national_coordinator,,,Trực ban NCSC,,024 "
               "3640 4421,ncsc@ais.gov.vn,\r\n") // 15
               .toUtf8();
}

inline QByteArray assetCsv()
{
    return QStringLiteral("name,type,ip,mac,agency,security_level,criticality,notes\n"
                          "Cổng thông tin điện tử,web server,10.20.1.10,AA-BB-CC-00-11-22,STTTT,3,critical,\"portal, "
                          "public\"\n"                                                               // 2
                          "Máy chủ thư,mail server,2001:db8:20::25,aabb.cc00.1123,STTTT,3,high,\n"   // 3
                          "Máy trạm kế toán,workstation,10.20.5.21,,XA-AN-BINH,1,low,\n"             // 4
                          "Máy sai IP,workstation,10.20.5.300,,XA-AN-BINH,1,low,\n"                  // 5
                          "Máy sai MAC,workstation,10.20.5.22,zz:bb:cc:dd:ee:ff,XA-AN-BINH,1,low,\n" // 6
                          "Máy cấp 7,server,10.20.5.23,,XA-AN-BINH,7,low,\n"                         // 7
                          "Máy không rõ chủ,server,10.20.5.24,,SO-KHONG-CO,2,low,\n"                 // 8
                          "Thiếu cột,server,10.20.5.25\n"                                            // 9
                          "Tường lửa biên,firewall,10.0.0.1,,Công an tỉnh Hải Phòng,,medium,\n")     // 10
        .toUtf8();
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace soc::test
