#include "GlyphIcon.h"

#include <QPainter>
#include <QPixmap>

namespace soc::ui {

QIcon GlyphIcon::make(int size, const std::function<void(QPainter&, int)>& paint)
{
    QIcon result;
    for (const int scale : {1, 2}) {
        QPixmap pm(size * scale, size * scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(p, scale);
        p.end();
        pm.setDevicePixelRatio(scale);
        result.addPixmap(pm);
    }
    return result;
}

} // namespace soc::ui
