#pragma once

#include <QString>

class QCoreApplication;

namespace soc::domain {

// The UI language: Vietnamese by default, English the other (--lang / SOCSTATION_LANG / settings).
class Language {
public:
    static QString defaultCode(); // SOCSTATION_LANG if set to vi or en, else "vi"
    // Installs socstation's catalogue and Qt's own for `code` ("vi" or "en"), replacing the
    // previous ones; widgets then receive QEvent::LanguageChange.
    static bool install(QCoreApplication& app, const QString& code);
    static QString current();
};

} // namespace soc::domain
