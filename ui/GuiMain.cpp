#include "GuiMain.h"

#include "StartupFlow.h"
#include "UiFont.h"
#include "domain/Language.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QSettings>

namespace soc::ui {

int runGui(int argc, char** argv, const QString& workspaceDir, const QString& language, const QString& user)
{
    QApplication app(argc, argv);
    QString code = language;
    if (code.isEmpty() && !qEnvironmentVariableIsSet("SOCSTATION_LANG"))
        code = QSettings().value(QStringLiteral("ui/language")).toString();
    if (code != u"vi" && code != u"en")
        code = domain::Language::defaultCode();
    domain::Language::install(app, code);
    UiFont::apply(app);
    const QString dir = workspaceDir.isEmpty() ? store::Workspace::defaultDir() : workspaceDir;
    StartupFlow flow(dir, user);
    flow.start();
    return app.exec();
}

} // namespace soc::ui
