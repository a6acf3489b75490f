<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AlertFileReader</name>
    <message>
        <source>%1 is not a Suricata EVE, Wazuh or CEF alert file.</source>
        <translation>%1 không phải là tệp cảnh báo Suricata EVE, Wazuh hoặc CEF.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Tệp %1 rỗng.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Không mở được %1: %2.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đây là một thư mục</translation>
    </message>
    <message>
        <source>The record is larger than %1 MiB and was not read.</source>
        <translation>Bản ghi lớn hơn %1 MiB nên không được đọc.</translation>
    </message>
    <message>
        <source>The line has no CEF header.</source>
        <translation>Dòng này không có phần tiêu đề CEF.</translation>
    </message>
    <message>
        <source>The CEF header is truncated: it has %1 of the 7 fields.</source>
        <translation>Phần tiêu đề CEF bị cắt cụt: chỉ có %1 trong 7 trường.</translation>
    </message>
    <message>
        <source>The CEF record has no time (rt, end, start or a syslog timestamp).</source>
        <translation>Bản ghi CEF không có thời gian (rt, end, start hoặc dấu thời gian syslog).</translation>
    </message>
    <message>
        <source>The record is not valid JSON: %1 at byte %2.</source>
        <translation>Bản ghi không phải là JSON hợp lệ: %1 tại byte %2.</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>Bản ghi không phải là đối tượng JSON.</translation>
    </message>
    <message>
        <source>The record has no Suricata event_type.</source>
        <translation>Bản ghi không có trường event_type của Suricata.</translation>
    </message>
    <message>
        <source>The alert has no timestamp.</source>
        <translation>Cảnh báo không có dấu thời gian.</translation>
    </message>
    <message>
        <source>The alert time &quot;%1&quot; cannot be read.</source>
        <translation>Không đọc được thời gian cảnh báo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The alert has no signature.</source>
        <translation>Cảnh báo không có tên luật (trường signature).</translation>
    </message>
    <message>
        <source>The record has no Wazuh rule.</source>
        <translation>Bản ghi không có luật Wazuh (trường rule).</translation>
    </message>
    <message>
        <source>The Wazuh rule level is missing or not a number.</source>
        <translation>Mức (level) của luật Wazuh bị thiếu hoặc không phải là số.</translation>
    </message>
    <message>
        <source>The Wazuh rule has neither an id nor a description.</source>
        <translation>Luật Wazuh không có cả mã (id) lẫn mô tả (description).</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>Closing an alert as a false positive needs a reason.</source>
        <translation>Phải nêu lý do khi đóng cảnh báo là cảnh báo nhầm.</translation>
    </message>
</context>
<context>
    <name>AlertSearch</name>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Thiếu dấu ngoặc kép đóng.</translation>
    </message>
    <message>
        <source>Unknown severity &quot;%1&quot;: use low, medium, high or emergency (thap, tb, cao, khancap).</source>
        <translation>Mức độ &quot;%1&quot; không hợp lệ: dùng thap, tb, cao, khancap (hoặc low, medium, high, emergency).</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use new, acknowledged, false_positive or benign.</source>
        <translation>Trạng thái &quot;%1&quot; không hợp lệ: dùng new, acknowledged, false_positive hoặc benign.</translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; has no value.</source>
        <translation>Điều kiện &quot;%1&quot; chưa có giá trị.</translation>
    </message>
    <message>
        <source>Search: words, src:10.0.0.5 dst:… sev:high status:new sub:NSM sig:&quot;SSH&quot; host:…  (/ to focus, Esc to clear)</source>
        <translation>Tìm kiếm: từ khóa, src:10.0.0.5 dst:… sev:cao status:new sub:NSM sig:&quot;SSH&quot; host:…  (nhấn / để tìm, Esc để xóa)</translation>
    </message>
</context>
<context>
    <name>AlertStatus</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Đóng – cảnh báo nhầm</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>Đóng – vô hại</translation>
    </message>
</context>
<context>
    <name>AuthTask</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Lỗi ngoài dự kiến: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: socstation [--workspace DIR] [--user NAME] [--password-stdin] [--json] [--lang vi|en] [SUBCOMMAND]
