<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccessGuard</name>
    <message>
        <source>There is no account &quot;%1&quot; in this case database, so it may not %2. Nothing was changed; the attempt was recorded in the audit log.</source>
        <translation>Cơ sở dữ liệu hồ sơ này không có tài khoản &quot;%1&quot; nên không được phép %2. Không có gì bị thay đổi; lần thử này đã được ghi vào nhật ký kiểm toán.</translation>
    </message>
</context>
<context>
    <name>AccountAdministration</name>
    <message>
        <source>Give the reference of the written request (R-27: accounts are issued, locked, unlocked or revoked only on written request).</source>
        <translation>Hãy ghi số, ký hiệu của văn bản yêu cầu (R-27: tài khoản chỉ được cấp, khóa, mở khóa hoặc thu hồi khi có yêu cầu bằng văn bản).</translation>
    </message>
    <message>
        <source>This administrator account holds no station key; accounts can only be changed by an administrator of this station.</source>
        <translation>Tài khoản quản trị viên này không giữ khóa của máy trạm; chỉ quản trị viên của máy trạm này mới thay đổi được tài khoản.</translation>
    </message>
    <message>
        <source>Administrators do not change their own account; another administrator must do it.</source>
        <translation>Quản trị viên không tự thay đổi tài khoản của chính mình; việc này phải do một quản trị viên khác thực hiện.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not sealed to this station&apos;s key yet; the analyst must sign in once after the update before it can be changed.</source>
        <translation>Tài khoản &quot;%1&quot; chưa được niêm phong bằng khóa của máy trạm này; cán bộ phải đăng nhập một lần sau khi cập nhật thì mới thay đổi được tài khoản.</translation>
    </message>
    <message>
        <source>The case database of &quot;%1&quot; has no account record.</source>
        <translation>Cơ sở dữ liệu hồ sơ của &quot;%1&quot; không có bản ghi tài khoản.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not locked.</source>
        <translation>Tài khoản &quot;%1&quot; không bị khóa.</translation>
    </message>
    <message>
        <source>The sealed password of &quot;%1&quot; could not be opened with the station key; reset the password instead.</source>
        <translation>Không mở được mật khẩu đã niêm phong của &quot;%1&quot; bằng khóa của máy trạm; hãy đặt lại mật khẩu.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already locked or suspended.</source>
        <translation>Tài khoản &quot;%1&quot; đã bị khóa hoặc tạm dừng.</translation>
    </message>
    <message>
        <source>The account could not be suspended (OpenSSL error).</source>
        <translation>Không tạm dừng được tài khoản (lỗi OpenSSL).</translation>
    </message>
    <message>
        <source>The data key could not be wrapped (OpenSSL error).</source>
        <translation>Không mã hóa bảo vệ được khóa dữ liệu (lỗi OpenSSL).</translation>
    </message>
    <message>
        <source>not sealed to the station key yet (the analyst has not signed in since the update)</source>
        <translation>chưa được niêm phong bằng khóa của máy trạm (cán bộ chưa đăng nhập kể từ khi cập nhật)</translation>
    </message>
    <message>
        <source>The recovery key must be an X25519 public key in PEM form (openssl genpkey -algorithm X25519 -out recovery.pem; openssl pkey -in recovery.pem -pubout).</source>
        <translation>Khóa khôi phục phải là khóa công khai X25519 ở dạng PEM (openssl genpkey -algorithm X25519 -out recovery.pem; openssl pkey -in recovery.pem -pubout).</translation>
    </message>
</context>
<context>
    <name>AccountJob</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Lỗi ngoài dự kiến: %1</translation>
    </message>
</context>
<context>
    <name>AccountRequestForms</name>
    <message>
        <source>Valid until</source>
        <translation>Có hiệu lực đến</translation>
    </message>
    <message>
        <source>Type the temporary password twice.</source>
        <translation>Hãy nhập mật khẩu tạm thời hai lần.</translation>
    </message>
    <message>
        <source>The two temporary passwords differ.</source>
        <translation>Hai mật khẩu tạm thời không khớp nhau.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>One account per person, with the least role the work needs (R-27). The analyst signs in with the temporary password and must change it at once (R-24).</source>
        <translation>Mỗi người một tài khoản, với vai trò thấp nhất đủ cho công việc (R-27). Cán bộ đăng nhập bằng mật khẩu tạm thời và phải đổi mật khẩu ngay (R-24).</translation>
    </message>
    <message>
        <source>lower-case letters, digits, . _ - (e.g. nguyen.an)</source>
        <translation>chữ thường không dấu, chữ số, . _ - (ví dụ: nguyen.an)</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Thời hạn sử dụng:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Mật khẩu tạm thời:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Nhập &amp;lại:</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Tạo tài &amp;khoản</translation>
    </message>
    <message>
        <source>The user name is not valid.</source>
        <translation>Tên đăng nhập không hợp lệ.</translation>
    </message>
    <message>
        <source>Type the person&apos;s full name.</source>
        <translation>Hãy nhập họ và tên của người dùng.</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Mở khóa %1</translation>
    </message>
    <message>
        <source>Unlock or reactivate the account of %1 (%2); its failed sign-ins are forgotten. Only on the owner&apos;s written request (R-25).</source>
        <translation>Mở khóa hoặc kích hoạt lại tài khoản của %1 (%2); các lần đăng nhập sai trước đó được xóa bỏ. Chỉ thực hiện khi có yêu cầu bằng văn bản của chủ tài khoản (R-25).</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>Tạm dừng %1</translation>
    </message>
    <message>
        <source>Suspend the account of %1 (%2): nobody can sign in with it until an administrator reactivates it. Its cases stay in its database.</source>
        <translation>Tạm dừng tài khoản của %1 (%2): không ai đăng nhập được bằng tài khoản này cho đến khi quản trị viên kích hoạt lại. Hồ sơ của tài khoản vẫn được giữ trong cơ sở dữ liệu của tài khoản.</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Tạm dừng</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Đổi vai trò của %1</translation>
    </message>
    <message>
        <source>%1 (%2) now has the role %3. Give the least role the work needs (R-27).</source>
        <translation>%1 (%2) hiện có vai trò %3. Hãy cấp vai trò thấp nhất đủ cho công việc (R-27).</translation>
    </message>
    <message>
        <source>New r&amp;ole:</source>
        <translation>Vai trò &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>Đổi &amp;vai trò</translation>
    </message>
    <message>
        <source>Choose a role other than the current one.</source>
        <translation>Hãy chọn vai trò khác với vai trò hiện tại.</translation>
    </message>
    <message>
        <source>Validity of %1</source>
        <translation>Thời hạn sử dụng của %1</translation>
    </message>
    <message>
        <source>After the last valid day the account of %1 (%2) is suspended at its next sign-in (R-27).</source>
        <translation>Sau ngày hiệu lực cuối cùng, tài khoản của %1 (%2) bị tạm dừng ở lần đăng nhập kế tiếp (R-27).</translation>
    </message>
    <message>
        <source>&amp;Save validity</source>
        <translation>&amp;Lưu thời hạn</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Đặt lại mật khẩu của %1</translation>
    </message>
    <message>
        <source>Give %1 (%2) a temporary password; it must be changed at the next sign-in (R-24). The account is reactivated; its cases stay as they are.</source>
        <translation>Cấp cho %1 (%2) một mật khẩu tạm thời; mật khẩu này phải được đổi ở lần đăng nhập kế tiếp (R-24). Tài khoản được kích hoạt lại; hồ sơ của tài khoản được giữ nguyên.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Đặt lại mật &amp;khẩu</translation>
    </message>
</context>
<context>
    <name>AccountReviewReport</name>
    <message>
        <source>Account review</source>
        <translation>Rà soát tài khoản</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Máy trạm: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Ngày: %1</translation>
    </message>
    <message numerus="yes">
        <source>Prepared by: %1 · %n account(s)</source>
        <translation>
            <numerusform>Người lập: %1 · %n tài khoản</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: one account per person, the least role each needs, accounts no longer needed suspended (R-27).</source>
        <translation>Đã kiểm tra: mỗi người một tài khoản, mỗi tài khoản có vai trò thấp nhất đủ cho công việc, các tài khoản không còn cần thiết đã được tạm dừng (R-27).</translation>
    </message>
    <message>
        <source>Reviewer: ______________________</source>
        <translation>Người rà soát: ______________________</translation>
    </message>
    <message>
        <source>Date: ____/____/________</source>
        <translation>Ngày: ____/____/________</translation>
    </message>
    <message>
        <source>Signature: ______________________</source>
        <translation>Chữ ký: ______________________</translation>
    </message>
</context>
<context>
    <name>Agency</name>
    <message>
        <source>Provincial department</source>
        <translation>Sở</translation>
    </message>
    <message>
        <source>Commune/ward People&apos;s Committee</source>
        <translation>UBND xã/phường</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Công an tỉnh</translation>
    </message>
    <message>
        <source>National coordinator</source>
        <translation>Cơ quan điều phối quốc gia</translation>
    </message>
    <message>
        <source>Internet service provider</source>
        <translation>Nhà cung cấp dịch vụ Internet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
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
    <name>AlertTime</name>
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
    <name>Asset</name>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Rất cao</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
</context>
<context>
    <name>AuditCsv</name>
    <message>
        <source>The CSV file could not be written: %1. The audit log itself is unchanged.</source>
        <translation>Không ghi được tệp CSV: %1. Bản thân nhật ký kiểm toán không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Internal error: this connection to the case database has no audit key, so it cannot write or check the audit log.</source>
        <translation>Lỗi nội bộ: kết nối này tới cơ sở dữ liệu vụ việc không có khóa kiểm toán nên không thể ghi hoặc kiểm tra nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>The check of the audit log was cancelled.</source>
        <translation>Đã hủy việc kiểm tra nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>An entry is missing before entry %1 (entries were deleted).</source>
        <translation>Thiếu bản ghi trước bản ghi %1 (có bản ghi đã bị xóa).</translation>
    </message>
    <message>
        <source>The entries are out of order at entry %1.</source>
        <translation>Các bản ghi bị đảo thứ tự tại bản ghi %1.</translation>
    </message>
    <message>
        <source>The entries are out of order: entry %1 holds the entry written as number %2.</source>
        <translation>Các bản ghi bị đảo thứ tự: vị trí %1 chứa bản ghi được ghi với số %2.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Bản ghi %1 đã bị sửa đổi sau khi được ghi.</translation>
    </message>
</context>
<context>
    <name>AuditRetention</name>
    <message>
        <source>The audit log must be kept for at least %1 months (R-20); the retention stays at %2 months.</source>
        <translation>Nhật ký kiểm toán phải được lưu giữ ít nhất %1 tháng (R-20); thời hạn lưu giữ vẫn là %2 tháng.</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>The file %1 could not be created: %2. Nothing was exported; the audit log is unchanged.</source>
        <translation>Không tạo được tệp %1: %2. Chưa xuất dữ liệu nào; nhật ký kiểm toán không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2. Nothing was exported; the audit log is unchanged.</source>
        <translation>Không lưu được tệp %1: %2. Chưa xuất dữ liệu nào; nhật ký kiểm toán không bị thay đổi.</translation>
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
    <name>Backup</name>
    <message>
        <source>The backup file %1 is damaged: %2 Nothing was restored from it.</source>
        <translation>Tệp sao lưu %1 bị hỏng: %2 Không khôi phục dữ liệu nào từ tệp này.</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1: %2.</source>
        <translation>Không đọc được tệp sao lưu %1: %2.</translation>
    </message>
    <message>
        <source>it is not a socstation backup (no SSBACKUP header).</source>
        <translation>tệp không phải là bản sao lưu của socstation (không có phần đầu SSBACKUP).</translation>
    </message>
    <message>
        <source>it is truncated (%1 bytes).</source>
        <translation>tệp bị cắt cụt (%1 byte).</translation>
    </message>
    <message>
        <source>it has format version %1; this version of socstation reads version %2.</source>
        <translation>tệp có định dạng phiên bản %1; phiên bản socstation này chỉ đọc được định dạng phiên bản %2.</translation>
    </message>
    <message>
        <source>The check of the backup was cancelled.</source>
        <translation>Đã hủy việc kiểm tra bản sao lưu.</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>ngay từ đầu</translation>
    </message>
    <message>
        <source>after the entry &quot;%1&quot;</source>
        <translation>sau mục &quot;%1&quot;</translation>
    </message>
    <message>
        <source>it ends %1 (byte %2) without its end marker; it is truncated.</source>
        <translation>tệp kết thúc %1 (byte %2) mà không có dấu kết thúc; tệp bị cắt cụt.</translation>
    </message>
    <message>
        <source>the entry header %1 (byte %2) is damaged.</source>
        <translation>phần đầu của mục %1 (byte %2) bị hỏng.</translation>
    </message>
    <message>
        <source>the length of the entry &quot;%1&quot; (byte %2) is damaged or the file is truncated.</source>
        <translation>độ dài của mục &quot;%1&quot; (byte %2) bị hỏng hoặc tệp bị cắt cụt.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is truncated.</source>
        <translation>mục &quot;%1&quot; bị cắt cụt.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; does not match its SHA-256 (its bytes were changed).</source>
        <translation>mục &quot;%1&quot; không khớp với giá trị SHA-256 của mục (nội dung đã bị thay đổi).</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; appears twice.</source>
        <translation>mục &quot;%1&quot; xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>the end marker is damaged (entry count).</source>
        <translation>dấu kết thúc bị hỏng (số lượng mục).</translation>
    </message>
    <message>
        <source>there are %1 unexpected bytes after the end marker.</source>
        <translation>có %1 byte không mong đợi sau dấu kết thúc.</translation>
    </message>
    <message>
        <source>the SHA-256 in the trailer does not match the file (the trailer or the entry headers were changed).</source>
        <translation>giá trị SHA-256 ở phần cuối tệp không khớp với tệp (phần cuối tệp hoặc phần đầu các mục đã bị thay đổi).</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is missing.</source>
        <translation>thiếu mục &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation>Đã hủy việc khôi phục.</translation>
    </message>
    <message>
        <source>Cannot write the restored entry &quot;%1&quot;: %2.</source>
        <translation>Không ghi được mục đã khôi phục &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is far too large (%2 bytes).</source>
        <translation>mục &quot;%1&quot; quá lớn (%2 byte).</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Đã hủy việc sao lưu.</translation>
    </message>
    <message>
        <source>The backup file could not be written: %1.</source>
        <translation>Không ghi được tệp sao lưu: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1 for the backup: %2.</source>
        <translation>Không đọc được %1 để sao lưu: %2.</translation>
    </message>
    <message>
        <source>%1 changed or could not be read while it was being backed up.</source>
        <translation>%1 đã bị thay đổi hoặc không đọc được trong khi đang sao lưu.</translation>
    </message>
    <message>
        <source>The backup file %1 is damaged: the entry &quot;%2&quot; is not a socstation backup manifest. Nothing was restored from it.</source>
        <translation>Tệp sao lưu %1 bị hỏng: mục &quot;%2&quot; không phải là bản kê nội dung sao lưu của socstation. Không khôi phục dữ liệu nào từ tệp này.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>%1 already holds a socstation workspace; a restore never overwrites an existing workspace. Choose a new folder. Nothing was changed.</source>
        <translation>%1 đã chứa một không gian làm việc socstation; việc khôi phục không bao giờ ghi đè lên không gian làm việc đã có. Hãy chọn một thư mục mới. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 already exists; a restore never overwrites it. Choose a new folder. Nothing was changed.</source>
        <translation>%1 đã tồn tại; việc khôi phục không bao giờ ghi đè dữ liệu đã có. Hãy chọn một thư mục mới. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot create a private temporary folder: %1.</source>
        <translation>Không tạo được thư mục tạm riêng tư: %1.</translation>
    </message>
    <message>
        <source>Cannot write the temporary file %1: %2.</source>
        <translation>Không ghi được tệp tạm %1: %2.</translation>
    </message>
    <message>
        <source>No backup destination is set: choose one or two folders, on separate devices or sites (R-30).</source>
        <translation>Chưa đặt nơi lưu bản sao lưu: hãy chọn một hoặc hai thư mục, nằm trên các thiết bị hoặc địa điểm khác nhau (R-30).</translation>
    </message>
    <message>
        <source>At most two backup destinations can be set.</source>
        <translation>Chỉ được đặt tối đa hai nơi lưu bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup destination %1 does not exist or is not a folder (is the drive connected?). Nothing was written there.</source>
        <translation>Nơi lưu bản sao lưu %1 không tồn tại hoặc không phải là thư mục (ổ đĩa đã được kết nối chưa?). Không có gì được ghi vào đó.</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1: %2. Nothing was written there.</source>
        <translation>Không ghi được tệp sao lưu %1: %2. Không có gì được ghi vào đó.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not a socstation backup manifest.</source>
        <translation>mục &quot;%1&quot; không phải là bản kê nội dung sao lưu của socstation.</translation>
    </message>
    <message>
        <source>The backup file %1 belongs to &quot;%2&quot;, not to &quot;%3&quot;; it cannot be checked with your key.</source>
        <translation>Tệp sao lưu %1 thuộc về &quot;%2&quot;, không phải &quot;%3&quot;; không thể kiểm tra tệp này bằng khóa của bạn.</translation>
    </message>
    <message>
        <source>it holds %1 evidence files, its manifest says %2.</source>
        <translation>tệp chứa %1 tệp chứng cứ, trong khi bản kê nội dung ghi %2.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; does not open with your data key: %2</source>
        <translation>mục &quot;%1&quot; không mở được bằng khóa dữ liệu của bạn: %2</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; fails SQLCipher&apos;s integrity check: %2</source>
        <translation>mục &quot;%1&quot; không vượt qua bước kiểm tra tính toàn vẹn của SQLCipher: %2</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; fails SQLite&apos;s integrity check: %2</source>
        <translation>mục &quot;%1&quot; không vượt qua bước kiểm tra tính toàn vẹn của SQLite: %2</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; holds %2 rows in %3; the case database had %4 when the backup was made.</source>
        <translation>mục &quot;%1&quot; có %2 dòng trong %3; cơ sở dữ liệu hồ sơ có %4 dòng khi tạo bản sao lưu.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be read: %2</source>
        <translation>không đọc được mục &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <source>%1 already exists; evidence files are never overwritten. Nothing was extracted: choose an empty folder.</source>
        <translation>%1 đã tồn tại; tệp chứng cứ không bao giờ bị ghi đè. Chưa trích xuất tệp nào: hãy chọn một thư mục trống.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The files extracted before it are complete.</source>
        <translation>Không ghi được %1: %2. Các tệp đã trích xuất trước đó vẫn đầy đủ.</translation>
    </message>
    <message>
        <source>%1 is not a socstation case export file.</source>
        <translation>%1 không phải là tệp xuất hồ sơ của socstation.</translation>
    </message>
    <message>
        <source>%1 is truncated: it has %2 of the %3 bytes its header announces. Copy the file again from the exporting station.</source>
        <translation>%1 bị cắt cụt: tệp chỉ có %2 trong số %3 byte mà phần đầu tệp khai báo. Hãy sao chép lại tệp từ máy trạm đã xuất.</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends inside its header. Copy the file again from the exporting station.</source>
        <translation>%1 bị cắt cụt: tệp kết thúc ngay trong phần đầu tệp. Hãy sao chép lại tệp từ máy trạm đã xuất.</translation>
    </message>
    <message>
        <source>%1 was changed after it was exported (%2). Do not use it; ask for a new export.</source>
        <translation>%1 đã bị thay đổi sau khi được xuất (%2). Không sử dụng tệp này; hãy đề nghị xuất lại.</translation>
    </message>
    <message>
        <source>%1 is signed and decrypts, but its content is inconsistent (an evidence file does not match its record); it cannot be opened.</source>
        <translation>%1 có chữ ký và giải mã được, nhưng nội dung không nhất quán (một tệp chứng cứ không khớp với bản ghi của nó); không thể mở tệp này.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>its header length is not valid</source>
        <translation>độ dài phần đầu tệp không hợp lệ</translation>
    </message>
    <message>
        <source>%1 is a case export of version %2; this version of socstation reads version %3 only. Open it with a newer socstation.</source>
        <translation>%1 là tệp xuất hồ sơ phiên bản %2; phiên bản socstation này chỉ đọc được phiên bản %3. Hãy mở tệp bằng phiên bản socstation mới hơn.</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>phần đầu tệp bị hỏng</translation>
    </message>
    <message>
        <source>%1 bytes were added after its signature</source>
        <translation>có %1 byte được thêm vào sau chữ ký</translation>
    </message>
    <message>
        <source>The signature of %1 does not verify: the file was changed after it was exported. Do not use it; ask for a new export.</source>
        <translation>Chữ ký của %1 không hợp lệ: tệp đã bị thay đổi sau khi được xuất. Không sử dụng tệp này; hãy đề nghị xuất lại.</translation>
    </message>
    <message>
        <source>The passphrase key for %1 could not be derived (not enough memory?).</source>
        <translation>Không dẫn xuất được khóa từ cụm mật khẩu cho %1 (không đủ bộ nhớ?).</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1: the file is intact (its signature verifies) but this passphrase does not decrypt it.</source>
        <translation>Sai cụm mật khẩu cho %1: tệp còn nguyên vẹn (chữ ký hợp lệ) nhưng cụm mật khẩu này không giải mã được tệp.</translation>
    </message>
    <message>
        <source>The export passphrase must have at least %1 characters; nothing was exported.</source>
        <translation>Cụm mật khẩu xuất hồ sơ phải có ít nhất %1 ký tự; không có gì được xuất ra.</translation>
    </message>
    <message>
        <source>There is no ticket &quot;%1&quot;; nothing was exported.</source>
        <translation>Không có phiếu xử lý &quot;%1&quot;; không có gì được xuất ra.</translation>
    </message>
    <message>
        <source>Case %1 with its evidence is larger than an export can hold (1 GiB); nothing was exported.</source>
        <translation>Hồ sơ %1 cùng chứng cứ vượt quá dung lượng tối đa của một tệp xuất (1 GiB); không có gì được xuất ra.</translation>
    </message>
    <message>
        <source>The passphrase key could not be derived; nothing was exported.</source>
        <translation>Không dẫn xuất được khóa từ cụm mật khẩu; không có gì được xuất ra.</translation>
    </message>
    <message>
        <source>Evidence %1 is not the size its record says; nothing was exported.</source>
        <translation>Chứng cứ %1 có kích thước khác với kích thước đã ghi nhận; không có gì được xuất ra.</translation>
    </message>
    <message>
        <source>The encryption library failed; nothing was exported.</source>
        <translation>Thư viện mã hóa gặp lỗi; không có gì được xuất ra.</translation>
    </message>
    <message>
        <source>The export could not be signed; nothing was exported.</source>
        <translation>Không ký được tệp xuất; không có gì được xuất ra.</translation>
    </message>
    <message>
        <source>Cannot write the export file %1: %2; nothing was exported.</source>
        <translation>Không ghi được tệp xuất %1: %2; không có gì được xuất ra.</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>There is no ticket &quot;%1&quot;.</source>
        <translation>Không có phiếu xử lý &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A ticket needs a title.</source>
        <translation>Phiếu xử lý phải có tiêu đề.</translation>
    </message>
    <message>
        <source>Ticket %1 created (%2).</source>
        <translation>Đã tạo phiếu xử lý %1 (%2).</translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation>Không có cảnh báo %1.</translation>
    </message>
    <message>
        <source>Alerts attached: %1.</source>
        <translation>Số cảnh báo đã gắn: %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is an incident: close it from the incident view, where the seven steps are checked.</source>
        <translation>Phiếu xử lý %1 là sự cố: hãy đóng phiếu tại màn hình Sự cố, nơi kiểm tra bảy bước ứng cứu.</translation>
    </message>
    <message>
        <source>Ticket %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>Phiếu xử lý %1 không thể chuyển từ &quot;%2&quot; sang &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Ticket %1: going from &quot;%2&quot; to &quot;%3&quot; needs a reason.</source>
        <translation>Phiếu xử lý %1: phải nêu lý do khi chuyển từ &quot;%2&quot; sang &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Status: %1 → %2.</source>
        <translation>Trạng thái: %1 → %2.</translation>
    </message>
    <message>
        <source>Status: %1 → %2. Reason: %3</source>
        <translation>Trạng thái: %1 → %2. Lý do: %3</translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation>Đã bỏ giao người xử lý.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Đã giao cho %1.</translation>
    </message>
    <message>
        <source>Ticket details edited.</source>
        <translation>Đã sửa thông tin phiếu xử lý.</translation>
    </message>
    <message>
        <source>Ticket details edited; severity %1 → %2.</source>
        <translation>Đã sửa thông tin phiếu xử lý; mức độ %1 → %2.</translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation>Không có bước %1.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Ghi chú không được để trống.</translation>
    </message>
    <message>
        <source>Describe the action taken.</source>
        <translation>Hãy mô tả hành động đã thực hiện.</translation>
    </message>
    <message>
        <source>Say who the communication was with.</source>
        <translation>Hãy ghi rõ đã trao đổi thông tin với ai.</translation>
    </message>
    <message>
        <source>Summarise the communication.</source>
        <translation>Hãy tóm tắt nội dung trao đổi.</translation>
    </message>
    <message>
        <source>Report issued: %1 (%2).</source>
        <translation>Đã phát hành báo cáo: %1 (%2).</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot; on ticket %2.</source>
        <translation>Phiếu xử lý %2 không có sự kiện &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the evidence file %1.</source>
        <translation>Không đọc được tệp chứng cứ %1.</translation>
    </message>
    <message>
        <source>Collected from %1.</source>
        <translation>Thu thập từ %1.</translation>
    </message>
    <message>
        <source>Evidence added: %1 (%2 bytes, SHA-256 %3).</source>
        <translation>Đã thêm chứng cứ: %1 (%2 byte, SHA-256 %3).</translation>
    </message>
    <message>
        <source>There is no evidence item &quot;%1&quot;.</source>
        <translation>Không có chứng cứ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
    <message>
        <source>Cannot write the custody record beside %1.</source>
        <translation>Không ghi được hồ sơ lưu giữ, bàn giao chứng cứ vào cùng thư mục với %1.</translation>
    </message>
    <message>
        <source>There is no step %1: the response has steps 1 to 7.</source>
        <translation>Không có bước %1: quy trình ứng cứu gồm các bước từ 1 đến 7.</translation>
    </message>
    <message>
        <source>Ticket %1 is not an incident; declare it an incident first.</source>
        <translation>Phiếu xử lý %1 chưa phải là sự cố; hãy xác định là sự cố trước.</translation>
    </message>
    <message>
        <source>Choose one of the ten official incident types (1 to 10).</source>
        <translation>Hãy chọn một trong mười loại sự cố theo quy định (từ 1 đến 10).</translation>
    </message>
    <message>
        <source>Ticket %1 is already an incident.</source>
        <translation>Phiếu xử lý %1 đã là sự cố.</translation>
    </message>
    <message>
        <source>Declared an incident: %1; severity %2; %3.</source>
        <translation>Đã xác định là sự cố: %1; mức độ %2; %3.</translation>
    </message>
    <message>
        <source>Classification: %1; severity %2; %3.</source>
        <translation>Phân loại: %1; mức độ %2; %3.</translation>
    </message>
    <message>
        <source>Marked beyond the unit&apos;s capability: report with form Mẫu 03 immediately (R-11).</source>
        <translation>Đã đánh dấu vượt quá khả năng xử lý của đơn vị: báo cáo ngay theo Mẫu 03 (R-11).</translation>
    </message>
    <message>
        <source>Step %1 is already in progress.</source>
        <translation>Bước %1 đang được thực hiện.</translation>
    </message>
    <message>
        <source>Step %1 started: %2.</source>
        <translation>Bắt đầu bước %1: %2.</translation>
    </message>
    <message>
        <source>Step %1 reopened: %2.</source>
        <translation>Mở lại bước %1: %2.</translation>
    </message>
    <message>
        <source>Cannot complete step 3 (Contain): no containment action has been recorded on the timeline. Add the containment action first.</source>
        <translation>Không thể hoàn thành Bước 3 (Ngăn chặn): chưa có hành động ngăn chặn nào được ghi nhận trong diễn biến. Hãy thêm hành động ngăn chặn trước.</translation>
    </message>
    <message>
        <source>Cannot complete step 4 (Collect evidence): no evidence item has been added. Add the collected logs or files as evidence first.</source>
        <translation>Không thể hoàn thành Bước 4 (Thu thập bằng chứng): chưa có chứng cứ nào được thêm. Hãy thêm nhật ký hoặc tệp đã thu thập làm chứng cứ trước.</translation>
    </message>
    <message>
        <source>Cannot complete step 7 (Post-incident activities): write the lessons learned and the outcome first.</source>
        <translation>Không thể hoàn thành Bước 7 (Hoạt động sau sự cố): hãy ghi bài học kinh nghiệm và kết quả xử lý trước.</translation>
    </message>
    <message>
        <source>Step %1 is already done.</source>
        <translation>Bước %1 đã hoàn thành.</translation>
    </message>
    <message>
        <source>Step %1 done: %2.</source>
        <translation>Hoàn thành bước %1: %2.</translation>
    </message>
    <message>
        <source>Skipping step %1 needs a reason.</source>
        <translation>Phải nêu lý do khi bỏ qua bước %1.</translation>
    </message>
    <message>
        <source>Step %1 skipped: %2. Reason: %3</source>
        <translation>Bỏ qua bước %1: %2. Lý do: %3</translation>
    </message>
    <message>
        <source>Step %1 owner: %2.</source>
        <translation>Người thực hiện bước %1: %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Notified %1 of the incident.</source>
        <translation>Đã thông báo sự cố cho %1.</translation>
    </message>
    <message>
        <source>The incident is already closed.</source>
        <translation>Sự cố đã được đóng.</translation>
    </message>
    <message>
        <source>Cannot close the incident: step(s) %1 are neither done nor skipped with a reason.</source>
        <translation>Không thể đóng sự cố: bước %1 chưa hoàn thành và chưa được bỏ qua kèm lý do.</translation>
    </message>
    <message>
        <source>Incident closed.</source>
        <translation>Đã đóng sự cố.</translation>
    </message>
    <message>
        <source>The security level of a system is 1 to 5 (0 when it is not classified).</source>
        <translation>Cấp độ an toàn của hệ thống là từ 1 đến 5 (0 khi chưa được xác định cấp độ).</translation>
    </message>
    <message>
        <source>The incident type is 1 to 10; the security level of a system is 1 to 5 (0 when it is not classified).</source>
        <translation>Loại sự cố là từ 1 đến 10; cấp độ an toàn của hệ thống là từ 1 đến 5 (0 khi chưa được xác định cấp độ).</translation>
    </message>
</context>
<context>
    <name>CaseTime</name>
    <message>
        <source>Occurred: %1 (UTC %2)</source>
        <translation>Thời điểm xảy ra: %1 (UTC %2)</translation>
    </message>
    <message>
        <source>Entered as: %1</source>
        <translation>Theo giờ đã nhập: %1</translation>
    </message>
    <message>
        <source>Recorded: %1 (UTC %2)</source>
        <translation>Thời điểm ghi nhận: %1 (UTC %2)</translation>
    </message>
