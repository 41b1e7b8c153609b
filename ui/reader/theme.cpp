#include "reader/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace {

// The desktop's palette as it was before Folio changed anything, to go back to.
QPalette& systemPalette() {
    static QPalette palette = QApplication::palette();
    return palette;
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xd8, 0xd8, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xf0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x77, 0x77, 0x77));
    return p;
}

} // namespace

namespace Theme {

bool systemIsDark() {
    return systemPalette().color(QPalette::Window).lightness() < 128;
}

bool isDark(ThemeChoice choice) {
    return choice == ThemeChoice::Dark || (choice == ThemeChoice::System && systemIsDark());
}

void apply(ThemeChoice choice) {
    systemPalette(); // remember the desktop's palette before the first change
    const bool dark = isDark(choice);
    if (dark && !systemIsDark()) {
        // Fusion draws every widget from the palette, so a dark palette gives a whole dark window.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else {
        QApplication::setPalette(systemPalette());
    }
}

} // namespace Theme
