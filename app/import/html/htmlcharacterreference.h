#pragma once

#include <QString>
#include <QStringView>

// HTML's named character references ("nbsp" → U+00A0, "rsquo" → ’, "NotEqualTilde" → two code
// points), all 2,231 of HTML5's table, as the HTML parser (Gumbo) reads them. For the feed
// reader, whose XML knows only its own five and rejects a whole file for one "&nbsp;".
class HtmlCharacterReference final {
public:
    // The text `&name;` stands for; empty when `name` (without '&' and ';') is not one of HTML's.
    static QString decode(QStringView name);
};
