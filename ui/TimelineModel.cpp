#include "TimelineModel.h"

#include "CaseTime.h"
#include "KindStyle.h"
#include "domain/ResponseStep.h"

#include <QCollator>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace soc::ui {

using domain::TimelineKind;

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setEvents(std::vector<domain::TimelineEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    m_rowById.clear();
    m_superseded.clear();
    m_correctedBy.clear();
    m_rowById.reserve(static_cast<qsizetype>(m_events.size()));
    for (size_t i = 0; i < m_events.size(); ++i) {
        const auto& e = m_events[i];
        m_rowById.insert(e.id, static_cast<int>(i));
        if (!e.supersedes.isEmpty()) {
            m_superseded.insert(e.supersedes);
            m_correctedBy.insert(e.supersedes, e.id);
        }
    }
    endResetModel();
}

bool TimelineModel::isSuperseded(int row) const { return m_superseded.contains(eventAt(row).id); }

int TimelineModel::rowOf(const QString& eventId) const { return m_rowById.value(eventId, -1); }

QStringList TimelineModel::authors() const
{
    QSet<QString> set;
    for (const auto& e : m_events)
        set.insert(e.author);
    QStringList list(set.cbegin(), set.cend());
    QCollator collator;
    std::sort(list.begin(), list.end(), collator);
    return list;
}

QString TimelineModel::stepText(int step)
{
    return step > 0 ? tr("Step %1").arg(step) : QString();
}

QString TimelineModel::containmentLabel() { return tr("Containment action"); } // Hành động ngăn chặn

QString TimelineModel::describe(const domain::TimelineEvent& e)
{
    if (e.kind != TimelineKind::Communication)
        return e.summary;
    const QJsonObject& d = e.details;
    QStringList parts;
    const QJsonValue ch = d.value(QStringLiteral("channel"));
    std::optional<domain::CommChannel> channel = ch.isString() ? domain::commChannelFromKey(ch.toString())
                                                               : std::optional<domain::CommChannel>{};
    if (!channel && ch.isDouble() && ch.toInt() >= 0 && ch.toInt() <= 3)
        channel = static_cast<domain::CommChannel>(ch.toInt());
    if (channel)
        parts << domain::commChannelLabel(*channel);
    const QJsonValue dir = d.value(QStringLiteral("direction"));
    const bool out = dir.isString() ? dir.toString() == QLatin1String("out") : dir.toInt() == 1;
    if (!dir.isUndefined())
        parts << (out ? tr("outgoing") : tr("incoming"));
    const QString counterpart = d.value(QStringLiteral("counterpart")).toString();
    if (!counterpart.isEmpty())
        parts << (out ? tr("to %1") : tr("from %1")).arg(counterpart);
    if (parts.isEmpty())
        return e.summary;
    return QStringLiteral("[%1] %2").arg(parts.join(QStringLiteral(" · ")), e.summary);
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const domain::TimelineEvent& e = eventAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return CaseTime::display(e.occurredAtMs);
        case KindColumn:
            if (e.kind == TimelineKind::Action && e.containment)
                return containmentLabel();
            return domain::timelineKindLabel(e.kind);
        case StepColumn: return stepText(e.step);
        case AuthorColumn: return e.author;
        case SummaryColumn: return describe(e);
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = CaseTime::tooltip(e.occurredAtMs, e.occurredOffsetSec, e.recordedAtMs);
        if (index.column() == SummaryColumn || index.column() == StepColumn) {
            if (e.step > 0)
                tip = tr("Step %1: %2").arg(e.step).arg(domain::stepTitle(e.step)) + u'\n' + tip;
            tip = describe(e) + QStringLiteral("\n\n") + tip;
        }
        if (const int by = rowOf(m_correctedBy.value(e.id)); by >= 0) {
            const auto& c = eventAt(by);
            tip += u'\n' + tr("Superseded by the correction of %1: %2").arg(CaseTime::display(c.recordedAtMs), c.summary);
        }
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return KindStyle::icon(e.kind);
        return {};
    case Qt::FontRole:
        if (m_superseded.contains(e.id)) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (m_superseded.contains(e.id))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole: return e.id;
    case KindRole: return static_cast<int>(e.kind);
    case StepRole: return e.step;
    case AuthorRole: return e.author;
    case OccurredRole: return e.occurredAtMs;
    case SupersededRole: return m_superseded.contains(e.id);
    default: return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Occurred");  // Thời điểm
    case KindColumn: return tr("Kind");      // Loại
    case StepColumn: return tr("Step");      // Bước
    case AuthorColumn: return tr("By");      // Người ghi
    case SummaryColumn: return tr("Summary"); // Nội dung
    }
    return {};
}

void TimelineModel::retranslate()
{
    if (!m_events.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace soc::ui
