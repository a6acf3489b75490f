#include "UiFont.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace soc::ui {

void UiFont::apply(QApplication& app)
{
    const QStringList preferred{QStringLiteral("Noto Sans"), QStringLiteral("Segoe UI"),
                                QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans"),
                                QStringLiteral("Arial")};
    const QStringList vietnamese = QFontDatabase::families(QFontDatabase::Vietnamese);
    QFont font = QApplication::font();
    if (vietnamese.contains(font.family()) && font.family() != u"Sans Serif")
        return;
    for (const QString& family : preferred) {
        if (vietnamese.contains(family)) {
            font.setFamily(family);
            app.setFont(font);
            return;
        }
    }
}

} // namespace soc::ui
