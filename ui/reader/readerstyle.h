#pragma once

#include <QColor>
#include <QTextBlockFormat>
#include <QTextCharFormat>

class QWidget;

// The reader's look: its colours in the light and the dark theme, and the text formats it
// builds the article from.
namespace ReaderStyle {

struct Colours {
    QColor background, text, muted, link, highlight, highlightText, selection;
    QColor markText; // on a company's colour (CompanyColors), which is light in both themes
};

Colours colours(bool dark);
void applyPalette(QWidget* widget, const Colours& colours);
QTextCharFormat charFormat(const QColor& colour, qreal pointSize = 0, bool bold = false);
QTextBlockFormat blockFormat(qreal top, qreal bottom, qreal left = 0);

} // namespace ReaderStyle
