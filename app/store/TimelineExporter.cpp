#include "TimelineExporter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace soc::store {

QString TimelineExporter::isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z';
}

QString TimelineExporter::isoLocal(qint64 ms, int offsetSec)
{
    const int a = std::abs(offsetSec);
    const QString offset = QStringLiteral("%1%2:%3")
                               .arg(QChar(offsetSec < 0 ? u'-' : u'+'))
                               .arg(a / 3600, 2, 10, QLatin1Char('0'))
                               .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(offsetSec)).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + offset;
}

QString TimelineExporter::csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString TimelineExporter::csvTextField(const QString& text)
{
    // A summary typed from an attacker's e-mail must not become a live formula in Excel/Calc.
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && risky.contains(text.front()))
        return csvField(u'\'' + text);
    return csvField(text);
}

QByteArray TimelineExporter::toCsv(const std::vector<domain::TimelineEvent>& events)
{
    QString out;
    out.reserve(static_cast<qsizetype>(events.size()) * 200 + 256);
    out += QStringLiteral("id,occurred_at_utc,occurred_at_local,recorded_at_utc,kind,kind_label,step,author,summary,"
                          "channel,counterpart,direction,containment,supersedes,details\r\n");
    for (const domain::TimelineEvent& e : events) {
        const QJsonObject& d = e.details;
        QStringList row;
        row << e.id << isoUtc(e.occurredAtMs) << isoLocal(e.occurredAtMs, e.occurredOffsetSec)
            << isoUtc(e.recordedAtMs) << domain::timelineKindKey(e.kind) << csvField(domain::timelineKindLabel(e.kind))
            << (e.step > 0 ? QString::number(e.step) : QString()) << csvTextField(e.author) << csvTextField(e.summary)
            << csvTextField(d.value(QStringLiteral("channel")).toString())
            << csvTextField(d.value(QStringLiteral("counterpart")).toString())
            << csvTextField(d.value(QStringLiteral("direction")).toString())
            << (e.kind == domain::TimelineKind::Action ? (e.containment ? QStringLiteral("yes") : QStringLiteral("no"))
                                                       : QString())
            << e.supersedes
            << (d.isEmpty() ? QString() : csvField(QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact))));
        out += row.join(u',');
        out += QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray TimelineExporter::toJson(const Header& header, const std::vector<domain::TimelineEvent>& events)
{
    QJsonArray list;
    for (const domain::TimelineEvent& e : events) {
        QJsonObject o{{QStringLiteral("id"), e.id},
                      {QStringLiteral("kind"), domain::timelineKindKey(e.kind)},
                      {QStringLiteral("occurred_at_ms"), e.occurredAtMs},
                      {QStringLiteral("occurred_at"), isoUtc(e.occurredAtMs)},
                      {QStringLiteral("occurred_at_local"), isoLocal(e.occurredAtMs, e.occurredOffsetSec)},
                      {QStringLiteral("occurred_offset_sec"), e.occurredOffsetSec},
                      {QStringLiteral("recorded_at_ms"), e.recordedAtMs},
                      {QStringLiteral("recorded_at"), isoUtc(e.recordedAtMs)},
                      {QStringLiteral("author"), e.author},
                      {QStringLiteral("step"), e.step},
                      {QStringLiteral("summary"), e.summary},
                      {QStringLiteral("details"), e.details}};
        if (!e.supersedes.isEmpty())
            o.insert(QStringLiteral("supersedes"), e.supersedes);
        if (e.kind == domain::TimelineKind::Action)
            o.insert(QStringLiteral("containment"), e.containment);
        list.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("socstation.timeline/1")},
                     {QStringLiteral("ticket"), header.ticketCode},
                     {QStringLiteral("title"), header.title},
                     {QStringLiteral("exported_at"), isoUtc(header.exportedAtMs)},
                     {QStringLiteral("exported_by"), header.exportedBy},
                     {QStringLiteral("count"), static_cast<qint64>(events.size())},
                     {QStringLiteral("events"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace soc::store
