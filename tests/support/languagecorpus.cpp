#include "languagecorpus.h"

#include "import/html/htmltext.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace LanguageCorpus {

QString corporaDir() {
    return QDir::cleanPath(QStringLiteral(FOLIO_TEST_DATA_DIR) + u"/../../../shared/corpora"_s);
}

QStringList germEvalSentences(const QString& split) {
    QFile file(corporaDir() + u"/ner-germeval2014/NER-de-"_s + split + u".tsv"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList sentences;
    QStringList tokens;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'#'))
            continue;
        if (line.isEmpty()) {
            if (!tokens.isEmpty())
                sentences.append(tokens.join(u' '));
            tokens.clear();
            continue;
        }
        tokens.append(line.section(u'\t', 1, 1));
    }
    if (!tokens.isEmpty())
        sentences.append(tokens.join(u' '));
    return sentences;
}

QList<Page> readabilityPages() {
    const QDir dir(corporaDir() + u"/readability-test-pages"_s);
    QList<Page> pages;
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile metadata(dir.filePath(name + u"/expected-metadata.json"_s));
        QFile expected(dir.filePath(name + u"/expected.html"_s));
        if (!metadata.open(QIODevice::ReadOnly) || !expected.open(QIODevice::ReadOnly))
            continue;
        const QString lang =
            QJsonDocument::fromJson(metadata.readAll()).object().value(u"lang"_s).toString();
        const QString text =
            HtmlText::paragraphs(QString::fromUtf8(expected.readAll())).join(u'\n');
        pages.append({name, lang.section(u'-', 0, 0).toLower(), text});
    }
    return pages;
}

} // namespace LanguageCorpus
