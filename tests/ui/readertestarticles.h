#pragma once

#include "article/article.h"

#include <QString>
#include <QStringList>

// Articles the ReaderView tests show.
Article sampleArticle(); // tests/data/sample.txt, as the importer would make it
Article handMade(const QString& title, const QStringList& paragraphs);
