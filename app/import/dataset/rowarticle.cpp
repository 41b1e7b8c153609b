#include "import/dataset/rowarticle.h"

#include "import/dataset/datasetdate.h"
#include "import/dataset/textparagraphs.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString cell(const DatasetRecord& record, const ColumnChoice& columns, DatasetField field) {
    const int column = columns.column(field);
    return column >= 0 && column < record.fields.size() ? record.fields[column].trimmed()
                                                        : QString();
}

QStringList tagsOf(const DatasetRecord& record, const ColumnChoice& columns) {
    const int column = columns.column(DatasetField::Tags);
    if (column < 0)
        return {};
    QStringList raw;
    if (column < record.lists.size() && !record.lists[column].isEmpty())
        raw = record.lists[column];
    else if (column < record.fields.size())
        raw = record.fields[column].split(u',');
    QStringList tags;
    for (const QString& part : std::as_const(raw)) {
        // "a, b", "a; b" and "a|b" are all lists; no regular expression, it runs every row.
        for (const QString& piece : part.split(u';')) {
            for (const QString& tag : piece.split(u'|')) {
                const QString clean = tag.simplified();
                if (!clean.isEmpty() && !tags.contains(clean))
                    tags.append(clean);
            }
        }
    }
    return tags;
}

// "de", "de-DE", "de_AT" → "de"; a language written out ("German") is left to detection.
QString languageOf(const QString& value) {
    if (value.isEmpty())
        return {};
    static const QRegularExpression tag(u"^([A-Za-z]{2,3})([-_][A-Za-z0-9]+)*$"_s);
    const QRegularExpressionMatch match = tag.match(value);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

} // namespace

RowArticle::Made RowArticle::make(const DatasetRecord& record, const ColumnChoice& columns,
                                  const QString& where, int headerFields) {
    Made made;
    const bool ragged = headerFields > 0 && record.fields.size() != headerFields;
    const QString raggedText =
        u"has %1 fields where the header has %2"_s.arg(record.fields.size()).arg(headerFields);
    QString text = cell(record, columns, DatasetField::Text);
    const QString description = cell(record, columns, DatasetField::Description);
    QStringList notes;
    if (text.isEmpty() && !description.isEmpty()) {
        text = description;
        notes.append(u"The dataset gives only a summary for this article."_s);
    }
    QStringList paragraphs = TextParagraphs::split(text);
    if (paragraphs.isEmpty()) {
        made.problems.append(where + u": no text"_s +
                             (ragged ? u" (it "_s + raggedText + u')' : QString()) +
                             u"; skipped"_s);
        return made;
    }
    if (ragged)
        made.problems.append(where + u": "_s + raggedText + u"; imported what it has"_s);
    // A teaser the text does not begin with is the article's lead: readers see it first.
    if (text != description && !description.isEmpty()) {
        const QStringList lead = TextParagraphs::split(description);
        if (!lead.isEmpty() && !paragraphs.first().startsWith(lead.first()))
            paragraphs = lead + paragraphs;
    }

    ImportedArticle article;
    article.clean.title = cell(record, columns, DatasetField::Title).simplified();
    if (article.clean.title.isEmpty()) {
        if (paragraphs.size() > 1 && TextParagraphs::looksLikeHeadline(paragraphs.first())) {
            article.clean.title = paragraphs.takeFirst();
            notes.append(u"The title is the first line of the text: the dataset has no title."_s);
        } else {
            article.clean.title = TextParagraphs::firstSentence(paragraphs.first());
            notes.append(
                u"The title is the first sentence of the text: the dataset has no title."_s);
        }
    }
    article.clean.paragraphs = paragraphs;
    article.url = cell(record, columns, DatasetField::Url);
    article.clean.source = cell(record, columns, DatasetField::Source).simplified();
    if (article.clean.source.isEmpty() && !article.url.isEmpty()) {
        article.clean.source = QUrl(article.url).host();
        if (article.clean.source.startsWith(u"www."_s))
            article.clean.source.remove(0, 4);
    }
    article.byline = cell(record, columns, DatasetField::Byline).simplified();
    article.language = languageOf(cell(record, columns, DatasetField::Language));
    article.guid = cell(record, columns, DatasetField::Guid);
    article.tags = tagsOf(record, columns);
    const QString date = cell(record, columns, DatasetField::Date);
    if (!date.isEmpty()) {
        article.publishedAt = DatasetDate::parse(date);
        if (!article.publishedAt.isValid())
            made.problems.append(
                where + u": date “%1” not understood; imported without a date"_s.arg(date));
    }
    if (record.raw.contains(QChar::ReplacementCharacter))
        made.problems.append(where + u": holds bytes that are not valid in the file's "
                                     "encoding (shown as �); imported"_s);
    article.rawText = record.raw;
    article.note = notes.join(u' ');
    made.article = std::move(article);
    return made;
}
