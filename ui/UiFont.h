#pragma once

class QApplication;

namespace soc::ui {

// Picks an installed sans-serif family that covers Vietnamese (ư, ạ…ỹ stacked diacritics) and makes
// it the application font; the platform default often lacks precomposed Vietnamese in bold.
class UiFont {
public:
    static void apply(QApplication& app);
};

} // namespace soc::ui
