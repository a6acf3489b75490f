#include "cli/CliApp.h"
#include "cli/CliContext.h"
#include "domain/Language.h"

#include <QCoreApplication>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

#ifdef SOCSTATION_WITH_GUI
#include "GuiMain.h"
#include "report/ReportCommand.h"

#include <QApplication>
#endif

namespace {

// Case data and keys must not leak through core dumps or files readable by others.
void hardenProcess()
{
    struct rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    umask(077);
}

} // namespace

int main(int argc, char** argv)
{
    hardenProcess();
    QCoreApplication::setOrganizationName(QStringLiteral("socstation"));
    QCoreApplication::setApplicationName(QStringLiteral("socstation"));
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    soc::cli::CliContext ctx;
    QString usageError;
    const QStringList rest = soc::cli::CliApp::parseGlobals(args, ctx, &usageError);
    const bool isSubcommand = !rest.isEmpty() && !rest.first().startsWith(u'-');

    if (!isSubcommand && usageError.isEmpty()) {
#ifdef SOCSTATION_WITH_GUI
        return soc::ui::runGui(argc, argv, ctx.workspaceDir, ctx.language, ctx.user);
#else
        QCoreApplication app(argc, argv);
        soc::domain::Language::install(app, ctx.language.isEmpty() ? soc::domain::Language::defaultCode() : ctx.language);
        soc::cli::CliContext::printError(soc::cli::CliApp::usage());
        return soc::cli::UsageError;
#endif
    }
#ifdef SOCSTATION_WITH_GUI
    // Documents are laid out with QtGui (fonts, QTextDocument, QPdfWriter) and their charts drawn
    // with Qt Charts, whose QGraphicsWidgets need a QApplication: offscreen when there is no
    // display. The headless build says that reports need this build.
    if (usageError.isEmpty() && rest.first() == u"report") {
        soc::report::ReportCommand::chooseHeadlessPlatform();
        QApplication app(argc, argv);
        soc::domain::Language::install(app, ctx.language.isEmpty() ? soc::domain::Language::defaultCode() : ctx.language);
        return soc::report::ReportCommand::run(ctx, rest.mid(1));
    }
#endif
    QCoreApplication app(argc, argv);
    soc::domain::Language::install(app, ctx.language.isEmpty() ? soc::domain::Language::defaultCode() : ctx.language);
    if (!usageError.isEmpty()) {
        soc::cli::CliContext::printError(usageError);
        return soc::cli::UsageError;
    }
    return soc::cli::CliApp::run(ctx, rest);
}
