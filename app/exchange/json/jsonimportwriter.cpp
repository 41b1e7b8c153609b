#include "exchange/json/jsonimportwriter.h"

#include "annotate/reanchorer.h"
#include "annotate/textspan.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/mentionstore.h"
#include "store/partnershipstore.h"
#include "store/sqldialect.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace ImportSql;

namespace {

// `anchor`, made on the file's clean text `fileText`, moved onto `text`, the stored article's
// other clean text (restored pieces, a newer cleaner): the re-anchoring every text change uses,
// so an import never attaches an annotation to a doubtful lookalike either.
TextAnchor relocated(const TextAnchor& anchor, const QString& fileText, const QString& text,
                     bool isEvidence) {
    QuoteSearch::Options options;
    options.mayGainParagraphBreak = isEvidence;
    return Reanchorer(options).reanchor(fileText, text, {anchor}).anchors.constFirst().anchor;
}

QString key(QList<QVariant> parts) {
    QStringList strings;
    for (const QVariant& part : parts)
        strings.append(part.toString());
    return strings.join(QChar(0x1F));
}

// Who the history says made an imported annotation: its author, else whoever imports.
QString authorOf(const QString& author) {
    if (!author.isEmpty())
        return author;
    return Annotation::defaultAuthor();
}

QString mentionKey(qint64 companyId, const TextAnchor& a) {
    return key({companyId, a.start, a.end, a.quote});
}

QString partnershipKey(qint64 a, qint64 b, const Partnership& p) {
    const bool evidence = p.evidence.end > p.evidence.start;
    return key({std::min(a, b), std::max(a, b), p.kind.toCaseFolded(), p.status,
                evidence ? p.evidence.start : 0, evidence ? p.evidence.end : 0,
                evidence ? p.evidence.quote : QString()});
}

} // namespace

JsonImportWriter::JsonImportWriter(Database& database, const QList<Company>& listed,
                                   JsonImportCounts& counts)
    : m_db(database)
    , m_listed(listed)
    , m_counts(counts) {
    for (qsizetype i = 0; i < m_listed.size(); ++i) {
        for (const QString& name : QStringList{m_listed.at(i).name} + m_listed.at(i).aliases) {
            if (!m_listedByName.contains(name.trimmed().toCaseFolded()))
                m_listedByName.insert(name.trimmed().toCaseFolded(), i);
        }
    }
}

Result<qint64> JsonImportWriter::insertArticle(const Article& a) {
    QSqlQuery query(m_db.connection());
    if (!exec(query,
              u"INSERT INTO article (content_hash, title, source, language, original_path,"
              " encoding, raw_text, clean_text, cleaner_version, imported_at, status,"
              " reading_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s +
                  m_db.dialect().returningId(),
              {text(a.contentHash), text(a.title), text(a.source), text(a.language),
               text(a.originalPath), text(a.encoding), text(a.rawText), text(a.clean.text()),
               a.cleanerVersion, timestamp(a.importedAt), int(a.status), a.readingPosition}))
        return m_db.errorFrom(query, u"storing the article"_s);
    const qint64 id = m_db.dialect().newRowId(query);
    for (int i = 0; i < a.clean.removed.size(); ++i) {
        const RemovedPiece& piece = a.clean.removed.at(i);
        if (!exec(query,
                  u"INSERT INTO removed_piece (article_id, ordinal, position, text, reason)"
                  " VALUES (?, ?, ?, ?, ?)"_s,
                  {id, i, piece.position, text(piece.text), text(piece.reason)}))
            return m_db.errorFrom(query, u"storing what cleaning removed"_s);
    }
    return id;
}

