#pragma once

#include "annotate/annotation.h"
#include "article/article.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// One article with everything annotated on it: what every export format is made from.
struct ExportedArticle {
    Article article;
    QList<Mention> mentions;         // in text order (ties: company, then creation)
    QList<Partnership> partnerships; // in text order of their evidence (ties: names, kind)
    QString articleNote;             // the note on the article itself; empty: none
    QList<Note> notes;               // every note of the article: on it, a mention, a partnership
    QList<Company> companies;        // those its mentions and partnerships name, by name
};

namespace ExportLoader {

// Reads article `id` and its annotations. Orders do not depend on database ids, so two
// databases with the same content load the same ExportedArticle apart from the ids.
Result<ExportedArticle> load(Database& database, qint64 id);

// Every article's id, oldest first.
Result<QList<qint64>> allArticleIds(Database& database);

} // namespace ExportLoader

namespace ExportText {

// "2024-05-01T09:30:00.000Z": the store's own timestamp spelling; empty for an invalid time.
QString timestamp(const QDateTime& when);

// The companies of `articles`, each once, by name (case-insensitively, then exactly).
QList<Company> companiesOf(const QList<ExportedArticle>& articles);
QList<Company> uniqueCompanies(const QList<Company>& companies); // first of each name, sorted
void sortCompanies(QList<Company>& companies);

// "#rrggbb" when `color` is one, else `fallback`: colours go into CSS, so nothing else may.
QString safeColor(const QString& color, const QString& fallback = QStringLiteral("#ffd54f"));

// "Xiaomi – Leica (partnership, announced)"
QString describe(const Partnership& partnership);

} // namespace ExportText
