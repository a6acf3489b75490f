#include "domain/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace soc::domain {
namespace {

QString g_current;

// Owned by the application object; replaced when the language changes.
QTranslator* findTranslator(QCoreApplication& app, const QString& name)
{
    return app.findChild<QTranslator*>(name, Qt::FindDirectChildrenOnly);
}

void replace(QCoreApplication& app, const QString& name, const QString& file, const QString& dir)
{
    if (QTranslator* old = findTranslator(app, name)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto* t = new QTranslator(&app);
    t->setObjectName(name);
    if (t->load(file, dir))
        QCoreApplication::installTranslator(t);
    else
        delete t;
}

} // namespace

QString Language::defaultCode()
{
    const QString env = qEnvironmentVariable("SOCSTATION_LANG").toLower();
    if (env == u"en" || env == u"vi")
        return env;
    return QStringLiteral("vi");
}

bool Language::install(QCoreApplication& app, const QString& code)
{
    if (code != u"vi" && code != u"en")
        return false;
    g_current = code;
    QLocale::setDefault(QLocale(code == u"vi" ? QLocale::Vietnamese : QLocale::English,
                                code == u"vi" ? QLocale::Vietnam : QLocale::UnitedStates));
    replace(app, QStringLiteral("socstation-translator"), QStringLiteral("socstation_") + code, QStringLiteral(":/i18n"));
    replace(app, QStringLiteral("qt-translator"), QStringLiteral("qtbase_") + code,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return true;
}

QString Language::current() { return g_current.isEmpty() ? defaultCode() : g_current; }

} // namespace soc::domain
