#include "readertestarticles.h"

#include "testdata.h"

using namespace Qt::StringLiterals;

Article sampleArticle() {
    return TestData::article(
        QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
}

Article handMade(const QString& title, const QStringList& paragraphs) {
    Article article;
    article.clean.title = title;
    article.clean.source = u"test-src"_s;
    article.clean.paragraphs = paragraphs;
    return article;
}
