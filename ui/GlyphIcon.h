#pragma once

#include <QIcon>
#include <functional>

class QPainter;

namespace soc::ui {

// A small drawn icon in 1x and 2x pixmaps. `paint` draws on a transparent square of
// size * scale device pixels.
class GlyphIcon {
public:
    static QIcon make(int size, const std::function<void(QPainter& painter, int scale)>& paint);
};

} // namespace soc::ui
