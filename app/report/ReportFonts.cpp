#include "report/ReportFonts.h"

#include <QDir>
#include <QFontDatabase>

namespace soc::report {
namespace {

const QString kFamily = QStringLiteral("Liberation Serif");

} // namespace

void ReportFonts::ensureLoaded()
{
    static const bool loaded = [] {
        if (QFontDatabase::families().contains(kFamily))
            return true;
        const QDir dir(QStringLiteral("/usr/share/fonts/truetype/liberation2"));
        bool any = false;
        for (const QString& f : dir.entryList({QStringLiteral("LiberationSerif-*.ttf")}, QDir::Files))
            any = QFontDatabase::addApplicationFont(dir.filePath(f)) >= 0 || any;
        return any;
    }();
    Q_UNUSED(loaded);
}

QFont ReportFonts::body()
{
    QFont f(kFamily);
    f.setPointSizeF(13);
    f.setStyleHint(QFont::Serif);
    return f;
}

QFont ReportFonts::pageNumber() { return body(); }

} // namespace soc::report
