#pragma once

#include "exchange/exportedarticle.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// A report to read or print: self-contained HTML pages (inline CSS, no scripts, a content
// security policy that allows none), the clean text with mentions highlighted in their
// company's colour, then the partnerships and the notes. Every piece of text is escaped.
class HtmlExporter final {
public:
    static QString page(const ExportedArticle& article);
    static QString combined(const QList<ExportedArticle>& articles, const QDateTime& exportedAt);
    // A page linking to the pages of a folder export: (file name, title) pairs.
    static QString index(const QList<QPair<QString, QString>>& pages, const QDateTime& exportedAt);

    static QString escape(const QString& text); // escaped, line breaks as <br>
};