</context>
<context>
    <name>CentralIngest</name>
    <message>
        <source>The record is larger than %1 MiB and was not read.</source>
        <translation>Bản ghi lớn hơn %1 MiB nên không được đọc.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a regular file.</source>
        <translation>Không đọc được %1: đây không phải là tệp thông thường.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Không mở được %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Suricata EVE, Wazuh or CEF alert file.</source>
        <translation>%1 không phải là tệp cảnh báo Suricata EVE, Wazuh hoặc CEF.</translation>
    </message>
    <message>
        <source>The cursor of %1 in the central store was moved by another ingest process of this sensor; stopping so that no alert is sent twice.</source>
        <translation>Vị trí đọc của %1 trên kho trung tâm đã bị một tiến trình nạp khác của cảm biến này thay đổi; dừng lại để không gửi cảnh báo nào hai lần.</translation>
    </message>
    <message>
        <source>Connected to the central store again.</source>
        <translation>Đã kết nối lại với kho trung tâm.</translation>
    </message>
    <message>
        <source>The central store cannot be reached (%1). Waiting for it and retrying; nothing is lost meanwhile.</source>
        <translation>Không kết nối được kho trung tâm (%1). Đang chờ và thử lại; không mất dữ liệu nào trong lúc chờ.</translation>
    </message>
    <message>
        <source>%1 was read up to byte %2 of a file that is no longer there (rotated away or truncated); reading %1 from its start.</source>
        <translation>%1 đã được đọc đến byte %2 của một tệp không còn nữa (đã xoay vòng hoặc bị cắt); đọc lại %1 từ đầu.</translation>
    </message>
    <message>
        <source>Waiting for %1 to appear.</source>
        <translation>Đang chờ %1 xuất hiện.</translation>
    </message>
    <message>
        <source>%1 was truncated; reading it again from its start.</source>
        <translation>%1 đã bị cắt ngắn; đọc lại từ đầu.</translation>
    </message>
</context>
<context>
    <name>CentralMigrator</name>
    <message>
        <source>The central store has schema version %1, newer than this version of socstation understands (%2). Update socstation; nothing was changed.</source>
        <translation>Kho trung tâm có lược đồ phiên bản %1, mới hơn phiên bản socstation này hiểu được (%2). Hãy cập nhật socstation; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Bản dựng này thiếu bước chuyển đổi %1.</translation>
    </message>
