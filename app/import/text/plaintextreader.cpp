#include "import/text/plaintextreader.h"

#include "clean/articlecleaner.h"
#include "import/textfilereader.h"

using namespace Qt::StringLiterals;

namespace PlainTextReader {

bool canRead(const QString&, const QByteArray&) {
    return true; // whatever else it is, it may be text: decode() says when it is not
}

Result<ReadFile> read(const QByteArray& bytes, const QString& path) {
    auto decoded = TextFileReader::decode(bytes, path);
    if (!decoded)
        return decoded.error();
    if (decoded->text.trimmed().isEmpty())
        return Error{path + u": file is empty"_s};
    ImportedArticle article;
    article.rawText = decoded->text;
    article.encoding = decoded->encoding;
    article.clean = ArticleCleaner::clean(article.rawText);
    if (article.clean.title.isEmpty())
        return Error{path + u": no text to import"_s};
    ReadFile file;
    file.reader = u"plain text"_s;
    file.articles.append(article);
    return file;
}

} // namespace PlainTextReader
