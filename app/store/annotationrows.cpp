#include "store/annotationrows.h"

#include "annotate/companynames.h"
#include "annotate/textspan.h"
#include "store/database.h"
#include "store/sqldialect.h"
#include "store/sqlvalue.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace AnnotationRows {

using SqlValue::text;

bool exec(QSqlQuery& query, const QString& sql, const QVariantList& values) {
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

Result<void> run(Database& db, const QString& sql, const QVariantList& values,
                 const QString& doing) {
    QSqlQuery query(db.connection());
    if (!exec(query, sql, values))
        return db.errorFrom(query, doing);
    return {};
}

QString timestamp(const QDateTime& when) {
    return (when.isValid() ? when : QDateTime::currentDateTimeUtc())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

QDateTime dateFrom(const QVariant& value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Error noSuchArticle(qint64 id) {
    return Error{u"There is no article with id %1."_s.arg(id)};
}
Error noSuchCompany(qint64 id) {
    return Error{u"There is no company with id %1."_s.arg(id)};
}
Error noSuchMention(qint64 id) {
    return Error{u"There is no mention with id %1."_s.arg(id)};
}
Error noSuchPartnership(qint64 id) {
    return Error{u"There is no partnership with id %1."_s.arg(id)};
}

Result<QString> articleText(Database& db, qint64 articleId) {
    QSqlQuery query(db.connection());
    if (!exec(query, u"SELECT clean_text FROM article WHERE id = ?"_s, {articleId}))
        return db.errorFrom(query, u"reading article %1"_s.arg(articleId));
    if (!query.next())
        return noSuchArticle(articleId);
    return query.value(0).toString();
}

Result<QList<Company>> readCompanies(Database& db, qint64 onlyId) {
    const QString where = onlyId ? u" WHERE id = ?"_s : QString();
    const QVariantList values = onlyId ? QVariantList{onlyId} : QVariantList{};
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!exec(query, u"SELECT id, name, color FROM company"_s + where + u" ORDER BY name, id"_s,
              values))
        return db.errorFrom(query, u"reading companies"_s);
    QList<Company> companies;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), companies.size());
        companies.append({query.value(0).toLongLong(),
                          query.value(1).toString(),
                          query.value(2).toString(),
                          {}});
    }
    const QString aliasWhere = onlyId ? u" WHERE company_id = ?"_s : QString();
    if (!exec(query,
              u"SELECT company_id, alias FROM company_alias"_s + aliasWhere +
                  u" ORDER BY alias, id"_s,
              values))
        return db.errorFrom(query, u"reading company aliases"_s);
    while (query.next()) {
        const auto at = index.constFind(query.value(0).toLongLong());
        if (at != index.constEnd())
            companies[*at].aliases.append(query.value(1).toString());
    }
    // Databases from before aliases were normalised may hold "@leica_camera" beside
    // "leica_camera": read them as one, so the window and every export list each once.
    for (Company& company : companies)
        company.aliases = cleanAliases(company.aliases, company.name);
    return companies;
}

Result<Company> readCompany(Database& db, qint64 id) {
    auto companies = readCompanies(db, id);
    if (!companies)
        return companies.error();
    if (companies->isEmpty())
        return noSuchCompany(id);
    return companies->first();
}

QStringList cleanNames(const QStringList& names, const QString& except) {
    QStringList clean;
    for (const QString& name : names) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || trimmed.compare(except, Qt::CaseInsensitive) == 0 ||
            clean.contains(trimmed, Qt::CaseInsensitive))
            continue;
        clean.append(trimmed);
    }
    return clean;
}

QStringList cleanAliases(const QStringList& names, const QString& except) {
    QStringList clean;
    QStringList keys{CompanyNames::key(except)};
    for (const QString& name : names) {
        const QString form = CompanyNames::aliasForm(name);
        const QString key = CompanyNames::key(form);
        if (form.isEmpty() || keys.contains(key))
            continue;
        clean.append(form);
        keys.append(key);
    }
    return clean;
}