</context>
<context>
    <name>CentralSettings</name>
    <message>
        <source>The central store URL must look like postgresql://host:5432/socstation.</source>
        <translation>Địa chỉ kho trung tâm phải có dạng postgresql://máy-chủ:5432/socstation.</translation>
    </message>
    <message>
        <source>The central store URL must not contain a password: each analyst signs in with their own.</source>
        <translation>Địa chỉ kho trung tâm không được chứa mật khẩu: mỗi cán bộ đăng nhập bằng mật khẩu của mình.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;.</source>
        <translation>Chế độ TLS &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>TLS mode %1 needs the certificate of the SOC&apos;s certificate authority (CA file).</source>
        <translation>Chế độ TLS %1 cần chứng chỉ của tổ chức cấp chứng chỉ của Trung tâm (tệp CA).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>The alert window must be between 1 and 3650 days.</source>
        <translation>Thời gian giữ cảnh báo phải từ 1 đến 3650 ngày.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
    <message>
        <source>Usage: socstation case create|list|show|status|assign|incident|step|close|escalate|note|comm|action|evidence|verify ...</source>
        <translation>Cách dùng: socstation case create|list|show|status|assign|incident|step|close|escalate|note|comm|action|evidence|verify ...</translation>
    </message>
    <message>
        <source>low, medium, high or emergency.</source>
        <translation>low (thấp), medium (trung bình), high (cao) hoặc emergency (khẩn cấp).</translation>
    </message>
    <message>
        <source>Official incident type 1-10 (R-4).</source>
        <translation>Loại sự cố theo danh mục chính thức, từ 1 đến 10 (R-4).</translation>
    </message>
    <message>
        <source>Affected system.</source>
        <translation>Hệ thống bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Security level of the system, 1-5 (R-5).</source>
        <translation>Cấp độ an toàn của hệ thống, từ 1 đến 5 (R-5).</translation>
    </message>
    <message>
        <source>Owning agency.</source>
        <translation>Cơ quan, đơn vị chủ quản.</translation>
    </message>
    <message>
        <source>Lessons learned (step 7).</source>
        <translation>Bài học kinh nghiệm (bước 7).</translation>
    </message>
    <message>
        <source>Outcome (step 7).</source>
        <translation>Kết quả xử lý (bước 7).</translation>
    </message>
    <message>
        <source>Beyond the unit&apos;s capability: Mẫu 03 at once (R-11).</source>
        <translation>Vượt quá khả năng xử lý của đơn vị: báo cáo ngay theo Mẫu 03 (R-11).</translation>
    </message>
    <message>
        <source>There is no ticket &quot;%1&quot;.</source>
        <translation>Không có phiếu xử lý &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Why the step is skipped.</source>
        <translation>Lý do bỏ qua bước.</translation>
    </message>
    <message>
        <source>Who owns the step.</source>
        <translation>Người phụ trách bước.</translation>
    </message>
    <message>
        <source>Usage: socstation case step ID STEP start|done|skip [--reason R] [--owner U]</source>
        <translation>Cách dùng: socstation case step ID BƯỚC start|done|skip [--reason LÝ_DO] [--owner NGƯỜI]</translation>
    </message>
    <message>
        <source>Usage: socstation case close ID</source>
        <translation>Cách dùng: socstation case close ID</translation>
    </message>
    <message>
        <source>phone, official_email, document or fax.</source>
        <translation>phone (điện thoại), official_email (thư điện tử công vụ), document (văn bản) hoặc fax.</translation>
    </message>
    <message>
        <source>Who was notified.</source>
        <translation>Người, đơn vị đã được thông báo.</translation>
    </message>
    <message>
        <source>Usage: socstation case escalate ID direct_superior|provincial_department|police|national_coordinator [--channel C] [--counterpart X] [TEXT]</source>
        <translation>Cách dùng: socstation case escalate ID direct_superior|provincial_department|police|national_coordinator [--channel KÊNH] [--counterpart ĐẦU_MỐI] [NỘI_DUNG]</translation>
    </message>
    <message>
        <source>Title.</source>
        <translation>Tiêu đề.</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Mô tả.</translation>
    </message>
    <message>
        <source>Linked alert id (repeatable).</source>
        <translation>Mã cảnh báo liên quan (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Reporting agency or unit.</source>
        <translation>Cơ quan, đơn vị báo cáo.</translation>
    </message>
    <message>
        <source>monitoring, phone, official_email, document or fax.</source>
        <translation>monitoring (giám sát), phone (điện thoại), official_email (thư điện tử công vụ), document (văn bản) hoặc fax.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Tên đăng nhập.</translation>
    </message>
    <message>
        <source>Usage: socstation case create --title T [--severity S] [--alert ID ...] [--agency A] [--channel C] [--assignee U] [--description D] --json</source>
        <translation>Cách dùng: socstation case create --title TIÊU_ĐỀ [--severity S] [--alert ID ...] [--agency A] [--channel KÊNH] [--assignee NGƯỜI] [--description MÔ_TẢ] --json</translation>
    </message>
    <message>
        <source>Alert ids are numbers (see socstation alerts list).</source>
        <translation>Mã cảnh báo là số (xem socstation alerts list).</translation>
    </message>
    <message>
        <source>At most N tickets.</source>
        <translation>Tối đa N phiếu.</translation>
    </message>
    <message>
        <source>Usage: socstation case list [--status S] --json</source>
        <translation>Cách dùng: socstation case list [--status S] --json</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use new, in_progress, waiting_agency, resolved or closed.</source>
        <translation>Không có trạng thái &quot;%1&quot;: dùng new, in_progress, waiting_agency, resolved hoặc closed.</translation>
    </message>
    <message>
        <source>Usage: socstation case show ID --json</source>
        <translation>Cách dùng: socstation case show ID --json</translation>
    </message>
    <message>
        <source>Why (needed to reopen).</source>
        <translation>Lý do (bắt buộc khi mở lại).</translation>
    </message>
    <message>
        <source>Usage: socstation case status ID new|in_progress|waiting_agency|resolved|closed [--reason R]</source>
        <translation>Cách dùng: socstation case status ID new|in_progress|waiting_agency|resolved|closed [--reason LÝ_DO]</translation>
    </message>
    <message>
        <source>Usage: socstation case assign ID [USER]</source>
        <translation>Cách dùng: socstation case assign ID [NGƯỜI]</translation>
    </message>
    <message>
        <source>The step it belongs to (1-7).</source>
        <translation>Bước liên quan (1-7).</translation>
    </message>
    <message>
        <source>Usage: socstation case note ID TEXT [--step N]</source>
        <translation>Cách dùng: socstation case note ID NỘI_DUNG [--step N]</translation>
    </message>
    <message>
        <source>A containment action (step 3).</source>
        <translation>Hành động ngăn chặn (bước 3).</translation>
    </message>
    <message>
        <source>Usage: socstation case action ID TEXT [--step N] [--containment]</source>
        <translation>Cách dùng: socstation case action ID NỘI_DUNG [--step N] [--containment]</translation>
    </message>
    <message>
        <source>Who it was with.</source>
        <translation>Trao đổi với ai.</translation>
    </message>
    <message>
        <source>in or out.</source>
        <translation>in (đến) hoặc out (đi).</translation>
    </message>
    <message>
        <source>Usage: socstation case comm ID --channel C --counterpart X --direction in|out TEXT</source>
        <translation>Cách dùng: socstation case comm ID --channel KÊNH --counterpart ĐẦU_MỐI --direction in|out NỘI_DUNG</translation>
    </message>
    <message>
        <source>What it is.</source>
        <translation>Chứng cứ là gì.</translation>
    </message>
    <message>
        <source>The system it was collected from.</source>
        <translation>Hệ thống nơi thu thập.</translation>
    </message>
    <message>
        <source>Who collected it.</source>
        <translation>Người thu thập.</translation>
    </message>
    <message>
        <source>Usage: socstation case evidence ID FILE [--description D] [--source S] [--collected-by U]</source>
        <translation>Cách dùng: socstation case evidence ID TỆP [--description MÔ_TẢ] [--source NGUỒN] [--collected-by NGƯỜI]</translation>
    </message>
    <message>
        <source>Usage: socstation case verify ID --json</source>
        <translation>Cách dùng: socstation case verify ID --json</translation>
    </message>
    <message>
        <source>All %1 evidence items match their SHA-256.</source>
        <translation>Cả %1 chứng cứ đều khớp giá trị SHA-256 đã ghi nhận.</translation>
    </message>
    <message>
        <source>Some evidence items do NOT match their recorded SHA-256.</source>
        <translation>Có chứng cứ KHÔNG khớp giá trị SHA-256 đã ghi nhận.</translation>
    </message>
    <message>
        <source>Alerts only: no demo tickets.</source>
        <translation>Chỉ tạo cảnh báo, không tạo phiếu minh họa.</translation>
    </message>
    <message>
        <source>Usage:
  socstation central migrate --url URL          create or update the central schema, roles and rules
  socstation central add-user NAME --role ROLE --url URL   create an analyst&apos;s PostgreSQL role;
                                                the new password is read from standard input
  socstation central use --url URL [--sslmode MODE] [--ca FILE] [--cert FILE] [--key FILE] [--alert-days N]
                                                point this workspace at a central store
  socstation central status                     show the workspace&apos;s central store settings
ROLE: analyst, shift_lead, manager, auditor, administrator, ingest (a sensor for socstation ingest).
migrate and add-user connect with the URL&apos;s user; its password comes from ~/.pgpass or PGPASSFILE.</source>
        <translation>Cách dùng:
  socstation central migrate --url URL          tạo hoặc cập nhật lược đồ, vai trò và quy tắc của kho trung tâm
  socstation central add-user NAME --role ROLE --url URL   tạo vai trò PostgreSQL cho một cán bộ;
                                                mật khẩu mới được đọc từ đầu vào chuẩn
  socstation central use --url URL [--sslmode MODE] [--ca FILE] [--cert FILE] [--key FILE] [--alert-days N]
                                                cho không gian làm việc này đồng bộ với một kho trung tâm
  socstation central status                     xem cài đặt kho trung tâm của không gian làm việc
ROLE: analyst, shift_lead, manager, auditor, administrator, ingest (cảm biến dùng cho socstation ingest).
migrate và add-user kết nối bằng người dùng trong URL; mật khẩu lấy từ ~/.pgpass hoặc PGPASSFILE.</translation>
    </message>
    <message>
        <source>The central store is up to date (schema version %1).</source>
        <translation>Kho trung tâm đã ở phiên bản mới nhất (lược đồ phiên bản %1).</translation>
    </message>
    <message>
        <source>Central store migrated from schema version %1 to %2.</source>
        <translation>Đã chuyển kho trung tâm từ lược đồ phiên bản %1 lên %2.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;. Roles: %2.</source>
        <translation>Vai trò &quot;%1&quot; không hợp lệ. Các vai trò: %2.</translation>
    </message>
    <message>
        <source>Central store account &quot;%1&quot; (%2) is ready.</source>
        <translation>Tài khoản kho trung tâm &quot;%1&quot; (%2) đã sẵn sàng.</translation>
    </message>
    <message>
        <source>There is no workspace at %1: run socstation init first.</source>
        <translation>Không có không gian làm việc tại %1: hãy chạy socstation init trước.</translation>
    </message>
    <message>
        <source>This workspace now syncs with %1.</source>
        <translation>Không gian làm việc này từ nay đồng bộ với %1.</translation>
    </message>
    <message>
        <source>This workspace works on its own (no central store).</source>
        <translation>Không gian làm việc này hoạt động độc lập (không có kho trung tâm).</translation>
    </message>
    <message>
        <source>Central store: %1 (TLS: %2).</source>
        <translation>Kho trung tâm: %1 (TLS: %2).</translation>
    </message>
    <message>
        <source>The central store, as the sensor&apos;s account: postgresql://sensor1@host:5432/db.</source>
        <translation>Kho trung tâm, với tài khoản của cảm biến: postgresql://sensor1@máy-chủ:5432/csdl.</translation>
    </message>
    <message>
        <source>Keep reading the files as they grow.</source>
        <translation>Tiếp tục đọc các tệp khi chúng được ghi thêm.</translation>
    </message>
    <message>
        <source>Usage: socstation ingest --central postgresql://SENSOR@HOST:PORT/DB [--follow] [--format auto|suricata|wazuh|cef] [--password-stdin] [--json] FILE...</source>
        <translation>Cách dùng: socstation ingest --central postgresql://CẢM_BIẾN@MÁY_CHỦ:CỔNG/CSDL [--follow] [--format auto|suricata|wazuh|cef] [--password-stdin] [--json] TỆP...</translation>
    </message>
    <message>
        <source>The central store URL must name the sensor&apos;s account, e.g. postgresql://sensor1@soc.example:5432/socstation.</source>
        <translation>Địa chỉ kho trung tâm phải ghi tài khoản của cảm biến, ví dụ postgresql://sensor1@soc.example:5432/socstation.</translation>
    </message>
    <message>
        <source>Files read: %1; alerts sent to the central store: %2; already there: %3; rejected: %4; other records skipped: %5.</source>
        <translation>Số tệp đã đọc: %1; cảnh báo đã gửi lên kho trung tâm: %2; đã có sẵn: %3; bị loại: %4; bản ghi khác bỏ qua: %5.</translation>
    </message>
    <message>
        <source>Usage: socstation sync [--once] [--json] | sync --fetch-alerts YYYY-MM-DD [--until YYYY-MM-DD]</source>
        <translation>Cách dùng: socstation sync [--once] [--json] | sync --fetch-alerts YYYY-MM-DD [--until YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>This workspace has no central store; point it at one with &quot;socstation central use --url URL&quot;.</source>
        <translation>Không gian làm việc này chưa có kho trung tâm; hãy chỉ định bằng &quot;socstation central use --url URL&quot;.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Ngày được viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%n older alert(s) fetched from the central store.</source>
        <translation>
            <numerusform>Đã tải %n cảnh báo cũ hơn từ kho trung tâm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2, conflicts %3, refused %4; %5 waiting.</source>
        <translation>Đã gửi %1, đã nhận %2, xung đột %3, bị từ chối %4; %5 đang chờ.</translation>
    </message>
    <message>
        <source>Reports need the full build of socstation (with the desktop libraries); this build is headless.</source>
        <translation>Chức năng báo cáo cần bản socstation đầy đủ (có các thư viện giao diện đồ họa); bản này chỉ chạy dòng lệnh (headless).</translation>
    </message>
    <message>
        <source>Issued %1 as %2: %3</source>
        <translation>Đã phát hành %1, số %2: %3</translation>
    </message>
    <message>
        <source>The incident (ticket code or id).</source>
        <translation>Sự cố (mã phiếu hoặc ID).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>Mẫu 05: in_house, other_organisations or foreign_organisations.</source>
        <translation>Mẫu 05: in_house (tự xử lý), other_organisations (có sự hỗ trợ của tổ chức khác trong nước) hoặc foreign_organisations (có sự hỗ trợ của tổ chức nước ngoài).</translation>
    </message>
    <message>
        <source>Mẫu 05: an organisation that helped (repeat for several).</source>
        <translation>Mẫu 05: tổ chức đã hỗ trợ xử lý sự cố (lặp lại nếu có nhiều tổ chức).</translation>
    </message>
    <message>
        <source>Mẫu 05: support was requested from the national coordinator (yes or no).</source>
        <translation>Mẫu 05: đã đề nghị Cơ quan điều phối quốc gia hỗ trợ hay chưa (yes hoặc no).</translation>
    </message>
    <message>
        <source>Mẫu 05: estimated damage in VND.</source>
        <translation>Mẫu 05: thiệt hại ước tính, tính bằng đồng (VND).</translation>
    </message>
    <message>
        <source>Usage: socstation case incident ID --severity S --type N --system NAME --level L [--agency A] [--lessons TEXT] [--outcome TEXT] [--beyond-capability] [--handling H] [--helping-org NAME]... [--support-requested yes|no] [--damage VND]</source>
        <translation>Cách dùng: socstation case incident ID --severity S --type N --system TÊN --level L [--agency A] [--lessons NỘI_DUNG] [--outcome NỘI_DUNG] [--beyond-capability] [--handling H] [--helping-org TÊN]... [--support-requested yes|no] [--damage VND]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; không phải là ngày hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Give --from and --to together, or --period.</source>
        <translation>Hãy dùng đồng thời --from và --to, hoặc dùng --period.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>Ngày ở --to sớm hơn ngày ở --from.</translation>
    </message>
    <message>
        <source>Give the period: --from and --to, or --period.</source>
        <translation>Hãy chỉ rõ kỳ báo cáo: --from và --to, hoặc --period.</translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot;.</source>
        <translation>Kỳ báo cáo &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Ngày đầu tiên của kỳ báo cáo.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Ngày cuối cùng của kỳ báo cáo.</translation>
    </message>
    <message>
        <source>A calendar period instead of --from/--to.</source>
        <translation>Kỳ báo cáo theo lịch, dùng thay cho --from/--to.</translation>
    </message>
    <message>
        <source>A day inside that calendar period.</source>
        <translation>Một ngày nằm trong kỳ báo cáo đó.</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1 of %2: %3</source>
        <translation>Nhật ký kiểm toán bị phá vỡ tại bản ghi %1/%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries.</source>
        <translation>
            <numerusform>Nhật ký kiểm toán nguyên vẹn: %n bản ghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: socstation audit verify [--json]
       socstation audit list [--from DATE] [--to DATE] [--actor USER] [--action PREFIX] [--outcome ok|refused|failed] [--object-type TYPE] [--object-id ID] [--text TEXT] [--json|--csv] [--limit N]
       socstation audit export --out FILE.csv [the same filters]
       socstation audit retention [MONTHS]   (at least 6; setting it is for administrators)
DATE is a day (2026-11-20, the whole day in the SOC&apos;s time zone; --to includes that day) or a time with its offset (2026-11-20T08:30:00+07:00).</source>
        <translation>Cách dùng: socstation audit verify [--json]
       socstation audit list [--from DATE] [--to DATE] [--actor USER] [--action PREFIX] [--outcome ok|refused|failed] [--object-type TYPE] [--object-id ID] [--text TEXT] [--json|--csv] [--limit N]
       socstation audit export --out FILE.csv [các bộ lọc như trên]
       socstation audit retention [MONTHS]   (ít nhất 6; chỉ quản trị viên được thay đổi)
DATE là một ngày (2026-11-20, tính cả ngày theo múi giờ của Trung tâm; --to bao gồm cả ngày đó) hoặc một thời điểm kèm độ lệch múi giờ (2026-11-20T08:30:00+07:00).</translation>
    </message>
    <message>
        <source>Unknown option or missing value: %1</source>
        <translation>Tùy chọn không hợp lệ hoặc thiếu giá trị: %1</translation>
    </message>
    <message>
        <source>%1 needs a date (2026-11-20) or a time with offset (2026-11-20T08:30:00+07:00), not &quot;%2&quot;.</source>
        <translation>%1 cần một ngày (2026-11-20) hoặc một thời điểm kèm độ lệch múi giờ (2026-11-20T08:30:00+07:00), không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--outcome is ok, refused or failed, not &quot;%1&quot;.</source>
        <translation>--outcome chỉ nhận ok, refused hoặc failed, không nhận &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &quot;%1&quot;.</source>
        <translation>--limit cần một số dương, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Tùy chọn không hợp lệ: %1</translation>
    </message>
    <message>
        <source>--to is not after --from.</source>
        <translation>Thời điểm ở --to không sau thời điểm ở --from.</translation>
    </message>
    <message>
        <source>audit export needs --out FILE.csv.</source>
        <translation>audit export cần có --out FILE.csv.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>Đã ghi %n bản ghi nhật ký kiểm toán vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is kept for %1 months on this station once it is on the central store.</source>
        <translation>Nhật ký kiểm toán được lưu giữ %1 tháng trên máy trạm này sau khi đã được đưa lên kho trung tâm.</translation>
    </message>
    <message>
        <source>audit verify takes no arguments.</source>
        <translation>audit verify không nhận tham số.</translation>
    </message>
    <message>
        <source>audit retention takes a number of months, or nothing to show it.</source>
        <translation>audit retention nhận số tháng, hoặc để trống để xem thời hạn hiện tại.</translation>
    </message>
    <message>
        <source>Unknown audit subcommand &quot;%1&quot;.</source>
        <translation>Lệnh con audit &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>Usage: socstation backup [--to DIR [--to DIR2]] [--keep N]   back up now (without --to: to the scheduled folders)
       socstation backup --list [--json]                      show the backup register
       socstation backup --verify FILE                        check a backup file with your key
       socstation backup --schedule --to DIR [--to DIR2] [--at HH:MM] [--keep N]   set the daily backup</source>
        <translation>Cách dùng: socstation backup [--to DIR [--to DIR2]] [--keep N]   sao lưu ngay (không có --to: vào các thư mục đã đặt lịch)
       socstation backup --list [--json]                      xem sổ theo dõi sao lưu
       socstation backup --verify FILE                        kiểm tra một tệp sao lưu bằng khóa của bạn
       socstation backup --schedule --to DIR [--to DIR2] [--at HH:MM] [--keep N]   đặt lịch sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>verified, pruned</source>
        <translation>đã kiểm tra, đã xóa bớt</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>đã kiểm tra</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>THẤT BẠI</translation>
    </message>
    <message>
        <source>Daily at %1 to %2; keeping the last %3 verified backups per folder.</source>
        <translation>Hằng ngày lúc %1 vào %2; giữ lại %3 bản sao lưu đã kiểm tra gần nhất trong mỗi thư mục.</translation>
    </message>
    <message>
        <source>No daily backup is scheduled.</source>
        <translation>Chưa đặt lịch sao lưu hằng ngày.</translation>
    </message>
    <message>
        <source>The backup register is empty.</source>
        <translation>Sổ theo dõi sao lưu chưa có mục nào.</translation>
    </message>
    <message>
        <source>Destination folder (at most two).</source>
        <translation>Thư mục lưu bản sao lưu (tối đa hai thư mục).</translation>
    </message>
    <message>
        <source>Verified backups to keep per folder.</source>
        <translation>Số bản sao lưu đã kiểm tra được giữ lại trong mỗi thư mục.</translation>
    </message>
    <message>
        <source>Show the register.</source>
        <translation>Xem sổ theo dõi sao lưu.</translation>
    </message>
    <message>
        <source>Check a backup file.</source>
        <translation>Kiểm tra một tệp sao lưu.</translation>
    </message>
    <message>
        <source>Set the daily schedule.</source>
        <translation>Đặt lịch sao lưu hằng ngày.</translation>
    </message>
    <message>
        <source>Time of day (SOC time).</source>
        <translation>Giờ trong ngày (theo giờ của Trung tâm).</translation>
    </message>
    <message>
        <source>%1 is intact: every entry matches its SHA-256 and the case database opens with your key and passes its integrity checks.</source>
        <translation>%1 còn nguyên vẹn: mọi mục đều khớp giá trị SHA-256, cơ sở dữ liệu hồ sơ mở được bằng khóa của bạn và vượt qua các bước kiểm tra tính toàn vẹn.</translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2, sha256 %3)</source>
        <translation>Đã sao lưu và kiểm tra: %1 (%2, sha256 %3)</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Sao lưu vào %1 không thành công: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed.</source>
        <translation>
            <numerusform>Đã xóa %n bản sao lưu cũ hơn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: socstation restore FILE --workspace NEWDIR   (the password from --password-stdin or SOCSTATION_PASSWORD)</source>
        <translation>Cách dùng: socstation restore FILE --workspace NEWDIR   (mật khẩu lấy từ --password-stdin hoặc SOCSTATION_PASSWORD)</translation>
    </message>
    <message>
        <source>The backup belongs to &quot;%1&quot;, not to &quot;%2&quot;. Nothing was restored.</source>
        <translation>Bản sao lưu thuộc về &quot;%1&quot;, không phải &quot;%2&quot;. Chưa khôi phục dữ liệu nào.</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot; (backup of %2) into %3 and signed in: it opens with the password.</source>
        <translation>Đã khôi phục &quot;%1&quot; (bản sao lưu tạo lúc %2) vào %3 và đăng nhập thành công: bản khôi phục mở được bằng mật khẩu.</translation>
    </message>
    <message>
        <source>No new password given: put it on the line after the password on standard input (--password-stdin) or set %1.</source>
        <translation>Chưa cung cấp mật khẩu mới: hãy đặt mật khẩu mới ở dòng sau mật khẩu trên đầu vào chuẩn (--password-stdin) hoặc đặt biến %1.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; must be changed first (a first sign-in, or it is older than the policy allows): run &quot;socstation account passwd&quot;.</source>
        <translation>Phải đổi mật khẩu của &quot;%1&quot; trước (đăng nhập lần đầu, hoặc mật khẩu đã quá thời hạn chính sách cho phép): hãy chạy &quot;socstation account passwd&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the export passphrase from standard input.</source>
        <translation>Không đọc được cụm mật khẩu xuất hồ sơ từ đầu vào chuẩn (stdin).</translation>
    </message>
    <message>
        <source>No export passphrase on standard input (it is read after the sign-in password line when --password-stdin is also given).</source>
        <translation>Đầu vào chuẩn (stdin) không có cụm mật khẩu xuất hồ sơ (cụm mật khẩu được đọc sau dòng mật khẩu đăng nhập khi có cả --password-stdin).</translation>
    </message>
    <message>
        <source>No export passphrase given: use --passphrase-stdin or set SOCSTATION_EXPORT_PASSPHRASE.</source>
        <translation>Chưa cung cấp cụm mật khẩu xuất hồ sơ: hãy dùng --passphrase-stdin hoặc đặt biến SOCSTATION_EXPORT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Ticket id or code.</source>
        <translation>ID hoặc mã phiếu xử lý.</translation>
    </message>
    <message>
        <source>Export file to write.</source>
        <translation>Tệp xuất cần ghi.</translation>
    </message>
    <message>
        <source>Read the export passphrase from standard input.</source>
        <translation>Đọc cụm mật khẩu xuất hồ sơ từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Usage: socstation export --case ID --out FILE [--passphrase-stdin] [--json]</source>
        <translation>Cách dùng: socstation export --case ID --out FILE [--passphrase-stdin] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 to %2 (%3 bytes, %n evidence file(s)).</source>
        <translation>
            <numerusform>Đã xuất %1 ra %2 (%3 byte, %n tệp chứng cứ).</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 của tệp: %1</translation>
    </message>
    <message>
        <source>Signer fingerprint: %1</source>
        <translation>Dấu vân tay khóa của người ký: %1</translation>
    </message>
    <message>
        <source>Give the passphrase and the fingerprint to the reviewer by another channel than the file.</source>
        <translation>Hãy chuyển cụm mật khẩu và dấu vân tay khóa cho người xem xét qua một kênh khác với kênh gửi tệp.</translation>
    </message>
    <message>
        <source>Case export %1 (read-only)</source>
        <translation>Tệp xuất hồ sơ %1 (chỉ đọc)</translation>
    </message>
    <message>
        <source>Exported by %1 on station %2 at %3</source>
        <translation>Do %1 xuất trên máy trạm %2 lúc %3</translation>
    </message>
    <message>
        <source>Signature verified; signer fingerprint: %1 (compare it with the one the exporting station printed)</source>
        <translation>Chữ ký hợp lệ; dấu vân tay khóa của người ký: %1 (hãy đối chiếu với dấu vân tay khóa do máy trạm xuất tệp in ra)</translation>
    </message>
    <message>
        <source>Incident: type %1, %2, %3; system: %4 (level %5)</source>
        <translation>Sự cố: loại %1, %2, %3; hệ thống: %4 (cấp độ %5)</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Các bước:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Diễn biến:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Chứng cứ:</translation>
    </message>
    <message>
        <source>Issued reports:</source>
        <translation>Báo cáo đã phát hành:</translation>
    </message>
    <message>
        <source>Write the evidence files into this folder.</source>
        <translation>Ghi các tệp chứng cứ vào thư mục này.</translation>
    </message>
    <message>
        <source>Case export file.</source>
        <translation>Tệp xuất hồ sơ.</translation>
    </message>
    <message>
        <source>Usage: socstation open-export FILE [--json] [--extract-evidence DIR] [--passphrase-stdin]</source>
        <translation>Cách dùng: socstation open-export FILE [--json] [--extract-evidence DIR] [--passphrase-stdin]</translation>
    </message>
    <message>
        <source>Extracted %1</source>
        <translation>Đã trích xuất %1</translation>
    </message>
    <message>
        <source>Usage: socstation account passwd                       change your password (new one on the next stdin line or SOCSTATION_NEW_PASSWORD)
       socstation account review [--json]              accounts, roles, last sign-in, status (administrators)
       socstation account create USER --role ROLE [--name NAME] [--expires DATE] --request REF
       socstation account unlock USER --request REF
       socstation account suspend USER --request REF
       socstation account role USER ROLE --request REF
       socstation account expires USER DATE|never --request REF
       socstation account reset-password USER --request REF
       socstation account policy [--json] [KEY=VALUE ...]  show or set the account policy
       socstation account recovery-key FILE.pem        seal every account to the SOC&apos;s recovery key
       socstation account recover USER --recovery-key FILE.pem   new password with the recovery private key
ROLE: analyst, shift_lead, manager, auditor, administrator. A temporary or new password is read from the line after the sign-in password on standard input (--password-stdin), or from SOCSTATION_NEW_PASSWORD.</source>
        <translation>Cách dùng: socstation account passwd                       đổi mật khẩu của bạn (mật khẩu mới ở dòng stdin kế tiếp hoặc trong SOCSTATION_NEW_PASSWORD)
       socstation account review [--json]              xem tài khoản, vai trò, lần đăng nhập cuối, trạng thái (quản trị viên)
       socstation account create USER --role ROLE [--name NAME] [--expires DATE] --request REF
       socstation account unlock USER --request REF
       socstation account suspend USER --request REF
       socstation account role USER ROLE --request REF
       socstation account expires USER DATE|never --request REF
       socstation account reset-password USER --request REF
       socstation account policy [--json] [KEY=VALUE ...]  xem hoặc đặt chính sách tài khoản
       socstation account recovery-key FILE.pem        niêm phong mọi tài khoản bằng khóa khôi phục của Trung tâm
       socstation account recover USER --recovery-key FILE.pem   cấp mật khẩu mới bằng khóa bí mật khôi phục
ROLE: analyst, shift_lead, manager, auditor, administrator. Mật khẩu tạm thời hoặc mật khẩu mới được đọc từ dòng ngay sau mật khẩu đăng nhập trên đầu vào chuẩn (--password-stdin), hoặc từ SOCSTATION_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6</source>
        <translation>%1 %2 %3 %4 %5 %6</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>TÀI KHOẢN</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>VAI TRÒ</translation>
    </message>
    <message>
        <source>LAST SIGN-IN</source>
        <translation>ĐĂNG NHẬP CUỐI</translation>
    </message>
    <message>
        <source>PASSWORD EXPIRES</source>
        <translation>HẠN MẬT KHẨU</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>TRẠNG THÁI</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>HỌ TÊN</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>Unknown policy setting &quot;%1&quot;; the settings are: %2.</source>
        <translation>Không có thiết lập chính sách &quot;%1&quot;; các thiết lập gồm: %2.</translation>
    </message>
    <message>
        <source>Cannot read the recovery key %1: %2.</source>
        <translation>Không đọc được khóa khôi phục %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted X25519 private key in PEM form.</source>
        <translation>%1 không phải là khóa bí mật X25519 không mã hóa ở dạng PEM.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has a new password; it must be changed at the next sign-in.</source>
        <translation>Tài khoản &quot;%1&quot; đã có mật khẩu mới; mật khẩu này phải được đổi ở lần đăng nhập kế tiếp.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was changed.</source>
        <translation>Đã đổi mật khẩu của &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>Recovery key %1 set; every account is sealed to it (accounts that could not be sealed now are sealed at their next sign-in).</source>
        <translation>Đã đặt khóa khôi phục %1; mọi tài khoản đã được niêm phong bằng khóa này (tài khoản nào chưa niêm phong được lúc này sẽ được niêm phong ở lần đăng nhập kế tiếp).</translation>
    </message>
    <message>
        <source>Give the reference of the written request with --request (R-27).</source>
        <translation>Hãy ghi số, ký hiệu của văn bản yêu cầu bằng tùy chọn --request (R-27).</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; (%2) created on request %3; the temporary password must be changed at the first sign-in.</source>
        <translation>Đã tạo tài khoản &quot;%1&quot; (%2) theo yêu cầu %3; mật khẩu tạm thời phải được đổi ở lần đăng nhập đầu tiên.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; unlocked (request %2).</source>
        <translation>Đã mở khóa tài khoản &quot;%1&quot; (yêu cầu %2).</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; suspended (request %2).</source>
        <translation>Đã tạm dừng tài khoản &quot;%1&quot; (yêu cầu %2).</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; now has the role %2 (request %3).</source>
        <translation>Tài khoản &quot;%1&quot; từ nay có vai trò %2 (yêu cầu %3).</translation>
    </message>
    <message>
        <source>The validity of &quot;%1&quot; was set (request %2).</source>
        <translation>Đã đặt thời hạn sử dụng của tài khoản &quot;%1&quot; (yêu cầu %2).</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has a temporary password (request %2); it must be changed at the next sign-in.</source>
        <translation>Tài khoản &quot;%1&quot; đã có mật khẩu tạm thời (yêu cầu %2); mật khẩu này phải được đổi ở lần đăng nhập kế tiếp.</translation>
    </message>
    <message>
        <source>Usage: socstation rekey   (replaces your data key; close the application first)</source>
        <translation>Cách dùng: socstation rekey   (thay khóa dữ liệu của bạn; hãy đóng ứng dụng trước)</translation>
    </message>
    <message>
        <source>The data key of &quot;%1&quot; was replaced; the case database is re-encrypted and the key file re-wrapped.</source>
        <translation>Đã thay khóa dữ liệu của &quot;%1&quot;; cơ sở dữ liệu hồ sơ đã được mã hóa lại và tệp khóa đã được mã hóa bảo vệ lại.</translation>
    </message>
    <message>
        <source>Usage: socstation assets import FILE.csv [--json]   import the asset register (R-31)
       socstation assets export FILE.csv            write the register as CSV (UTF-8 with BOM)
       socstation assets list [--json]              list the register
CSV columns: id,name,type,ip,mac,agency,security_level,criticality,notes (id, criticality and notes optional).
Import exit code: 0 when rows were imported (skipped rows are listed with their line), 1 when the file was
refused or every row was bad.</source>
        <translation>Cách dùng: socstation assets import FILE.csv [--json]   nhập sổ quản lý tài sản (R-31)
       socstation assets export FILE.csv            ghi sổ quản lý tài sản ra tệp CSV (UTF-8 có BOM)
       socstation assets list [--json]              liệt kê sổ quản lý tài sản
Các cột CSV: id,name,type,ip,mac,agency,security_level,criticality,notes (id, criticality và notes không bắt buộc).
Mã thoát khi nhập: 0 khi có dòng được nhập (các dòng bị bỏ qua được liệt kê kèm số dòng), 1 khi tệp bị
từ chối hoặc mọi dòng đều lỗi.</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>Sổ quản lý tài sản</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n asset(s) to %1.</source>
        <translation>
            <numerusform>Đã ghi %n tài sản vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The asset register is empty (socstation assets import FILE.csv).</source>
        <translation>Sổ quản lý tài sản đang trống (socstation assets import FILE.csv).</translation>
    </message>
    <message>
        <source>Agency directory</source>
        <translation>Danh bạ cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>The agency directory is empty (socstation directory import FILE.csv).</source>
        <translation>Danh bạ cơ quan, đơn vị đang trống (socstation directory import FILE.csv).</translation>
    </message>
    <message>
        <source>%1 belongs to %2 (%3) through %4.</source>
        <translation>%1 thuộc %2 (%3) qua dải mạng %4.</translation>
    </message>
    <message>
        <source>Asset: %1 (%2), security level %3.</source>
        <translation>Tài sản: %1 (%2), cấp độ %3.</translation>
    </message>
    <message>
        <source>No agency of the directory has a network that contains %1.</source>
        <translation>Không có cơ quan, đơn vị nào trong danh bạ có dải mạng chứa %1.</translation>
    </message>
    <message>
        <source>%1: imported %2 of %3 rows (%4 added, %5 updated).</source>
        <translation>%1: đã nhập %2/%3 dòng (thêm mới %4, cập nhật %5).</translation>
    </message>
    <message>
        <source>Networks registered: %1; focal points added or updated: %2.</source>
        <translation>Dải mạng đã đăng ký: %1; đầu mối liên hệ được thêm hoặc cập nhật: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, nothing of them was imported:</source>
        <translation>
            <numerusform>%n dòng bị bỏ qua, không nhập nội dung nào của các dòng này:</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: socstation request add --agency A --text T --due DATE [--ticket ID] [--channel C]   record a request to an agency (R-16)
       socstation request answer NUMBER --text T [--at DATE]                          record the agency&apos;s answer
       socstation request list [--overdue] [--json]                                     requests, newest first
DATE is a day (2026-11-20: due by the end of that day, SOC time) or a time (2026-11-20T17:00, SOC time unless an offset is given). C is official_email (default), document, phone or fax.</source>
        <translation>Cách dùng: socstation request add --agency A --text T --due DATE [--ticket ID] [--channel C]   ghi nhận yêu cầu gửi cơ quan, đơn vị (R-16)
       socstation request answer NUMBER --text T [--at DATE]                          ghi nhận phản hồi của cơ quan, đơn vị
       socstation request list [--overdue] [--json]                                     các yêu cầu, mới nhất trước
DATE là một ngày (2026-11-20: hạn đến hết ngày đó, theo giờ của Trung tâm) hoặc một thời điểm (2026-11-20T17:00, theo giờ của Trung tâm nếu không ghi độ lệch múi giờ). C là official_email (mặc định), document, phone hoặc fax.</translation>
    </message>
    <message>
        <source>Agency code or name.</source>
        <translation>Mã hoặc tên cơ quan, đơn vị.</translation>
    </message>
    <message>
        <source>What is asked, or the answer.</source>
        <translation>Nội dung yêu cầu hoặc nội dung phản hồi.</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>Hạn phản hồi.</translation>
    </message>
    <message>
        <source>Channel.</source>
        <translation>Kênh.</translation>
    </message>
    <message>
        <source>When the answer came.</source>
        <translation>Thời điểm nhận được phản hồi.</translation>
    </message>
    <message>
        <source>Only open requests past their due date.</source>
        <translation>Chỉ các yêu cầu chưa được phản hồi và đã quá hạn.</translation>
    </message>
    <message>
        <source>Request %1 recorded, due %2.</source>
        <translation>Đã ghi nhận yêu cầu %1, hạn %2.</translation>
    </message>
    <message>
        <source>Answer to request %1 recorded.</source>
        <translation>Đã ghi nhận phản hồi cho yêu cầu %1.</translation>
    </message>
    <message>
        <source>No request is overdue.</source>
        <translation>Không có yêu cầu nào quá hạn.</translation>
    </message>
    <message>
        <source>No request was recorded.</source>
        <translation>Chưa ghi nhận yêu cầu nào.</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>đã phản hồi %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source>open</source>
        <translation>chưa phản hồi</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (trưởng ca)</translation>
    </message>
    <message>
        <source>nobody on duty</source>
        <translation>không có ai trực</translation>
    </message>
    <message>
        <source>Written to the duty log of the shift %1.</source>
        <translation>Đã ghi vào sổ trực của ca %1.</translation>
    </message>
    <message>
        <source>Handover of the shift %1 prepared; the incoming lead accepts it with `socstation shift accept`.</source>
        <translation>Đã chuẩn bị bàn giao ca %1; trưởng ca kế tiếp nhận bàn giao bằng lệnh `socstation shift accept`.</translation>
    </message>
    <message>
        <source>Alerts not triaged: %1; open tickets: %2, overdue: %3; open incidents: %4; due in the next shift: %5.</source>
        <translation>Cảnh báo chưa phân loại: %1; phiếu xử lý đang mở: %2, quá hạn: %3; sự cố đang mở: %4; đến hạn trong ca kế tiếp: %5.</translation>
    </message>
    <message>
        <source>No handover is waiting for you to accept; nothing was changed.</source>
        <translation>Không có bàn giao nào đang chờ bạn nhận; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>You accepted the handover of the shift %1 from %2; tickets reassigned: %3.</source>
        <translation>Bạn đã nhận bàn giao ca %1 từ %2; số phiếu xử lý được giao lại: %3.</translation>
    </message>
    <message>
        <source>%1  %2 – %3  not handed over%4</source>
        <translation>%1  %2 – %3  chưa bàn giao%4</translation>
    </message>
    <message>
        <source> (prepared, not accepted)</source>
        <translation> (đã chuẩn bị, chưa được nhận)</translation>
    </message>
    <message>
        <source>Every past shift on the roster was handed over.</source>
        <translation>Mọi ca đã qua trong lịch trực đều đã được bàn giao.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shift of the pattern (YYYY-MM-DD/N).</source>
        <translation>&quot;%1&quot; không phải là một ca trong cách chia ca (YYYY-MM-DD/N).</translation>
    </message>
    <message>
        <source>Usage: socstation [--workspace DIR] [--user NAME] [--password-stdin] [--json] [--lang vi|en] [SUBCOMMAND]
Without a subcommand the desktop application starts.
Subcommands:
  init --admin NAME                 create the workspace and its first administrator
  import [--format auto|suricata|wazuh|cef] FILE...   import alert files
  alerts count [--severity S] [--status S]           count alerts
  alerts list [--limit N] [--severity S] [--search TEXT]  list alerts
  demo [--alerts N]                 write the demo scenario into the workspace
  case create|list|show|status|assign|incident|step|close|escalate|note|comm|action|evidence|verify ...
                                    tickets, incidents, the seven steps, timeline and evidence
  central migrate|add-user|use|status ...             set up the SOC&apos;s central PostgreSQL store
  sync [--once] [--json]            sync this workspace with the central store
  ingest --central URL [--follow] FILE...            send sensor alert files to the central store
  account passwd                    change your password (R-23, R-24)
  account review|create|unlock|suspend|role|expires|reset-password|policy|recovery-key|recover ...
                                    accounts, lockout, policy and recovery (administrators; see account help)
  rekey                             replace your data key (close the application first)
  audit verify [--json]             check the hash chain of the audit log (exit 1 when broken)
  audit list [--from DATE] [--to DATE] [--actor U] [--action PREFIX] [--outcome ok|refused|failed]
             [--object-type T] [--object-id ID] [--text TEXT] [--json|--csv] [--limit N]
                                    read the audit log, newest first (auditors, administrators)
  audit export --out FILE.csv [the same filters]      export the audit log as CSV
  audit retention [MONTHS]          show or set how long the audit log stays here (at least 6)
  backup [--to DIR [--to DIR2]] [--keep N]           encrypted backup, verified and registered (R-30)
  backup --list [--json] | --verify FILE | --schedule --to DIR [--to DIR2] [--at HH:MM] [--keep N]
                                    the backup register, check a backup file, the daily schedule
  restore FILE --workspace NEWDIR   restore a backup into a new workspace and sign in there
  export --case ID --out FILE [--passphrase-stdin]    encrypted, signed case export for review elsewhere
  open-export FILE [--json] [--extract-evidence DIR] [--passphrase-stdin]  open a case export read-only
  shift start|roster|assign|remove|pattern|log|handover|accept|unhanded ...  duty shifts: roster, duty log, handover
  directory import FILE.csv | list | match IP|HOST | escalation [SEVERITY TARGET...] [--json]
                                    the agency directory and the escalation matrix (R-13)
  assets import FILE.csv | export FILE.csv | list [--json]    the asset register (R-31)
  request add --agency A --text T --due DATE [--ticket ID] | answer N --text T | list [--overdue] [--json]
                                    requests to agencies and their answers (R-16)
  report mau03|mau04|record|incident --incident ID --out FILE.pdf  issue an official document
  report periodic|mau05 (--from DATE --to DATE | --period monthly|quarterly|half-year|yearly [--date DATE]) --out FILE.pdf
                                    issue a periodic report or the Mẫu 05 summary
  report handover --shift KEY --out FILE.pdf  issue the shift handover record (KEY: 2026-11-21/1)
The password comes from --password-stdin or SOCSTATION_PASSWORD, never from the command line.
Environment: SOCSTATION_WORKSPACE, SOCSTATION_USER, SOCSTATION_PASSWORD, SOCSTATION_LANG, SOCSTATION_EXPORT_PASSPHRASE.</source>
        <translation>Cách dùng: socstation [--workspace DIR] [--user NAME] [--password-stdin] [--json] [--lang vi|en] [SUBCOMMAND]
Khi không có lệnh con, ứng dụng giao diện đồ họa sẽ khởi động.
Các lệnh con:
  init --admin NAME                 tạo không gian làm việc và quản trị viên đầu tiên
  import [--format auto|suricata|wazuh|cef] FILE...   nhập tệp cảnh báo
  alerts count [--severity S] [--status S]           đếm cảnh báo
  alerts list [--limit N] [--severity S] [--search TEXT]  liệt kê cảnh báo
  demo [--alerts N]                 ghi kịch bản minh họa vào không gian làm việc
  case create|list|show|status|assign|incident|step|close|escalate|note|comm|action|evidence|verify ...
                                    phiếu xử lý, sự cố, bảy bước ứng cứu, diễn biến và chứng cứ
  central migrate|add-user|use|status ...             thiết lập kho trung tâm PostgreSQL của Trung tâm
  sync [--once] [--json]            đồng bộ không gian làm việc này với kho trung tâm
  ingest --central URL [--follow] FILE...            gửi tệp cảnh báo của cảm biến lên kho trung tâm
  account passwd                    đổi mật khẩu của bạn (R-23, R-24)
  account review|create|unlock|suspend|role|expires|reset-password|policy|recovery-key|recover ...
                                    tài khoản, khóa tài khoản, chính sách và khôi phục (quản trị viên; xem account help)
  rekey                             thay khóa dữ liệu của bạn (hãy đóng ứng dụng trước)
  audit verify [--json]             kiểm tra chuỗi băm của nhật ký kiểm toán (mã thoát 1 khi chuỗi bị phá vỡ)
  audit list [--from DATE] [--to DATE] [--actor U] [--action PREFIX] [--outcome ok|refused|failed]
             [--object-type T] [--object-id ID] [--text TEXT] [--json|--csv] [--limit N]
                                    xem nhật ký kiểm toán, mới nhất trước (kiểm tra viên, quản trị viên)
  audit export --out FILE.csv [các bộ lọc như trên]   xuất nhật ký kiểm toán ra tệp CSV
  audit retention [MONTHS]          xem hoặc đặt thời hạn lưu giữ nhật ký kiểm toán tại đây (ít nhất 6 tháng)
  backup [--to DIR [--to DIR2]] [--keep N]           sao lưu có mã hóa, được kiểm tra và ghi vào sổ theo dõi (R-30)
  backup --list [--json] | --verify FILE | --schedule --to DIR [--to DIR2] [--at HH:MM] [--keep N]
                                    sổ theo dõi sao lưu, kiểm tra tệp sao lưu, lịch sao lưu hằng ngày
  restore FILE --workspace NEWDIR   khôi phục bản sao lưu vào không gian làm việc mới và đăng nhập tại đó
  export --case ID --out FILE [--passphrase-stdin]    xuất hồ sơ (mã hóa, có chữ ký) để xem xét ở nơi khác
  open-export FILE [--json] [--extract-evidence DIR] [--passphrase-stdin]  mở tệp xuất hồ sơ ở chế độ chỉ đọc
  shift start|roster|assign|remove|pattern|log|handover|accept|unhanded ...  ca trực: lịch trực, sổ trực, bàn giao ca
  directory import FILE.csv | list | match IP|HOST | escalation [SEVERITY TARGET...] [--json]
                                    danh bạ cơ quan, đơn vị và ma trận báo cáo (R-13)
  assets import FILE.csv | export FILE.csv | list [--json]    sổ quản lý tài sản (R-31)
  request add --agency A --text T --due DATE [--ticket ID] | answer N --text T | list [--overdue] [--json]
                                    yêu cầu gửi cơ quan, đơn vị và phản hồi (R-16)
  report mau03|mau04|record|incident --incident ID --out FILE.pdf  phát hành văn bản chính thức
  report periodic|mau05 (--from DATE --to DATE | --period monthly|quarterly|half-year|yearly [--date DATE]) --out FILE.pdf
                                    phát hành báo cáo định kỳ hoặc báo cáo tổng hợp Mẫu 05
  report handover --shift KEY --out FILE.pdf  phát hành biên bản giao nhận ca trực (KEY: 2026-11-21/1)
Mật khẩu được lấy từ --password-stdin hoặc SOCSTATION_PASSWORD, không bao giờ nhận từ dòng lệnh.
Biến môi trường: SOCSTATION_WORKSPACE, SOCSTATION_USER, SOCSTATION_PASSWORD, SOCSTATION_LANG, SOCSTATION_EXPORT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Usage: socstation directory import FILE.csv [--json]   import agencies, focal points and networks
       socstation directory list [--json]              list the agency directory
       socstation directory match IP|HOST [--json]     which agency (and asset) an address or host belongs to
       socstation directory escalation [SEVERITY [AGENCY[/CHANNEL[/CONTACT]] ...]] [--json]
                                  show the escalation matrix, or set whom to notify for SEVERITY, in order
CSV columns: code,name,kind,parent,networks,contact_name,position,phone,email,notes (code, name and kind required).
Import exit code: 0 when rows were imported (skipped rows are listed with their line), 1 when the file was
refused or every row was bad; nothing of a refused file or a bad row is written.</source>
        <translation>Cách dùng: socstation directory import FILE.csv [--json]   nhập cơ quan, đơn vị, đầu mối liên hệ và dải mạng
       socstation directory list [--json]              liệt kê danh bạ cơ quan, đơn vị
       socstation directory match IP|HOST [--json]     địa chỉ hoặc tên máy thuộc cơ quan, đơn vị (và tài sản) nào
       socstation directory escalation [SEVERITY [AGENCY[/CHANNEL[/CONTACT]] ...]] [--json]
                                  xem ma trận báo cáo, hoặc đặt những nơi cần thông báo đối với mức SEVERITY, theo thứ tự
Các cột CSV: code,name,kind,parent,networks,contact_name,position,phone,email,notes (bắt buộc có code, name và kind).
Mã thoát khi nhập: 0 khi có dòng được nhập (các dòng bị bỏ qua được liệt kê kèm số dòng), 1 khi tệp bị
từ chối hoặc mọi dòng đều lỗi; không ghi bất kỳ nội dung nào của tệp bị từ chối hoặc của dòng lỗi.</translation>
    </message>
    <message>
        <source>There is no agency &quot;%1&quot; in the directory; nothing was changed.</source>
        <translation>Không có cơ quan, đơn vị &quot;%1&quot; trong danh bạ; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;: use phone, official_email, document or fax.</source>
        <translation>Kênh &quot;%1&quot; không hợp lệ: dùng phone, official_email, document hoặc fax.</translation>
    </message>
    <message>
        <source>%1 has no focal point named &quot;%2&quot;; nothing was changed.</source>
        <translation>%1 không có đầu mối liên hệ nào tên là &quot;%2&quot;; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The escalation matrix is empty.</source>
        <translation>Ma trận báo cáo đang trống.</translation>
    </message>
    <message>
        <source>Usage: socstation shift start [--json]                      put yourself on the current shift
       socstation shift roster [--date YYYY-MM-DD] [--json]  who is on each shift of a day
       socstation shift assign SLOT USER [--lead]            put USER on SLOT (e.g. 2026-11-30/3)
       socstation shift remove SLOT USER                     take USER off SLOT
       socstation shift pattern [--set &quot;06:00-14:00=NAME,14:00-22:00=NAME,22:00-06:00=NAME&quot;] [--json]
                                                             show or change the hours of the shifts
       socstation shift log TEXT [--kind event|check|maintenance_before|maintenance_after|call] [--at TIME]
       socstation shift log --list [--slot SLOT] [--json]    the duty log of a shift
       socstation shift handover [--notes TEXT] [--json]     prepare the handover of the current shift
       socstation shift accept [--slot SLOT] [--reassign-to USER | --no-reassign] [--json]
       socstation shift unhanded [--days N] [--json]         past shifts that were not handed over</source>
        <translation>Cách dùng: socstation shift start [--json]                      tự đưa mình vào ca trực hiện tại
       socstation shift roster [--date YYYY-MM-DD] [--json]  ai trực trong từng ca của một ngày
       socstation shift assign SLOT USER [--lead]            xếp USER vào ca SLOT (ví dụ: 2026-11-30/3)
       socstation shift remove SLOT USER                     đưa USER ra khỏi ca SLOT
       socstation shift pattern [--set &quot;06:00-14:00=NAME,14:00-22:00=NAME,22:00-06:00=NAME&quot;] [--json]
                                                             xem hoặc thay đổi khung giờ của các ca
       socstation shift log TEXT [--kind event|check|maintenance_before|maintenance_after|call] [--at TIME]
       socstation shift log --list [--slot SLOT] [--json]    sổ trực của một ca
       socstation shift handover [--notes TEXT] [--json]     chuẩn bị bàn giao ca hiện tại
       socstation shift accept [--slot SLOT] [--reassign-to USER | --no-reassign] [--json]
       socstation shift unhanded [--days N] [--json]         các ca đã qua chưa được bàn giao</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shift (HH:MM-HH:MM=NAME).</source>
        <translation>&quot;%1&quot; không phải là một ca hợp lệ (HH:MM-HH:MM=NAME).</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Ca %1</translation>
    </message>
    <message>
        <source>The shift pattern was not changed.</source>
        <translation>Cách chia ca không thay đổi.</translation>
    </message>
    <message>
        <source>Usage: socstation report mau03|mau04|record|incident --incident ID --out FILE.pdf
       socstation report periodic|mau05 (--from DATE --to DATE | --period monthly|quarterly|half-year|yearly [--date DATE]) --out FILE.pdf
       socstation report handover --shift KEY --out FILE.pdf   (KEY as `shift unhanded` prints it, e.g. 2026-11-21/1)</source>
        <translation>Cách dùng: socstation report mau03|mau04|record|incident --incident ID --out FILE.pdf
       socstation report periodic|mau05 (--from DATE --to DATE | --period monthly|quarterly|half-year|yearly [--date DATE]) --out FILE.pdf
       socstation report handover --shift KEY --out FILE.pdf   (KEY theo dạng lệnh `shift unhanded` in ra, ví dụ: 2026-11-21/1)</translation>
    </message>
    <message>
        <source>The outgoing shift of the handover (DATE/NUMBER).</source>
        <translation>Ca trực bàn giao (DATE/NUMBER).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shift key (DATE/NUMBER, e.g. 2026-11-21/1).</source>
        <translation>&quot;%1&quot; không phải là mã ca (DATE/NUMBER, ví dụ: 2026-11-21/1).</translation>
    </message>
</context>
<context>
    <name>CommChannel</name>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Official email</source>
        <translation>Thư điện tử công vụ</translation>
    </message>
    <message>
        <source>Written document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Its first line must name the columns %1; %2 missing.</source>
        <translation>Dòng đầu tiên của tệp phải nêu tên các cột %1; còn thiếu %2.</translation>
    </message>
    <message>
        <source>%1 was refused: it is not a CSV file this import understands. %2 Nothing was imported.</source>
        <translation>%1 bị từ chối: đây không phải là tệp CSV mà chức năng nhập này đọc được. %2 Không có gì được nhập.</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Bàn giao</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Xuất ra</translation>
    </message>
    <message>
        <source>Verified: hash matches</source>
        <translation>Đã kiểm tra: mã băm khớp</translation>
    </message>
    <message>
        <source>Verification FAILED</source>
        <translation>Kiểm tra KHÔNG ĐẠT</translation>
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
    <name>DemoCases</name>
    <message>
        <source>SSH brute force against the SFTP server of the Department of Information and Communications</source>
        <translation>Dò quét mật khẩu SSH vào máy chủ SFTP của Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
        <source>Department of Information and Communications</source>
        <translation>Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
        <source>Source addresses are abroad; no successful login in auth.log.</source>
        <translation>Địa chỉ nguồn ở nước ngoài; auth.log không có lần đăng nhập thành công nào.</translation>
    </message>
    <message>
        <source>Defacement of the provincial e-government portal</source>
        <translation>Cổng thông tin điện tử tỉnh bị thay đổi giao diện</translation>
    </message>
    <message>
        <source>Provincial People&apos;s Committee office</source>
        <translation>Văn phòng UBND tỉnh</translation>
    </message>
    <message>
        <source>Provincial e-government portal</source>
        <translation>Cổng thông tin điện tử tỉnh</translation>
    </message>
    <message>
        <source>Portal taken offline; maintenance page served from the backup server.</source>
        <translation>Đã tạm dừng cổng thông tin; trang bảo trì được phục vụ từ máy chủ dự phòng.</translation>
    </message>
    <message>
        <source>Office of the Provincial People&apos;s Committee</source>
        <translation>Văn phòng UBND tỉnh</translation>
    </message>
    <message>
        <source>Informed of the defacement and the containment.</source>
        <translation>Đã thông báo về việc thay đổi giao diện và biện pháp ngăn chặn.</translation>
    </message>
    <message>
        <source>Director of the Department</source>
        <translation>Giám đốc Sở</translation>
    </message>
    <message>
        <source>Cobalt Strike beaconing from a workstation of the Department of Education</source>
        <translation>Máy trạm của Sở Giáo dục và Đào tạo kết nối đến máy chủ điều khiển Cobalt Strike</translation>
    </message>
    <message>
        <source>Department of Education and Training</source>
        <translation>Sở Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <source>Office workstation sogd-pc023</source>
        <translation>Máy trạm văn phòng sogd-pc023</translation>
    </message>
    <message>
        <source>Ransomware encrypting the file server of the Department of Health</source>
        <translation>Mã độc tống tiền mã hóa máy chủ tệp của Sở Y tế</translation>
    </message>
    <message>
        <source>Department of Health</source>
        <translation>Sở Y tế</translation>
    </message>
    <message>
        <source>Commune reports that its website is unreachable</source>
        <translation>UBND xã báo cáo không truy cập được trang thông tin điện tử</translation>
    </message>
    <message>
        <source>People&apos;s Committee of An Binh commune</source>
        <translation>UBND xã An Bình</translation>
    </message>
</context>
<context>
    <name>DueStyle</name>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Trong hạn</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>1 day</source>
        <translation>1 ngày</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 phút</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days hours</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>dưới 1 phút</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>còn %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>quá hạn %1</translation>
    </message>
</context>
<context>
    <name>DutyLog</name>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Check done</source>
        <translation>Kiểm tra đã thực hiện</translation>
    </message>
    <message>
        <source>System state before maintenance</source>
        <translation>Trạng thái hệ thống trước bảo trì</translation>
    </message>
    <message>
        <source>System state after maintenance</source>
        <translation>Trạng thái hệ thống sau bảo trì</translation>
    </message>
    <message>
        <source>Call received</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <source>A duty log line needs some text; nothing was written.</source>
        <translation>Mục ghi sổ trực phải có nội dung; chưa ghi gì.</translation>
    </message>
    <message>
        <source>%1 is not inside the shift %2; nothing was written to the duty log.</source>
        <translation>%1 không nằm trong ca %2; chưa ghi gì vào sổ trực.</translation>
    </message>
    <message>
        <source>A duty log line records what already happened; %1 is in the future. Nothing was written.</source>
        <translation>Sổ trực chỉ ghi những việc đã xảy ra; %1 là thời điểm trong tương lai. Chưa ghi gì.</translation>
    </message>
</context>
<context>
    <name>DutyShift</name>
    <message>
        <source>Morning (06–14)</source>
        <translation>Ca sáng (06–14)</translation>
    </message>
    <message>
        <source>Afternoon (14–22)</source>
        <translation>Ca chiều (14–22)</translation>
    </message>
    <message>
        <source>Night (22–06)</source>
        <translation>Ca đêm (22–06)</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Direct superior</source>
        <translation>Cấp trên trực tiếp</translation>
    </message>
    <message>
        <source>Provincial department in charge</source>
        <translation>Sở chủ quản cấp tỉnh</translation>
    </message>
    <message>
        <source>Provincial police</source>
        <translation>Công an tỉnh</translation>
    </message>
    <message>
        <source>National coordinator (VNCERT/CC)</source>
        <translation>Cơ quan điều phối quốc gia (VNCERT/CC)</translation>
    </message>
</context>
<context>
    <name>EvidenceVault</name>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Không ghi được vào %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The encryption library failed.</source>
        <translation>Thư viện mã hóa gặp lỗi.</translation>
    </message>
    <message>
        <source>Evidence %1 is already in the vault; it is never overwritten.</source>
        <translation>Chứng cứ %1 đã có trong kho chứng cứ; chứng cứ đã lưu không bao giờ bị ghi đè.</translation>
    </message>
    <message>
        <source>Storing the evidence was cancelled; nothing was kept.</source>
        <translation>Đã hủy việc lưu chứng cứ; không có gì được lưu lại.</translation>
    </message>
    <message>
        <source>%1 changed while it was being stored; collect it again.</source>
        <translation>%1 đã bị thay đổi trong khi đang lưu; hãy thu thập lại.</translation>
    </message>
    <message>
        <source>Evidence %1 is missing from the vault.</source>
        <translation>Không tìm thấy chứng cứ %1 trong kho chứng cứ.</translation>
    </message>
    <message>
        <source>The evidence id &quot;%1&quot; is not valid.</source>
        <translation>Mã chứng cứ &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>The evidence vault has no valid key.</source>
        <translation>Kho chứng cứ không có khóa hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot create the evidence folder %1.</source>
        <translation>Không tạo được thư mục chứng cứ %1.</translation>
    </message>
    <message>
        <source>Cannot write to the evidence folder %1.</source>
        <translation>Không ghi được vào thư mục chứng cứ %1.</translation>
    </message>
    <message>
        <source>The evidence file is missing from the vault.</source>
        <translation>Không tìm thấy tệp chứng cứ trong kho chứng cứ.</translation>
    </message>
    <message>
        <source>The evidence file cannot be read: %1</source>
        <translation>Không đọc được tệp chứng cứ: %1</translation>
    </message>
    <message>
        <source>The evidence file has been altered or damaged (authentication failed).</source>
        <translation>Tệp chứng cứ đã bị thay đổi hoặc hư hỏng (xác thực không đạt).</translation>
    </message>
    <message>
        <source>The evidence file does not match its recorded SHA-256 hash (hash mismatch).</source>
        <translation>Tệp chứng cứ không khớp với mã băm SHA-256 đã ghi nhận (sai lệch mã băm).</translation>
    </message>
    <message>
        <source>Evidence %1 has been altered or damaged (authentication failed); nothing was exported.</source>
        <translation>Chứng cứ %1 đã bị thay đổi hoặc hư hỏng (xác thực không đạt); không có gì được xuất ra.</translation>
    </message>
    <message>
        <source>Evidence %1 does not match its recorded SHA-256 hash; nothing was exported.</source>
        <translation>Chứng cứ %1 không khớp với mã băm SHA-256 đã ghi nhận; không có gì được xuất ra.</translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation>Không ghi được vào %1.</translation>
    </message>
    <message>
        <source>Evidence %1 could not be copied.</source>
        <translation>Không sao chép được chứng cứ %1.</translation>
    </message>
    <message>
        <source>Evidence %1 has been altered or damaged (authentication failed).</source>
        <translation>Chứng cứ %1 đã bị thay đổi hoặc hư hỏng (xác thực không đạt).</translation>
    </message>
    <message>
        <source>Evidence %1 does not match its recorded SHA-256 hash.</source>
        <translation>Chứng cứ %1 không khớp với mã băm SHA-256 đã ghi nhận.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Printed as “%1”</source>
        <translation>Ghi trên văn bản là “%1”</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>notify (5 days, R-11)</source>
        <translation>thông báo (5 ngày, R-11)</translation>
    </message>
    <message>
        <source>Mẫu 03 at once (beyond capability)</source>
        <translation>Mẫu 03 ngay (vượt quá khả năng)</translation>
    </message>
    <message>
        <source>Mẫu 04 closing report</source>
        <translation>báo cáo kết thúc Mẫu 04</translation>
    </message>
    <message>
        <source>first action</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>xử lý xong</translation>
    </message>
    <message>
        <source>Alerts not triaged</source>
        <translation>Cảnh báo chưa phân loại</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Phiếu xử lý đang mở</translation>
    </message>
    <message>
        <source>Overdue tickets</source>
        <translation>Phiếu xử lý quá hạn</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source> (OVERDUE)</source>
        <translation> (QUÁ HẠN)</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Sự cố đang mở</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Bước hiện tại</translation>
    </message>
    <message>
        <source>Nearest deadline</source>
        <translation>Hạn gần nhất</translation>
    </message>
    <message>
        <source>Due in the next shift</source>
        <translation>Đến hạn trong ca kế tiếp</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
</context>
<context>
    <name>HandoverService</name>
    <message>
        <source>The shift %1 has not begun; only a shift that has begun can be handed over. Nothing was prepared.</source>
        <translation>Ca %1 chưa bắt đầu; chỉ ca đã bắt đầu mới bàn giao được. Chưa chuẩn bị bàn giao.</translation>
    </message>
    <message>
        <source>The shift %1 was already handed over: %2 accepted it at %3. Nothing was changed.</source>
        <translation>Ca %1 đã được bàn giao: %2 đã nhận lúc %3. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1 leads the shift %2, so %1 prepares its handover. Nothing was prepared.</source>
        <translation>%1 là trưởng ca %2 nên %1 là người chuẩn bị bàn giao. Chưa chuẩn bị bàn giao.</translation>
    </message>
    <message>
        <source>Nobody has prepared a handover of the shift %1 yet.</source>
        <translation>Chưa có ai chuẩn bị bàn giao ca %1.</translation>
    </message>
    <message>
        <source>The handover of the shift %1 was already accepted by %2 at %3; it is accepted only once. Nothing was changed.</source>
        <translation>Bàn giao ca %1 đã được %2 nhận lúc %3; mỗi lần bàn giao chỉ được nhận một lần. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>You prepared the handover of the shift %1; the lead of the incoming shift accepts it. Nothing was changed.</source>
        <translation>Bạn đã chuẩn bị bàn giao ca %1; trưởng ca kế tiếp mới là người nhận bàn giao. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1 leads the incoming shift %2, so %1 accepts the handover. Nothing was changed.</source>
        <translation>%1 là trưởng ca kế tiếp %2 nên %1 là người nhận bàn giao. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; to take over the tickets; the handover was not accepted.</source>
        <translation>Không có tài khoản &quot;%1&quot; để nhận các phiếu xử lý; chưa nhận bàn giao.</translation>
    </message>
</context>
<context>
    <name>IncidentType</name>
    <message>
        <source>Denial of service</source>
        <translation>Từ chối dịch vụ</translation>
    </message>
    <message>
        <source>Spoofing (impersonation) attack</source>
        <translation>Tấn công giả mạo</translation>
    </message>
    <message>
        <source>Attack using malware</source>
        <translation>Tấn công sử dụng mã độc</translation>
    </message>
    <message>
        <source>Unauthorised access, taking control</source>
        <translation>Truy cập trái phép, chiếm quyền điều khiển</translation>
    </message>
    <message>
        <source>Defacement</source>
        <translation>Thay đổi giao diện</translation>
    </message>
    <message>
        <source>Encryption of software, data or devices</source>
        <translation>Mã hóa phần mềm, dữ liệu, thiết bị</translation>
    </message>
    <message>
        <source>Destruction of information, data or software</source>
        <translation>Phá hoại thông tin, dữ liệu, phần mềm</translation>
    </message>
    <message>
        <source>Eavesdropping, espionage, theft of information or data</source>
        <translation>Nghe trộm, gián điệp, lấy cắp thông tin, dữ liệu</translation>
    </message>
    <message>
        <source>Combined attack</source>
        <translation>Tấn công tổng hợp</translation>
    </message>
    <message>
        <source>Other forms of attack</source>
        <translation>Các hình thức tấn công khác</translation>
    </message>
</context>
<context>
    <name>IntakeChannel</name>
    <message>
        <source>Monitoring (alerts)</source>
        <translation>Giám sát (cảnh báo)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Official email</source>
        <translation>Thư điện tử công vụ</translation>
    </message>
    <message>
        <source>Written document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
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
    <name>NationalGrouping</name>
    <message>
        <source>Serious</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Thông thường</translation>
    </message>
</context>
<context>
    <name>OverdueRequestIndex</name>
    <message>
        <source>Request #%1 to %2, due %3, not answered: %4</source>
        <translation>Yêu cầu #%1 gửi %2, hạn %3, chưa được phản hồi: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to agencies overdue (R-16)</source>
        <translation>
            <numerusform>%n yêu cầu gửi cơ quan, đơn vị đã quá hạn (R-16)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordCheck</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Lỗi ngoài dự kiến: %1</translation>
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
        <source>The password must not contain a part of your name.</source>
        <translation>Mật khẩu không được chứa một phần họ tên của bạn.</translation>
    </message>
    <message>
        <source>The password must not contain a date (such as a birth date).</source>
        <translation>Mật khẩu không được chứa ngày tháng (chẳng hạn ngày sinh).</translation>
    </message>
    <message>
        <source>The password must not contain a phone number.</source>
        <translation>Mật khẩu không được chứa số điện thoại.</translation>
    </message>
    <message>
        <source>At least 11 characters with lower- and upper-case letters, a digit and a special character; not containing the user name, a name, a date or a phone number.</source>
        <translation>Ít nhất 11 ký tự, gồm chữ thường, chữ hoa, chữ số và ký tự đặc biệt; không chứa tên đăng nhập, họ tên, ngày tháng hoặc số điện thoại.</translation>
    </message>
    <message>
        <source>At least 8 characters with lower- and upper-case letters and a digit or special character; not containing the user name, a name, a date or a phone number.</source>
        <translation>Ít nhất 8 ký tự, gồm chữ thường, chữ hoa và chữ số hoặc ký tự đặc biệt; không chứa tên đăng nhập, họ tên, ngày tháng hoặc số điện thoại.</translation>
    </message>
</context>
<context>
    <name>PeriodPreset</name>
    <message>
        <source>Monthly</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <source>6-month</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Khoảng thời gian tùy chọn</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>view alerts and cases</source>
        <translation>xem cảnh báo và hồ sơ</translation>
    </message>
    <message>
        <source>triage alerts</source>
        <translation>kiểm tra, phân loại cảnh báo</translation>
    </message>
    <message>
        <source>create and change tickets and incidents</source>
        <translation>tạo và sửa phiếu xử lý, sự cố</translation>
    </message>
    <message>
        <source>assign tickets to someone else</source>
        <translation>giao phiếu xử lý cho người khác</translation>
    </message>
    <message>
        <source>close an incident</source>
        <translation>đóng sự cố</translation>
    </message>
    <message>
        <source>issue official documents</source>
        <translation>phát hành văn bản chính thức</translation>
    </message>
    <message>
        <source>import alert files</source>
        <translation>nhập tệp cảnh báo</translation>
    </message>
    <message>
        <source>export a case</source>
        <translation>xuất hồ sơ</translation>
    </message>
    <message>
        <source>change the service levels</source>
        <translation>thay đổi thời hạn xử lý</translation>
    </message>
    <message>
        <source>change the report settings</source>
        <translation>thay đổi cài đặt báo cáo</translation>
    </message>
    <message>
        <source>configure the station</source>
        <translation>cấu hình máy trạm</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>quản lý tài khoản</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>xem nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>back up the case database</source>
        <translation>sao lưu cơ sở dữ liệu hồ sơ</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2. The attempt was recorded in the audit log; ask someone whose role allows it.</source>
        <translation>Vai trò của bạn (%1) không được phép %2. Lần thử này đã được ghi vào nhật ký kiểm toán; hãy đề nghị người có vai trò phù hợp thực hiện.</translation>
    </message>
    <message>
        <source>change the duty roster</source>
        <translation>thay đổi lịch trực</translation>
    </message>
    <message>
        <source>hand over or accept a shift</source>
        <translation>bàn giao hoặc nhận ca trực</translation>
    </message>
    <message>
        <source>change the agency directory and asset register</source>
        <translation>thay đổi danh bạ cơ quan, đơn vị và sổ quản lý tài sản</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The central store URL must not contain a password: the password is taken from your sign-in.</source>
        <translation>Địa chỉ kho dữ liệu trung tâm không được chứa mật khẩu: mật khẩu được lấy từ lần đăng nhập của bạn.</translation>
    </message>
    <message>
        <source>The central store refused the user name or password (%1). Work continues on this station.</source>
        <translation>Kho dữ liệu trung tâm từ chối tên đăng nhập hoặc mật khẩu (%1). Công việc vẫn tiếp tục trên máy trạm này.</translation>
    </message>
    <message>
        <source>The central store at %1 cannot be reached (%2). Work continues on this station; changes are kept and sent when it is back.</source>
        <translation>Không kết nối được kho dữ liệu trung tâm tại %1 (%2). Công việc vẫn tiếp tục trên máy trạm này; các thay đổi được giữ lại và gửi đi khi kết nối trở lại.</translation>
    </message>
    <message>
        <source>The connection to the central store was lost (%1). Work continues on this station; changes are kept and sent when it is back.</source>
        <translation>Mất kết nối với kho dữ liệu trung tâm (%1). Công việc vẫn tiếp tục trên máy trạm này; các thay đổi được giữ lại và gửi đi khi kết nối trở lại.</translation>
    </message>
    <message>
        <source>The central store refused the request: %1</source>
        <translation>Kho dữ liệu trung tâm từ chối yêu cầu: %1</translation>
    </message>
    <message>
        <source>The central store&apos;s TLS certificate could not be verified (%1). Check the CA file and the host name in the central store settings.</source>
        <translation>Không xác minh được chứng chỉ TLS của kho trung tâm (%1). Hãy kiểm tra tệp CA và tên máy chủ trong cài đặt kho trung tâm.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>There is no incident &quot;%1&quot;.</source>
        <translation>Không có sự cố &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shift (expected DATE/NUMBER, e.g. 2026-11-21/1); nothing was issued.</source>
        <translation>&quot;%1&quot; không phải là một ca (cần theo dạng DATE/NUMBER, ví dụ: 2026-11-21/1); chưa có văn bản nào được phát hành.</translation>
    </message>
    <message>
        <source>No handover was prepared for the shift %1, so there is no handover record to print; nothing was issued.</source>
        <translation>Chưa có bàn giao nào được chuẩn bị cho ca %1 nên không có biên bản giao nhận ca trực để in; chưa có văn bản nào được phát hành.</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>the existing file cannot be replaced</source>
        <translation>không thay thế được tệp đã có</translation>
    </message>
    <message>
        <source>the written file cannot be put in place</source>
        <translation>không đưa được tệp vừa ghi vào đúng vị trí</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <source>Enter the issuing body: it heads every document and is the reporting organisation.</source>
        <translation>Hãy nhập tên cơ quan ban hành: tên này được in ở phần đầu mọi văn bản và là tổ chức báo cáo.</translation>
    </message>
    <message>
        <source>Enter the issuing code: it ends every document number, as in 05/BC-SOC.</source>
        <translation>Hãy nhập ký hiệu cơ quan ban hành: ký hiệu này đứng cuối mọi số văn bản, như trong 05/BC-SOC.</translation>
    </message>
    <message>
        <source>The issuing code “%1” may hold only letters, digits and hyphens: it is printed in the number after “BC-”.</source>
        <translation>Ký hiệu cơ quan ban hành “%1” chỉ được gồm chữ cái, chữ số và dấu gạch nối: ký hiệu này được in trong số văn bản, sau “BC-”.</translation>
    </message>
    <message>
        <source>Enter the place name: it starts the place and date line.</source>
        <translation>Hãy nhập địa danh: địa danh đứng đầu dòng ghi địa danh và ngày tháng.</translation>
    </message>
</context>
<context>
    <name>ResponseStep</name>
    <message>
        <source>Record the incident in the incident log completely, accurately and on time</source>
        <translation>Ghi nhận sự cố vào nhật ký xử lý sự cố đầy đủ, chính xác, kịp thời</translation>
    </message>
    <message>
        <source>Have the relevant focal points confirm it</source>
        <translation>Có xác nhận của các đầu mối liên quan</translation>
    </message>
    <message>
        <source>Report it to the managing agency for coordination</source>
        <translation>Báo cáo cơ quan chủ quản để phối hợp xử lý</translation>
    </message>
    <message>
        <source>Make a preliminary assessment of severity and scope</source>
        <translation>Đánh giá sơ bộ mức độ và phạm vi ảnh hưởng</translation>
    </message>
    <message>
        <source>Classify the incident (severity level)</source>
        <translation>Phân loại sự cố (mức độ nghiêm trọng)</translation>
    </message>
    <message>
        <source>Propose temporary containment measures</source>
        <translation>Đề xuất biện pháp ngăn chặn tạm thời</translation>
    </message>
    <message>
        <source>Coordinate with the provincial response team and the agency&apos;s security staff</source>
        <translation>Phối hợp với Đội ứng cứu sự cố của tỉnh và cán bộ phụ trách an toàn thông tin của cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Isolate the affected devices or systems</source>
        <translation>Cô lập thiết bị, hệ thống bị ảnh hưởng</translation>
    </message>
    <message>
        <source>Disconnect the network or services where needed</source>
        <translation>Ngắt kết nối mạng hoặc dịch vụ khi cần thiết</translation>
    </message>
    <message>
        <source>Collect the log files of the affected systems</source>
        <translation>Thu thập các tập tin nhật ký của hệ thống bị ảnh hưởng</translation>
    </message>
    <message>
        <source>Analyse the logs</source>
        <translation>Phân tích nhật ký</translation>
    </message>
    <message>
        <source>Preserve the digital evidence (hash recorded)</source>
        <translation>Bảo quản chứng cứ số (đã ghi nhận giá trị băm)</translation>
    </message>
    <message>
        <source>Investigate the cause and the culprit</source>
        <translation>Điều tra nguyên nhân và truy tìm thủ phạm</translation>
    </message>
    <message>
        <source>Back up before fixing, important data first</source>
        <translation>Sao lưu trước khi khắc phục, ưu tiên dữ liệu quan trọng</translation>
    </message>
    <message>
        <source>Remove the cause with the response team</source>
        <translation>Phối hợp với đội ứng cứu xử lý nguyên nhân sự cố</translation>
    </message>
    <message>
        <source>Beyond our capability: report to the provincial People&apos;s Committee, police, security authority and national response centre</source>
        <translation>Vượt quá khả năng: báo cáo UBND tỉnh, Công an tỉnh, cơ quan chuyên trách an toàn thông tin và Cơ quan điều phối quốc gia</translation>
    </message>
    <message>
        <source>Restore systems, services and data</source>
        <translation>Khôi phục hệ thống, dịch vụ và dữ liệu</translation>
    </message>
    <message>
        <source>Identify all data that was lost</source>
        <translation>Xác định toàn bộ dữ liệu bị mất</translation>
    </message>
    <message>
        <source>Restore from backup and restart the services</source>
        <translation>Khôi phục từ bản sao lưu và khởi động lại dịch vụ</translation>
    </message>
    <message>
        <source>Evaluate the incident and the response</source>
        <translation>Đánh giá sự cố và công tác ứng cứu</translation>
    </message>
    <message>
        <source>Propose measures and policy changes</source>
        <translation>Đề xuất giải pháp và điều chỉnh chính sách</translation>
    </message>
    <message>
        <source>Report the remediation results to the agencies concerned</source>
        <translation>Báo cáo kết quả khắc phục cho các cơ quan liên quan</translation>
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
    <name>RoleGate</name>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>Vai trò của bạn (%1) không được phép %2.</translation>
    </message>
</context>
<context>
    <name>SecurityLevel</name>
    <message>
        <source>Level 1: internal use, public information only</source>
        <translation>Cấp độ 1: phục vụ hoạt động nội bộ, chỉ xử lý thông tin công cộng</translation>
    </message>
    <message>
        <source>Level 2: private or personal data of fewer than 10,000 users</source>
        <translation>Cấp độ 2: xử lý thông tin riêng, thông tin cá nhân của dưới 10.000 người sử dụng</translation>
    </message>
    <message>
        <source>Level 3: state secrets, or 10,000 users or more, or shared provincial infrastructure</source>
        <translation>Cấp độ 3: xử lý bí mật nhà nước, hoặc từ 10.000 người sử dụng trở lên, hoặc là hạ tầng dùng chung của tỉnh</translation>
    </message>
    <message>
        <source>Level 4: serious national harm; national e-government 24/7</source>
        <translation>Cấp độ 4: gây tổn hại nghiêm trọng tới quốc phòng, an ninh quốc gia; hệ thống Chính phủ điện tử quốc gia phục vụ 24/7</translation>
    </message>
    <message>
        <source>Level 5: especially serious harm to national security</source>
        <translation>Cấp độ 5: gây tổn hại đặc biệt nghiêm trọng tới an ninh quốc gia</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Chưa xác định cấp độ</translation>
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
    <name>ShiftPattern</name>
    <message>
        <source>Morning shift</source>
        <translation>Ca sáng</translation>
    </message>
    <message>
        <source>Afternoon shift</source>
        <translation>Ca chiều</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>Ca đêm</translation>
    </message>
    <message>
        <source>A shift pattern needs at least one shift.</source>
        <translation>Cách chia ca phải có ít nhất một ca.</translation>
    </message>
    <message>
        <source>Every shift needs a name.</source>
        <translation>Mỗi ca phải có tên.</translation>
    </message>
    <message>
        <source>The shift &quot;%1&quot; must start between 00:00 and 23:59.</source>
        <translation>Ca &quot;%1&quot; phải bắt đầu trong khoảng từ 00:00 đến 23:59.</translation>
    </message>
    <message>
        <source>The shift &quot;%1&quot; must last between one minute and 24 hours.</source>
        <translation>Ca &quot;%1&quot; phải kéo dài từ một phút đến 24 giờ.</translation>
    </message>
    <message>
        <source>Nobody is on duty between %1 and %2: the shifts must cover the whole day without a gap.</source>
        <translation>Không có ai trực từ %1 đến %2: các ca phải phủ kín cả ngày, không có khoảng trống.</translation>
    </message>
    <message>
        <source>The shift &quot;%1&quot; overlaps the next one (%2 to %3): the shifts must follow each other without overlapping.</source>
        <translation>Ca &quot;%1&quot; chồng lên ca tiếp theo (%2 đến %3): các ca phải nối tiếp nhau, không chồng lấn.</translation>
    </message>
    <message>
        <source>A shift&apos;s start &quot;%1&quot; is not a time of day (HH:MM).</source>
        <translation>Giờ bắt đầu ca &quot;%1&quot; không phải là giờ hợp lệ trong ngày (HH:MM).</translation>
    </message>
</context>
<context>
    <name>ShiftRoster</name>
    <message>
        <source>There is no account &quot;%1&quot; in this case database; nobody was put on the shift.</source>
        <translation>Không có tài khoản &quot;%1&quot; trong cơ sở dữ liệu hồ sơ này; chưa xếp ai vào ca.</translation>
    </message>
    <message>
        <source>%1 is not on the shift %2; the roster is unchanged.</source>
        <translation>%1 không có trong ca %2; lịch trực không thay đổi.</translation>
    </message>
    <message>
        <source>That is not a shift of the pattern.</source>
        <translation>Đó không phải là một ca trong cách chia ca.</translation>
    </message>
</context>
<context>
    <name>SigningKeyStore</name>
    <message>
        <source>The station&apos;s export signing key in the case database is damaged; nothing was exported.</source>
        <translation>Khóa ký tệp xuất của máy trạm trong cơ sở dữ liệu hồ sơ bị hỏng; không có gì được xuất ra.</translation>
    </message>
    <message>
        <source>The encryption library could not create the station&apos;s signing key; nothing was exported.</source>
        <translation>Thư viện mã hóa không tạo được khóa ký của máy trạm; không có gì được xuất ra.</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>StepTitle</name>
    <message>
        <source>Record the incident</source>
        <translation>Ghi nhận sự cố</translation>
    </message>
    <message>
        <source>Analyse the incident</source>
        <translation>Phân tích sự cố</translation>
    </message>
    <message>
        <source>Contain</source>
        <translation>Ngăn chặn</translation>
    </message>
    <message>
        <source>Collect evidence and trace the culprit</source>
        <translation>Thu thập bằng chứng và truy tìm thủ phạm</translation>
    </message>
    <message>
        <source>Remove the cause of the incident</source>
        <translation>Xử lý nguyên nhân sự cố</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Post-incident activities</source>
        <translation>Hoạt động sau sự cố</translation>
    </message>
</context>
<context>
    <name>SyncLoop</name>
    <message>
        <source>The central store has schema version %1; this station needs %2. An administrator runs &quot;socstation central migrate&quot;.</source>
        <translation>Kho trung tâm có lược đồ phiên bản %1; máy trạm này cần phiên bản %2. Quản trị viên cần chạy &quot;socstation central migrate&quot;.</translation>
    </message>
    <message>
        <source>The central store has schema version %1, newer than this station (%2). Update socstation.</source>
        <translation>Kho trung tâm có lược đồ phiên bản %1, mới hơn máy trạm này (%2). Hãy cập nhật socstation.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message numerus="yes">
        <source>%n sync conflict(s): two stations changed the same field. Both values are kept on the ticket&apos;s timeline.</source>
        <translation>
            <numerusform>%n xung đột đồng bộ: hai máy trạm cùng sửa một trường. Cả hai giá trị được lưu trên dòng thời gian của phiếu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>Working alone</source>
        <translation>Làm việc độc lập</translation>
    </message>
    <message>
        <source>Connecting to the central store…</source>
        <translation>Đang kết nối kho dữ liệu trung tâm…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Đã đồng bộ</translation>
    </message>
    <message>
        <source>Sending 1 change…</source>
        <translation>Đang gửi 1 thay đổi…</translation>
    </message>
    <message>
        <source>Sending %1 changes…</source>
        <translation>Đang gửi %1 thay đổi…</translation>
    </message>
    <message>
        <source>Offline — nothing waiting</source>
        <translation>Ngoại tuyến — không có thay đổi nào đang chờ</translation>
    </message>
    <message>
        <source>Offline — 1 change waiting</source>
        <translation>Ngoại tuyến — 1 thay đổi đang chờ</translation>
    </message>
    <message>
        <source>Offline — %1 changes waiting</source>
        <translation>Ngoại tuyến — %1 thay đổi đang chờ</translation>
    </message>
    <message>
        <source>Refused by the central store</source>
        <translation>Bị kho dữ liệu trung tâm từ chối</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <source>%1 · %2 rejected</source>
        <translation>%1 · %2 bị từ chối</translation>
    </message>
    <message>
        <source>Working alone: no central store is configured</source>
        <translation>Làm việc độc lập: chưa cấu hình kho dữ liệu trung tâm</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Đang kết nối</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Offline: working locally, retrying</source>
        <translation>Ngoại tuyến: làm việc trên máy trạm, đang thử kết nối lại</translation>
    </message>
    <message>
        <source>Refused: needs an administrator</source>
        <translation>Bị từ chối: cần quản trị viên xử lý</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 thay đổi</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 thay đổi</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 trước</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ngay bây giờ</translation>
    </message>
    <message>
        <source>in 1 second</source>
        <translation>sau 1 giây</translation>
    </message>
    <message>
        <source>in %1 seconds</source>
        <translation>sau %1 giây</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>sau %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>TicketAge</name>
    <message>
        <source>0–4 h</source>
        <translation>0–4 giờ</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 giờ</translation>
    </message>
    <message>
        <source>1–7 d</source>
        <translation>1–7 ngày</translation>
    </message>
    <message>
        <source>&gt; 7 d</source>
        <translation>&gt; 7 ngày</translation>
    </message>
</context>
<context>
    <name>TicketCells</name>
    <message>
        <source>%1
Received via: %2
Linked alerts: %3</source>
        <translation>%1
Tiếp nhận qua: %2
Số cảnh báo liên kết: %3</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Do %2 tạo lúc %1</translation>
    </message>
    <message>
        <source>No deadline: the ticket is resolved or closed.</source>
        <translation>Không còn thời hạn: phiếu đã xử lý xong hoặc đã đóng.</translation>
    </message>
    <message>
        <source>First action due %1</source>
        <translation>Hạn tiếp nhận lúc %1</translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation>Hạn xử lý xong lúc %1</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Waiting for agency</source>
        <translation>Chờ đơn vị phản hồi</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
</context>
<context>
    <name>TimelineKind</name>
    <message>
        <source>Alert attached</source>
        <translation>Gắn cảnh báo</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>Step change</source>
        <translation>Cập nhật bước</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Hành động đã thực hiện</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Trao đổi thông tin</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Thêm chứng cứ</translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation>Phát hành báo cáo</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Đính chính</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Xung đột đồng bộ</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>Wrong password for &quot;%1&quot;. %n more failed attempt(s) lock the account.</source>
        <translation>
            <numerusform>Sai mật khẩu của tài khoản &quot;%1&quot;. Nếu nhập sai thêm %n lần nữa, tài khoản sẽ bị khóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2-32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Tên đăng nhập &quot;%1&quot; không hợp lệ: dùng từ 2 đến 32 ký tự gồm chữ thường không dấu, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;, bắt đầu bằng một chữ cái.</translation>
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
        <source>The data key could not be sealed to the station key (OpenSSL error).</source>
        <translation>Không niêm phong được khóa dữ liệu bằng khóa của máy trạm (lỗi OpenSSL).</translation>
    </message>
    <message>
        <source>The data key could not be sealed to the recovery key (OpenSSL error).</source>
        <translation>Không niêm phong được khóa dữ liệu bằng khóa khôi phục (lỗi OpenSSL).</translation>
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
        <source>The workspace %1 already has accounts; it was not changed.</source>
        <translation>Không gian làm việc %1 đã có tài khoản nên được giữ nguyên, không bị thay đổi.</translation>
    </message>
    <message>
        <source>The data key could not be wrapped (OpenSSL error).</source>
        <translation>Không mã hóa bảo vệ được khóa dữ liệu (lỗi OpenSSL).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already exists.</source>
        <translation>Tài khoản &quot;%1&quot; đã tồn tại.</translation>
    </message>
    <message>
        <source>This administrator account holds no station key; sign in again as the first administrator of the station.</source>
        <translation>Tài khoản quản trị viên này không giữ khóa của máy trạm; hãy đăng nhập lại bằng tài khoản quản trị viên đầu tiên của máy trạm.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has been locked since %2 after %3 failed sign-ins. Only an administrator can unlock it, on your written request.</source>
        <translation>Tài khoản &quot;%1&quot; bị khóa từ %2 sau %3 lần đăng nhập sai. Chỉ quản trị viên mới mở khóa được, khi có yêu cầu bằng văn bản của bạn.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was suspended on %2: its validity ended.</source>
        <translation>Tài khoản &quot;%1&quot; đã bị tạm dừng từ %2: hết thời hạn sử dụng.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was suspended on %2: it was not used for %3 days.</source>
        <translation>Tài khoản &quot;%1&quot; đã bị tạm dừng từ %2: tài khoản không được sử dụng trong %3 ngày.</translation>
    </message>
    <message>
        <source>Only an administrator can reactivate it, on written request.</source>
        <translation>Chỉ quản trị viên mới kích hoạt lại được tài khoản, khi có yêu cầu bằng văn bản.</translation>
    </message>
    <message>
        <source>The key file %1 holds no password wrap.</source>
        <translation>Tệp khóa %1 không chứa bản khóa dữ liệu được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <source>The key file %1 could not be decrypted (OpenSSL error).</source>
        <translation>Không giải mã được tệp khóa %1 (lỗi OpenSSL).</translation>
    </message>
    <message>
        <source>The account could not be locked (OpenSSL error).</source>
        <translation>Không khóa được tài khoản (lỗi OpenSSL).</translation>
    </message>
    <message>
        <source>Wrong password for &quot;%1&quot;. The account is now locked after %2 failed sign-ins within %3 minutes; only an administrator can unlock it, on your written request.</source>
        <translation>Sai mật khẩu của tài khoản &quot;%1&quot;. Tài khoản đã bị khóa sau %2 lần đăng nhập sai trong vòng %3 phút; chỉ quản trị viên mới mở khóa được, khi có yêu cầu bằng văn bản của bạn.</translation>
    </message>
    <message>
        <source>The case database of &quot;%1&quot; has no account record.</source>
        <translation>Cơ sở dữ liệu hồ sơ của &quot;%1&quot; không có bản ghi tài khoản.</translation>
    </message>
    <message>
        <source>The case database of &quot;%1&quot; has no account record; it was left untouched.</source>
        <translation>Cơ sở dữ liệu hồ sơ của &quot;%1&quot; không có bản ghi tài khoản nên được giữ nguyên, không bị thay đổi.</translation>
    </message>
    <message>
        <source>The account could not be suspended (OpenSSL error).</source>
        <translation>Không tạm dừng được tài khoản (lỗi OpenSSL).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is suspended: its validity ended.</source>
        <translation>Tài khoản &quot;%1&quot; đang bị tạm dừng: hết thời hạn sử dụng.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is suspended: it was not used for %2 days.</source>
        <translation>Tài khoản &quot;%1&quot; đang bị tạm dừng: tài khoản không được sử dụng trong %2 ngày.</translation>
    </message>
    <message>
        <source>The new password must differ from your last %1 passwords.</source>
        <translation>Mật khẩu mới phải khác %1 mật khẩu gần nhất của bạn.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no recovery seal: no recovery key was configured when it was last used.</source>
        <translation>Tài khoản &quot;%1&quot; không có bản niêm phong khôi phục: khi tài khoản được sử dụng lần cuối, chưa có khóa khôi phục nào được cấu hình.</translation>
    </message>
    <message>
        <source>This recovery key does not open the account &quot;%1&quot; (it was sealed to the key %2).</source>
        <translation>Khóa khôi phục này không mở được tài khoản &quot;%1&quot; (tài khoản được niêm phong bằng khóa %2).</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>There is no ticket &quot;%1&quot;.</source>
        <translation>Không có phiếu xử lý &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>soc::domain::IpRange</name>
    <message>
        <source>The address range is empty.</source>
        <translation>Dải địa chỉ trống.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of two IP addresses (first-last).</source>
        <translation>&quot;%1&quot; không phải là dải gồm hai địa chỉ IP (đầu-cuối).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; mixes an IPv4 and an IPv6 address.</source>
        <translation>&quot;%1&quot; trộn lẫn địa chỉ IPv4 và IPv6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts.</source>
        <translation>&quot;%1&quot; có địa chỉ cuối đứng trước địa chỉ đầu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with an IP address.</source>
        <translation>&quot;%1&quot; không bắt đầu bằng một địa chỉ IP.</translation>
    </message>
    <message>
        <source>The prefix length of &quot;%1&quot; must be a number from 0 to %2.</source>
        <translation>Độ dài tiền tố của &quot;%1&quot; phải là số từ 0 đến %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address, a CIDR block or a range.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ IP, khối CIDR hay dải địa chỉ.</translation>
    </message>
</context>
<context>
    <name>soc::store::AgencyDirectory</name>
    <message>
        <source>The agency code &quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>Mã cơ quan, đơn vị &quot;%1&quot; chỉ được gồm chữ cái, chữ số, &apos;.&apos;, &apos;_&apos; và &apos;-&apos; (tối đa 64 ký tự).</translation>
    </message>
    <message>
        <source>Give the agency %1 a name.</source>
        <translation>Hãy nhập tên cho cơ quan, đơn vị %1.</translation>
    </message>
    <message>
        <source>The parent agency &quot;%1&quot; is not in the directory.</source>
        <translation>Cơ quan, đơn vị cấp trên &quot;%1&quot; không có trong danh bạ.</translation>
    </message>
    <message>
        <source>Give the focal point a name.</source>
        <translation>Hãy nhập tên đầu mối liên hệ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; không phải là số điện thoại.</translation>
    </message>
    <message>
        <source>There is no agency &quot;%1&quot; in the directory.</source>
        <translation>Không có cơ quan, đơn vị &quot;%1&quot; trong danh bạ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address, a CIDR block, a range nor a domain name.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ IP, khối CIDR, dải địa chỉ hay tên miền.</translation>
    </message>
    <message>
        <source>%1 is already registered to %2 (%3).</source>
        <translation>%1 đã được đăng ký cho %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not registered to any agency.</source>
        <translation>%1 chưa được đăng ký cho cơ quan, đơn vị nào.</translation>
    </message>
</context>
<context>
    <name>soc::store::AgencyRequests</name>
    <message>
        <source>Say what the agency is asked to do.</source>
        <translation>Hãy nêu nội dung yêu cầu cơ quan, đơn vị thực hiện.</translation>
    </message>
    <message>
        <source>The due date must be later than now.</source>
        <translation>Hạn phản hồi phải sau thời điểm hiện tại.</translation>
    </message>
    <message>
        <source>There is no agency &quot;%1&quot; in the directory.</source>
        <translation>Không có cơ quan, đơn vị &quot;%1&quot; trong danh bạ.</translation>
    </message>
    <message>
        <source>There is no ticket &quot;%1&quot;.</source>
        <translation>Không có phiếu xử lý &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Request %1 to %2: %3</source>
        <translation>Yêu cầu %1 gửi %2: %3</translation>
    </message>
    <message>
        <source>Record what the agency answered.</source>
        <translation>Hãy ghi nội dung phản hồi của cơ quan, đơn vị.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Không có yêu cầu %1.</translation>
    </message>
    <message>
        <source>Request %1 was already answered; its answer stays as recorded.</source>
        <translation>Yêu cầu %1 đã được phản hồi; nội dung phản hồi giữ nguyên như đã ghi nhận.</translation>
    </message>
    <message>
        <source>The answer must come after the request was sent and not in the future.</source>
        <translation>Thời điểm phản hồi phải sau thời điểm gửi yêu cầu và không được ở tương lai.</translation>
    </message>
    <message>
        <source>Answer to request %1: %2</source>
        <translation>Phản hồi cho yêu cầu %1: %2</translation>
    </message>
</context>
<context>
    <name>soc::store::AssetCsvImport</name>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Dòng này có %1 trường; dòng tiêu đề có %2 trường.</translation>
    </message>
    <message>
        <source>The security level must be 1 to 5 (R-5), or empty when not classified; it is &quot;%1&quot;.</source>
        <translation>Cấp độ an toàn phải từ 1 đến 5 (R-5), hoặc để trống nếu chưa xác định cấp độ; giá trị hiện tại là &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown criticality &quot;%1&quot;: use low, medium, high or critical.</source>
        <translation>Không có mức độ quan trọng &quot;%1&quot;: dùng low, medium, high hoặc critical.</translation>
    </message>
    <message>
        <source>The id is longer than 64 characters.</source>
        <translation>Giá trị id dài quá 64 ký tự.</translation>
    </message>
</context>
<context>
    <name>soc::store::AssetRegister</name>
    <message>
        <source>The asset has no name.</source>
        <translation>Tài sản chưa có tên.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ IP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ MAC.</translation>
    </message>
    <message>
        <source>The security level must be 1 to 5 (R-5), or empty when not classified; it is %1.</source>
        <translation>Cấp độ an toàn phải từ 1 đến 5 (R-5), hoặc để trống nếu chưa xác định cấp độ; giá trị hiện tại là %1.</translation>
    </message>
    <message>
        <source>The agency &quot;%1&quot; is not in the directory.</source>
        <translation>Cơ quan, đơn vị &quot;%1&quot; không có trong danh bạ.</translation>
    </message>
    <message>
        <source>There is no asset &quot;%1&quot; in the register.</source>
        <translation>Không có tài sản &quot;%1&quot; trong sổ quản lý tài sản.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported.</source>
        <translation>Không ghi được %1: %2. Chưa xuất dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>soc::store::CsvReader</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>The file holds binary data, not CSV text.</source>
        <translation>Tệp chứa dữ liệu nhị phân, không phải văn bản CSV.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Tệp không phải là văn bản UTF-8.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 never ends.</source>
        <translation>Trường đặt trong dấu ngoặc kép bắt đầu ở dòng %1 không có dấu đóng ngoặc.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
</context>
<context>
    <name>soc::store::DirectoryCsvImport</name>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Dòng này có %1 trường; dòng tiêu đề có %2 trường.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use provincial_department, commune_committee, police, national_coordinator, isp or other.</source>
        <translation>Không có loại &quot;%1&quot;: dùng provincial_department, commune_committee, police, national_coordinator, isp hoặc other.</translation>
    </message>
    <message>
        <source>A new agency needs its kind.</source>
        <translation>Cơ quan, đơn vị mới phải có loại (kind).</translation>
    </message>
    <message>
        <source>The row gives a position, phone or email but no contact_name.</source>
        <translation>Dòng này có position, phone hoặc email nhưng không có contact_name.</translation>
    </message>
</context>
<context>
    <name>soc::store::EscalationMatrix</name>
    <message>
        <source>The agency &quot;%1&quot; is not in the directory; nothing was changed.</source>
        <translation>Cơ quan, đơn vị &quot;%1&quot; không có trong danh bạ; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The focal point is not one of %1&apos;s; nothing was changed.</source>
        <translation>Đầu mối liên hệ này không thuộc %1; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Notifying %1 by official email needs a focal point with an email address; nothing was changed.</source>
        <translation>Muốn thông báo cho %1 qua thư điện tử công vụ thì phải có đầu mối liên hệ có địa chỉ thư điện tử; không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>soc::store::IncidentNotifier</name>
    <message>
        <source>%1 has no official email address in the directory; nothing was recorded.</source>
        <translation>%1 chưa có địa chỉ thư điện tử công vụ trong danh bạ; chưa ghi nhận gì.</translation>
    </message>
    <message>
        <source>Incident notification %1: %2</source>
        <translation>Thông báo sự cố %1: %2</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Kính gửi: %1,</translation>
    </message>
    <message>
        <source>The SOC notifies you of the following incident.</source>
        <translation>SOC xin thông báo tới Quý cơ quan, đơn vị sự cố sau đây.</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Phiếu xử lý: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Tiêu đề: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Mức độ: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Loại sự cố: %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Phát hiện lúc: %1</translation>
    </message>
    <message>
        <source>Affected system: %1</source>
        <translation>Hệ thống bị ảnh hưởng: %1</translation>
    </message>
    <message>
        <source>Owning agency: %1</source>
        <translation>Cơ quan chủ quản: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Lập phiếu lúc: %1</translation>
    </message>
    <message>
        <source>Please acknowledge receipt and report the actions taken and their results to the SOC.</source>
        <translation>Đề nghị Quý cơ quan, đơn vị xác nhận đã nhận thông báo và báo cáo SOC các biện pháp đã thực hiện cùng kết quả.</translation>
    </message>
    <message>
        <source>Sent by %1 on duty at the SOC.</source>
        <translation>Người gửi: %1, cán bộ trực SOC.</translation>
    </message>
    <message>
        <source>Notified %1 by %2.</source>
        <translation>Đã thông báo cho %1 qua %2.</translation>
    </message>
</context>
<context>
    <name>soc::ui::AccountLauncher</name>
    <message>
        <source>Change &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Quản lý tài khoản…</translation>
    </message>
    <message>
        <source>Accounts, account policy and recovery key (administrators)</source>
        <translation>Tài khoản, chính sách tài khoản và khóa khôi phục (quản trị viên)</translation>
    </message>
</context>
<context>
    <name>soc::ui::AccountPolicyTab</name>
    <message>
        <source>The account rules of this station. Provinces differ, so they can be set, but only within what the regulations allow: the defaults are the strictest.</source>
        <translation>Các quy định về tài khoản của máy trạm này. Mỗi tỉnh có thể khác nhau nên các giá trị có thể điều chỉnh, nhưng chỉ trong phạm vi quy định cho phép: giá trị mặc định là chặt chẽ nhất.</translation>
    </message>
    <message>
        <source>Password age, administrators and shift leads (days, R-24):</source>
        <translation>Thời hạn mật khẩu của quản trị viên và trưởng ca (ngày, R-24):</translation>
    </message>
    <message>
        <source>Password age, other accounts (days, R-24):</source>
        <translation>Thời hạn mật khẩu của các tài khoản khác (ngày, R-24):</translation>
    </message>
    <message>
        <source>Earlier passwords that may not be reused:</source>
        <translation>Số mật khẩu cũ không được dùng lại:</translation>
    </message>
    <message>
        <source>Failed sign-ins that lock an account (R-25):</source>
        <translation>Số lần đăng nhập sai thì khóa tài khoản (R-25):</translation>
    </message>
    <message>
        <source>… counted within (minutes):</source>
        <translation>… tính trong khoảng (phút):</translation>
    </message>
    <message>
        <source>Screen lock after idle (minutes, R-26):</source>
        <translation>Khóa màn hình khi không thao tác (phút, R-26):</translation>
    </message>
    <message>
        <source>Suspend accounts unused for (days, R-27):</source>
        <translation>Tạm dừng tài khoản không sử dụng trong (ngày, R-27):</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2</source>
        <translation>Cho phép: từ %1 đến %2</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>&amp;Lưu chính sách</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>The account policy was saved; it applies from the next sign-in, lockout or screen lock.</source>
        <translation>Đã lưu chính sách tài khoản; chính sách được áp dụng từ lần đăng nhập, khóa tài khoản hoặc khóa màn hình kế tiếp.</translation>
    </message>
</context>
<context>
    <name>soc::ui::AccountRequestDialog</name>
    <message>
        <source>e.g. CV 125/SOC-QTHT of 03/03/2026</source>
        <translation>ví dụ: CV 125/SOC-QTHT ngày 03/03/2026</translation>
    </message>
    <message>
        <source>Accounts are issued, locked, unlocked and revoked only on written request (R-27); the reference is recorded in the audit log.</source>
        <translation>Tài khoản chỉ được cấp, khóa, mở khóa và thu hồi khi có yêu cầu bằng văn bản (R-27); số, ký hiệu văn bản được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Written &amp;request:</source>
        <translation>Văn bản &amp;yêu cầu:</translation>
    </message>
    <message>
        <source>Give the reference of the written request: accounts are issued, locked, unlocked or revoked only on written request (R-27). Nothing was changed.</source>
        <translation>Hãy nhập số, ký hiệu của văn bản yêu cầu: tài khoản chỉ được cấp, khóa, mở khóa hoặc thu hồi khi có yêu cầu bằng văn bản (R-27). Chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>soc::ui::AccountReviewModel</name>
    <message>
        <source>User</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Đăng nhập lần cuối</translation>
    </message>
    <message>
        <source>Password expires</source>
        <translation>Mật khẩu hết hạn</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Recent failures</source>
        <translation>Số lần sai gần đây</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Không đọc được: %1</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>đăng nhập sai nhiều lần</translation>
    </message>
    <message>
        <source>not used for too long</source>
        <translation>lâu không sử dụng</translation>
    </message>
    <message>
        <source>validity ended</source>
        <translation>hết thời hạn sử dụng</translation>
    </message>
    <message>
        <source>by an administrator</source>
        <translation>do quản trị viên</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bị khóa</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 từ %2</translation>
    </message>
    <message>
        <source>%1; must change the password</source>
        <translation>%1; phải đổi mật khẩu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa đăng nhập</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>không thời hạn</translation>
    </message>
</context>
<context>
    <name>soc::ui::AccountReviewTab</name>
    <message>
        <source>&amp;New account…</source>
        <translation>Tạo tài khoản &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Mở &amp;khóa…</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>Tạm &amp;dừng…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Đổi &amp;vai trò…</translation>
    </message>
    <message>
        <source>&amp;Validity…</source>
        <translation>Thời &amp;hạn…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Cập &amp;nhật</translation>
    </message>
    <message>
        <source>&amp;Export review (CSV)…</source>
        <translation>&amp;Xuất kết quả rà soát (CSV)…</translation>
    </message>
    <message>
        <source>Pr&amp;int review…</source>
        <translation>&amp;In kết quả rà soát…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on this station, read at %1. Review them every 3 months (R-27).</source>
        <translation>
            <numerusform>%n tài khoản trên máy trạm này, đọc lúc %1. Hãy rà soát tài khoản 3 tháng một lần (R-27).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Đang đọc danh sách tài khoản…</translation>
    </message>
    <message>
        <source>Another administrator changes your own account.</source>
        <translation>Tài khoản của chính bạn do một quản trị viên khác thay đổi.</translation>
    </message>
    <message>
        <source>%1 (workspace %2)</source>
        <translation>%1 (không gian làm việc %2)</translation>
    </message>
    <message>
        <source>The review could not be written to %1: %2. Nothing was exported.</source>
        <translation>Không ghi được kết quả rà soát vào %1: %2. Chưa xuất dữ liệu nào.</translation>
    </message>
    <message>
        <source>account-review-%1.csv</source>
        <translation>ra-soat-tai-khoan-%1.csv</translation>
    </message>
    <message>
        <source>Export the account review</source>
        <translation>Xuất kết quả rà soát tài khoản</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Account review</source>
        <translation>Rà soát tài khoản</translation>
    </message>
</context>
<context>
    <name>soc::ui::AccountsDialog</name>
    <message>
        <source>Accounts — socstation</source>
        <translation>Quản lý tài khoản — socstation</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Chính sách</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Khóa khôi &amp;phục</translation>
    </message>
</context>
<context>
    <name>soc::ui::AgencyAnswerDialog</name>
    <message>
        <source>Record an agency&apos;s answer</source>
        <translation>Ghi nhận phản hồi của cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>What the agency reported: actions taken and their results</source>
        <translation>Nội dung cơ quan, đơn vị phản hồi: các biện pháp đã thực hiện và kết quả</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Ghi nhận phản hồi</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Yêu cầu:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Phản hồi:</translation>
    </message>
    <message>
        <source>Sent %1 by %2 (%3); due %4.
%5</source>
        <translation>Gửi lúc %1, người gửi: %2 (%3); hạn phản hồi: %4.
%5</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>Không đọc được danh sách yêu cầu: %1</translation>
    </message>
    <message>
        <source>#%1 · %2 · overdue since %3 · %4</source>
        <translation>#%1 · %2 · quá hạn từ %3 · %4</translation>
    </message>
    <message>
        <source>#%1 · %2 · due %3 · %4</source>
        <translation>#%1 · %2 · hạn %3 · %4</translation>
    </message>
    <message>
        <source>No open requests to agencies</source>
        <translation>Không có yêu cầu gửi cơ quan, đơn vị nào đang chờ phản hồi</translation>
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
    <message>
        <source>Create &amp;ticket…</source>
        <translation>Tạo &amp;phiếu xử lý…</translation>
    </message>
    <message>
        <source>Create a ticket from the selected alerts, with related alerts suggested (T)</source>
        <translation>Tạo phiếu xử lý từ các cảnh báo đã chọn, kèm gợi ý các cảnh báo liên quan (T)</translation>
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
    <name>soc::ui::AssetPicker</name>
    <message>
        <source>Choose from the asset register…</source>
        <translation>Chọn từ sổ quản lý tài sản…</translation>
    </message>
    <message>
        <source>The asset register is empty</source>
        <translation>Sổ quản lý tài sản đang trống</translation>
    </message>
    <message>
        <source>no owning agency</source>
        <translation>chưa có cơ quan chủ quản</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>cấp độ %1</translation>
    </message>
    <message>
        <source>level not classified</source>
        <translation>chưa xác định cấp độ</translation>
    </message>
    <message>
        <source>%1 — %2 — %3, %4</source>
        <translation>%1 — %2 — %3, %4</translation>
    </message>
    <message>
        <source>%1
Type: %2
Criticality: %3</source>
        <translation>%1
Loại: %2
Mức độ quan trọng: %3</translation>
    </message>
</context>
<context>
    <name>soc::ui::AssignDialog</name>
    <message>
        <source>Assign tickets</source>
        <translation>Giao phiếu xử lý</translation>
    </message>
    <message>
        <source>Assign %1 selected tickets to:</source>
        <translation>Giao %1 phiếu đã chọn cho:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Leave empty to take the tickets back into the queue unassigned.</source>
        <translation>Để trống để đưa các phiếu trở lại hàng đợi ở trạng thái chưa giao.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Giao</translation>
    </message>
</context>
<context>
    <name>soc::ui::AuditLogLauncher</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>N&amp;hật ký kiểm toán…</translation>
    </message>
    <message>
        <source>Read, check and export the audit log</source>
        <translation>Xem, kiểm tra và xuất nhật ký kiểm toán</translation>
    </message>
</context>
<context>
    <name>soc::ui::AuditLogModel</name>
    <message>
        <source>done</source>
        <translation>thành công</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>soc::ui::AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toàn bộ thời gian</translation>
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
        <source>From – to</source>
        <translation>Từ – đến</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>tên đăng nhập</translation>
    </message>
    <message>
        <source>e.g. login, case, audit.export</source>
        <translation>ví dụ: login, case, audit.export</translation>
    </message>
    <message>
        <source>words in the details or the object id</source>
        <translation>từ khóa trong phần chi tiết hoặc mã đối tượng</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kiểm tra chuỗi băm</translation>
    </message>
    <message>
        <source>Check that no entry was changed, removed or reordered since it was written</source>
        <translation>Kiểm tra để bảo đảm không bản ghi nào bị sửa, xóa hoặc đảo thứ tự kể từ khi được ghi</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất ra CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Chọn một bản ghi để xem chi tiết.</translation>
    </message>
    <message>
        <source>Entry %1
Time: %2
User: %3
Action: %4
Outcome: %5
</source>
        <translation>Bản ghi %1
Thời gian: %2
Người dùng: %3
Thao tác: %4
Kết quả: %5
</translation>
    </message>
    <message>
        <source>Object: %1 %2
</source>
        <translation>Đối tượng: %1 %2
</translation>
    </message>
    <message>
        <source>Checking the chain of the audit log…</source>
        <translation>Đang kiểm tra chuỗi băm của nhật ký kiểm toán…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation>
            <numerusform>%n bản ghi, chuỗi băm nguyên vẹn</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2</source>
        <translation>Chuỗi băm bị phá vỡ tại bản ghi %1: %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Xuất nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Đang xuất nhật ký kiểm toán…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy việc xuất; không có tệp nào được ghi.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entries to %1.</source>
        <translation>
            <numerusform>Đã ghi %n bản ghi vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soc::ui::BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>Every day at the time below, your case database, key file and evidence are written, encrypted, to each folder and verified (R-30). Use two folders on separate devices or sites. A backup opens only with your password.</source>
        <translation>Hằng ngày vào giờ dưới đây, cơ sở dữ liệu hồ sơ, tệp khóa và chứng cứ của bạn được mã hóa, ghi vào từng thư mục và được kiểm tra (R-30). Hãy dùng hai thư mục trên các thiết bị hoặc địa điểm khác nhau. Bản sao lưu chỉ mở được bằng mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>First folder:</source>
        <translation>Thư mục thứ nhất:</translation>
    </message>
    <message>
        <source>Second folder:</source>
        <translation>Thư mục thứ hai:</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>Giờ sao lưu:</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Giữ lại:</translation>
    </message>
    <message>
        <source>e.g. /media/usb-backup</source>
        <translation>ví dụ: /media/usb-backup</translation>
    </message>
    <message>
        <source>optional: a second device or site</source>
        <translation>không bắt buộc: thiết bị hoặc địa điểm thứ hai</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source> verified backups per folder</source>
        <translation> bản sao lưu đã kiểm tra gần nhất mỗi thư mục</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Lưu lịch</translation>
    </message>
    <message>
        <source>Backup register</source>
        <translation>Sổ theo dõi sao lưu</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Hoàn tất lúc</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>SHA-256 / error</source>
        <translation>SHA-256 / lỗi</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sao lưu &amp;ngay</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Hủy sao lưu</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the drive connected?). The schedule was not saved.</source>
        <translation>Thư mục %1 không tồn tại (ổ đĩa đã được kết nối chưa?). Chưa lưu lịch sao lưu.</translation>
    </message>
    <message>
        <source>The two folders are the same; choose folders on separate devices or sites. The schedule was not saved.</source>
        <translation>Hai thư mục trùng nhau; hãy chọn thư mục trên các thiết bị hoặc địa điểm khác nhau. Chưa lưu lịch sao lưu.</translation>
    </message>
    <message>
        <source>Saved: no daily backup is scheduled.</source>
        <translation>Đã lưu: không đặt lịch sao lưu hằng ngày.</translation>
    </message>
    <message>
        <source>Saved: a backup runs every day at %1.</source>
        <translation>Đã lưu: sao lưu tự động hằng ngày lúc %1.</translation>
    </message>
    <message>
        <source>Choose at least one folder first.</source>
        <translation>Hãy chọn ít nhất một thư mục trước.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>Đang có một phiên sao lưu chạy.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>verified, removed (kept %1)</source>
        <translation>đã kiểm tra, đã xóa (giữ lại %1)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>đã kiểm tra</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>THẤT BẠI</translation>
    </message>
