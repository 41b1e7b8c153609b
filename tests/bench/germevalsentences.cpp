#include "germevalsentences.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace GermevalSentences {

QStringList read(const QString& tsvPath) {
    QFile file(tsvPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList sentences;
    QString sentence;
    const auto flush = [&] {
        if (!sentence.isEmpty())
            sentences.append(sentence);
        sentence.clear();
    };
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            flush();
            continue;
        }
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 2)
            continue;
        const QString& token = columns[1];
        const bool glue = token.size() == 1 && QStringView(u".,;:!?)").contains(token[0]);
        if (!sentence.isEmpty() && !glue)
            sentence += u' ';
        sentence += token;
    }
    flush();
    return sentences;
}

QStringList all(const QString& corpusDir) {
    return read(corpusDir + u"/NER-de-test.tsv"_s) + read(corpusDir + u"/NER-de-dev.tsv"_s);
}

} // namespace GermevalSentences
