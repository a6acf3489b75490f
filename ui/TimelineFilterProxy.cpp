#include "TimelineFilterProxy.h"

#include "TimelineModel.h"

namespace soc::ui {

TimelineFilterProxy::TimelineFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void TimelineFilterProxy::setTimeline(TimelineModel* model)
{
    m_timeline = model;
    setSourceModel(model);
}

void TimelineFilterProxy::refilter()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    beginFilterChange();
    endFilterChange();
#else
    invalidateFilter();
#endif
}

void TimelineFilterProxy::setKindMask(int mask)
{
    if (mask == m_kindMask)
        return;
    m_kindMask = mask;
    refilter();
}

void TimelineFilterProxy::setStep(int step)
{
    if (step == m_step)
        return;
    m_step = step;
    refilter();
}

void TimelineFilterProxy::setAuthor(const QString& author)
{
    if (author == m_author)
        return;
    m_author = author;
    refilter();
}

void TimelineFilterProxy::setText(const QString& text)
{
    const QString t = text.trimmed().normalized(QString::NormalizationForm_C);
    if (t == m_text)
        return;
    m_text = t;
    refilter();
}

void TimelineFilterProxy::setHideSuperseded(bool hide)
{
    if (hide == m_hideSuperseded)
        return;
    m_hideSuperseded = hide;
    refilter();
}

bool TimelineFilterProxy::isFiltering() const
{
    return m_kindMask != 0 || m_step != -1 || !m_author.isEmpty() || !m_text.isEmpty() || m_hideSuperseded;
}

bool TimelineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_timeline)
        return true;
    const domain::TimelineEvent& e = m_timeline->eventAt(sourceRow);
    if (m_kindMask != 0 && !(m_kindMask & (1 << static_cast<int>(e.kind))))
        return false;
    if (m_step >= 0 && e.step != m_step)
        return false;
    if (!m_author.isEmpty() && e.author != m_author)
        return false;
    if (m_hideSuperseded && m_timeline->isSuperseded(sourceRow))
        return false;
    if (!m_text.isEmpty() && !e.summary.contains(m_text, Qt::CaseInsensitive)
        && !TimelineModel::describe(e).contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace soc::ui