</context>
<context>
    <name>soc::ui::BackupScheduler</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>Daily encrypted backups to one or two folders, the backup register, back up now</source>
        <translation>Sao lưu mã hóa hằng ngày vào một hoặc hai thư mục, sổ theo dõi sao lưu, sao lưu ngay</translation>
    </message>
    <message>
        <source>The backup was cancelled; no partial file was kept.</source>
        <translation>Đã hủy việc sao lưu; không giữ lại tệp sao lưu dở dang nào.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Sao lưu không thành công: %1</translation>
    </message>
    <message>
        <source>Backed up and verified: %1</source>
        <translation>Đã sao lưu và kiểm tra: %1</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Sao lưu vào %1 không thành công: %2</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified (%n file(s)).</source>
        <translation>
            <numerusform>Đã kiểm tra bản sao lưu (%n tệp).</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup failed; see File → Backups…</source>
        <translation>Sao lưu không thành công; xem Tệp → Sao lưu…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <source>Backing up… %1%</source>
        <translation>Đang sao lưu… %1%</translation>
    </message>
    <message>
        <source>Backup FAILED %1</source>
        <translation>Sao lưu THẤT BẠI %1</translation>
    </message>
    <message>
        <source>Backup verified %1</source>
        <translation>Đã sao lưu và kiểm tra %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Chưa có bản sao lưu</translation>
    </message>
    <message>
        <source>Backup not scheduled</source>
        <translation>Chưa đặt lịch sao lưu</translation>
    </message>