Result<void> JsonImportWriter::storeArticle(const ExportedArticle& exported) {
    JsonImportCounts pending;
    auto stored = m_db.transaction([&]() -> Result<void> {
        QSqlQuery query(m_db.connection());
        if (!exec(query, u"SELECT id, clean_text FROM article WHERE content_hash = ?"_s,
                  {exported.article.contentHash}))
            return m_db.errorFrom(query, u"looking for the article"_s);
        qint64 articleId = 0;
        QString cleanText;
        if (query.next()) {
            articleId = query.value(0).toLongLong();
            cleanText = query.value(1).toString();
            ++pending.articlesPresent;
        } else {
            auto inserted = insertArticle(exported.article);
            if (!inserted)
                return inserted.error();
            articleId = *inserted;
            cleanText = exported.article.clean.text();
            ++pending.articlesAdded;
        }
        return storeAnnotations(exported, articleId, cleanText, pending);
    });
    if (!stored)
        return stored;
    // Counted only once committed.
    m_counts.articlesAdded += pending.articlesAdded;
    m_counts.articlesPresent += pending.articlesPresent;
    m_counts.mentionsAdded += pending.mentionsAdded;
    m_counts.mentionsDuplicate += pending.mentionsDuplicate;
    m_counts.partnershipsAdded += pending.partnershipsAdded;
    m_counts.partnershipsDuplicate += pending.partnershipsDuplicate;
    m_counts.companiesAdded += pending.companiesAdded;
    m_counts.partnershipsSkipped += pending.partnershipsSkipped;
    return {};
}

Result<void> JsonImportWriter::storeAnnotations(const ExportedArticle& exported, qint64 articleId,
                                                const QString& cleanText,
                                                JsonImportCounts& counts) {
    // Offsets in the file refer to the file's clean text; an article already stored may have
    // another (restored pieces, a newer cleaner).
    const bool sameText = exported.article.clean.text() == cleanText;
    QSqlQuery query(m_db.connection());

    auto existingMentions = MentionStore(m_db).mentions(articleId);
    if (!existingMentions)
        return existingMentions.error();
    QSet<QString> mentions;
    for (const Mention& m : std::as_const(*existingMentions))
        mentions.insert(mentionKey(m.companyId, m.anchor));
    for (const Mention& m : exported.mentions) {
        auto companyId = companyFor(m.companyName, counts.companiesAdded);
        if (!companyId)
            return companyId.error();
        const TextAnchor a =
            sameText ? m.anchor
                     : relocated(m.anchor, exported.article.clean.text(), cleanText, false);
        if (mentions.contains(mentionKey(*companyId, a))) {
            ++counts.mentionsDuplicate;
            continue;
        }
        if (!exec(query,
                  u"INSERT INTO mention (article_id, company_id, start, \"end\", quote, prefix,"
                  " suffix, text_hash, anchored, author, created_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s +
                      m_db.dialect().returningId(),
                  {articleId, *companyId, a.start, a.end, text(a.quote), text(a.prefix),
                   text(a.suffix), text(a.textHash), int(a.anchored), text(m.author),
                   timestamp(m.createdAt)}))
            return m_db.errorFrom(query, u"storing a mention"_s);
        Mention stored = m;
        stored.id = m_db.dialect().newRowId(query);
        stored.articleId = articleId;
        stored.companyId = *companyId;
        stored.anchor = a;
        if (auto noted = insertNote(articleId, stored.id, 0, m.note); !noted)
            return noted;
        if (auto recorded =
                HistoryStore(m_db).recordMention(HistoryEvent::Created, stored, authorOf(m.author));
            !recorded)
            return recorded;
        mentions.insert(mentionKey(*companyId, a));
        ++counts.mentionsAdded;
    }

    auto existingPartnerships = PartnershipStore(m_db).partnerships(articleId);
    if (!existingPartnerships)
        return existingPartnerships.error();
    QSet<QString> partnerships;
    for (const Partnership& p : std::as_const(*existingPartnerships))
        partnerships.insert(partnershipKey(p.companyA, p.companyB, p));
    for (Partnership p : exported.partnerships) {
        auto a = companyFor(p.nameA, counts.companiesAdded);
        if (!a)
            return a.error();
        auto b = companyFor(p.nameB, counts.companiesAdded);
        if (!b)
            return b.error();
        if (*a == *b) { // two names the database has for one company: nothing to record
            ++counts.partnershipsSkipped;
            continue;
        }
        auto kind = kindFor(p.kind);
        if (!kind)
            return kind.error();
        p.kind = *kind;
        const bool evidence = p.evidence.end > p.evidence.start;
        if (evidence && !sameText)
            p.evidence = relocated(p.evidence, exported.article.clean.text(), cleanText, true);
        if (partnerships.contains(partnershipKey(*a, *b, p))) {
            ++counts.partnershipsDuplicate;
            continue;
        }
        if (!exec(query,
                  u"INSERT INTO partnership (article_id, company_a, company_b, kind, status,"
                  " evidence_start, evidence_end, evidence, prefix, suffix, text_hash, anchored,"
                  " author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s +
                      m_db.dialect().returningId(),
                  {articleId, *a, *b, text(p.kind), text(p.status),
                   evidence ? QVariant(p.evidence.start) : QVariant(),
                   evidence ? QVariant(p.evidence.end) : QVariant(),
                   text(evidence ? p.evidence.quote : QString()),
                   text(evidence ? p.evidence.prefix : QString()),
                   text(evidence ? p.evidence.suffix : QString()),
                   text(evidence ? p.evidence.textHash : QString()),
                   int(evidence ? p.evidence.anchored : true), text(p.author),
                   timestamp(p.createdAt)}))
            return m_db.errorFrom(query, u"storing a partnership"_s);
        p.id = m_db.dialect().newRowId(query);
        p.articleId = articleId;
        p.companyA = *a;
        p.companyB = *b;
        if (auto noted = insertNote(articleId, 0, p.id, p.note); !noted)
            return noted;
        if (auto recorded =
                HistoryStore(m_db).recordPartnership(HistoryEvent::Created, p, authorOf(p.author));
            !recorded)
            return recorded;
        partnerships.insert(partnershipKey(*a, *b, p));
        ++counts.partnershipsAdded;
    }
    return mergeArticleNote(articleId, exported.articleNote);
}

