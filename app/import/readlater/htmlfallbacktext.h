#pragma once

#include <QString>
#include <QStringList>

// STOPGAP until the html-reader branch lands HtmlText::paragraphs (app/import/html/htmltext.h):
// a read-later export's HTML content as paragraphs, by a small tag scanner that knows block
// elements, skips script/style/template content and decodes the common entities. Not an HTML5
// parser: only for the well-formed fragments Wallabag stores. WallabagReader calls it through
// one function (readLaterParagraphs in wallabagreader.cpp), so switching is one line.
class HtmlFallbackText final {
public:
    static QStringList paragraphs(const QString& html);
    static QString decodeEntities(QStringView text);
};
