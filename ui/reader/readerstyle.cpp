#include "reader/readerstyle.h"

#include <QPalette>
#include <QWidget>

namespace ReaderStyle {

Colours colours(bool dark) {
    if (dark)
        return {QColor(0x1e1f22u), QColor(0xd8d8d8u), QColor(0x8c8f94u), QColor(0x7aa7e8u),
                QColor(0x6b5218u), QColor(0xf4f1eau), QColor(0x2f4f7au), QColor(0x1d1d1fu)};
    return {QColor(0xfdfdfbu), QColor(0x1d1d1fu), QColor(0x6e6e73u), QColor(0x0b57d0u),
            QColor(0xfff0a0u), QColor(0x1d1d1fu), QColor(0xb4d5feu), QColor(0x1d1d1fu)};
}

void applyPalette(QWidget* widget, const Colours& c) {
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Base, c.background);
    palette.setColor(QPalette::Window, c.background); // the viewport margins around the column
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::Link, c.link);
    palette.setColor(QPalette::Highlight, c.selection);
    palette.setColor(QPalette::HighlightedText, c.text);
    widget->setPalette(palette);
}

QTextCharFormat charFormat(const QColor& colour, qreal pointSize, bool bold) {
    QTextCharFormat format;
    format.setForeground(colour);
    if (pointSize > 0)
        format.setFontPointSize(pointSize);
    if (bold)
        format.setFontWeight(QFont::Bold);
    return format;
}

QTextBlockFormat blockFormat(qreal top, qreal bottom, qreal left) {
    QTextBlockFormat format;
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    format.setLeftMargin(left);
    return format;
}

} // namespace ReaderStyle