Result<void> JsonImportWriter::insertNote(qint64 articleId, qint64 mentionId, qint64 partnershipId,
                                          const QString& body) {
    if (body.trimmed().isEmpty())
        return {};
    const QString now = timestamp({});
    QSqlQuery query(m_db.connection());
    if (!exec(query,
              u"INSERT INTO note (article_id, mention_id, partnership_id, body, created_at,"
              " updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
              {articleId, mentionId ? QVariant(mentionId) : QVariant(),
               partnershipId ? QVariant(partnershipId) : QVariant(), body, now, now}))
        return m_db.errorFrom(query, u"storing a note"_s);
    return {};
}

// The file's note on the article joins the one already there, unless that one has it.
Result<void> JsonImportWriter::mergeArticleNote(qint64 articleId, const QString& note) {
    if (note.trimmed().isEmpty())
        return {};
    QSqlQuery query(m_db.connection());
    if (!exec(query,
              u"SELECT id, body FROM note WHERE article_id = ? AND mention_id IS NULL"
              " AND partnership_id IS NULL ORDER BY id LIMIT 1"_s,
              {articleId}))
        return m_db.errorFrom(query, u"reading the article's note"_s);
    if (!query.next())
        return insertNote(articleId, 0, 0, note);
    const qint64 id = query.value(0).toLongLong();
    const QString body = query.value(1).toString();
    if (body.contains(note))
        return {};
    if (!exec(query, u"UPDATE note SET body = ?, updated_at = ? WHERE id = ?"_s,
              {QString(body + u"\n\n"_s + note), timestamp({}), id}))
        return m_db.errorFrom(query, u"saving the article's note"_s);
    return {};
}