Without a subcommand the desktop application starts.
Subcommands:
  init --admin NAME                 create the workspace and its first administrator
  import [--format auto|suricata|wazuh|cef] FILE...   import alert files
  alerts count [--severity S] [--status S]           count alerts
  alerts list [--limit N] [--severity S] [--search TEXT]  list alerts
  demo [--alerts N]                 write the demo scenario into the workspace
The password comes from --password-stdin or SOCSTATION_PASSWORD, never from the command line.
Environment: SOCSTATION_WORKSPACE, SOCSTATION_USER, SOCSTATION_PASSWORD, SOCSTATION_LANG.</source>
        <translation>Cách dùng: socstation [--workspace DIR] [--user NAME] [--password-stdin] [--json] [--lang vi|en] [SUBCOMMAND]
Khi không có lệnh con, ứng dụng giao diện máy trạm sẽ khởi động.
Các lệnh con:
  init --admin NAME                 tạo không gian làm việc và quản trị viên đầu tiên
  import [--format auto|suricata|wazuh|cef] FILE...   nhập các tệp cảnh báo
  alerts count [--severity S] [--status S]           đếm cảnh báo
  alerts list [--limit N] [--severity S] [--search TEXT]  liệt kê cảnh báo
  demo [--alerts N]                 ghi kịch bản trình diễn vào không gian làm việc
