#include "report/HandoverContentBuilder.h"

#include "domain/Clock.h"
#include "domain/ResponseStep.h"
#include "domain/Severity.h"
#include "domain/Ticket.h"
#include "report/OfficialWording.h"
#include "report/VietnameseDate.h"
#include "store/AccountRepository.h"
#include "store/DatabaseError.h"
#include "store/DutyLog.h"
#include "store/HandoverRepository.h"
#include "store/ShiftPatternRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <array>

namespace soc::report {
namespace {

using Section = HandoverContent::Section;

qint64 msOf(const QJsonValue& iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString dash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString severity(const QJsonValue& key)
{
    const auto s = domain::severityFromKey(key.toString());
    return s ? OfficialWording::severity(*s) : key.toString();
}

// The ticket statuses as documents print them (regulations.md vocabulary).
QString ticketStatus(domain::TicketStatus s)
{
    switch (s) {
    case domain::TicketStatus::New: return QStringLiteral("Mới");
    case domain::TicketStatus::InProgress: return QStringLiteral("Đang xử lý");
    case domain::TicketStatus::WaitingAgency: return QStringLiteral("Chờ đơn vị phản hồi");
    case domain::TicketStatus::Resolved: return QStringLiteral("Đã xử lý xong");
    case domain::TicketStatus::Closed: return QStringLiteral("Đã đóng");
    }
    return {};
}

QString ticketStatus(const QJsonValue& key)
{
    const auto s = domain::ticketStatusFromKey(key.toString());
    return s ? ticketStatus(*s) : key.toString();
}

// What falls due: a ticket's service level or an incident's regulatory deadline.
QString deadlineKind(const QString& kind)
{
    if (kind == u"ticket_acknowledge")
        return QStringLiteral("Tiếp nhận, xử lý ban đầu phiếu");
    if (kind == u"ticket_resolve")
        return QStringLiteral("Hoàn thành xử lý phiếu");
    if (kind == u"notification")
        return QStringLiteral("Thông báo sự cố (Mẫu 03), 5 ngày kể từ khi phát hiện");
    if (kind == u"mau03_now")
        return QStringLiteral("Báo cáo ngay (Mẫu 03), vượt khả năng xử lý");
    if (kind == u"closing_report")
        return QStringLiteral("Báo cáo kết thúc ứng phó (Mẫu 04), trong 5 ngày");
    return kind;
}

QString dutyKind(domain::DutyEntryKind k)
{
    switch (k) {
    case domain::DutyEntryKind::Event: return QStringLiteral("Sự kiện");
    case domain::DutyEntryKind::Check: return QStringLiteral("Kiểm tra");
    case domain::DutyEntryKind::MaintenanceBefore: return QStringLiteral("Trạng thái hệ thống trước bảo trì");
    case domain::DutyEntryKind::MaintenanceAfter: return QStringLiteral("Trạng thái hệ thống sau bảo trì");
    case domain::DutyEntryKind::Call: return QStringLiteral("Cuộc gọi đến");
    }
    return {};
}

// The shift's name as the record prints it. The default pattern's names are the interface's
// translations ("Morning shift" in English); the document is Vietnamese whatever the language.
QString officialShiftName(const domain::ShiftPattern& pattern, const domain::ShiftSlot& slot)
{
    static constexpr std::array<const char*, 3> kDefaultNames{"Ca sáng", "Ca chiều", "Ca đêm"};
    const domain::ShiftPattern defaults = domain::ShiftPattern::defaults();
    const auto index = static_cast<size_t>(slot.number - 1);
    if (pattern.shifts().size() == defaults.shifts().size() && index < kDefaultNames.size() &&
        pattern.shifts()[index].name == defaults.shifts()[index].name &&
        pattern.shifts()[index].startMinute == defaults.shifts()[index].startMinute)
        return QString::fromUtf8(kDefaultNames[index]);
    return slot.name;
}

class Writer {
public:
    explicit Writer(const HandoverContentBuilder::Input& in)
        : m_in(in)
        , m_s(in.handover.snapshot)
    {
    }

    QString person(const QString& username) const
    {
        const QString name = m_in.names.value(username);
        return name.isEmpty() || name == username ? username : QStringLiteral("%1 (%2)").arg(name, username);
    }

    Section alerts() const
    {
        Section s{QStringLiteral("1. Cảnh báo chưa được kiểm tra, phân loại"), {}, {}, {}, {}};
        const QJsonObject bySeverity = m_s.value(u"alerts_untriaged").toObject();
        qint64 total = 0;
        QStringList parts;
        for (auto sev :
             {domain::Severity::Emergency, domain::Severity::High, domain::Severity::Medium, domain::Severity::Low}) {
            const qint64 n = bySeverity.value(domain::severityKey(sev)).toInteger();
            total += n;
            parts << QStringLiteral("mức %1: %2").arg(OfficialWording::severity(sev)).arg(n);
        }
        s.paragraphs << (total == 0 ? QStringLiteral("Không còn cảnh báo nào chưa được kiểm tra, phân loại.")
                                    : QStringLiteral("Còn %1 cảnh báo chưa được kiểm tra, phân loại, gồm: %2.")
                                          .arg(QString::number(total), parts.join(QStringLiteral("; "))));
        return s;
    }

    Section tickets() const
    {
        Section s{QStringLiteral("2. Phiếu xử lý đang mở và phiếu quá hạn"), {}, {}, {}, {}};
        const QJsonObject byStatus = m_s.value(u"tickets_open").toObject();
        qint64 total = 0;
        QStringList parts;
        for (domain::TicketStatus st : domain::allTicketStatuses()) {
            if (!domain::isOpen(st))
                continue;
            const qint64 n = byStatus.value(domain::ticketStatusKey(st)).toInteger();
            total += n;
            parts << QStringLiteral("%1: %2").arg(ticketStatus(st)).arg(n);
        }
        s.paragraphs << (total == 0 ? QStringLiteral("Không có phiếu xử lý nào đang mở.")
                                    : QStringLiteral("Còn %1 phiếu xử lý đang mở, gồm: %2.")
                                          .arg(QString::number(total), parts.join(QStringLiteral("; "))));
        const QJsonArray overdue = m_s.value(u"tickets_overdue").toArray();
        if (overdue.isEmpty()) {
            s.paragraphs << QStringLiteral("Không có phiếu xử lý quá hạn.");
            return s;
        }
        s.paragraphs << QStringLiteral("Có %1 phiếu xử lý đã quá hạn, quá hạn lâu nhất xếp trước:").arg(overdue.size());
        s.columns = {QStringLiteral("TT"),       QStringLiteral("Mã phiếu"),   QStringLiteral("Nội dung"),
                     QStringLiteral("Mức độ"),   QStringLiteral("Trạng thái"), QStringLiteral("Người xử lý"),
                     QStringLiteral("Hạn xử lý")};
        s.columnPercent = {5, 21, 22, 12, 12, 13, 15};
        int n = 0;
        for (const QJsonValue& v : overdue)
            s.rows.push_back({QString::number(++n), v[u"code"].toString(), v[u"title"].toString(),
                              severity(v[u"severity"]), ticketStatus(v[u"status"]),
                              dash(person(v[u"assignee"].toString())),
                              dash(VietnameseDate::dateTime(msOf(v[u"deadline"])))});
        return s;
    }

    Section incidents() const
    {
        Section s{QStringLiteral("3. Sự cố đang ứng cứu: bước hiện tại và thời hạn gần nhất"), {}, {}, {}, {}};
        const QJsonArray open = m_s.value(u"incidents_open").toArray();
        if (open.isEmpty()) {
            s.paragraphs << QStringLiteral("Không có sự cố nào đang ứng cứu.");
            return s;
        }
        s.paragraphs << QStringLiteral("Đang ứng cứu %1 sự cố, thời hạn gần nhất xếp trước:").arg(open.size());
        s.columns = {QStringLiteral("TT"),
                     QStringLiteral("Mã phiếu"),
                     QStringLiteral("Tên sự cố"),
                     QStringLiteral("Mức độ"),
                     QStringLiteral("Bước ứng cứu hiện tại"),
                     QStringLiteral("Thời hạn gần nhất")};
        s.columnPercent = {5, 21, 21, 12, 19, 22};
        int n = 0;
        for (const QJsonValue& v : open) {
            const QJsonObject step = v[u"current_step"].toObject();
            QString stepText = QStringLiteral("Đã thực hiện đủ các bước");
            if (!step.isEmpty()) {
                const int number = step.value(u"number").toInt();
                const auto state = domain::stepStateFromKey(step.value(u"state").toString());
                stepText = QStringLiteral("Bước %1: %2").arg(number).arg(OfficialWording::stepTitle(number));
                if (state)
                    stepText += QStringLiteral(" (%1)").arg(OfficialWording::stepState(*state).toLower());
            }
            const QJsonObject due = v[u"nearest_deadline"].toObject();
            QString dueText = QStringLiteral("—");
            if (!due.isEmpty()) {
                // When first, then what: the time is what the incoming lead plans around.
                dueText = VietnameseDate::dateTime(msOf(due.value(u"due")));
                if (due.value(u"overdue").toBool())
                    dueText += QStringLiteral(" (đã quá hạn)");
                dueText += u'\n' + deadlineKind(due.value(u"kind").toString());
            }
            const QString assignee = v[u"assignee"].toString();
            s.rows.push_back({QString::number(++n), v[u"code"].toString(),
                              v[u"title"].toString() +
                                  (assignee.isEmpty() ? QString() : QStringLiteral("\nPhụ trách: ") + person(assignee)),
                              severity(v[u"severity"]), stepText, dueText});
        }
        return s;
    }

    Section tasks() const
    {
        Section s{QStringLiteral("4. Công việc đến hạn trong ca tiếp theo"), {}, {}, {}, {}};
        const QJsonObject next = m_s.value(u"next_shift").toObject();
        const QString key = next.value(u"key").toString();
        const QString shift =
            m_in.nextShiftName.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(m_in.nextShiftName, key);
        const QString span = QStringLiteral("%1, từ %2 đến %3")
                                 .arg(shift, VietnameseDate::dateTime(msOf(next.value(u"from"))),
                                      VietnameseDate::dateTime(msOf(next.value(u"to"))));
        const QJsonArray tasks = m_s.value(u"tasks_due_next_shift").toArray();
        if (tasks.isEmpty()) {
            s.paragraphs << QStringLiteral("Ca tiếp theo: %1; không có công việc nào đến hạn.").arg(span);
            return s;
        }
        s.paragraphs
            << QStringLiteral("Ca tiếp theo: %1; có %2 công việc đến hạn:").arg(span, QString::number(tasks.size()));
        s.columns = {QStringLiteral("TT"),        QStringLiteral("Mã phiếu"),        QStringLiteral("Nội dung"),
                     QStringLiteral("Công việc"), QStringLiteral("Người phụ trách"), QStringLiteral("Hạn")};
        s.columnPercent = {5, 21, 22, 22, 15, 15};
        int n = 0;
        for (const QJsonValue& v : tasks)
            s.rows.push_back({QString::number(++n), v[u"code"].toString(), v[u"title"].toString(),
                              deadlineKind(v[u"kind"].toString()), dash(person(v[u"assignee"].toString())),
                              VietnameseDate::dateTime(msOf(v[u"due"]))});
        return s;
    }

    // the operations log, with the system state recorded before and after maintenance.
    Section dutyLog() const
    {
        Section s{QStringLiteral("5. Sổ trực của ca (nhật ký vận hành)"), {}, {}, {}, {}};
        const auto& log = m_in.dutyLog;
        if (log.empty()) {
            s.paragraphs << QStringLiteral("Sổ trực của ca không có mục ghi nào.");
            return s;
        }
        s.paragraphs << QStringLiteral("Sổ trực của ca có %1 mục ghi:").arg(log.size());
        s.columns = {QStringLiteral("Thời gian"), QStringLiteral("Loại"), QStringLiteral("Người ghi"),
                     QStringLiteral("Nội dung")};
        s.columnPercent = {16, 20, 16, 48};
        int maintenance = 0; // before minus after: a maintenance still open at the end of the shift
        for (const domain::DutyLogEntry& e : log) {
            s.rows.push_back({VietnameseDate::dateTime(e.atMs), dutyKind(e.kind), person(e.author), e.text});
            if (e.kind == domain::DutyEntryKind::MaintenanceBefore)
                ++maintenance;
            else if (e.kind == domain::DutyEntryKind::MaintenanceAfter)
                --maintenance;
        }
        if (maintenance > 0)
            s.paragraphs << QStringLiteral(
                "Lưu ý: sổ trực ghi trạng thái hệ thống trước bảo trì nhưng chưa ghi trạng thái sau bảo trì; "
                "ca nhận cần kiểm tra và ghi bổ sung.");
        return s;
    }

    Section notes() const
    {
        Section s{QStringLiteral("6. Ý kiến, lưu ý của người giao ca"), {}, {}, {}, {}};
        for (const QString& line : m_in.handover.notes.split(u'\n'))
            if (!line.trimmed().isEmpty())
                s.paragraphs << line.trimmed();
        if (s.paragraphs.isEmpty())
            s.paragraphs << QStringLiteral("Không có.");
        return s;
    }

private:
    const HandoverContentBuilder::Input& m_in;
    const QJsonObject& m_s;
};

} // namespace

HandoverContent HandoverContentBuilder::build(const Input& in)
{
    const domain::ShiftHandover& h = in.handover;
    const Writer w(in);
    HandoverContent c;
    c.shiftKey = h.shiftKey;
    c.shiftName = in.shiftName;
    c.fromMs = h.shiftStartMs;
    c.toMs = h.shiftEndMs;
    c.handedOverBy = w.person(h.preparedBy);
    c.preparedAtMs = h.preparedAtMs;
    if (h.isAccepted()) {
        c.receivedBy = w.person(h.acceptedBy);
        c.acceptedAtMs = h.acceptedAtMs;
        c.reassigned = h.reassigned;
    }
    c.sections = {w.alerts(), w.tickets(), w.incidents(), w.tasks(), w.dutyLog(), w.notes()};
    return c;
}

HandoverContentBuilder::Input HandoverContentBuilder::load(store::Database& db, const QString& shiftKey)
{
    QDate date;
    int number = 0;
    if (!domain::ShiftSlot::parseKey(shiftKey, &date, &number))
        throw store::DatabaseError(
            store::ErrorCode::Refused,
            QCoreApplication::translate("Report", "\"%1\" is not a shift (expected DATE/NUMBER, e.g. 2026-11-21/1); "
                                                  "nothing was issued.")
                .arg(shiftKey));
    Input in;
    std::optional<domain::ShiftHandover> h = store::HandoverRepository(db).byKey(shiftKey);
    if (!h)
        throw store::DatabaseError(
            store::ErrorCode::NotFound,
            QCoreApplication::translate("Report", "No handover was prepared for the shift %1, so there is no "
                                                  "handover record to print; nothing was issued.")
                .arg(shiftKey));
    in.handover = std::move(*h);
    const domain::ShiftPattern pattern = store::ShiftPatternRepository(db).load();
    // Names from the pattern as it is now, only where it still places the shift where it was.
    if (const auto slot = pattern.slotForKey(shiftKey); slot && slot->startMs == in.handover.shiftStartMs) {
        in.shiftName = officialShiftName(pattern, *slot);
        const domain::ShiftSlot next = pattern.next(*slot);
        if (next.key() == in.handover.snapshot.value(u"next_shift").toObject().value(u"key").toString())
            in.nextShiftName = officialShiftName(pattern, next);
    }
    const domain::SystemClock clock; // reading only: the log's clock is for appending
    in.dutyLog = store::DutyLog(db, QString(), clock).forShift(shiftKey);

    store::AccountRepository accounts(db);
    QStringList people{in.handover.preparedBy, in.handover.acceptedBy};
    for (const domain::DutyLogEntry& e : in.dutyLog)
        people << e.author;
    for (const char* list : {"tickets_overdue", "incidents_open", "tasks_due_next_shift"})
        for (const QJsonValue& v : in.handover.snapshot.value(QLatin1String(list)).toArray())
            people << v[u"assignee"].toString();
    people.removeDuplicates();
    for (const QString& u : people) {
        if (u.isEmpty())
            continue;
        if (const auto a = accounts.byUsername(u); a && !a->displayName.trimmed().isEmpty())
            in.names.insert(u, a->displayName.trimmed());
    }
    return in;
}

} // namespace soc::report
