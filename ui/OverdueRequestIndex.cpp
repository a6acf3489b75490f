#include "OverdueRequestIndex.h"

#include "CaseTime.h"
#include "GlyphIcon.h"
#include "domain/Clock.h"
#include "store/AgencyRequests.h"

#include <QPainter>
#include <algorithm>

namespace soc::ui {

OverdueRequestIndex OverdueRequestIndex::load(store::Database& db, qint64 nowMs)
{
    OverdueRequestIndex index;
    const domain::FixedClock clock(nowMs); // only read
    const std::vector<domain::AgencyRequest> overdue = store::AgencyRequests(db, QString(), clock).overdueAt(nowMs);
    for (const domain::AgencyRequest& r : overdue) {
        index.m_items.push_back({r.number, r.ticketId, r.agencyName, r.text, r.dueAtMs});
        if (!r.ticketId.isEmpty())
            index.m_byTicket.insert(r.ticketId, static_cast<int>(index.m_items.size()) - 1);
    }
    return index;
}

QString OverdueRequestIndex::describe(const QString& ticketId) const
{
    QList<int> found = m_byTicket.values(ticketId);
    std::sort(found.begin(), found.end());
    QStringList lines;
    for (int i : found) {
        const Item& it = m_items[static_cast<size_t>(i)];
        lines << tr("Request #%1 to %2, due %3, not answered: %4")
                     .arg(it.number)
                     .arg(it.agencyName, CaseTime::display(it.dueAtMs), it.text);
    }
    return lines.join(u'\n');
}

QString OverdueRequestIndex::bannerText() const
{
    const int n = total();
    return tr("%n request(s) to agencies overdue (R-16)", "", n);
}

QIcon OverdueRequestIndex::icon(int size)
{
    return GlyphIcon::make(size, [size](QPainter& p, int scale) {
        const qreal s = size * scale;
        p.setRenderHint(QPainter::Antialiasing, true);
        const QRectF env(s * 0.04, s * 0.22, s * 0.74, s * 0.54);
        p.setPen(QPen(QColor(0x40, 0x40, 0x40), std::max(1.0, s / 14)));
        p.setBrush(Qt::white);
        p.drawRect(env);
        p.drawLine(env.topLeft(), QPointF(env.center().x(), env.top() + env.height() * 0.55));
        p.drawLine(QPointF(env.center().x(), env.top() + env.height() * 0.55), env.topRight());
        const QRectF mark(s * 0.56, s * 0.5, s * 0.44, s * 0.44); // red disc with "!"
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xb0, 0x00, 0x20));
        p.drawEllipse(mark);
        p.setPen(QPen(Qt::white, std::max(1.0, s / 12), Qt::SolidLine, Qt::RoundCap));
        const qreal cx = mark.center().x();
        p.drawLine(QPointF(cx, mark.top() + mark.height() * 0.2), QPointF(cx, mark.top() + mark.height() * 0.55));
        p.drawPoint(QPointF(cx, mark.top() + mark.height() * 0.78));
    });
}

} // namespace soc::ui