Mật khẩu được lấy từ --password-stdin hoặc SOCSTATION_PASSWORD, không bao giờ lấy từ dòng lệnh.
Biến môi trường: SOCSTATION_WORKSPACE, SOCSTATION_USER, SOCSTATION_PASSWORD, SOCSTATION_LANG.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>Tùy chọn %1 cần có giá trị.</translation>
    </message>
    <message>
        <source>Passwords are never accepted on the command line: use --password-stdin or SOCSTATION_PASSWORD.</source>
        <translation>Không nhận mật khẩu trên dòng lệnh: hãy dùng --password-stdin hoặc SOCSTATION_PASSWORD.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.</source>
        <translation>Lệnh con &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation>Không đọc được mật khẩu từ đầu vào chuẩn (stdin).</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Đầu vào chuẩn (stdin) không có mật khẩu.</translation>
    </message>
    <message>
        <source>No password given: use --password-stdin or set SOCSTATION_PASSWORD.</source>
        <translation>Chưa cung cấp mật khẩu: hãy dùng --password-stdin hoặc đặt biến SOCSTATION_PASSWORD.</translation>
    </message>
    <message>
        <source>No user given: use --user or set SOCSTATION_USER.</source>
        <translation>Chưa cung cấp tên đăng nhập: hãy dùng --user hoặc đặt biến SOCSTATION_USER.</translation>
    </message>
    <message>
        <source>%1 is not a socstation workspace; create one with &quot;socstation init --admin NAME&quot;.</source>
        <translation>%1 không phải là không gian làm việc của socstation; hãy tạo bằng lệnh &quot;socstation init --admin NAME&quot;.</translation>
    </message>
    <message>
        <source>How many alerts (default 5000).</source>
        <translation>Số lượng cảnh báo (mặc định 5000).</translation>
    </message>
    <message>
        <source>End of the 30-day window, ISO 8601 (default: now).</source>
        <translation>Thời điểm kết thúc khoảng 30 ngày, định dạng ISO 8601 (mặc định: thời điểm hiện tại).</translation>
    </message>
    <message>
        <source>Usage: socstation demo [--alerts N] [--until TIME]</source>
        <translation>Cách dùng: socstation demo [--alerts N] [--until TIME]</translation>
    </message>
    <message>
        <source>auto, suricata, wazuh or cef.</source>
        <translation>auto, suricata, wazuh hoặc cef.</translation>
    </message>
    <message>
        <source>Usage: socstation import [--format auto|suricata|wazuh|cef] FILE...</source>
        <translation>Cách dùng: socstation import [--format auto|suricata|wazuh|cef] FILE...</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Không hỗ trợ định dạng &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name of the first administrator.</source>
        <translation>Tên đăng nhập của quản trị viên đầu tiên.</translation>
    </message>
    <message>
        <source>Usage: socstation init --admin NAME</source>
        <translation>Cách dùng: socstation init --admin NAME</translation>
    </message>
    <message>
        <source>Workspace %1 created with administrator &quot;%2&quot;.</source>
        <translation>Đã tạo không gian làm việc %1 với quản trị viên &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown severity &quot;%1&quot;: use low, medium, high or emergency.</source>
        <translation>Mức độ &quot;%1&quot; không hợp lệ: dùng low, medium, high hoặc emergency.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use new, acknowledged, false_positive or benign.</source>
        <translation>Trạng thái &quot;%1&quot; không hợp lệ: dùng new, acknowledged, false_positive hoặc benign.</translation>
    </message>
    <message>
        <source>count or list</source>
        <translation>count hoặc list</translation>
    </message>
    <message>
        <source>Only this severity (repeatable).</source>
        <translation>Chỉ lấy mức độ này (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Only this status (repeatable).</source>
        <translation>Chỉ lấy trạng thái này (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Search text, as in the alert screen.</source>
        <translation>Chuỗi tìm kiếm, cú pháp như trên màn hình cảnh báo.</translation>
    </message>
    <message>
        <source>At most N alerts (list).</source>
        <translation>Tối đa N cảnh báo (list).</translation>
    </message>
    <message>
        <source>Include the original record (list).</source>
        <translation>Kèm theo bản ghi gốc (list).</translation>
    </message>
    <message>
        <source>Usage: socstation alerts count|list [--severity S] [--status S] [--search TEXT] [--limit N] [--original] [--json]</source>
        <translation>Cách dùng: socstation alerts count|list [--severity S] [--status S] [--search TEXT] [--limit N] [--original] [--json]</translation>
    </message>
    <message>
        <source>--limit needs a whole number.</source>
        <translation>--limit cần một số nguyên.</translation>
    </message>
    <message>
        <source>Demo scenario written; alerts imported: %1.</source>
        <translation>Đã ghi kịch bản minh họa; số cảnh báo đã nhập: %1.</translation>
    </message>
    <message>
        <source>Alerts imported: %1; duplicates: %2; rejected: %3; other records skipped: %4.</source>
        <translation>Cảnh báo đã nhập: %1; trùng lặp: %2; bị từ chối: %3; bản ghi khác bỏ qua: %4.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file was left untouched.</source>
        <translation>Tệp được giữ nguyên, không bị thay đổi.</translation>
    </message>
    <message>
        <source>The case database cannot be decrypted: it is damaged, or it is not the database that belongs to this key file. %1 Restore it from a backup.</source>
        <translation>Không giải mã được cơ sở dữ liệu hồ sơ: cơ sở dữ liệu bị hỏng hoặc không phải là cơ sở dữ liệu tương ứng với tệp khóa này. %1 Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The case database is damaged (a page failed its integrity check). %1 Restore it from a backup.</source>
        <translation>Cơ sở dữ liệu hồ sơ bị hỏng (một trang dữ liệu không vượt qua bước kiểm tra tính toàn vẹn). %1 Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The case database is in use by another socstation process. Close it and try again.</source>
        <translation>Cơ sở dữ liệu hồ sơ đang được một tiến trình socstation khác sử dụng. Hãy đóng tiến trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The case database could not be read or written: %1.</source>
        <translation>Không đọc hoặc ghi được cơ sở dữ liệu hồ sơ: %1.</translation>
    </message>
    <message>
        <source>Database error: %1.</source>
        <translation>Lỗi cơ sở dữ liệu: %1.</translation>
    </message>
    <message>
        <source>The case database %1 does not exist.</source>
        <translation>Cơ sở dữ liệu hồ sơ %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The case database %1 cannot be read: %2.</source>
        <translation>Không đọc được cơ sở dữ liệu hồ sơ %1: %2.</translation>
    </message>
    <message>
        <source>%1 is a plain, unencrypted SQLite database, not a socstation case database. %2</source>
        <translation>%1 là cơ sở dữ liệu SQLite thông thường, không được mã hóa, không phải cơ sở dữ liệu hồ sơ của socstation. %2</translation>
    </message>
    <message>
        <source>The case database %1 is truncated or empty. %2 Restore it from a backup.</source>
        <translation>Cơ sở dữ liệu hồ sơ %1 bị cắt cụt hoặc rỗng. %2 Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 already exists; it will not be overwritten.</source>
        <translation>%1 đã tồn tại; sẽ không ghi đè.</translation>
    </message>
    <message>
        <source>Internal error: the data key has the wrong size.</source>
        <translation>Lỗi nội bộ: khóa dữ liệu có kích thước không đúng.</translation>
    </message>
    <message>
        <source>The SQLite library in use has no encryption (PRAGMA cipher_version is empty). socstation refuses to run without SQLCipher 4.</source>
        <translation>Thư viện SQLite đang dùng không hỗ trợ mã hóa (PRAGMA cipher_version trả về rỗng). socstation không chạy khi không có SQLCipher 4.</translation>
    </message>
    <message>
        <source>%1 is an encrypted database of another application, not a socstation case database. %2</source>
        <translation>%1 là cơ sở dữ liệu đã mã hóa của một ứng dụng khác, không phải cơ sở dữ liệu hồ sơ của socstation. %2</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The key file is not valid JSON.</source>
        <translation>Tệp khóa không phải là JSON hợp lệ.</translation>
    </message>
    <message>
        <source>The file is not a socstation key file.</source>
        <translation>Tệp này không phải là tệp khóa của socstation.</translation>
    </message>
    <message>
        <source>The key file has version %1, which this version of socstation cannot read.</source>
        <translation>Tệp khóa có phiên bản %1, phiên bản socstation này không đọc được.</translation>
    </message>
    <message>
        <source>The key file is damaged (a field is missing or invalid).</source>
        <translation>Tệp khóa bị hỏng (thiếu trường dữ liệu hoặc có trường không hợp lệ).</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The case database has schema version %1, newer than this version of socstation understands (%2). Update socstation.</source>
        <translation>Cơ sở dữ liệu hồ sơ có phiên bản lược đồ %1, mới hơn phiên bản mà socstation này hỗ trợ (%2). Hãy cập nhật socstation.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The password must contain a lower-case letter.</source>
        <translation>Mật khẩu phải có ít nhất một chữ thường.</translation>
    </message>
    <message>
        <source>The password must contain an upper-case letter.</source>
        <translation>Mật khẩu phải có ít nhất một chữ hoa.</translation>
    </message>
    <message>
        <source>An administrator&apos;s password must contain a digit.</source>
        <translation>Mật khẩu của quản trị viên phải có ít nhất một chữ số.</translation>
    </message>
    <message>
        <source>An administrator&apos;s password must contain a special character.</source>
        <translation>Mật khẩu của quản trị viên phải có ít nhất một ký tự đặc biệt.</translation>
    </message>
    <message>
        <source>The password must contain a digit or a special character.</source>
        <translation>Mật khẩu phải có ít nhất một chữ số hoặc ký tự đặc biệt.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Mật khẩu không được chứa tên đăng nhập.</translation>
    </message>
    <message>
        <source>At least 11 characters with lower- and upper-case letters, a digit and a special character; not containing the user name.</source>
        <translation>Ít nhất 11 ký tự, gồm chữ thường, chữ hoa, chữ số và ký tự đặc biệt; không chứa tên đăng nhập.</translation>
    </message>
    <message>
        <source>At least 8 characters with lower- and upper-case letters and a digit or special character; not containing the user name.</source>
        <translation>Ít nhất 8 ký tự, gồm chữ thường, chữ hoa và chữ số hoặc ký tự đặc biệt; không chứa tên đăng nhập.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Duty analyst</source>
        <translation>Cán bộ trực</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Trưởng ca</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Kiểm tra viên</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <source>Affects one person; main work is not interrupted (e.g. one infected workstation).</source>
        <translation>Ảnh hưởng đến một người; không làm gián đoạn hay đình trệ hoạt động chính của cơ quan, đơn vị (ví dụ: một máy tính trạm bị nhiễm mã độc).</translation>
    </message>
    <message>
        <source>Affects a group of users; main work is not interrupted (e.g. one department&apos;s network down).</source>
        <translation>Ảnh hưởng đến một nhóm người dùng; không gây gián đoạn hay đình trệ hoạt động chính của cơ quan, đơn vị (ví dụ: hệ thống mạng của một phòng, ban bị ngưng hoạt động).</translation>
    </message>
    <message>
        <source>A device, software or system is unusable and one main activity is affected (e.g. document management or one-stop system down; core switch, router, firewall or file server broken).</source>
        <translation>Thiết bị, phần mềm hay hệ thống không thể sử dụng được và gây ảnh hưởng đến một trong các hoạt động chính của cơ quan, đơn vị (ví dụ: hệ thống quản lý văn bản và điều hành hoặc hệ thống một cửa điện tử bị ngưng hoạt động; bộ chuyển mạch trung tâm, thiết bị định tuyến, thiết bị tường lửa hoặc máy chủ quản lý tập tin chung bị hư hỏng).</translation>
    </message>
    <message>
        <source>Continuity of several main activities is affected (whole IT system or power down, website defaced).</source>
        <translation>Ảnh hưởng đến sự liên tục của nhiều hoạt động chính của cơ quan, đơn vị (ví dụ: toàn bộ hệ thống công nghệ thông tin hoặc hệ thống cung cấp điện ngừng hoạt động, trang thông tin điện tử bị tấn công thay đổi nội dung).</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2-32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Tên đăng nhập &quot;%1&quot; không hợp lệ: dùng từ 2 đến 32 ký tự gồm chữ thường không dấu, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;, bắt đầu bằng một chữ cái.</translation>
    </message>
    <message>
        <source>The workspace %1 already has accounts; it was not changed.</source>
        <translation>Không gian làm việc %1 đã có tài khoản; không gian làm việc được giữ nguyên, không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 already exists; it will not be overwritten.</source>
        <translation>%1 đã tồn tại; sẽ không ghi đè.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The data key could not be wrapped (OpenSSL error).</source>
        <translation>Không mã hóa bảo vệ được khóa dữ liệu (lỗi OpenSSL).</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in the workspace %2.</source>
        <translation>Không có tài khoản &quot;%1&quot; trong không gian làm việc %2.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>Không đọc được tệp khóa %1: %2.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be used: %2 The case database was left untouched.</source>
        <translation>Không dùng được tệp khóa %1: %2 Cơ sở dữ liệu hồ sơ được giữ nguyên, không bị thay đổi.</translation>
    </message>
    <message>
        <source>The key file %1 belongs to &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>Tệp khóa %1 thuộc về tài khoản &quot;%2&quot;, không phải &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Wrong password for &quot;%1&quot;.</source>
        <translation>Sai mật khẩu của tài khoản &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key file %1 could not be decrypted (OpenSSL error).</source>
        <translation>Không giải mã được tệp khóa %1 (lỗi OpenSSL).</translation>
    </message>
    <message>
        <source>The case database of &quot;%1&quot; has no account record; it was left untouched.</source>
        <translation>Cơ sở dữ liệu hồ sơ của &quot;%1&quot; không có bản ghi tài khoản; cơ sở dữ liệu được giữ nguyên, không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>soc::ui::AlertActions</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Tiếp nhận</translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts (A)</source>
        <translation>Tiếp nhận các cảnh báo đã chọn (A)</translation>
    </message>
    <message>
        <source>Close as &amp;false positive…</source>
        <translation>Đóng – cảnh báo &amp;nhầm…</translation>
    </message>
    <message>
        <source>Close the selected alerts as false positives; a reason is required (F)</source>
        <translation>Đóng các cảnh báo đã chọn là cảnh báo nhầm; bắt buộc nêu lý do (F)</translation>
    </message>
    <message>
        <source>Close as &amp;benign</source>
        <translation>Đóng – &amp;vô hại</translation>
    </message>
    <message>
        <source>Close the selected alerts as benign (B)</source>
        <translation>Đóng các cảnh báo đã chọn là vô hại (B)</translation>
    </message>
    <message>
        <source>Open &amp;detail</source>
        <translation>Xem &amp;chi tiết</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
</context>
<context>
    <name>soc::ui::AlertScreen</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n mới</numerusform>
        </translation>
    </message>
    <message>
        <source>New alerts arrived above the rows you are looking at. Click to jump to them.</source>
        <translation>Có cảnh báo mới phía trên các dòng đang xem. Bấm để chuyển đến.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Showing the first %1 alerts, counting the rest…</source>
        <translation>Đang hiển thị %1 cảnh báo đầu tiên, đang đếm phần còn lại…</translation>
    </message>
</context>
<context>
    <name>soc::ui::AlertTableModel</name>
    <message>
        <source>Rule %1</source>
        <translation>Mã luật %1</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 — %2, lúc %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Sorting is offered on time, severity and status only, so it stays fast with millions of alerts.</source>
        <translation>Chỉ sắp xếp được theo thời gian, mức độ và trạng thái để bảng vẫn phản hồi nhanh khi có hàng triệu cảnh báo.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>Phân hệ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tên luật</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Đích</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>soc::ui::AlertTime</name>
    <message>
        <source>UTC: %1</source>
        <translation>UTC: %1</translation>
    </message>
    <message>
        <source>As written by the source: %1 (offset %2)</source>
        <translation>Theo giờ ghi tại nguồn: %1 (độ lệch múi giờ %2)</translation>
    </message>
    <message>
        <source>The source wrote no time zone offset.</source>
        <translation>Nguồn không ghi độ lệch múi giờ.</translation>
    </message>
</context>
<context>
    <name>soc::ui::DetailPane</name>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Thời gian (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Thời gian (UTC)</translation>
    </message>
    <message>
        <source>Time at the source</source>
        <translation>Giờ tại nguồn</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Người cập nhật</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>Phân hệ</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Cảm biến</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tên luật</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>Mã luật</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Đích</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Giao thức</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Alert UUID</source>
        <translation>UUID cảnh báo</translation>
    </message>
    <message>
        <source>Original record, exactly as the sensor wrote it</source>
        <translation>Bản ghi gốc, nguyên văn như cảm biến đã ghi</translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation>Chọn một cảnh báo để xem chi tiết.</translation>
    </message>
    <message>
        <source>Alert details</source>
        <translation>Chi tiết cảnh báo</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Cảnh báo %1</translation>
    </message>
    <message>
        <source>no offset in the source record</source>
        <translation>bản ghi gốc không có độ lệch múi giờ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>MITRE ATT&amp;&amp;CK</source>
        <translation>MITRE ATT&amp;&amp;CK</translation>
    </message>
</context>
<context>
    <name>soc::ui::FilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Open (new or acknowledged)</source>
        <translation>Đang mở (mới hoặc đã tiếp nhận)</translation>
    </message>
    <message>
        <source>All subsystems</source>
        <translation>Mọi phân hệ</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>1 giờ qua</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 giờ qua</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toàn bộ thời gian</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Mức độ:</translation>
    </message>
    <message>
        <source>Show %1 alerts (none pressed: all levels).
%2</source>
        <translation>Hiện cảnh báo mức %1 (không chọn mức nào: hiện mọi mức).
%2</translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation>Trạng thái kiểm tra và phân loại cảnh báo</translation>
    </message>
    <message>
        <source>Monitoring subsystem that raised the alert</source>
        <translation>Phân hệ giám sát phát sinh cảnh báo</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Khoảng thời gian</translation>
    </message>
</context>
<context>
    <name>soc::ui::FirstRunDialog</name>
    <message>
        <source>Create the first administrator — socstation</source>
        <translation>Tạo quản trị viên đầu tiên — socstation</translation>
    </message>
    <message>
        <source>This workspace has no accounts yet. Create the administrator account that will manage it; the case database is encrypted with a key protected by this password.
Workspace: %1</source>
        <translation>Không gian làm việc này chưa có tài khoản nào. Hãy tạo tài khoản quản trị viên để quản lý không gian làm việc; cơ sở dữ liệu hồ sơ được mã hóa bằng một khóa được bảo vệ bởi mật khẩu này.
Không gian làm việc: %1</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>Tên tài &amp;khoản:</translation>
    </message>
    <message>
        <source>lower-case letters, digits, . _ - (e.g. admin)</source>
        <translation>chữ thường không dấu, chữ số, . _ - (ví dụ: admin)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Tạo &amp;quản trị viên</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>The account name is not valid.</source>
        <translation>Tên tài khoản không hợp lệ.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>soc::ui::ImportDialog</name>
    <message>
        <source>Import alerts</source>
        <translation>Nhập cảnh báo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Reading and checking the records…</source>
        <translation>Đang đọc và kiểm tra các bản ghi…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>Đang hủy… sẽ không có cảnh báo nào được nhập.</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>Nhập không thành công, không có cảnh báo nào được nhập: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Đã hủy nhập: không có cảnh báo nào được nhập.</translation>
    </message>
    <message>
        <source>Imported: %1 · Duplicates (already stored): %2 · Rejected: %3</source>
        <translation>Đã nhập: %1 · Trùng lặp (đã có sẵn): %2 · Bị loại: %3</translation>
    </message>
    <message>
        <source>%1 well-formed records were not alerts (flows, DNS, statistics…) and were skipped.</source>
        <translation>%1 bản ghi hợp lệ không phải là cảnh báo (luồng mạng, DNS, thống kê…) nên đã được bỏ qua.</translation>
    </message>
    <message>
        <source>Only the first %1 problems are listed.</source>
        <translation>Chỉ liệt kê %1 lỗi đầu tiên.</translation>
    </message>
    <message>
        <source>Importing: %1</source>
        <translation>Đang nhập: %1</translation>
    </message>
    <message>
        <source>Files that could not be read as alert files: %1 (see below).</source>
        <translation>Số tệp không đọc được dưới dạng tệp cảnh báo: %1 (xem bên dưới).</translation>
    </message>
</context>
<context>
    <name>soc::ui::LoginDialog</name>
    <message>
        <source>Sign in — socstation</source>
        <translation>Đăng nhập — socstation</translation>
    </message>
    <message>
        <source>Sign in to unlock your encrypted case database.
Workspace: %1</source>
        <translation>Đăng nhập để mở khóa cơ sở dữ liệu hồ sơ đã mã hóa của tài khoản.
Không gian làm việc: %1</translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation>&amp;Cán bộ:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Choose the analyst who is signing in.</source>
        <translation>Chọn cán bộ đăng nhập.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Wrong password for %1. Check Caps Lock and the keyboard layout (Unikey/Telex), then try again.</source>
        <translation>Sai mật khẩu của %1. Hãy kiểm tra phím Caps Lock và chế độ gõ tiếng Việt (Unikey/Telex) rồi thử lại.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Đăng nhập không thành công.</translation>
    </message>
</context>
<context>
    <name>soc::ui::MainWindow</name>
    <message>
        <source>socstation — %1</source>
        <translation>socstation — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Import alerts…</source>
        <translation>&amp;Nhập cảnh báo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Cảnh báo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Chuyển đến</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Detail pane</source>
        <translation>&amp;Khung chi tiết</translation>
    </message>
    <message>
        <source>On the &amp;right</source>
        <translation>Bên &amp;phải</translation>
    </message>
    <message>
        <source>At the &amp;bottom</source>
        <translation>Phía &amp;dưới</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Search syntax</source>
        <translation>&amp;Cú pháp tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;About socstation</source>
        <translation>&amp;Giới thiệu socstation</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Import alerts</source>
        <translation>Nhập cảnh báo</translation>
    </message>
    <message>
        <source>Alert files (*.json *.ndjson *.jsonl *.log *.cef *.txt);;All files (*)</source>
        <translation>Tệp cảnh báo (*.json *.ndjson *.jsonl *.log *.cef *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;ssh brute&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words, matched as prefixes in signature, category, addresses, host and sensor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;src:10.0.0.5&lt;/tt&gt; &lt;tt&gt;dst:192.168.*&lt;/tt&gt; &lt;tt&gt;ip:…&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;source, destination or either address&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;sev:cao&lt;/tt&gt; &lt;tt&gt;sev:high&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;severity: thap/low, tb/medium, cao/high, khancap/emergency&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;status:new&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;new, acknowledged, false_positive, benign&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;sub:NSM&lt;/tt&gt; &lt;tt&gt;sig:&quot;SSH Scan&quot;&lt;/tt&gt; &lt;tt&gt;host:web01&lt;/tt&gt; &lt;tt&gt;cat:…&lt;/tt&gt; &lt;tt&gt;source:wazuh&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;subsystem, signature, host, category, sensor&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Press / to search, Esc to clear and return to the table.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;ssh brute&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;từ khóa, so khớp theo phần đầu của từ trong tên luật, nhóm, địa chỉ, thiết bị và cảm biến&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;src:10.0.0.5&lt;/tt&gt; &lt;tt&gt;dst:192.168.*&lt;/tt&gt; &lt;tt&gt;ip:…&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;địa chỉ nguồn, địa chỉ đích hoặc một trong hai&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;sev:cao&lt;/tt&gt; &lt;tt&gt;sev:high&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;mức độ: thap/low, tb/medium, cao/high, khancap/emergency&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;status:new&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;new (mới), acknowledged (đã tiếp nhận), false_positive (cảnh báo nhầm), benign (vô hại)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;sub:NSM&lt;/tt&gt; &lt;tt&gt;sig:&quot;SSH Scan&quot;&lt;/tt&gt; &lt;tt&gt;host:web01&lt;/tt&gt; &lt;tt&gt;cat:…&lt;/tt&gt; &lt;tt&gt;source:wazuh&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;phân hệ, tên luật, thiết bị, nhóm, cảm biến&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Nhấn / để tìm kiếm, Esc để xóa và quay lại bảng.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Cú pháp tìm kiếm</translation>
    </message>
    <message>
        <source>About socstation</source>
        <translation>Giới thiệu socstation</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;socstation %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Duty workstation for provincial Security Operations Centres: alert triage, tickets, incidents and reports.&lt;/p&gt;&lt;p&gt;Case data is kept in an encrypted database per analyst.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;socstation %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Máy trạm trực ca dành cho Trung tâm Giám sát An ninh mạng (SOC) cấp tỉnh: kiểm tra và phân loại cảnh báo, phiếu xử lý, sự cố và báo cáo.&lt;/p&gt;&lt;p&gt;Dữ liệu hồ sơ được lưu trong cơ sở dữ liệu mã hóa riêng cho từng cán bộ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancelling the import before closing…</source>
        <translation>Đang hủy việc nhập cảnh báo trước khi đóng…</translation>
    </message>
</context>
<context>
    <name>soc::ui::ReasonDialog</name>
    <message>
        <source>Close as false positive</source>
        <translation>Đóng – cảnh báo nhầm</translation>
    </message>
    <message>
        <source>e.g. vulnerability scan by our own security team, ticket 2026-114</source>
        <translation>ví dụ: quét lỗ hổng do bộ phận an toàn thông tin của đơn vị thực hiện, phiếu xử lý 2026-114</translation>
    </message>
    <message>
        <source>The reason is required. It is kept with each alert and in the change journal.</source>
        <translation>Bắt buộc nhập lý do. Lý do được lưu cùng từng cảnh báo và trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>Alerts to close as false positive: %1. Why are they not an attack?</source>
        <translation>Số cảnh báo sẽ đóng là cảnh báo nhầm: %1. Vì sao đây không phải là tấn công?</translation>
    </message>
</context>
<context>
    <name>soc::ui::SeverityCountsBar</name>
    <message>
        <source>New:</source>
        <translation>Mới:</translation>
    </message>
    <message>
        <source>Show the new %1 alerts</source>
        <translation>Hiện các cảnh báo mới mức %1</translation>
    </message>
</context>
<context>
    <name>soc::ui::TopBar</name>
    <message>
        <source>socstation</source>
        <translation>socstation</translation>
    </message>
    <message>
        <source>Local workspace — not connected to a central store</source>
        <translation>Không gian làm việc cục bộ — chưa kết nối kho dữ liệu trung tâm</translation>
    </message>
    <message>
        <source>Changes are kept in this station&apos;s encrypted case database and journaled for synchronisation once a central store is configured.</source>
        <translation>Các thay đổi được lưu trong cơ sở dữ liệu hồ sơ đã mã hóa của máy trạm này và được ghi nhật ký để đồng bộ khi kho dữ liệu trung tâm được cấu hình.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>soc::ui::TriageController</name>
    <message>
        <source>Select one or more alerts first (↑/↓ or j/k to move, Space to mark).</source>
        <translation>Hãy chọn trước một hoặc nhiều cảnh báo (↑/↓ hoặc j/k để di chuyển, phím Space để đánh dấu).</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation>Không thay đổi được trạng thái: %1</translation>
    </message>
    <message>
        <source>Status set to &quot;%1&quot; (alerts: %2).</source>
        <translation>Đã chuyển trạng thái thành &quot;%1&quot; (số cảnh báo: %2).</translation>
    </message>
</context>
</TS>