Result<TextAnchor> checkedAnchor(const QString& articleText, const TextAnchor& anchor,
                                 const QString& what) {
    if (anchor.end <= anchor.start)
        return Error{u"%1 needs at least one character of text."_s.arg(what)};
    if (anchor.start < 0 || anchor.end > articleText.size())
        return Error{u"The span %1–%2 is outside the article's text (it has %3 characters)."_s
                         .arg(anchor.start)
                         .arg(anchor.end)
                         .arg(articleText.size())};
    if (QStringView(articleText).mid(anchor.start, anchor.length()) != anchor.quote)
        return Error{u"The quote does not match the article's text at that place."_s};
    TextAnchor checked = anchor;
    const TextAnchor computed = TextSpan::anchorFor(articleText, anchor.start, anchor.end);
    if (checked.prefix.isEmpty())
        checked.prefix = computed.prefix;
    if (checked.suffix.isEmpty())
        checked.suffix = computed.suffix;
    if (checked.textHash.isEmpty())
        checked.textHash = computed.textHash;
    return checked;
}

Result<QList<Mention>> readMentions(Database& db, const QString& where,
                                    const QVariantList& values) {
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!exec(query,
              u"SELECT m.id, m.article_id, m.company_id, c.name, c.color, m.start, m.\"end\","
              " m.quote, m.prefix, m.suffix, m.text_hash, m.anchored, m.author, m.created_at,"
              " (SELECT body FROM note n WHERE n.mention_id = m.id ORDER BY n.id LIMIT 1)"
              " FROM mention m JOIN company c ON c.id = m.company_id WHERE "_s +
                  where + u" ORDER BY m.start, m.id"_s,
              values))
        return db.errorFrom(query, u"reading mentions"_s);
    QList<Mention> mentions;
    while (query.next()) {
        Mention m;
        m.id = query.value(0).toLongLong();
        m.articleId = query.value(1).toLongLong();
        m.companyId = query.value(2).toLongLong();
        m.companyName = query.value(3).toString();
        m.companyColor = query.value(4).toString();
        m.anchor = {query.value(5).toInt(),    query.value(6).toInt(),
                    query.value(7).toString(), query.value(8).toString(),
                    query.value(9).toString(), query.value(10).toString(),
                    query.value(11).toBool()};
        m.author = query.value(12).toString();
        m.createdAt = dateFrom(query.value(13));
        m.note = query.value(14).toString();
        mentions.append(m);
    }
    return mentions;
}

Result<Mention> readMention(Database& db, qint64 id) {
    auto found = readMentions(db, u"m.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noSuchMention(id);
    return found->first();
}

Result<QList<Partnership>> readPartnerships(Database& db, const QString& where,
                                            const QVariantList& values) {
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!exec(query,
              u"SELECT p.id, p.article_id, p.company_a, p.company_b, ca.name, cb.name, p.kind,"
              " p.status, p.evidence_start, p.evidence_end, p.evidence, p.prefix, p.suffix,"
              " p.text_hash, p.anchored, p.author, p.created_at,"
              " (SELECT body FROM note n WHERE n.partnership_id = p.id ORDER BY n.id LIMIT 1)"
              " FROM partnership p JOIN company ca ON ca.id = p.company_a"
              " JOIN company cb ON cb.id = p.company_b WHERE "_s +
                  where + u" ORDER BY p.evidence_start, p.id"_s,
              values))
        return db.errorFrom(query, u"reading partnerships"_s);
    QList<Partnership> partnerships;
    while (query.next()) {
        Partnership p;
        p.id = query.value(0).toLongLong();
        p.articleId = query.value(1).toLongLong();
        p.companyA = query.value(2).toLongLong();
        p.companyB = query.value(3).toLongLong();
        p.nameA = query.value(4).toString();
        p.nameB = query.value(5).toString();
        p.kind = query.value(6).toString();
        p.status = query.value(7).toString();
        p.evidence = {query.value(8).toInt(),     query.value(9).toInt(),
                      query.value(10).toString(), query.value(11).toString(),
                      query.value(12).toString(), query.value(13).toString(),
                      query.value(14).toBool()};
        p.author = query.value(15).toString();
        p.createdAt = dateFrom(query.value(16));
        p.note = query.value(17).toString();
        partnerships.append(p);
    }
    return partnerships;
}

