#include "store/occurrencemarker.h"

#include "annotate/textspan.h"
#include "store/annotationrows.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/sqldialect.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace AnnotationRows;

namespace {

// The articles that may contain any of `names`, by id. FTS5 narrows them down with a query like
// `"Leica" OR "Leica Camera AG"`; a name without letters or digits it cannot find, and a name it
// cannot parse it rejects: then every article is a candidate.
Result<QList<qint64>> articlesNaming(Database& db, const QStringList& names) {
    const QString all = u"SELECT id FROM article ORDER BY id"_s;
    QStringList phrases;
    for (QString name : names) {
        if (std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            return ids(db, all, {}, u"finding articles"_s);
        phrases.append(QLatin1Char('"') + name.replace(u'"', u"\"\""_s) + QLatin1Char('"'));
    }
    auto matching = ids(db,
                        u"SELECT a.id FROM article a WHERE "_s + db.dialect().articleMatch() +
                            u" ORDER BY a.id"_s,
                        {phrases.join(u" OR "_s)}, u"finding articles"_s);
    return matching ? matching : ids(db, all, {}, u"finding articles"_s);
}

bool overlapsAny(const TextSpan::Span& span, const QList<TextSpan::Span>& sortedTaken) {
    // The first taken span ending after `span` starts is the only one that can overlap it,
    // as long as taken spans do not overlap each other; they may (a mention inside a partnership
    // quote is not one), so look on while they start before `span` ends.
    auto it = std::partition_point(sortedTaken.cbegin(), sortedTaken.cend(),
                                   [&](const TextSpan::Span& t) { return t.end <= span.start; });
    for (; it != sortedTaken.cend() && it->start < span.end; ++it) {
        if (it->end > span.start)
            return true;
    }
    return false;
}

void insertSorted(QList<TextSpan::Span>& sorted, const TextSpan::Span& span) {
    auto at = std::lower_bound(
        sorted.begin(), sorted.end(), span,
        [](const TextSpan::Span& a, const TextSpan::Span& b) { return a.end < b.end; });
    sorted.insert(at, span);
}

// Whole-word occurrences of `names` (tried in that order, so a longer name wins over a shorter
// one inside it) that overlap nothing in `taken` nor each other, in text order.
QList<TextSpan::Span> freeOccurrences(const QString& text, const QStringList& names,
                                      QList<TextSpan::Span> taken) {
    // Sorted by end: overlapsAny() finds the candidates by binary search, not by a scan of all.
    std::sort(taken.begin(), taken.end(),
              [](const TextSpan::Span& a, const TextSpan::Span& b) { return a.end < b.end; });
    QList<TextSpan::Span> found;
    for (const QString& name : names) {
        for (const TextSpan::Span& span : TextSpan::occurrences(text, name)) {
            if (overlapsAny(span, taken))
                continue;
            insertSorted(taken, span);
            found.append(span);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const TextSpan::Span& a, const TextSpan::Span& b) { return a.start < b.start; });
    return found;
}

Result<QList<TextSpan::Span>> markedSpans(Database& db, qint64 articleId) {
    auto existing = readMentions(db, u"m.article_id = ?"_s, {articleId});
    if (!existing)
        return existing.error();
    QList<TextSpan::Span> spans;
    spans.reserve(existing->size());
    for (const Mention& m : *existing)
        spans.append({m.anchor.start, m.anchor.end});
    return spans;
}

} // namespace

int FoundOccurrences::articleCount() const {
    QSet<qint64> articles;
    for (const Mention& m : mentions)
        articles.insert(m.articleId);
    return int(articles.size());
}

OccurrenceMarker::OccurrenceMarker(Database& database)
    : m_db(database)
    , m_author(Annotation::defaultAuthor()) {}

Result<FoundOccurrences> OccurrenceMarker::find(qint64 companyId, qint64 articleId,
                                                const std::atomic_bool* cancel,
                                                const Progress& progress) {
    FoundOccurrences found;
    found.articleId = articleId;
    auto company = readCompany(m_db, companyId);
    if (!company)
        return company.error();
    found.company = *company;
    // Longer names first, so "Leica Camera AG" wins over the "Leica" inside it.
    QStringList names = cleanAliases(QStringList{company->name} + company->aliases, {});
    std::stable_sort(names.begin(), names.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });

    QList<qint64> candidates{articleId};
    if (!articleId) {
        auto naming = articlesNaming(m_db, names);
        if (!naming)
            return naming.error();
        candidates = *naming;
    }
    const int total = int(candidates.size());
    for (int done = 0; done < total; ++done) {
        if (cancel && *cancel) {
            found.cancelled = true;
            break;
        }
        if (progress)
            progress(done, total);
        const qint64 candidate = candidates.at(done);
        auto text = articleText(m_db, candidate);
        if (!text)
            return text.error();
        auto taken = markedSpans(m_db, candidate);
        if (!taken)
            return taken.error();
        const QString hash = TextSpan::textHash(*text);
        found.textHashes.insert(candidate, hash);
        for (const TextSpan::Span& span : freeOccurrences(*text, names, *taken)) {
            Mention m;
            m.articleId = candidate;
            m.companyId = companyId;
            m.companyName = company->name;
            m.companyColor = company->color;
            m.anchor = TextSpan::anchorFor(*text, span.start, span.end, hash);
            m.author = m_author;
            found.mentions.append(m);
        }
    }
    if (progress && !found.cancelled)
        progress(total, total);
    return found;
}

Result<QList<Mention>> OccurrenceMarker::store(const FoundOccurrences& found) {
    QList<Mention> added;
    auto stored = m_db.transaction([&]() -> Result<void> {
        if (auto company = readCompany(m_db, found.company.id); !company)
            return company.error();
        QHash<qint64, QList<TextSpan::Span>> taken;
        for (const Mention& m : found.mentions) {
            if (taken.contains(m.articleId))
                continue;
            auto text = articleText(m_db, m.articleId);
            if (!text)
                return text.error();
            if (TextSpan::textHash(*text) != found.textHashes.value(m.articleId))
                return Error{QStringLiteral("The text of article %1 changed while its occurrences "
                                            "of %2 were being found; nothing was marked. Mark "
                                            "them again.")
                                 .arg(m.articleId)
                                 .arg(found.company.name)};
            auto spans = markedSpans(m_db, m.articleId);
            if (!spans)
                return spans.error();
            std::sort(
                spans->begin(), spans->end(),
                [](const TextSpan::Span& a, const TextSpan::Span& b) { return a.end < b.end; });
            taken.insert(m.articleId, *spans);
        }
        const QDateTime now = QDateTime::fromString(timestamp(), Qt::ISODateWithMs);
        HistoryStore history(m_db);
        for (Mention m : found.mentions) {
            // Another program may have marked some of them since find() looked.
            if (overlapsAny({m.anchor.start, m.anchor.end}, taken.value(m.articleId)))
                continue;
            m.createdAt = now;
            m.author = m_author;
            auto id = insertMention(m_db, m);
            if (!id)
                return id.error();
            m.id = *id;
            if (auto recorded = history.recordMention(HistoryEvent::Created, m, m_author);
                !recorded)
                return recorded;
            added.append(m);
        }
        return {};
    });
    if (!stored)
        return stored.error();
    return added;
}