</context>
<context>
    <name>soc::ui::CaseCommands</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>soc::ui::CentralSettingsDialog</name>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Chứng chỉ (*.crt *.pem *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem);;All files (*)</source>
        <translation>Khóa riêng (*.key *.pem);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>No address: this station works alone and sends nothing.</source>
        <translation>Không có địa chỉ: máy trạm làm việc độc lập và không gửi gì đi.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Đang kết nối tới %1…</translation>
    </message>
    <message>
        <source>Connected as %1 — %2 ms round trip.</source>
        <translation>Đã kết nối với tư cách %1 — độ trễ khứ hồi %2 ms.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Đã kết nối với tư cách %1.</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Kho dữ liệu trung tâm</translation>
    </message>
    <message>
        <source>Where this station sends its changes and fetches the team&apos;s tickets and alerts. Without an address the station works alone and nothing leaves it.</source>
        <translation>Nơi máy trạm gửi các thay đổi của mình và nhận phiếu, cảnh báo của cả nhóm. Không có địa chỉ thì máy trạm làm việc độc lập và không có gì rời khỏi máy.</translation>
    </message>
    <message>
        <source>Central store &amp;address:</source>
        <translation>Đị&amp;a chỉ kho trung tâm:</translation>
    </message>
    <message>
        <source>The station signs in as you (%1), with your own sign-in password. Neither is written in these settings.</source>
        <translation>Máy trạm đăng nhập bằng chính tên người dùng (%1) và mật khẩu đăng nhập của bạn; cả hai đều không được ghi vào phần cài đặt này.</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Mã hóa (TLS):</translation>
    </message>
    <message>
        <source>No encryption (disable) — test networks only</source>
        <translation>Không mã hóa (disable) — chỉ dùng cho mạng thử nghiệm</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Mã hóa nếu máy chủ hỗ trợ (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt, no certificate check (require)</source>
        <translation>Luôn mã hóa, không kiểm tra chứng chỉ (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the CA (verify-ca)</source>
        <translation>Mã hóa và kiểm tra CA (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, check the CA and the server name (verify-full, recommended)</source>
        <translation>Mã hóa, kiểm tra CA và tên máy chủ (verify-full, khuyến nghị)</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Chứng chỉ &amp;CA:</translation>
    </message>
    <message>
        <source>needed for verify-ca and verify-full</source>
        <translation>bắt buộc với verify-ca và verify-full</translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation>Chứng chỉ má&amp;y khách:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>&amp;Khóa riêng máy khách:</translation>
    </message>
    <message>
        <source>optional, with the client certificate</source>
        <translation>không bắt buộc, đi cùng chứng chỉ máy khách</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Chọn chứng chỉ CA</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Chọn chứng chỉ máy khách</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>Chọn khóa riêng máy khách</translation>
    </message>
    <message>
        <source>Keep alerts &amp;for:</source>
        <translation>&amp;Giữ cảnh báo trong:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Older alerts stay on the central store; alerts linked to a ticket are always kept here.</source>
        <translation>Cảnh báo cũ hơn chỉ nằm trên kho trung tâm; cảnh báo gắn với phiếu luôn được giữ ở máy trạm.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Kiểm &amp;tra kết nối</translation>
    </message>
    <message>
        <source>&amp;Work alone</source>
        <translation>&amp;Làm việc độc lập</translation>
    </message>
    <message>
        <source>Clear the address: after saving, this station stops syncing and keeps working on its own</source>
        <translation>Xóa địa chỉ: sau khi lưu, máy trạm ngừng đồng bộ và tiếp tục làm việc độc lập</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>soc::ui::ChangePasswordDialog</name>
    <message numerus="yes">
        <source>Your password is older than %n day(s), the longest the rules allow for your role (R-24). Choose a new one before you continue; your cases are not touched.</source>
        <translation>
            <numerusform>Mật khẩu của bạn đã dùng quá %n ngày, thời hạn tối đa quy định cho vai trò của bạn (R-24). Hãy chọn mật khẩu mới trước khi tiếp tục; hồ sơ của bạn không bị ảnh hưởng.</numerusform>
        </translation>
    </message>
    <message>
        <source>You signed in with a temporary password issued by an administrator (first sign-in or a reset). Choose a password only you know before you continue (R-24).</source>
        <translation>Bạn đã đăng nhập bằng mật khẩu tạm thời do quản trị viên cấp (đăng nhập lần đầu hoặc sau khi đặt lại mật khẩu). Hãy chọn mật khẩu chỉ mình bạn biết trước khi tiếp tục (R-24).</translation>
    </message>
    <message>
        <source>Change password — %1</source>
        <translation>Đổi mật khẩu — %1</translation>
    </message>
    <message>
        <source>Change the password of %1 (%2). The case database stays as it is; only the key that opens it is protected anew.</source>
        <translation>Đổi mật khẩu của %1 (%2). Cơ sở dữ liệu hồ sơ được giữ nguyên; chỉ khóa dùng để mở cơ sở dữ liệu được bảo vệ lại bằng mật khẩu mới.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Đổi mật &amp;khẩu</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Hãy nhập mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Hai mật khẩu mới không khớp nhau.</translation>
    </message>
    <message>
        <source>The password was not changed.</source>
        <translation>Mật khẩu chưa được đổi.</translation>
    </message>
</context>
<context>
    <name>soc::ui::ClosingMeetingTab</name>
    <message>
        <source>One person per line, with their position.
Empty: the owners of the response steps and the assignee.</source>
        <translation>Mỗi dòng một người, kèm chức vụ.
Để trống: những người phụ trách các bước ứng cứu và người xử lý.</translation>
    </message>
    <message>
        <source>The record of the meeting that closes the incident. Times are Hà Nội time; a time that is not set prints as the time the record is issued (start) and one hour later (end).</source>
        <translation>Biên bản cuộc họp kết thúc sự cố. Thời gian tính theo giờ Hà Nội; thời gian nào chưa đặt sẽ được in là thời điểm phát hành biên bản (bắt đầu) và một giờ sau đó (kết thúc).</translation>
    </message>
    <message>
        <source>Started at:</source>
        <translation>Thời gian bắt đầu:</translation>
    </message>
    <message>
        <source>Ended at:</source>
        <translation>Thời gian kết thúc:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Thành phần tham dự:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>Thư ký:</translation>
    </message>
    <message>
        <source>The closing meeting cannot end before it starts.</source>
        <translation>Thời gian kết thúc cuộc họp không được sớm hơn thời gian bắt đầu.</translation>
    </message>
</context>
<context>
    <name>soc::ui::CommunicationDialog</name>
    <message>
        <source>Notify: %1</source>
        <translation>Thông báo: %1</translation>
    </message>
    <message>
        <source>Record a communication</source>
        <translation>Ghi nhận trao đổi thông tin</translation>
    </message>
    <message>
        <source>who: person, position, agency (e.g. Mr. Tuấn, duty officer, provincial police PA05)</source>
        <translation>ai: họ tên, chức vụ, cơ quan (ví dụ: đ/c Tuấn, cán bộ trực, Phòng PA05 Công an tỉnh)</translation>
    </message>
    <message>
        <source>Incoming (they contacted us)</source>
        <translation>Đến (đối tác liên hệ với Trung tâm)</translation>
    </message>
    <message>
        <source>Outgoing (we contacted them)</source>
        <translation>Đi (Trung tâm liên hệ với đối tác)</translation>
    </message>
    <message>
        <source>What was reported and what was asked of them</source>
        <translation>Nội dung đã báo cáo và các đề nghị gửi cơ quan nhận</translation>
    </message>
    <message>
        <source>What was said or sent; document number if any</source>
        <translation>Nội dung đã trao đổi hoặc đã gửi; số văn bản (nếu có)</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>Ghi nhận thông báo</translation>
    </message>
    <message>
        <source>Record communication</source>
        <translation>Ghi nhận trao đổi</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kênh:</translation>
    </message>
    <message>
        <source>Counterpart:</source>
        <translation>Đầu mối:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Chiều trao đổi:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Thời điểm:</translation>
    </message>
</context>
<context>
    <name>soc::ui::ConflictNotice</name>
    <message>
        <source>Sync brought in 1 conflict.</source>
        <translation>Đồng bộ mang về 1 xung đột.</translation>
    </message>
    <message>
        <source>Sync brought in %1 conflicts.</source>
        <translation>Đồng bộ mang về %1 xung đột.</translation>
    </message>
    <message>
        <source>Both versions were recorded on the tickets&apos; timelines; nothing was overwritten.</source>
        <translation>Cả hai phiên bản đã được ghi trên dòng thời gian của phiếu; không có gì bị ghi đè.</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Mới nhất: %1</translation>
    </message>
    <message>
        <source>Open the &amp;queue</source>
        <translation>Mở &amp;hàng đợi</translation>
    </message>
</context>
<context>
    <name>soc::ui::CorrectEventDialog</name>
    <message>
        <source>Correct an event</source>
        <translation>Đính chính sự kiện</translation>
    </message>
    <message>
        <source>%1 — %2 — %3
%4</source>
        <translation>%1 — %2 — %3
%4</translation>
    </message>
    <message>
        <source>The timeline keeps every entry. The correction is recorded as a new event; the original stays visible, struck through.</source>
        <translation>Diễn biến lưu giữ mọi mục đã ghi. Nội dung đính chính được ghi thành một sự kiện mới; sự kiện gốc vẫn hiển thị, bị gạch ngang.</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Ghi đính chính</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Nội dung gốc:</translation>
    </message>
    <message>
        <source>Corrected text:</source>
        <translation>Nội dung đính chính:</translation>
    </message>
    <message>
        <source>Corrected time:</source>
        <translation>Thời điểm đúng:</translation>
    </message>
</context>
<context>
    <name>soc::ui::CreateTicketDialog</name>
    <message>
        <source>… and %1 more alerts</source>
        <translation>… và %1 cảnh báo khác</translation>
    </message>
    <message>
        <source>Create ticket from alerts</source>
        <translation>Tạo phiếu xử lý từ cảnh báo</translation>
    </message>
    <message>
        <source>Related alerts</source>
        <translation>Cảnh báo liên quan</translation>
    </message>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation>Không đọc được các cảnh báo: %1</translation>
    </message>
    <message>
        <source>No alerts are selected. Select alerts on the alert screen, then press T.</source>
        <translation>Chưa chọn cảnh báo nào. Hãy chọn cảnh báo trên màn hình Cảnh báo rồi nhấn T.</translation>
    </message>
    <message>
        <source>Selected alerts: %1. They are linked to the new ticket, with the related alerts ticked below.</source>
        <translation>Số cảnh báo đã chọn: %1. Các cảnh báo này được liên kết với phiếu mới, cùng các cảnh báo liên quan được đánh dấu bên dưới.</translation>
    </message>
</context>
<context>
    <name>soc::ui::DashboardView</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Phiếu đang mở</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ticket(s))</source>
        <translation>
            <numerusform>%1 (%n phiếu)</numerusform>
        </translation>
    </message>
    <message>
        <source>The dashboard could not be refreshed: %1</source>
        <translation>Không cập nhật được trang Tổng quan: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Updated %1 · %2 alerts in the last 24 hours</source>
        <translation>Cập nhật lúc %1 · %2 cảnh báo trong 24 giờ qua</translation>
    </message>
    <message>
        <source>Alerts per hour by severity (last 24 hours)</source>
        <translation>Cảnh báo theo giờ và mức độ (24 giờ qua)</translation>
    </message>
    <message>
        <source>Subsystems (24 hours)</source>
        <translation>Phân hệ (24 giờ)</translation>
    </message>
    <message>
        <source>Top signatures (24 hours)</source>
        <translation>Tên luật xuất hiện nhiều nhất (24 giờ)</translation>
    </message>
    <message>
        <source>Open tickets by status</source>
        <translation>Phiếu đang mở theo trạng thái</translation>
    </message>
    <message>
        <source>Open tickets by age</source>
        <translation>Phiếu đang mở theo thời gian tồn tại</translation>
    </message>
    <message>
        <source>Incidents per month by severity (12 months)</source>
        <translation>Sự cố theo tháng và mức độ (12 tháng)</translation>
    </message>
    <message>
        <source>Mean time per shift (tickets of the last 7 days)</source>
        <translation>Thời gian trung bình theo ca trực (phiếu trong 7 ngày qua)</translation>
    </message>
    <message>
        <source>To acknowledge</source>
        <translation>Đến khi tiếp nhận</translation>
    </message>
    <message>
        <source>To resolve</source>
        <translation>Đến khi xử lý xong</translation>
    </message>
</context>
<context>
    <name>soc::ui::DeclareIncidentDialog</name>
    <message>
        <source>Incident classification — %1</source>
        <translation>Phân loại sự cố — %1</translation>
    </message>
    <message>
        <source>Declare incident — %1</source>
        <translation>Xác định là sự cố — %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>e.g. provincial web portal (cong-tt), one-stop service system</source>
        <translation>ví dụ: Cổng thông tin điện tử tỉnh (cong-tt), Hệ thống một cửa điện tử</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Chưa xác định</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Cấp độ %1</translation>
    </message>
    <message>
        <source>National grouping (R-2): serious only when all three parts hold</source>
        <translation>Phân nhóm quốc gia (R-2): chỉ là nghiêm trọng khi thỏa mãn cả ba điều kiện</translation>
    </message>
    <message>
        <source>The system is security level 4–5 (or national critical information infrastructure)</source>
        <translation>Hệ thống thuộc cấp độ 4–5 (hoặc là hệ thống thông tin quan trọng quốc gia)</translation>
    </message>
    <message>
        <source>Service interruption</source>
        <translation>Gây gián đoạn dịch vụ</translation>
    </message>
    <message>
        <source>Possible disclosure of state secrets</source>
        <translation>Có khả năng làm lộ bí mật nhà nước</translation>
    </message>
    <message>
        <source>Unrecoverable loss of integrity of important data</source>
        <translation>Làm mất tính toàn vẹn của dữ liệu quan trọng, không khôi phục được</translation>
    </message>
    <message>
        <source>Loss of control of the system</source>
        <translation>Mất quyền kiểm soát hệ thống</translation>
    </message>
    <message>
        <source>Cascading harm to other level 4–5 systems</source>
        <translation>Gây ảnh hưởng dây chuyền đến các hệ thống cấp độ 4–5 khác</translation>
    </message>
    <message>
        <source>The owner cannot handle it alone</source>
        <translation>Chủ quản hệ thống không tự xử lý được</translation>
    </message>
    <message>
        <source>and at least one of:</source>
        <translation>và ít nhất một trong các trường hợp:</translation>
    </message>
    <message>
        <source>and:</source>
        <translation>và:</translation>
    </message>
    <message>
        <source>agency that owns the affected system</source>
        <translation>cơ quan chủ quản hệ thống bị ảnh hưởng</translation>
    </message>
    <message>
        <source>Save classification</source>
        <translation>Lưu phân loại</translation>
    </message>
    <message>
        <source>Declare incident</source>
        <translation>Xác định là sự cố</translation>
    </message>
    <message>
        <source>Severity (R-1):</source>
        <translation>Mức độ (R-1):</translation>
    </message>
    <message>
        <source>Incident type (R-4):</source>
        <translation>Loại sự cố (R-4):</translation>
    </message>
    <message>
        <source>Affected system and security level (R-5):</source>
        <translation>Hệ thống bị ảnh hưởng và cấp độ (R-5):</translation>
    </message>
    <message>
        <source>Owning agency:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>Detected at:</source>
        <translation>Thời điểm phát hiện:</translation>
    </message>
    <message>
        <source>Reported at:</source>
        <translation>Thời điểm báo cáo:</translation>
    </message>
    <message>
        <source>High and emergency incidents are reported at once to the direct superior and the provincial department (R-13).</source>
        <translation>Sự cố mức Cao và Khẩn cấp phải được báo cáo ngay cho cấp trên trực tiếp và Sở chủ quản cấp tỉnh (R-13).</translation>
    </message>
    <message>
        <source>Security level not known yet (NĐ 85/2016 levels 1–5).</source>
        <translation>Chưa xác định cấp độ an toàn (NĐ 85/2016: cấp độ 1–5).</translation>
    </message>
    <message>
        <source>Resulting grouping: %1</source>
        <translation>Kết quả phân nhóm: %1</translation>
    </message>
    <message>
        <source>the system is not level 4–5</source>
        <translation>hệ thống không thuộc cấp độ 4–5</translation>
    </message>
    <message>
        <source>none of the listed harms</source>
        <translation>không có hậu quả nào nêu trên</translation>
    </message>
    <message>
        <source>the owner can handle it</source>
        <translation>chủ quản hệ thống tự xử lý được</translation>
    </message>
    <message>
        <source>Handling and assistance (Mẫu 05)</source>
        <translation>Hình thức xử lý và hỗ trợ (Mẫu 05)</translation>
    </message>
    <message>
        <source>In-house</source>
        <translation>Tự xử lý</translation>
    </message>
    <message>
        <source>With help from other organisations in Vietnam</source>
        <translation>Có sự hỗ trợ của tổ chức khác trong nước</translation>
    </message>
    <message>
        <source>With help from foreign organisations</source>
        <translation>Có sự hỗ trợ của tổ chức nước ngoài</translation>
    </message>
    <message>
        <source>Support was requested from the national coordinator (VNCERT/CC)</source>
        <translation>Đã đề nghị Cơ quan điều phối quốc gia (VNCERT/CC) hỗ trợ</translation>
    </message>
    <message>
        <source> VND</source>
        <translation> VNĐ</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Chưa ước tính</translation>
    </message>
    <message>
        <source>One organisation per line; required unless handled in-house</source>
        <translation>Mỗi dòng một tổ chức; bắt buộc nếu không tự xử lý</translation>
    </message>
    <message>
        <source>Handled:</source>
        <translation>Hình thức xử lý:</translation>
    </message>
    <message>
        <source>Estimated damage:</source>
        <translation>Thiệt hại ước tính:</translation>
    </message>
    <message>
        <source>Helping organisations:</source>
        <translation>Tổ chức hỗ trợ:</translation>
    </message>
    <message>
        <source>Name the organisations that helped, one per line: the half-yearly summary (Mẫu 05) lists them for incidents not handled in-house.</source>
        <translation>Hãy nêu tên các tổ chức đã hỗ trợ, mỗi dòng một tổ chức: báo cáo tổng hợp 6 tháng (Mẫu 05) liệt kê các tổ chức này đối với những sự cố không tự xử lý.</translation>
    </message>
    <message>
        <source>Takes the system, its security level and the owning agency from the asset register (R-31)</source>
        <translation>Lấy hệ thống, cấp độ an toàn và cơ quan chủ quản từ sổ quản lý tài sản (R-31)</translation>
    </message>
    <message>
        <source>The asset register could not be read: %1</source>
        <translation>Không đọc được sổ quản lý tài sản: %1</translation>
    </message>
    <message>
        <source>Asset register (R-31):</source>
        <translation>Sổ quản lý tài sản (R-31):</translation>
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
    <message>
        <source>Agency</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>not in the agency directory</source>
        <translation>không có trong danh bạ cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (owner of the registered asset)</source>
        <translation>%1 (chủ quản của tài sản đã đăng ký)</translation>
    </message>
    <message>
        <source>not in the asset register</source>
        <translation>không có trong sổ quản lý tài sản</translation>
    </message>
    <message>
        <source>security level %1</source>
        <translation>cấp độ %1</translation>
    </message>
    <message>
        <source>security level not classified</source>
        <translation>chưa xác định cấp độ</translation>
    </message>
    <message>
        <source>criticality %1</source>
        <translation>mức độ quan trọng: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>soc::ui::DurationEdit</name>
    <message>
        <source>minutes</source>
        <translation>phút</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>giờ</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
</context>
<context>
    <name>soc::ui::DutyLogPanel</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>Event, check done, system state before or after maintenance, call received…</source>
        <translation>Sự kiện, kiểm tra đã thực hiện, trạng thái hệ thống trước hoặc sau bảo trì, cuộc gọi đến…</translation>
    </message>
    <message>
        <source>&amp;Add to the duty log</source>
        <translation>&amp;Ghi vào sổ trực</translation>
    </message>
</context>
<context>
    <name>soc::ui::EntryDialog</name>
    <message>
        <source>Record an action taken</source>
        <translation>Ghi nhận hành động đã thực hiện</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>e.g. isolated web server 10.20.1.15 from the network (switch port 12 shut)</source>
        <translation>ví dụ: đã cô lập máy chủ web 10.20.1.15 khỏi mạng (tắt cổng 12 trên bộ chuyển mạch)</translation>
    </message>
    <message>
        <source>What was seen, decided or agreed</source>
        <translation>Những gì đã ghi nhận, quyết định hoặc thống nhất</translation>
    </message>
    <message>
        <source>Not tied to a step</source>
        <translation>Không gắn với bước nào</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Bước %1: %2</translation>
    </message>
    <message>
        <source>This is a containment action (isolating, disconnecting)</source>
        <translation>Đây là hành động ngăn chặn (cô lập, ngắt kết nối)</translation>
    </message>
    <message>
        <source>Step 3 (Contain) can be completed once a containment action is recorded</source>
        <translation>Bước 3 (Ngăn chặn) chỉ hoàn thành được khi đã ghi nhận hành động ngăn chặn</translation>
    </message>
    <message>
        <source>Record action</source>
        <translation>Ghi nhận hành động</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Hành động:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Bước:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Thời điểm:</translation>
    </message>
</context>
<context>
    <name>soc::ui::EscalationPanel</name>
    <message>
        <source>Report at once (R-13)</source>
        <translation>Báo cáo ngay (R-13)</translation>
    </message>
    <message>
        <source>notified %1</source>
        <translation>đã thông báo lúc %1</translation>
    </message>
    <message>
        <source>not notified yet</source>
        <translation>chưa thông báo</translation>
    </message>
    <message>
        <source>Notify again…</source>
        <translation>Thông báo lại…</translation>
    </message>
    <message>
        <source>Notify…</source>
        <translation>Thông báo…</translation>
    </message>
    <message>
        <source>Record how %1 was notified (channel, counterpart, summary)</source>
        <translation>Ghi nhận việc thông báo cho %1 (kênh, đầu mối, nội dung)</translation>
    </message>
</context>
<context>
    <name>soc::ui::EvidenceDialog</name>
    <message>
        <source>Add digital evidence</source>
        <translation>Thêm chứng cứ số</translation>
    </message>
    <message>
        <source>log file, memory image, malware sample, screenshot…</source>
        <translation>tệp nhật ký, bản sao bộ nhớ, mẫu mã độc, ảnh chụp màn hình…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>What it is and why it matters</source>
        <translation>Chứng cứ là gì và vì sao quan trọng</translation>
    </message>
    <message>
        <source>system it was taken from, e.g. web server cong-tt.tinh (10.20.1.15)</source>
        <translation>hệ thống nơi lấy chứng cứ, ví dụ: máy chủ web cong-tt.tinh (10.20.1.15)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Thêm chứng cứ</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Mô tả:</translation>
    </message>
    <message>
        <source>Source system:</source>
        <translation>Hệ thống nguồn:</translation>
    </message>
    <message>
        <source>Collected by:</source>
        <translation>Người thu thập:</translation>
    </message>
    <message>
        <source>Collected at:</source>
        <translation>Thời điểm thu thập:</translation>
    </message>
    <message>
        <source>The file is copied into this station&apos;s encrypted evidence store and identified by its SHA-256; the original is left untouched.</source>
        <translation>Tệp được sao chép vào kho chứng cứ đã mã hóa của máy trạm này và được nhận diện bằng mã băm SHA-256; tệp gốc được giữ nguyên.</translation>
    </message>
    <message>
        <source>Choose the evidence file</source>
        <translation>Chọn tệp chứng cứ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose a file that exists and can be read.</source>
        <translation>Hãy chọn một tệp có tồn tại và đọc được.</translation>
    </message>
    <message>
        <source>Hashing and encrypting %1 (%2)…</source>
        <translation>Đang tính mã băm và mã hóa %1 (%2)…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was stored; the original file is untouched.</source>
        <translation>Đã dừng. Không có gì được lưu; tệp gốc được giữ nguyên.</translation>
    </message>
    <message>
        <source>The evidence was not added: %1</source>
        <translation>Không thêm được chứng cứ: %1</translation>
    </message>
</context>
<context>
    <name>soc::ui::EvidencePanel</name>
    <message>
        <source>From: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Added to the store: %1</source>
        <translation>Đưa vào kho chứng cứ: %1</translation>
    </message>
    <message>
        <source>not checked in this session</source>
        <translation>chưa kiểm tra trong phiên này</translation>
    </message>
    <message>
        <source>✓ intact</source>
        <translation>✓ nguyên vẹn</translation>
    </message>
    <message>
        <source>✗ MISMATCH: %1</source>
        <translation>✗ KHÔNG KHỚP: %1</translation>
    </message>
    <message>
        <source>Checking every item: decrypting and re-hashing…</source>
        <translation>Đang kiểm tra từng chứng cứ: giải mã và tính lại mã băm…</translation>
    </message>
    <message>
        <source>The check did not run: %1</source>
        <translation>Không thực hiện được việc kiểm tra: %1</translation>
    </message>
    <message>
        <source>Checked: %1 of %1 intact, their SHA-256 matches what was recorded.</source>
        <translation>Đã kiểm tra: %1/%1 chứng cứ nguyên vẹn, mã băm SHA-256 khớp với giá trị đã ghi nhận.</translation>
    </message>
    <message>
        <source>Checked: %1 of %2 do NOT match what was recorded. Keep the station as it is and tell the shift lead: the evidence may have been altered.</source>
        <translation>Đã kiểm tra: %1/%2 chứng cứ KHÔNG khớp với giá trị đã ghi nhận. Hãy giữ nguyên hiện trạng máy trạm và báo cho trưởng ca: chứng cứ có thể đã bị thay đổi.</translation>
    </message>
    <message>
        <source>Export evidence to</source>
        <translation>Chọn thư mục xuất chứng cứ</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Xuất chứng cứ</translation>
    </message>
    <message>
        <source>Handed over to (name, unit):</source>
        <translation>Bàn giao cho (họ tên, đơn vị):</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Exported to %1, with its custody record beside it.</source>
        <translation>Đã xuất ra %1, kèm hồ sơ lưu giữ, bàn giao chứng cứ trong cùng thư mục.</translation>
    </message>
    <message>
        <source>The evidence was not exported: %1</source>
        <translation>Không xuất được chứng cứ: %1</translation>
    </message>
    <message>
        <source>Add evidence… (E)</source>
        <translation>Thêm chứng cứ… (E)</translation>
    </message>
    <message>
        <source>Verify all</source>
        <translation>Kiểm tra tất cả</translation>
    </message>
    <message>
        <source>Decrypt and re-hash every item; each check goes into its custody log</source>
        <translation>Giải mã và tính lại mã băm của từng chứng cứ; mỗi lần kiểm tra được ghi vào nhật ký lưu giữ, bàn giao của chứng cứ đó</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Write the selected item and its custody record to a folder</source>
        <translation>Ghi chứng cứ đã chọn cùng hồ sơ lưu giữ, bàn giao của chứng cứ đó ra một thư mục</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Custody log of the selected item</source>
        <translation>Nhật ký lưu giữ, bàn giao của chứng cứ đã chọn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Người thu thập</translation>
    </message>
    <message>
        <source>Collected at</source>
        <translation>Thời điểm thu thập</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Bên giao/nhận</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
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
    <name>soc::ui::HandoverPanel</name>
    <message>
        <source>%1 %2–%3, lead %4: %5</source>
        <translation>%1 %2–%3, trưởng ca %4: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>prepared, not accepted</source>
        <translation>đã chuẩn bị, chưa được nhận</translation>
    </message>
    <message>
        <source>not handed over</source>
        <translation>chưa bàn giao</translation>
    </message>
    <message>
        <source>The handover was not accepted: %1</source>
        <translation>Chưa nhận được bàn giao: %1</translation>
    </message>
    <message>
        <source>The handover was not prepared: %1</source>
        <translation>Chưa chuẩn bị được bàn giao: %1</translation>
    </message>
    <message numerus="yes">
        <source>You accepted the handover; %n ticket(s) moved to you.</source>
        <translation>
            <numerusform>Bạn đã nhận bàn giao; %n phiếu xử lý đã được chuyển cho bạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>No handover prepared for this shift yet.</source>
        <translation>Chưa có bàn giao nào được chuẩn bị cho ca này.</translation>
    </message>
    <message>
        <source>Accepting the handover…</source>
        <translation>Đang nhận bàn giao…</translation>
    </message>
    <message>
        <source>Preparing the handover (reading the case database)…</source>
        <translation>Đang chuẩn bị bàn giao (đọc cơ sở dữ liệu hồ sơ)…</translation>
    </message>
    <message>
        <source>The handover of the shift %1, prepared by %2 at %3, waits for you to accept it.</source>
        <translation>Bàn giao ca %1 do %2 chuẩn bị lúc %3 đang chờ bạn nhận.</translation>
    </message>
    <message>
        <source>This shift was handed over to %1.</source>
        <translation>Ca này đã được bàn giao cho %1.</translation>
    </message>
    <message>
        <source>Handover prepared by %1; it waits for the lead of the next shift.</source>
        <translation>%1 đã chuẩn bị bàn giao; đang chờ trưởng ca kế tiếp nhận.</translation>
    </message>
    <message>
        <source>This shift has not been handed over yet.</source>
        <translation>Ca này chưa được bàn giao.</translation>
    </message>
    <message>
        <source>&amp;Prepare again (new snapshot)</source>
        <translation>&amp;Chuẩn bị lại (lấy số liệu mới)</translation>
    </message>
    <message>
        <source>&amp;Prepare handover</source>
        <translation>&amp;Chuẩn bị bàn giao</translation>
    </message>
    <message>
        <source>Notes for the next shift: what is going on, what to watch, calls expected…</source>
        <translation>Ghi chú cho ca kế tiếp: tình hình đang diễn ra, việc cần theo dõi, cuộc gọi dự kiến…</translation>
    </message>
    <message>
        <source>Move the open tickets of the outgoing shift to me</source>
        <translation>Chuyển các phiếu xử lý đang mở của ca trước sang tôi</translation>
    </message>
    <message>
        <source>A&amp;ccept handover</source>
        <translation>&amp;Nhận bàn giao</translation>
    </message>
    <message>
        <source>Shifts of the last 7 days that were not handed over:</source>
        <translation>Các ca trong 7 ngày qua chưa được bàn giao:</translation>
    </message>
    <message>
        <source>P&amp;rint handover…</source>
        <translation>&amp;In biên bản bàn giao…</translation>
    </message>
    <message>
        <source>Preview the handover record (biên bản giao nhận ca trực) of the handover shown; issuing it numbers it and records it in the register</source>
        <translation>Xem trước biên bản giao nhận ca trực của lần bàn giao đang hiển thị; khi phát hành, biên bản được cấp số và ghi vào sổ đăng ký văn bản đi</translation>
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
    <name>soc::ui::IncidentFormDialog</name>
    <message>
        <source>Official form details</source>
        <translation>Thông tin biểu mẫu báo cáo</translation>
    </message>
    <message>
        <source>Item 7 of the closing report: the documents sent with it (progress reports, handling plan, log files…). Empty: when the incident has evidence, the list of evidence items with their SHA-256 hashes.</source>
        <translation>Mục 7 của báo cáo kết thúc: các tài liệu gửi kèm (báo cáo tiến độ, kế hoạch ứng phó, tệp nhật ký…). Để trống: nếu sự cố có chứng cứ, in danh sách chứng cứ kèm mã băm SHA-256.</translation>
    </message>
    <message>
        <source>e.g. Kế hoạch ứng phó; nhật ký máy chủ web 18–20/11/2026</source>
        <translation>ví dụ: Kế hoạch ứng phó; nhật ký máy chủ web 18–20/11/2026</translation>
    </message>
    <message>
        <source>Initial report (Mẫu 03)</source>
        <translation>Báo cáo ban đầu (Mẫu 03)</translation>
    </message>
    <message>
        <source>Closing report (Mẫu 04)</source>
        <translation>Báo cáo kết thúc (Mẫu 04)</translation>
    </message>
    <message>
        <source>Closing meeting (Biên bản)</source>
        <translation>Họp kết thúc (Biên bản)</translation>
    </message>
    <message>
        <source>Official form details — %1</source>
        <translation>Thông tin biểu mẫu báo cáo — %1</translation>
    </message>
    <message>
        <source>The form of this incident could not be read: %1</source>
        <translation>Không đọc được thông tin biểu mẫu của sự cố này: %1</translation>
    </message>
    <message>
        <source>The form was not saved: %1</source>
        <translation>Không lưu được thông tin biểu mẫu: %1</translation>
    </message>
</context>
<context>
    <name>soc::ui::IncidentHeader</name>
    <message>
        <source>Type (R-4):</source>
        <translation>Loại (R-4):</translation>
    </message>
    <message>
        <source>National grouping:</source>
        <translation>Phân nhóm quốc gia:</translation>
    </message>
    <message>
        <source>Affected system:</source>
        <translation>Hệ thống bị ảnh hưởng:</translation>
    </message>
    <message>
        <source>Owning agency:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Phát hiện lúc:</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>Báo cáo lúc:</translation>
    </message>
    <message>
        <source>Notification due (R-11, 5 days after detection): %1</source>
        <translation>Hạn thông báo (R-11, 5 ngày kể từ khi phát hiện): %1</translation>
    </message>
    <message>
        <source>Notify the system owner, the national coordinator and the specialised unit within 5 days of detection (TT 20/2017 Điều 9.2.a).</source>
        <translation>Thông báo cho chủ quản hệ thống thông tin, Cơ quan điều phối quốc gia và đơn vị chuyên trách trong vòng 5 ngày kể từ khi phát hiện (TT 20/2017 Điều 9.2.a).</translation>
    </message>
    <message>
        <source>Closing report (Mẫu 04) due: %1</source>
        <translation>Hạn báo cáo kết thúc (Mẫu 04): %1</translation>
    </message>
    <message>
        <source>Closing report (Mẫu 04): due within 5 days after the response ends (steps 1–6 done or skipped).</source>
        <translation>Báo cáo kết thúc (Mẫu 04): hạn trong vòng 5 ngày sau khi kết thúc ứng cứu (các bước 1–6 đã hoàn thành hoặc bỏ qua).</translation>
    </message>
    <message>
        <source>Beyond our capability (since %1): report with Mẫu 03 now — to the provincial People&apos;s Committee, the provincial police, the security authority and the national response centre.</source>
        <translation>Vượt quá khả năng xử lý của đơn vị (từ %1): báo cáo ngay theo Mẫu 03 — gửi Ủy ban nhân dân tỉnh, Công an tỉnh, cơ quan chuyên trách về an toàn thông tin và Cơ quan điều phối quốc gia.</translation>
    </message>
    <message>
        <source>No ticket open</source>
        <translation>Chưa mở phiếu nào</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Người xử lý: %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>chưa giao</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>chưa xác định</translation>
    </message>
    <message>
        <source>%1 — security level unknown</source>
        <translation>%1 — chưa xác định cấp độ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>soc::ui::IncidentView</name>
    <message>
        <source>The case could not be read: %1</source>
        <translation>Không đọc được hồ sơ: %1</translation>
    </message>
    <message>
        <source>%1 is now an incident: work through the seven steps.</source>
        <translation>%1 đã được xác định là sự cố: hãy thực hiện lần lượt bảy bước ứng cứu.</translation>
    </message>
    <message>
        <source>Evidence stored and hashed.</source>
        <translation>Đã lưu chứng cứ và tính mã băm.</translation>
    </message>
    <message>
        <source>Beyond our capability</source>
        <translation>Vượt quá khả năng xử lý</translation>
    </message>
    <message>
        <source>Mark %1 as beyond this unit&apos;s capability?

The initial report (Mẫu 03) is then due immediately, and the provincial People&apos;s Committee, the provincial police, the security authority and the national response centre are to be informed (R-11, R-13).</source>
        <translation>Đánh dấu %1 là vượt quá khả năng xử lý của đơn vị?

Khi đó phải gửi ngay báo cáo ban đầu (Mẫu 03) và thông báo cho Ủy ban nhân dân tỉnh, Công an tỉnh, cơ quan chuyên trách về an toàn thông tin và Cơ quan điều phối quốc gia (R-11, R-13).</translation>
    </message>
    <message>
        <source>Mark beyond capability</source>
        <translation>Đánh dấu vượt quá khả năng</translation>
    </message>
    <message>
        <source>Incident %1 closed.</source>
        <translation>Đã đóng sự cố %1.</translation>
    </message>
    <message>
        <source>Step %1: %2 (%3)</source>
        <translation>Bước %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Open steps:</source>
        <translation>Các bước chưa xong:</translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>Đến bước %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Declare incident…</source>
        <translation>Xác định là sự cố…</translation>
    </message>
    <message>
        <source>Classify this ticket as an incident and start the seven response steps</source>
        <translation>Xác định phiếu này là sự cố và bắt đầu bảy bước ứng cứu</translation>
    </message>
    <message>
        <source>Classification…</source>
        <translation>Phân loại…</translation>
    </message>
    <message>
        <source>Severity, type, affected system and national grouping</source>
        <translation>Mức độ, loại sự cố, hệ thống bị ảnh hưởng và phân nhóm quốc gia</translation>
    </message>
    <message>
        <source>Beyond our capability…</source>
        <translation>Vượt quá khả năng xử lý…</translation>
    </message>
    <message>
        <source>R-11: the initial report (Mẫu 03) is then due immediately</source>
        <translation>R-11: khi đó phải gửi ngay báo cáo ban đầu (Mẫu 03)</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Đóng sự cố</translation>
    </message>
    <message>
        <source>Possible when every step is done or skipped with a reason</source>
        <translation>Chỉ thực hiện được khi mọi bước đã hoàn thành hoặc đã bỏ qua kèm lý do</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Chứng cứ</translation>
    </message>
    <message>
        <source>No ticket is open here. Open a ticket or an incident from the queue (Ctrl+2).</source>
        <translation>Chưa mở phiếu nào. Hãy mở một phiếu hoặc sự cố từ hàng đợi (Ctrl+2).</translation>
    </message>
    <message>
        <source>This ticket is not an incident. If it affects the operation of a system, declare it an incident: the seven response steps and the reporting clocks (R-11) then apply.</source>
        <translation>Phiếu này chưa phải là sự cố. Nếu việc này ảnh hưởng đến hoạt động của hệ thống, hãy xác định là sự cố: khi đó áp dụng bảy bước ứng cứu và các thời hạn báo cáo (R-11).</translation>
    </message>
    <message>
        <source>Issued %1 as %2.</source>
        <translation>Đã phát hành %1, số %2.</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Bá&amp;o cáo</translation>
    </message>
    <message>
        <source>Official documents about this incident: preview, then issue as PDF or on paper</source>
        <translation>Văn bản chính thức về sự cố này: xem trước, rồi phát hành dưới dạng PDF hoặc bản in</translation>
    </message>
    <message>
        <source>Notification of %1 recorded on the timeline.</source>
        <translation>Đã ghi nhận việc thông báo cho %1 vào diễn biến.</translation>
    </message>
    <message>
        <source>Notify…</source>
        <translation>Thông báo…</translation>
    </message>
    <message>
        <source>R-13: whom the escalation matrix names for this severity; prepares the official email</source>
        <translation>R-13: những nơi cần thông báo theo ma trận báo cáo đối với mức độ này; soạn sẵn thư điện tử công vụ</translation>
    </message>
</context>
<context>
    <name>soc::ui::InitialReportTab</name>
    <message>
        <source>What the initial report asks beyond the incident record, numbered as Mẫu 03 prints it. Empty fields are left out, or print what is shown in grey.</source>
        <translation>Những nội dung báo cáo ban đầu yêu cầu ngoài hồ sơ sự cố, đánh số như trong Mẫu 03. Trường để trống sẽ được bỏ qua hoặc in nội dung đang hiển thị bằng chữ màu xám.</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Khác:</translation>
    </message>
    <message>
        <source>2. Contact person</source>
        <translation>2. Thông tin người liên hệ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <source>Empty: the default contact of the report settings.</source>
        <translation>Để trống: dùng người liên hệ mặc định trong cài đặt báo cáo.</translation>
    </message>
    <message>
        <source>3. Affected system</source>
        <translation>3. Hệ thống bị ảnh hưởng</translation>
    </message>
    <message>
        <source>Operating unit:</source>
        <translation>Đơn vị vận hành:</translation>
    </message>
    <message>
        <source>related domains and IP addresses</source>
        <translation>tên miền và địa chỉ IP liên quan</translation>
    </message>
    <message>
        <source>Domains and IP addresses:</source>
        <translation>Tên miền và địa chỉ IP:</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>nếu có</translation>
    </message>
    <message>
        <source>Security service provider:</source>
        <translation>Đơn vị cung cấp dịch vụ an toàn thông tin:</translation>
    </message>
    <message>
        <source>Connectivity provider:</source>
        <translation>Đơn vị cung cấp dịch vụ kết nối:</translation>
    </message>
    <message>
        <source>7. How it was detected</source>
        <translation>7. Cách thức phát hiện</translation>
    </message>
    <message>
        <source>By the intrusion-detection system</source>
        <translation>Qua hệ thống phát hiện xâm nhập</translation>
    </message>
    <message>
        <source>By reviewing logs</source>
        <translation>Qua kiểm tra nhật ký</translation>
    </message>
    <message>
        <source>who told us, if someone did</source>
        <translation>cơ quan, cá nhân đã thông báo (nếu có)</translation>
    </message>
    <message>
        <source>Notified by:</source>
        <translation>Nhận được thông báo từ:</translation>
    </message>
    <message>
        <source>Nothing ticked: tickets from monitoring print as detected by the intrusion-detection system.</source>
        <translation>Không đánh dấu mục nào: phiếu từ hoạt động giám sát được in là phát hiện qua hệ thống phát hiện xâm nhập.</translation>
    </message>
    <message>
        <source>8. Already notified</source>
        <translation>8. Đã thông báo sự cố cho</translation>
    </message>
    <message>
        <source>The responsible member of the response network</source>
        <translation>Thành viên mạng lưới ứng cứu sự cố có trách nhiệm</translation>
    </message>
    <message>
        <source>The telecommunications or Internet service provider (ISP)</source>
        <translation>Doanh nghiệp cung cấp dịch vụ viễn thông, Internet (ISP)</translation>
    </message>
    <message>
        <source>The national coordinator (VNCERT/CC)</source>
        <translation>Cơ quan điều phối quốc gia (VNCERT/CC)</translation>
    </message>
    <message>
        <source>The national coordinator is also ticked when its notification is recorded on the incident.</source>
        <translation>Mục Cơ quan điều phối quốc gia cũng được đánh dấu khi việc thông báo cho cơ quan này đã được ghi nhận trong sự cố.</translation>
    </message>
    <message>
        <source>9. Additional information about the system</source>
        <translation>9. Thông tin bổ sung về hệ thống</translation>
    </message>
    <message>
        <source>Operating system and version:</source>
        <translation>Hệ điều hành và phiên bản:</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Services on the system:</source>
        <translation>Các dịch vụ trên hệ thống:</translation>
    </message>
    <message>
        <source>Anti-malware</source>
        <translation>Phòng chống mã độc</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Tường lửa</translation>
    </message>
    <message>
        <source>Intrusion detection</source>
        <translation>Phát hiện xâm nhập</translation>
    </message>
    <message>
        <source>Security measures in place:</source>
        <translation>Biện pháp bảo đảm an toàn đã triển khai:</translation>
    </message>
    <message>
        <source>Public IP addresses:</source>
        <translation>Địa chỉ IP công khai:</translation>
    </message>
    <message>
        <source>Domain names:</source>
        <translation>Tên miền:</translation>
    </message>
    <message>
        <source>Main purpose of the system:</source>
        <translation>Mục đích chính của hệ thống:</translation>
    </message>
    <message>
        <source>System logs</source>
        <translation>Nhật ký hệ thống</translation>
    </message>
    <message>
        <source>Malware sample</source>
        <translation>Mẫu mã độc</translation>
    </message>
    <message>
        <source>Sent with the report:</source>
        <translation>Gửi kèm báo cáo:</translation>
    </message>
    <message>
        <source>Not stated (left out)</source>
        <translation>Không nêu (bỏ qua)</translation>
    </message>
    <message>
        <source>Yes, keep it confidential</source>
        <translation>Có, đề nghị giữ bí mật</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Keep the information confidential:</source>
        <translation>Đề nghị giữ bí mật thông tin:</translation>
    </message>
    <message>
        <source>10. Recommendations and requests for support</source>
        <translation>10. Kiến nghị, đề xuất hỗ trợ</translation>
    </message>
    <message>
        <source>Empty: item 10 is left out</source>
        <translation>Để trống: bỏ qua mục 10</translation>
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
        <source>Sign-in failed.</source>
        <translation>Đăng nhập không thành công.</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>Sai mật khẩu của %1.</translation>
    </message>
    <message>
        <source>Check Caps Lock and the keyboard layout (Unikey/Telex), then try again.</source>
        <translation>Hãy kiểm tra phím Caps Lock và chế độ gõ tiếng Việt (Unikey/Telex) rồi thử lại.</translation>
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
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Phiếu xử lý</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Tạo phiếu mới…</translation>
    </message>
    <message>
        <source>Open a ticket for a report received by phone, official email, document or fax</source>
        <translation>Lập phiếu xử lý cho thông tin báo cáo nhận qua điện thoại, thư điện tử công vụ, văn bản hoặc fax</translation>
    </message>
    <message>
        <source>Service &amp;levels…</source>
        <translation>Thời &amp;hạn xử lý…</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ca trực</translation>
    </message>
    <message>
        <source>socstation — %1 — %2</source>
        <translation>socstation — %1 — %2</translation>
    </message>
</context>
<context>
    <name>soc::ui::ManualTicketDialog</name>
    <message>
        <source>Ticket %1 was created, but the report was not logged on its timeline: %2. Add it there as a communication.</source>
        <translation>Đã tạo phiếu %1 nhưng chưa ghi được thông tin báo cáo vào diễn biến: %2. Hãy thêm vào diễn biến dưới dạng trao đổi thông tin.</translation>
    </message>
    <message>
        <source>New ticket from a report</source>
        <translation>Phiếu xử lý mới từ báo cáo của đơn vị</translation>
    </message>
    <message>
        <source>Received &amp;via:</source>
        <translation>Tiếp nhận &amp;qua:</translation>
    </message>
    <message>
        <source>Received &amp;at:</source>
        <translation>T&amp;hời điểm tiếp nhận:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>Người &amp;báo tin:</translation>
    </message>
    <message>
        <source>Local time (Asia/Ho_Chi_Minh) when the report reached the SOC.</source>
        <translation>Giờ địa phương (Asia/Ho_Chi_Minh) lúc thông tin báo cáo đến SOC.</translation>
    </message>
    <message>
        <source>Name, position and phone number of the caller</source>
        <translation>Họ tên, chức vụ và số điện thoại của người gọi</translation>
    </message>
    <message>
        <source>Sender, and the document or message number</source>
        <translation>Người gửi, số văn bản hoặc số hiệu thư</translation>
    </message>
    <message>
        <source>Title and agency are required. The report is logged on the ticket&apos;s timeline as an incoming communication (channel, counterpart, time).</source>
        <translation>Bắt buộc nhập tiêu đề và đơn vị. Thông tin báo cáo được ghi vào diễn biến của phiếu dưới dạng trao đổi thông tin đến (kênh, đầu mối, thời điểm).</translation>
    </message>
</context>
<context>
    <name>soc::ui::NotifyDialog</name>
    <message>
        <source>Notify — %1 incident</source>
        <translation>Thông báo — sự cố mức %1</translation>
    </message>
    <message>
        <source>Official email to send from the government mail system (socstation sends nothing)</source>
        <translation>Thư điện tử công vụ cần gửi từ hệ thống thư điện tử công vụ (socstation không tự gửi thư)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy the subject and the body to the clipboard</source>
        <translation>Sao chép tiêu đề và nội dung thư vào bộ nhớ tạm</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Mở bằng chương trình thư điện tử</translation>
    </message>
    <message>
        <source>Opens a new message in the mail program set up on this computer</source>
        <translation>Mở một thư mới trong chương trình thư điện tử được cài đặt trên máy tính này</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Người nhận:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>Ghi nhận thông báo</translation>
    </message>
    <message>
        <source>Records on the timeline that this target was notified through its channel, now</source>
        <translation>Ghi vào diễn biến rằng nơi nhận này đã được thông báo qua kênh tương ứng, tại thời điểm hiện tại</translation>
    </message>
    <message>
        <source>The escalation matrix could not be read: %1</source>
        <translation>Không đọc được ma trận báo cáo: %1</translation>
    </message>
    <message>
        <source>The escalation matrix names no one to notify for %1 incidents. Record the communication with &quot;Record a communication&quot; (C), or ask a shift lead to set the matrix up.</source>
        <translation>Ma trận báo cáo chưa chỉ định nơi nào cần thông báo đối với sự cố mức %1. Hãy ghi nhận việc trao đổi bằng &quot;Ghi nhận trao đổi thông tin&quot; (C), hoặc đề nghị trưởng ca thiết lập ma trận báo cáo.</translation>
    </message>
    <message>
        <source>Whom to notify for a %1 incident (R-13), in order. Choose one, contact them through the channel shown, then record it.</source>
        <translation>Những nơi cần thông báo khi có sự cố mức %1 (R-13), theo thứ tự. Chọn một nơi, liên hệ qua kênh được nêu, rồi ghi nhận.</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>    R-13: %1 — notified %2</source>
        <translation>    R-13: %1 — đã thông báo lúc %2</translation>
    </message>
    <message>
        <source>    R-13: %1 — not notified yet</source>
        <translation>    R-13: %1 — chưa thông báo</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Thư điện tử: %1</translation>
    </message>
    <message>
        <source>Official email: %1</source>
        <translation>Thư điện tử công vụ: %1</translation>
    </message>
    <message>
        <source>No phone or email in the directory for %1.</source>
        <translation>Danh bạ không có số điện thoại hoặc địa chỉ thư điện tử của %1.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Tiêu đề: %1</translation>
    </message>
    <message>
        <source>No mail program could be opened. Use &quot;Copy&quot; and paste the message into the mail system.</source>
        <translation>Không mở được chương trình thư điện tử nào. Hãy dùng &quot;Sao chép&quot; rồi dán nội dung thư vào hệ thống thư điện tử.</translation>
    </message>
</context>
<context>
    <name>soc::ui::OccurredAtEdit</name>
    <message>
        <source>Now</source>
        <translation>Bây giờ</translation>
    </message>
    <message>
        <source>The offset the time was given in (Vietnam: UTC+07:00)</source>
        <translation>Độ lệch múi giờ của thời điểm đã nhập (Việt Nam: UTC+07:00)</translation>
    </message>
</context>
<context>
    <name>soc::ui::OptionalDateTimeEdit</name>
    <message>
        <source>Set</source>
        <translation>Đặt</translation>
    </message>
    <message>
        <source>Untick to leave the time out</source>
        <translation>Bỏ chọn để không ghi thời gian</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
    </message>
    <message>
        <source>Hà Nội time (UTC+07:00)</source>
        <translation>Giờ Hà Nội (UTC+07:00)</translation>
    </message>
</context>
<context>
    <name>soc::ui::PeriodicReportDialog</name>
    <message>
        <source>Quarter %1 (months %2–%3)</source>
        <translation>Quý %1 (tháng %2–%3)</translation>
    </message>
    <message>
        <source>First half (January–June)</source>
        <translation>6 tháng đầu năm (tháng 1–6)</translation>
    </message>
    <message>
        <source>Second half (July–December)</source>
        <translation>6 tháng cuối năm (tháng 7–12)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quý:</translation>
    </message>
    <message>
        <source>&amp;Half year:</source>
        <translation>&amp;Nửa năm:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>The last day is before the first day: swap them.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu: hãy đổi chỗ hai ngày.</translation>
    </message>
    <message>
        <source>This period has not started yet: choose a period that has begun.</source>
        <translation>Kỳ này chưa bắt đầu: hãy chọn một kỳ đã bắt đầu.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>%1 (the period before)</source>
        <translation>%1 (kỳ trước)</translation>
    </message>
    <message>
        <source>This period is not over yet: the figures are those recorded when the report is prepared.</source>
        <translation>Kỳ này chưa kết thúc: số liệu là số liệu đã ghi nhận tại thời điểm lập báo cáo.</translation>
    </message>
    <message>
        <source>Report for a period</source>
        <translation>Báo cáo theo kỳ</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>Periodic report (alerts, incidents, response times)</source>
        <translation>Báo cáo định kỳ (cảnh báo, sự cố, thời gian xử lý)</translation>
    </message>
    <message>
        <source>Mẫu 05 — 6-month or yearly incident summary</source>
        <translation>Mẫu 05 — báo cáo tổng hợp sự cố 6 tháng hoặc hằng năm</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>Khoảng thời gian:</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation>So sánh với:</translation>
    </message>
    <message>
        <source>The preview shows a draft; nothing is numbered until you issue it there.</source>
        <translation>Bản xem trước là dự thảo; văn bản chỉ được cấp số khi phát hành từ cửa sổ xem trước.</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>Prepare the document and show it; nothing is issued yet</source>
        <translation>Lập văn bản và hiển thị; chưa phát hành</translation>
    </message>
</context>
<context>
    <name>soc::ui::QuickAddBar</name>
    <message>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Record action</source>
        <translation>Ghi nhận hành động</translation>
    </message>
    <message>
        <source>Record communication</source>
        <translation>Ghi nhận trao đổi</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Thêm chứng cứ</translation>
    </message>
    <message>
        <source>Note (N)</source>
        <translation>Ghi chú (N)</translation>
    </message>
    <message>
        <source>Action (A)</source>
        <translation>Hành động (A)</translation>
    </message>
    <message>
        <source>Communication (C)</source>
        <translation>Trao đổi (C)</translation>
    </message>
    <message>
        <source>Evidence (E)</source>
        <translation>Chứng cứ (E)</translation>
    </message>
    <message>
        <source>Add a note to the timeline</source>
        <translation>Thêm ghi chú vào diễn biến</translation>
    </message>
    <message>
        <source>Record an action taken (containment actions complete step 3)</source>
        <translation>Ghi nhận hành động đã thực hiện (hành động ngăn chặn là điều kiện để hoàn thành bước 3)</translation>
    </message>
    <message>
        <source>Record a phone call, official e-mail, document or fax (R-17)</source>
        <translation>Ghi nhận cuộc gọi điện thoại, thư điện tử công vụ, văn bản hoặc fax (R-17)</translation>
    </message>
    <message>
        <source>Add a file as digital evidence, hashed and encrypted (step 4)</source>
        <translation>Thêm tệp làm chứng cứ số, có tính mã băm và mã hóa (bước 4)</translation>
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
    <name>soc::ui::RecoveryKeyTab</name>
    <message>
        <source>Every account&apos;s data key is also sealed to the SOC&apos;s recovery key, so an analyst who lost their password can be given a new one (socstation account recover) without losing their cases. Only the public key is kept here; keep the private key offline, under the SOC&apos;s key management.</source>
        <translation>Khóa dữ liệu của mọi tài khoản cũng được niêm phong bằng khóa khôi phục của Trung tâm, nhờ đó cán bộ quên mật khẩu có thể được cấp mật khẩu mới (socstation account recover) mà không mất hồ sơ. Tại đây chỉ lưu khóa công khai; khóa bí mật phải được cất giữ ngoại tuyến, theo quy trình quản lý khóa của Trung tâm.</translation>
    </message>
    <message>
        <source>Configured key:</source>
        <translation>Khóa đã cấu hình:</translation>
    </message>
    <message>
        <source>none — accounts cannot be recovered without their password</source>
        <translation>chưa có — không thể khôi phục tài khoản nếu không có mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Load public key…</source>
        <translation>&amp;Nạp khóa công khai…</translation>
    </message>
    <message>
        <source>The SOC&apos;s recovery public key</source>
        <translation>Khóa công khai khôi phục của Trung tâm</translation>
    </message>
    <message>
        <source>PEM public keys (*.pem *.pub);;All files (*)</source>
        <translation>Khóa công khai PEM (*.pem *.pub);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. The recovery key was not changed.</source>
        <translation>Không đọc được %1: %2. Khóa khôi phục không bị thay đổi.</translation>
    </message>
    <message>
        <source>Recovery key %1 set; every account is sealed to it (accounts that could not be sealed now are sealed at their next sign-in).</source>
        <translation>Đã đặt khóa khôi phục %1; mọi tài khoản đã được niêm phong bằng khóa này (tài khoản nào chưa niêm phong được lúc này sẽ được niêm phong ở lần đăng nhập kế tiếp).</translation>
    </message>
</context>
<context>
    <name>soc::ui::RefusalBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ẩn thông báo</translation>
    </message>
</context>
<context>
    <name>soc::ui::RelatedAlertsPanel</name>
    <message>
        <source>Same signature and source (%1 from %2): %3 alerts</source>
        <translation>Cùng tên luật và nguồn (%1 từ %2): %3 cảnh báo</translation>
    </message>
    <message>
        <source>Same host (%1): %2 alerts</source>
        <translation>Cùng thiết bị (%1): %2 cảnh báo</translation>
    </message>
    <message>
        <source>Same destination (%1): %2 alerts</source>
        <translation>Cùng đích (%1): %2 cảnh báo</translation>
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
        <source>Signature</source>
        <translation>Tên luật</translation>
    </message>
    <message>
        <source>Source → destination · host</source>
        <translation>Nguồn → đích · thiết bị</translation>
    </message>
    <message>
        <source>No other alerts match the first selected alert within %1 before or after it.</source>
        <translation>Không có cảnh báo nào khác tương ứng với cảnh báo được chọn đầu tiên trong khoảng %1 trước hoặc sau cảnh báo đó.</translation>
    </message>
    <message>
        <source>Alerts within %1 of the first selected alert that look related. Tick the groups or alerts that belong to this ticket; they are linked with the selected ones.</source>
        <translation>Các cảnh báo có vẻ liên quan, trong khoảng %1 quanh cảnh báo được chọn đầu tiên. Hãy đánh dấu các nhóm hoặc cảnh báo thuộc phiếu này; chúng sẽ được liên kết cùng các cảnh báo đã chọn.</translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportActions</name>
    <message>
        <source>Mẫu 03 — &amp;initial incident report…</source>
        <translation>Mẫu 0&amp;3 — báo cáo ban đầu sự cố…</translation>
    </message>
    <message>
        <source>Preview the initial report of the open incident (TT 20/2017 Mẫu 03); issuing numbers it and records it on the timeline</source>
        <translation>Xem trước báo cáo ban đầu của sự cố đang mở (TT 20/2017 Mẫu 03); khi phát hành, văn bản được cấp số và ghi vào diễn biến</translation>
    </message>
    <message>
        <source>Mẫu 04 — &amp;closing report…</source>
        <translation>Mẫu 0&amp;4 — báo cáo kết thúc ứng phó…</translation>
    </message>
    <message>
        <source>Preview the report on the end of the response (Mẫu 04); it refers to the Mẫu 03 issued earlier, if any</source>
        <translation>Xem trước báo cáo kết thúc ứng phó sự cố (Mẫu 04); báo cáo dẫn chiếu Mẫu 03 đã phát hành trước đó, nếu có</translation>
    </message>
    <message>
        <source>Closing &amp;record (biên bản)…</source>
        <translation>&amp;Biên bản kết thúc ứng phó…</translation>
    </message>
    <message>
        <source>Preview the record of the meeting that closes the response, for the chair and the recorder to sign</source>
        <translation>Xem trước biên bản cuộc họp kết thúc ứng phó sự cố, để chủ tọa và thư ký ký</translation>
    </message>
    <message>
        <source>&amp;Full incident report…</source>
        <translation>Báo cáo đầy đủ về &amp;sự cố…</translation>
    </message>
    <message>
        <source>Preview the full report on the incident: classification, the seven steps, timeline and evidence</source>
        <translation>Xem trước báo cáo đầy đủ về sự cố: phân loại, bảy bước ứng cứu, diễn biến và chứng cứ</translation>
    </message>
    <message>
        <source>Fill in the report f&amp;orms…</source>
        <translation>Điền thông tin &amp;mẫu báo cáo…</translation>
    </message>
    <message>
        <source>What the Mẫu 03, Mẫu 04 and the closing record print beyond the case itself: contacts, findings, the chair and the recorder</source>
        <translation>Những nội dung Mẫu 03, Mẫu 04 và biên bản kết thúc in thêm ngoài hồ sơ sự cố: người liên hệ, thông tin phát hiện, chủ tọa và thư ký</translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportLauncher</name>
    <message>
        <source>Preparing %1: reading the incident…</source>
        <translation>Đang lập %1: đọc dữ liệu sự cố…</translation>
    </message>
    <message>
        <source>Preparing %1: counting the alerts and incidents of the period…</source>
        <translation>Đang lập %1: thống kê cảnh báo và sự cố trong kỳ…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>The document could not be prepared: %1

Nothing was issued.</source>
        <translation>Không lập được văn bản: %1

Chưa có văn bản nào được phát hành.</translation>
    </message>
    <message>
        <source>Preparing %1: reading the handover and the duty log…</source>
        <translation>Đang lập %1: đọc dữ liệu bàn giao và sổ trực…</translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportMenu</name>
    <message>
        <source>Issued %1 as %2.</source>
        <translation>Đã phát hành %1, số %2.</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Periodic report…</source>
        <translation>Báo cáo đị&amp;nh kỳ…</translation>
    </message>
    <message>
        <source>Alerts, incidents and response times of a month, quarter, half year, year or any period, compared with the period before</source>
        <translation>Cảnh báo, sự cố và thời gian xử lý của một tháng, quý, 6 tháng, năm hoặc khoảng thời gian bất kỳ, so sánh với kỳ trước</translation>
    </message>
    <message>
        <source>Mẫu 0&amp;5 summary…</source>
        <translation>Báo cáo tổng hợp Mẫu 0&amp;5…</translation>
    </message>
    <message>
        <source>The 6-month or yearly summary of incidents by type (TT 20/2017 Mẫu 05)</source>
        <translation>Báo cáo tổng hợp sự cố theo loại, 6 tháng hoặc hằng năm (TT 20/2017 Mẫu 05)</translation>
    </message>
    <message>
        <source>Report &amp;settings…</source>
        <translation>&amp;Cài đặt báo cáo…</translation>
    </message>
    <message>
        <source>Who issues and signs the documents, their number code and where they go</source>
        <translation>Cơ quan ban hành và người ký văn bản, ký hiệu trong số văn bản và nơi nhận</translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportPageBar</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Vừa chiều &amp;rộng</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation>Thu phóng trang vừa với chiều rộng cửa sổ</translation>
    </message>
    <message>
        <source>Whole p&amp;age</source>
        <translation>Cả tr&amp;ang</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Hiển thị toàn bộ trang</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Thu nhỏ (%1)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Phóng to (%1)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Previous page (%1)</source>
        <translation>Trang trước (%1)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Next page (%1)</source>
        <translation>Trang sau (%1)</translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportPreviewDialog</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — from %2 to %3</source>
        <translation>%1 — từ %2 đến %3</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving a copy of %1 to %2…</source>
        <translation>Đang lưu bản sao %1 vào %2…</translation>
    </message>
    <message>
        <source>Issuing the document and writing %1…</source>
        <translation>Đang phát hành văn bản và ghi %1…</translation>
    </message>
    <message>
        <source>Issuing the document for printing…</source>
        <translation>Đang phát hành văn bản để in…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was issued and no number was used.</source>
        <translation>Đã dừng. Văn bản chưa được phát hành và chưa sử dụng số văn bản nào.</translation>
    </message>
    <message>
        <source>No number was used and nothing was recorded.</source>
        <translation>Chưa sử dụng số văn bản nào và chưa ghi nhận gì.</translation>
    </message>
    <message>
        <source>Choose another folder or file name and issue again.</source>
        <translation>Hãy chọn thư mục hoặc tên tệp khác rồi phát hành lại.</translation>
    </message>
    <message>
        <source>The document was not issued: %1</source>
        <translation>Văn bản chưa được phát hành: %1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Đã lưu thành %1.</translation>
    </message>
    <message>
        <source>Stopped. No copy was saved.</source>
        <translation>Đã dừng. Chưa lưu bản sao nào.</translation>
    </message>
    <message>
        <source>The copy was not saved: %1</source>
        <translation>Không lưu được bản sao: %1</translation>
    </message>
    <message>
        <source>A copy of %1 was saved as %2.</source>
        <translation>Đã lưu bản sao của %1 thành %2.</translation>
    </message>
    <message>
        <source>%1 was issued, but the printer reported an error. Print a copy again: the number stays the same.</source>
        <translation>Đã phát hành %1, nhưng máy in báo lỗi. Hãy in lại một bản sao: số văn bản giữ nguyên.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Đã gửi %1 tới %2 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued as %1 on %2 by %3.</source>
        <translation>Đã phát hành, số %1, lúc %2, người phát hành: %3.</translation>
    </message>
    <message>
        <source>&amp;Save a copy as PDF…</source>
        <translation>&amp;Lưu bản sao PDF…</translation>
    </message>
    <message>
        <source>Another PDF of the issued document, with the same number</source>
        <translation>Thêm một bản PDF của văn bản đã phát hành, giữ nguyên số văn bản</translation>
    </message>
    <message>
        <source>&amp;Print a copy…</source>
        <translation>&amp;In bản sao…</translation>
    </message>
    <message>
        <source>Print the issued document again, with the same number</source>
        <translation>In lại văn bản đã phát hành, giữ nguyên số văn bản</translation>
    </message>
    <message>
        <source>This document is issued and on the incident&apos;s timeline; copies keep the number %1.</source>
        <translation>Văn bản này đã được phát hành và ghi vào diễn biến của sự cố; các bản sao giữ nguyên số %1.</translation>
    </message>
    <message>
        <source>This document is issued and in the register; copies keep the number %1.</source>
        <translation>Văn bản này đã được phát hành và ghi vào sổ đăng ký văn bản đi; các bản sao giữ nguyên số %1.</translation>
    </message>
    <message>
        <source>Draft — not issued: no number yet; &quot;DỰ THẢO&quot; is printed above the header.</source>
        <translation>Dự thảo — chưa phát hành: chưa có số văn bản; chữ &quot;DỰ THẢO&quot; được in phía trên phần đầu văn bản.</translation>
    </message>
    <message>
        <source>Issue and &amp;save as PDF…</source>
        <translation>Phát hành và &amp;lưu PDF…</translation>
    </message>
    <message>
        <source>Choose where to save, then issue: the PDF carries the number</source>
        <translation>Chọn nơi lưu rồi phát hành: bản PDF mang số văn bản</translation>
    </message>
    <message>
        <source>Issue and &amp;print…</source>
        <translation>Phát hành và &amp;in…</translation>
    </message>
    <message>
        <source>Choose the printer, then issue: the printed copy carries the number</source>
        <translation>Chọn máy in rồi phát hành: bản in mang số văn bản</translation>
    </message>
    <message>
        <source>Issuing takes the next document number of the year and records the document on the incident&apos;s timeline.</source>
        <translation>Khi phát hành, văn bản nhận số văn bản tiếp theo trong năm và được ghi vào diễn biến của sự cố.</translation>
    </message>
    <message>
        <source>Issuing takes the next document number of the year and records the document in the register of issued documents.</source>
        <translation>Khi phát hành, văn bản nhận số văn bản tiếp theo trong năm và được ghi vào sổ đăng ký văn bản đi.</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Xem trước — %1</translation>
    </message>
    <message>
        <source>The copy was printed, but it could not be recorded in the audit log: %1</source>
        <translation>Bản sao đã được in nhưng không ghi được vào nhật ký kiểm toán: %1</translation>
    </message>
    <message>
        <source>%1 — shift %2</source>
        <translation>%1 — ca %2</translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportSettingsDialog</name>
    <message>
        <source>Issuer and signer of official documents</source>
        <translation>Cơ quan ban hành và người ký văn bản chính thức</translation>
    </message>
    <message>
        <source>How the SOC&apos;s official documents are headed, numbered, signed and addressed (NĐ 30/2020), and what the incident forms (TT 20/2017 Mẫu 03–05) print as the reporting organisation. Hover over a field for its official name.</source>
        <translation>Cách trình bày phần đầu, đánh số, ký và gửi các văn bản chính thức của SOC (NĐ 30/2020), cùng thông tin tổ chức báo cáo được in trên các biểu mẫu sự cố (TT 20/2017 Mẫu 03–05). Di chuột lên từng trường để xem tên gọi chính thức.</translation>
    </message>
    <message>
        <source>Issuer and signer</source>
        <translation>Cơ quan ban hành, người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation>Tổ chức báo cáo</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>Trên văn bản in</translation>
    </message>
    <message>
        <source>Number, place and date:</source>
        <translation>Số, địa danh và ngày tháng:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Chữ ký:</translation>
    </message>
    <message>
        <source>The saved settings could not be read (%1); the defaults are shown.</source>
        <translation>Không đọc được cài đặt đã lưu (%1); đang hiển thị giá trị mặc định.</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Parent body:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>First line of the header, in capitals. Leave empty when there is none.</source>
        <translation>Dòng thứ nhất của phần đầu văn bản, in hoa. Để trống nếu không có.</translation>
    </message>
    <message>
        <source>Issuing body (required):</source>
        <translation>Cơ quan ban hành (bắt buộc):</translation>
    </message>
    <message>
        <source>Second line of the header, in bold capitals; also the organisation named by Mẫu 03 and 04.</source>
        <translation>Dòng thứ hai của phần đầu văn bản, in hoa, đậm; đồng thời là tổ chức được nêu trong Mẫu 03 và 04.</translation>
    </message>
    <message>
        <source>Issuing code (required):</source>
        <translation>Ký hiệu cơ quan ban hành (bắt buộc):</translation>
    </message>
    <message>
        <source>Letters, digits and hyphens only; follows the type code in every document number.</source>
        <translation>Chỉ gồm chữ cái, chữ số và dấu gạch nối; đứng sau ký hiệu loại văn bản trong mọi số văn bản.</translation>
    </message>
    <message>
        <source>Place name (required):</source>
        <translation>Địa danh (bắt buộc):</translation>
    </message>
    <message>
        <source>Starts the place and date line at the top right.</source>
        <translation>Đứng đầu dòng địa danh và ngày tháng ở góc trên bên phải.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>none: the head signs</source>
        <translation>để trống: người đứng đầu ký</translation>
    </message>
    <message>
        <source>The head of the body signs in their own name</source>
        <translation>Người đứng đầu cơ quan ký trực tiếp</translation>
    </message>
    <message>
        <source>TM. (thay mặt): on behalf of a collective body</source>
        <translation>TM. (thay mặt): thay mặt tập thể lãnh đạo</translation>
    </message>
    <message>
        <source>KT. (ký thay): a deputy signs for the head</source>
        <translation>KT. (ký thay): cấp phó ký thay người đứng đầu</translation>
    </message>
    <message>
        <source>Q. (quyền): acting head</source>
        <translation>Q. (quyền): quyền người đứng đầu</translation>
    </message>
    <message>
        <source>TL. (thừa lệnh): by order of the head</source>
        <translation>TL. (thừa lệnh): thừa lệnh người đứng đầu</translation>
    </message>
    <message>
        <source>TUQ. (thừa ủy quyền): by authorisation of the head</source>
        <translation>TUQ. (thừa ủy quyền): thừa ủy quyền người đứng đầu</translation>
    </message>
    <message>
        <source>Authority prefix:</source>
        <translation>Quyền hạn ký:</translation>
    </message>
    <message>
        <source>Printed before the head&apos;s title; empty when the head signs.</source>
        <translation>In trước chức danh của người đứng đầu; để trống khi người đứng đầu ký.</translation>
    </message>
    <message>
        <source>Signing for (title of the head):</source>
        <translation>Chức danh của người đứng đầu:</translation>
    </message>
    <message>
        <source>Follows the prefix, e.g. GIÁM ĐỐC; printed in capitals.</source>
        <translation>Đứng sau quyền hạn ký, ví dụ GIÁM ĐỐC; in hoa.</translation>
    </message>
    <message>
        <source>Position of the signer:</source>
        <translation>Chức vụ của người ký:</translation>
    </message>
    <message>
        <source>Printed in bold capitals above the signature.</source>
        <translation>In hoa, đậm, phía trên chữ ký.</translation>
    </message>
    <message>
        <source>Name of the signer:</source>
        <translation>Họ và tên người ký:</translation>
    </message>
    <message>
        <source>Printed in bold under the signature and seal.</source>
        <translation>In đậm, phía dưới chữ ký và con dấu.</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Mỗi dòng một cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>One entry per line, e.g. “Như trên”</source>
        <translation>Mỗi dòng một mục, ví dụ “Như trên”</translation>
    </message>
    <message>
        <source>Addressed to:</source>
        <translation>Kính gửi:</translation>
    </message>
    <message>
        <source>Reports sent upward are addressed to these, one per line.</source>
        <translation>Báo cáo gửi cấp trên được kính gửi các cơ quan, đơn vị này, mỗi dòng một nơi.</translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>Listed at the bottom left, one per line, without the final archive entry.</source>
        <translation>Liệt kê ở góc dưới bên trái, mỗi dòng một nơi, không kể dòng &quot;Lưu&quot; cuối cùng.</translation>
    </message>
    <message>
        <source>Archive unit:</source>
        <translation>Đơn vị lưu:</translation>
    </message>
    <message>
        <source>The unit named in the last line of the distribution list.</source>
        <translation>Đơn vị được ghi ở dòng cuối cùng của phần nơi nhận.</translation>
    </message>
    <message>
        <source>Reporting organisation (Mẫu 03, 04 item 1; Mẫu 05)</source>
        <translation>Tổ chức báo cáo (mục 1 Mẫu 03, 04; Mẫu 05)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Required by Mẫu 03 and 04.</source>
        <translation>Bắt buộc theo Mẫu 03 và 04.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <source>Network member code:</source>
        <translation>Mã thành viên mạng lưới:</translation>
    </message>
    <message>
        <source>The organisation&apos;s code in the national incident response network (Mẫu 05).</source>
        <translation>Mã của tổ chức trong mạng lưới ứng cứu sự cố an toàn thông tin mạng quốc gia (Mẫu 05).</translation>
    </message>
    <message>
        <source>Default contact person (Mẫu 03 item 2)</source>
        <translation>Người liên hệ mặc định (mục 2 Mẫu 03)</translation>
    </message>
    <message>
        <source>Used when an incident&apos;s form names no contact of its own.</source>
        <translation>Dùng khi biểu mẫu của sự cố không nêu người liên hệ riêng.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>(no signer)</source>
        <translation>(chưa có người ký)</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Không lưu được cài đặt: %1</translation>
    </message>
</context>
<context>
    <name>soc::ui::RosterPanel</name>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (trưởng ca)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ca trực</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Khung giờ</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>Người trực</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Trưởng ca</translation>
    </message>
    <message>
        <source>&amp;Put on shift</source>
        <translation>&amp;Xếp vào ca</translation>
    </message>
    <message>
        <source>Take o&amp;ff shift</source>
        <translation>Đưa &amp;ra khỏi ca</translation>
    </message>
    <message>
        <source>The day whose shifts are shown</source>
        <translation>Ngày của các ca trực đang hiển thị</translation>
    </message>
</context>
<context>
    <name>soc::ui::ScreenLock</name>
    <message>
        <source>Screen locked</source>
        <translation>Màn hình đã khóa</translation>
    </message>
    <message>
        <source>Station %1 · %2 · %3</source>
        <translation>Máy trạm %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Locked at %1</source>
        <translation>Khóa lúc %1</translation>
    </message>
    <message>
        <source>&amp;Password of %1:</source>
        <translation>Mật &amp;khẩu của %1:</translation>
    </message>
    <message>
        <source>Type your password, then press Enter</source>
        <translation>Nhập mật khẩu rồi nhấn Enter</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>Close the session now</source>
        <translation>Đóng phiên làm việc ngay</translation>
    </message>
    <message>
        <source>Work continues in the background while the screen is locked: new alerts arrive, synchronisation with the central store and imports keep running.</source>
        <translation>Công việc vẫn tiếp tục chạy nền khi màn hình khóa: cảnh báo mới vẫn về, đồng bộ với kho trung tâm và nhập dữ liệu không bị dừng.</translation>
    </message>
    <message>
        <source>Type your password to unlock the screen.</source>
        <translation>Hãy nhập mật khẩu để mở khóa màn hình.</translation>
    </message>
    <message>
        <source>Wrong password for %1. The screen stays locked. Check Caps Lock and the keyboard layout (Unikey/Telex), then try again.</source>
        <translation>Sai mật khẩu của %1. Màn hình vẫn bị khóa. Hãy kiểm tra phím Caps Lock và chế độ gõ tiếng Việt (Unikey/Telex) rồi thử lại.</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many failed attempts. Only an administrator can unlock it.</source>
        <translation>Tài khoản %1 đã bị khóa do nhập sai mật khẩu quá nhiều lần. Chỉ quản trị viên mới mở khóa được.</translation>
    </message>
    <message>
        <source>The account %1 is suspended. Only an administrator can reactivate it.</source>
        <translation>Tài khoản %1 đang bị tạm dừng. Chỉ quản trị viên mới kích hoạt lại được.</translation>
    </message>
    <message>
        <source>This session will now close; all saved work is kept and background work stops safely.</source>
        <translation>Phiên làm việc này sẽ đóng ngay bây giờ; mọi công việc đã lưu được giữ nguyên và các tác vụ chạy nền được dừng an toàn.</translation>
    </message>
    <message>
        <source>The password could not be checked: %1 The screen stays locked.</source>
        <translation>Không kiểm tra được mật khẩu: %1 Màn hình vẫn bị khóa.</translation>
    </message>
</context>
<context>
    <name>soc::ui::ServiceLevelsDialog</name>
    <message>
        <source>The saved service levels could not be read (%1); the defaults are shown.</source>
        <translation>Không đọc được thời hạn xử lý đã lưu (%1); đang hiển thị giá trị mặc định.</translation>
    </message>
    <message>
        <source>%1: the first action must be due before the resolution.</source>
        <translation>%1: hạn tiếp nhận phải trước hạn xử lý xong.</translation>
    </message>
    <message>
        <source>The service levels were not saved: %1</source>
        <translation>Không lưu được thời hạn xử lý: %1</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Mức cam kết thời gian xử lý</translation>
    </message>
    <message>
        <source>How soon a ticket must get its first action and be resolved, by severity, counted around the clock. New tickets take these deadlines; existing tickets keep theirs.</source>
        <translation>Thời hạn tiếp nhận và xử lý xong phiếu theo từng mức độ, tính liên tục cả ngày đêm. Phiếu mới áp dụng các thời hạn này; phiếu đã có giữ nguyên thời hạn cũ.</translation>
    </message>
    <message>
        <source>First action within</source>
        <translation>Tiếp nhận trong vòng</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Xử lý xong trong vòng</translation>
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
    <name>soc::ui::SeverityPicker</name>
    <message>
        <source>R-13: report a %1 incident at once to: %2.</source>
        <translation>R-13: sự cố mức %1 phải được báo cáo ngay cho: %2.</translation>
    </message>
</context>
<context>
    <name>soc::ui::ShiftTracker</name>
    <message>
        <source>You were not put on the current shift: %1</source>
        <translation>Bạn chưa được đưa vào ca trực hiện tại: %1</translation>
    </message>
    <message>
        <source>The duty roster could not be read: %1</source>
        <translation>Không đọc được lịch trực: %1</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (trưởng ca)</translation>
    </message>
    <message>
        <source>nobody on the roster</source>
        <translation>chưa có ai trong lịch trực</translation>
    </message>
    <message>
        <source>%1 %2–%3 · on duty: %4</source>
        <translation>%1 %2–%3 · người trực: %4</translation>
    </message>
</context>
<context>
    <name>soc::ui::ShiftView</name>
    <message>
        <source>Duty log</source>
        <translation>Sổ trực</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Bàn giao ca</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>Lịch trực</translation>
    </message>
</context>
<context>
    <name>soc::ui::StatusChangeDialog</name>
    <message>
        <source>Reopening a ticket, or closing one nobody worked on, needs a reason; it is kept on the ticket&apos;s timeline.</source>
        <translation>Khi mở lại phiếu hoặc đóng phiếu chưa có ai xử lý, phải nêu lý do; lý do được lưu trong diễn biến của phiếu.</translation>
    </message>
    <message>
        <source>%1 of the selected tickets cannot move to this status; they will be named after the change.</source>
        <translation>%1 phiếu đã chọn không thể chuyển sang trạng thái này; các phiếu đó sẽ được liệt kê sau khi thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Lý do (không bắt buộc):</translation>
    </message>
    <message>
        <source>Change ticket status</source>
        <translation>Đổi trạng thái phiếu</translation>
    </message>
    <message>
        <source>New status for %1 selected tickets:</source>
        <translation>Trạng thái mới cho %1 phiếu đã chọn:</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Đổi trạng thái</translation>
    </message>
</context>
<context>
    <name>soc::ui::StepPanel</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Bước %1: %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>bắt đầu lúc %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>kết thúc lúc %1</translation>
    </message>
    <message>
        <source>Skipped because: %1</source>
        <translation>Lý do bỏ qua: %1</translation>
    </message>
    <message>
        <source>Add containment action…</source>
        <translation>Thêm hành động ngăn chặn…</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Thêm chứng cứ…</translation>
    </message>
    <message>
        <source>Fill in lessons and outcome</source>
        <translation>Ghi bài học kinh nghiệm và kết quả xử lý</translation>
    </message>
    <message>
        <source>Say why this step is skipped: the reason is kept in the incident log.</source>
        <translation>Hãy nêu lý do bỏ qua bước này: lý do được lưu trong nhật ký xử lý sự cố.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Mark this step as in progress</source>
        <translation>Đánh dấu bước này đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Mark this step as done</source>
        <translation>Đánh dấu bước này đã hoàn thành</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Bỏ qua…</translation>
    </message>
    <message>
        <source>Skip this step; the reason is required</source>
        <translation>Bỏ qua bước này; bắt buộc nêu lý do</translation>
    </message>
    <message>
        <source>Reason for skipping:</source>
        <translation>Lý do bỏ qua:</translation>
    </message>
    <message>
        <source>e.g. no system was isolated: the attack was blocked at the firewall</source>
        <translation>ví dụ: không cô lập hệ thống nào vì cuộc tấn công đã bị chặn tại tường lửa</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Bỏ qua bước</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Người thực hiện:</translation>
    </message>
    <message>
        <source>user name of who carries out this step</source>
        <translation>tên đăng nhập của người thực hiện bước này</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Tôi</translation>
    </message>
    <message>
        <source>What the regulation asks</source>
        <translation>Yêu cầu theo quy chế</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <source>Result of the response (step 7)</source>
        <translation>Kết quả ứng cứu (bước 7)</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>Bài học kinh nghiệm:</translation>
    </message>
    <message>
        <source>What to change so a similar incident is handled faster</source>
        <translation>Cần thay đổi gì để xử lý nhanh hơn các sự cố tương tự</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Kết quả xử lý:</translation>
    </message>
    <message>
        <source>What happened and how it was resolved (goes into the Mẫu 04 closing report)</source>
        <translation>Sự việc đã xảy ra và cách khắc phục (đưa vào báo cáo kết thúc theo Mẫu 04)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>soc::ui::StepStepper</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Bước %1: %2</translation>
    </message>
    <message>
        <source>Skipped because: %1</source>
        <translation>Lý do bỏ qua: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Bắt đầu: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Kết thúc: %1</translation>
    </message>
</context>
<context>
    <name>soc::ui::SyncController</name>
    <message>
        <source>Central store settings saved; connecting to %1.</source>
        <translation>Đã lưu cài đặt kho trung tâm; đang kết nối tới %1.</translation>
    </message>
    <message>
        <source>This station now works alone: it no longer syncs.</source>
        <translation>Máy trạm giờ làm việc độc lập: không còn đồng bộ.</translation>
    </message>
    <message>
        <source>Sync &amp;status…</source>
        <translation>Trạng thái đồng &amp;bộ…</translation>
    </message>
    <message>
        <source>&amp;Central store…</source>
        <translation>&amp;Kho dữ liệu trung tâm…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Đồng bộ n&amp;gay</translation>
    </message>
    <message>
        <source>Send the waiting changes and fetch what changed on the central store now</source>
        <translation>Gửi ngay các thay đổi đang chờ và nhận những gì đã thay đổi trên kho trung tâm</translation>
    </message>
</context>
<context>
    <name>soc::ui::SyncIndicator</name>
    <message>
        <source>Central store: %1</source>
        <translation>Kho trung tâm: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Lần đồng bộ gần nhất: %1</translation>
    </message>
    <message>
        <source>Click for the sync status (Ctrl+Shift+S).</source>
        <translation>Bấm để xem trạng thái đồng bộ (Ctrl+Shift+S).</translation>
    </message>
</context>
<context>
    <name>soc::ui::SyncStatusPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Trạng thái đồng bộ</translation>
    </message>
    <message>
        <source>Central store:</source>
        <translation>Kho trung tâm:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Lần đồng bộ gần nhất:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Đang chờ gửi:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Bị từ chối:</translation>
    </message>
    <message>
        <source>Changes the central store refused (no permission). They are kept on this station for review; nothing was lost.</source>
        <translation>Các thay đổi kho trung tâm từ chối (không có quyền). Chúng được giữ trên máy trạm để xem xét; không có gì bị mất.</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Xung đột:</translation>
    </message>
    <message>
        <source>Edits of the same field made elsewhere at the same time. Both values are recorded on the ticket&apos;s timeline; nothing was overwritten silently.</source>
        <translation>Cùng một trường được sửa ở nơi khác trong cùng thời gian. Cả hai giá trị được ghi trên dòng thời gian của phiếu; không có gì bị ghi đè âm thầm.</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Độ trễ:</translation>
    </message>
    <message>
        <source>Next attempt:</source>
        <translation>Lần thử tiếp theo:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Lỗi gần nhất:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Đồng bộ n&amp;gay</translation>
    </message>
    <message>
        <source>Send the waiting changes and fetch what changed on the central store now</source>
        <translation>Gửi ngay các thay đổi đang chờ và nhận những gì đã thay đổi trên kho trung tâm</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketActions</name>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Mở phiếu</translation>
    </message>
    <message>
        <source>Open the ticket in the incident view (Enter)</source>
        <translation>Mở phiếu trên màn hình Sự cố (Enter)</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Giao cho tôi</translation>
    </message>
    <message>
        <source>Assign the selected tickets to me (M)</source>
        <translation>Giao các phiếu đã chọn cho tôi (M)</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation>Giao &amp;cho…</translation>
    </message>
    <message>
        <source>Assign the selected tickets to an analyst (Shift+M)</source>
        <translation>Giao các phiếu đã chọn cho một cán bộ (Shift+M)</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Đổi t&amp;rạng thái…</translation>
    </message>
    <message>
        <source>Change the status of the selected tickets (S)</source>
        <translation>Đổi trạng thái các phiếu đã chọn (S)</translation>
    </message>
    <message>
        <source>&amp;Search tickets</source>
        <translation>Tìm &amp;kiếm phiếu</translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketBulkController</name>
    <message>
        <source>Select one or more tickets first (↑/↓ or j/k to move, Space to mark).</source>
        <translation>Hãy chọn trước một hoặc nhiều phiếu (↑/↓ hoặc j/k để di chuyển, phím Space để đánh dấu).</translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>Phiếu không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 of %2 tickets were not changed:
%3</source>
        <translation>Không thay đổi được %1/%2 phiếu:
%3</translation>
    </message>
    <message>
        <source>Unassigned %1 of %2 tickets.</source>
        <translation>Đã bỏ giao %1/%2 phiếu.</translation>
    </message>
    <message>
        <source>Assigned %1 of %2 tickets to %3.</source>
        <translation>Đã giao %1/%2 phiếu cho %3.</translation>
    </message>
    <message>
        <source>Status set to &quot;%1&quot; on %2 of %3 tickets.</source>
        <translation>Đã chuyển trạng thái thành &quot;%1&quot; cho %2/%3 phiếu.</translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketCreationFlow</name>
    <message>
        <source>Select one or more alerts first, then press T to create a ticket from them.</source>
        <translation>Hãy chọn trước một hoặc nhiều cảnh báo, rồi nhấn T để tạo phiếu xử lý.</translation>
    </message>
    <message>
        <source>Service levels saved; new tickets use them.</source>
        <translation>Đã lưu thời hạn xử lý; các phiếu mới sẽ áp dụng thời hạn này.</translation>
    </message>
    <message>
        <source>Ticket %1 created.</source>
        <translation>Đã tạo phiếu %1.</translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation>Đã tạo phiếu</translation>
    </message>
    <message>
        <source>Ticket %1 was created: %2</source>
        <translation>Đã tạo phiếu %1: %2</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>Mở phiếu ngay?</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Mở phiếu</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketDialogBase</name>
    <message>
        <source>Create ticket</source>
        <translation>Tạo phiếu</translation>
    </message>
    <message>
        <source>The ticket was not created: %1
Nothing was saved; your entries are still here.</source>
        <translation>Không tạo được phiếu: %1
Chưa có gì được lưu; nội dung đã nhập vẫn được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketFilterBar</name>
    <message>
        <source>Show:</source>
        <translation>Lọc nhanh:</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <source>Tickets assigned to me (%1)</source>
        <translation>Phiếu được giao cho tôi (%1)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <source>Tickets nobody is handling yet</source>
        <translation>Phiếu chưa có người xử lý</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Tickets past their current service-level deadline</source>
        <translation>Phiếu đã quá thời hạn xử lý hiện hành</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Mức độ:</translation>
    </message>
    <message>
        <source>Show %1 tickets (none pressed: all levels).
%2</source>
        <translation>Hiện phiếu mức %1 (không chọn mức nào: hiện mọi mức).
%2</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>Agency or unit</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Search code, title, agency…  ( / )</source>
        <translation>Tìm mã, tiêu đề, đơn vị…  ( / )</translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>Mứ&amp;c độ:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>Đơ&amp;n vị:</translation>
    </message>
    <message>
        <source>A&amp;ssignee:</source>
        <translation>Người &amp;xử lý:</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Tóm tắt sự việc trong một dòng</translation>
    </message>
    <message>
        <source>What was seen or reported, where, since when; what was done so far</source>
        <translation>Hiện tượng phát hiện hoặc được báo cáo, ở đâu, từ khi nào; những việc đã làm</translation>
    </message>
    <message>
        <source>Agency or unit concerned</source>
        <translation>Cơ quan, đơn vị liên quan</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <source>Leave empty to put the ticket in the queue unassigned.</source>
        <translation>Để trống để đưa phiếu vào hàng đợi ở trạng thái chưa giao.</translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketQueueScreen</name>
    <message>
        <source>Select a ticket to open first.</source>
        <translation>Hãy chọn phiếu cần mở.</translation>
    </message>
    <message>
        <source>Tickets shown: %1</source>
        <translation>Số phiếu: %1</translation>
    </message>
    <message>
        <source>Showing the first %1 tickets, counting the rest…</source>
        <translation>Đang hiển thị %1 phiếu đầu tiên, đang đếm phần còn lại…</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <source>#%1 %2, due %3: %4</source>
        <translation>#%1 %2, hạn %3: %4</translation>
    </message>
    <message>
        <source>Answer to request #%1 recorded.</source>
        <translation>Đã ghi nhận phản hồi cho yêu cầu #%1.</translation>
    </message>
    <message>
        <source>Record an answer…</source>
        <translation>Ghi nhận phản hồi…</translation>
    </message>
    <message>
        <source>Record what an agency reported back about a request (R-16)</source>
        <translation>Ghi nhận nội dung cơ quan, đơn vị phản hồi về một yêu cầu (R-16)</translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketStatusCounts</name>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Show only tickets that are &quot;%1&quot; (press several to combine; none pressed: all). The counts follow the other filters.</source>
        <translation>Chỉ hiện phiếu ở trạng thái &quot;%1&quot; (chọn nhiều nút để kết hợp; không chọn nút nào: hiện tất cả). Số lượng được tính theo các bộ lọc khác.</translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketTableModel</name>
    <message>
        <source>Sorting is offered on code, severity, status, age and due time.</source>
        <translation>Chỉ sắp xếp được theo mã, mức độ, trạng thái, thời gian tồn tại và hạn xử lý.</translation>
    </message>
    <message>
        <source>Time left until the current service-level deadline: first action while new, resolution while open.</source>
        <translation>Thời gian còn lại đến thời hạn xử lý hiện hành: hạn tiếp nhận khi phiếu còn mới, hạn xử lý xong khi phiếu đang mở.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Thời gian tồn tại</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn xử lý</translation>
    </message>
</context>
<context>
    <name>soc::ui::TimelineAxisView</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1
%2: %3 → %4</source>
        <translation>%1
%2: %3 → %4</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>đang diễn ra</translation>
    </message>
</context>
<context>
    <name>soc::ui::TimelineFilterBar</name>
    <message>
        <source>%1 events</source>
        <translation>%1 sự kiện</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1/%2 sự kiện</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation>Loại: %1</translation>
    </message>
    <message>
        <source>Show all kinds</source>
        <translation>Hiện mọi loại</translation>
    </message>
    <message>
        <source>Show only some kinds of events</source>
        <translation>Chỉ hiện một số loại sự kiện</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Mọi bước</translation>
    </message>
    <message>
        <source>No step</source>
        <translation>Không gắn bước</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Bước %1: %2</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>Filter text…</source>
        <translation>Lọc theo nội dung…</translation>
    </message>
    <message>
        <source>Hide superseded</source>
        <translation>Ẩn mục đã đính chính</translation>
    </message>
    <message>
        <source>Hide events that a correction replaced</source>
        <translation>Ẩn các sự kiện đã được thay thế bằng đính chính</translation>
    </message>
</context>
<context>
    <name>soc::ui::TimelineModel</name>
    <message>
        <source>Step %1</source>
        <translation>Bước %1</translation>
    </message>
    <message>
        <source>Containment action</source>
        <translation>Hành động ngăn chặn</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>đi</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>gửi %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Bước %1: %2</translation>
    </message>
    <message>
        <source>Superseded by the correction of %1: %2</source>
        <translation>Đã được đính chính lúc %1: %2</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>soc::ui::TimelinePanel</name>
    <message>
        <source>Export the timeline</source>
        <translation>Xuất diễn biến</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>The timeline was not written to %1: %2
Nothing in the case was changed; choose another folder and try again.</source>
        <translation>Không ghi được diễn biến vào %1: %2
Hồ sơ không bị thay đổi; hãy chọn thư mục khác rồi thử lại.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>The events in order, with filters</source>
        <translation>Các sự kiện theo thứ tự thời gian, có bộ lọc</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Trục thời gian</translation>
    </message>
    <message>
        <source>The events and the steps on a time axis</source>
        <translation>Các sự kiện và các bước trên trục thời gian</translation>
    </message>
    <message>
        <source>Wheel or +/− zoom, drag to pan, 0 shows everything</source>
        <translation>Lăn chuột hoặc +/− để phóng to, thu nhỏ; kéo để di chuyển; 0 để xem toàn bộ</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Đính chính…</translation>
    </message>
    <message>
        <source>Record a correction of the selected event; the original stays, struck through</source>
        <translation>Ghi đính chính cho sự kiện đã chọn; sự kiện gốc vẫn được giữ, bị gạch ngang</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Xuất ra CSV…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Xuất ra JSON…</translation>
    </message>
    <message>
        <source>Write every event of this timeline to a file</source>
        <translation>Ghi toàn bộ sự kiện của diễn biến này ra tệp</translation>
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
    <message>
        <source>Central store: %1</source>
        <translation>Kho trung tâm: %1</translation>
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