Result<Partnership> readPartnership(Database& db, qint64 id) {
    auto found = readPartnerships(db, u"p.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noSuchPartnership(id);
    return found->first();
}

bool hasEvidence(const TextAnchor& evidence) {
    return evidence.end > evidence.start;
}

// Inserts with mention.id when it is set (restoring), else with a new id; returns the id.
Result<qint64> insertMention(Database& db, const Mention& m) {
    QSqlQuery query(db.connection());
    if (!exec(query,
              u"INSERT INTO mention (id, article_id, company_id, start, \"end\", quote, prefix,"
              " suffix, text_hash, anchored, author, created_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s +
                  db.dialect().returningId(),
              {m.id ? QVariant(m.id) : QVariant(), m.articleId, m.companyId, m.anchor.start,
               m.anchor.end, text(m.anchor.quote), text(m.anchor.prefix), text(m.anchor.suffix),
               text(m.anchor.textHash), int(m.anchor.anchored), text(m.author),
               timestamp(m.createdAt)}))
        return db.errorFrom(query, u"storing a mention"_s);
    return m.id ? m.id : db.dialect().newRowId(query);
}

Result<qint64> insertPartnership(Database& db, const Partnership& p) {
    const bool evidence = hasEvidence(p.evidence);
    QSqlQuery query(db.connection());
    if (!exec(query,
              u"INSERT INTO partnership (id, article_id, company_a, company_b, kind, status,"
              " evidence_start, evidence_end, evidence, prefix, suffix, text_hash, anchored,"
              " author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s +
                  db.dialect().returningId(),
              {p.id ? QVariant(p.id) : QVariant(), p.articleId, p.companyA, p.companyB,
               text(p.kind), text(p.status), evidence ? QVariant(p.evidence.start) : QVariant(),
               evidence ? QVariant(p.evidence.end) : QVariant(),
               text(evidence ? p.evidence.quote : QString()),
               text(evidence ? p.evidence.prefix : QString()),
               text(evidence ? p.evidence.suffix : QString()),
               text(evidence ? p.evidence.textHash : QString()), int(p.evidence.anchored),
               text(p.author), timestamp(p.createdAt)}))
        return db.errorFrom(query, u"storing a partnership"_s);
    return p.id ? p.id : db.dialect().newRowId(query);
}

Result<void> writeNote(Database& db, qint64 articleId, qint64 mentionId, qint64 partnershipId,
                       const QString& body) {
    const QString target = mentionId       ? u"mention_id = ? AND partnership_id IS NULL"_s
                           : partnershipId ? u"mention_id IS NULL AND partnership_id = ?"_s
                                           : u"mention_id IS NULL AND partnership_id IS NULL"_s;
    QVariantList values{articleId};
    if (mentionId || partnershipId)
        values.append(mentionId ? mentionId : partnershipId);
    QSqlQuery query(db.connection());
    if (body.trimmed().isEmpty())
        return run(db, u"DELETE FROM note WHERE article_id = ? AND "_s + target, values,
                   u"deleting a note"_s);
    if (!exec(query, u"SELECT id FROM note WHERE article_id = ? AND "_s + target + u" LIMIT 1"_s,
              values))
        return db.errorFrom(query, u"saving a note"_s);
    const QString now = timestamp();
    if (query.next())
        return run(db, u"UPDATE note SET body = ?, updated_at = ? WHERE id = ?"_s,
                   {body, now, query.value(0)}, u"saving a note"_s);
    return run(db,
               u"INSERT INTO note (article_id, mention_id, partnership_id, body, created_at,"
               " updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
               {articleId, mentionId ? QVariant(mentionId) : QVariant(),
                partnershipId ? QVariant(partnershipId) : QVariant(), body, now, now},
               u"saving a note"_s);
}

Result<QList<qint64>> ids(Database& db, const QString& sql, const QVariantList& values,
                          const QString& doing) {
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!exec(query, sql, values))
        return db.errorFrom(query, doing);
    QList<qint64> list;
    while (query.next())
        list.append(query.value(0).toLongLong());
    return list;
}

} // namespace AnnotationRows
