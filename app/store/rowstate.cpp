#include "store/rowstate.h"

#include "store/database.h"
#include "store/sqldialect.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

QString RowState::joined(QStringView expression, QStringView separator) const {
    return m_db.dialect().joined(expression.toString(), separator.toString());
}

QString RowState::noneLine(const QString& what, qint64 id) {
    return QStringLiteral("%1 %2: none").arg(what).arg(id);
}

Result<QString> RowState::line(const QString& what, qint64 id, const QString& sql,
                               const QVariantList& moreValues) const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(id);
    for (const QVariant& value : moreValues)
        query.addBindValue(value);
    if (!query.exec())
        return m_db.errorFrom(query, QStringLiteral("reading %1 %2").arg(what).arg(id));
    QStringList values;
    while (query.next()) {
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            values << record.value(i).toString();
    }
    if (values.isEmpty())
        return noneLine(what, id);
    return QStringLiteral("%1 %2: %3").arg(what).arg(id).arg(values.join(QStringLiteral(" · ")));
}

Result<QString> RowState::mention(qint64 id) const {
    return line(QStringLiteral("mention"), id,
                QStringLiteral("SELECT '“' || m.quote || '”', 'of ' || c.name, "
                               "'in article ' || m.article_id, m.created_at FROM mention m "
                               "JOIN company c ON c.id = m.company_id WHERE m.id = ?"));
}

Result<QString> RowState::partnership(qint64 id) const {
    return line(QStringLiteral("partnership"), id,
                QStringLiteral("SELECT a.name || ' – ' || b.name, p.kind, p.status, "
                               "'in article ' || p.article_id, p.created_at FROM partnership p "
                               "JOIN company a ON a.id = p.company_a "
                               "JOIN company b ON b.id = p.company_b WHERE p.id = ?"));
}

Result<QString> RowState::company(qint64 id) const {
    return line(QStringLiteral("company"), id,
                QStringLiteral("SELECT c.name, c.created_at, (SELECT ") +
                    joined(u"alias", u"', '") +
                    QStringLiteral(" FROM (SELECT alias FROM company_alias WHERE company_id = c.id "
                                   "ORDER BY alias) aliases) FROM company c WHERE c.id = ?"));
}

Result<QString> RowState::articleText(qint64 articleId) const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT title, clean_text, (SELECT ") + joined(u"text", u"'|'") +
                  QStringLiteral(" FROM (SELECT text FROM removed_piece WHERE article_id = a.id "
                                 "ORDER BY ordinal) pieces) FROM article a WHERE id = ?"));
    query.addBindValue(articleId);
    if (!query.exec())
        return m_db.errorFrom(query, QStringLiteral("reading article %1").arg(articleId));
    if (!query.next())
        return QStringLiteral("article %1: none").arg(articleId);
    // The text itself would make a long line; its hash says as much for the comparison.
    const QByteArray text =
        (query.value(1).toString() + QChar(0) + query.value(2).toString()).toUtf8();
    return QStringLiteral("the text of article %1 “%2”: %3")
        .arg(articleId)
        .arg(query.value(0).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16)));
}

Result<std::optional<QString>> RowState::articleAnnotations(qint64 articleId) const {
    const QString what = QStringLiteral("the annotations of article");
    auto shown = line(
        what, articleId,
        QStringLiteral("SELECT a.text_revision, a.status, a.title,"
                       " (SELECT count(*) || ':' || COALESCE(SUM(m.id), 0) || ':' ||"
                       "   COALESCE(SUM(m.company_id * 1000003 + m.start * 7919 + m.\"end\" * 31 +"
                       "   m.anchored), 0) || ':' || COALESCE(MAX(m.created_at), '')"
                       "  FROM mention m WHERE m.article_id = a.id),"
                       " (SELECT count(*) || ':' || COALESCE(") +
            joined(u"p.id || p.kind || p.status || COALESCE(p.evidence_start, -1) || '-' ||"
                   " COALESCE(p.evidence_end, -1) || p.anchored || p.company_a || '/' ||"
                   " p.company_b",
                   u"','") +
            QStringLiteral(", '') FROM partnership p WHERE p.article_id = a.id),"
                           " (SELECT count(*) || ':' || COALESCE(") +
            joined(u"n.id || n.updated_at || n.body", u"','") +
            QStringLiteral(", '') FROM note n WHERE n.article_id = a.id),"
                           " (SELECT COALESCE(") +
            joined(u"c.id || c.name || c.color", u"','") +
            QStringLiteral(", '') FROM company c WHERE c.id IN"
                           " (SELECT company_id FROM mention WHERE article_id = a.id))"
                           " FROM article a WHERE a.id = ?"));
    if (!shown)
        return shown.error();
    if (*shown == noneLine(what, articleId))
        return std::optional<QString>();
    return std::optional<QString>(*shown);
}

Result<QString> RowState::note(qint64 articleId, qint64 mentionId, qint64 partnershipId) const {
    QString sql = QStringLiteral("SELECT body FROM note WHERE article_id = ? AND ");
    sql += mentionId > 0       ? QStringLiteral("mention_id = ?")
           : partnershipId > 0 ? QStringLiteral("partnership_id = ?")
                               : QStringLiteral("mention_id IS NULL AND partnership_id IS NULL");
    const QVariantList target = mentionId > 0       ? QVariantList{mentionId}
                                : partnershipId > 0 ? QVariantList{partnershipId}
                                                    : QVariantList{};
    const QString what = mentionId > 0 ? QStringLiteral("the note of mention %1").arg(mentionId)
                         : partnershipId > 0
                             ? QStringLiteral("the note of partnership %1").arg(partnershipId)
                             : QStringLiteral("the note of article");
    return line(what, articleId, sql, target);
}

QString RowState::firstDifference(const QStringList& before, const QStringList& now) {
    for (const QString& line : before) {
        if (now.contains(line))
            continue;
        // Lines read "what: values"; the same "what" in `now` says what it became.
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        const QString what = line.left(colon);
        const auto same = std::find_if(now.cbegin(), now.cend(), [&](const QString& other) {
            return other.startsWith(what + QLatin1String(": "));
        });
        if (colon < 0 || same == now.cend())
            return line;
        if (what.startsWith(QLatin1String("the text of article")))
            return what + QLatin1String(" was edited");
        const QString was = line.mid(colon + 2);
        const QString is = same->mid(colon + 2);
        if (is == QLatin1String("none"))
            return QStringLiteral("%1 was deleted").arg(what);
        if (was == QLatin1String("none"))
            return QStringLiteral("%1 was made anew: %2").arg(what, is);
        return QStringLiteral("%1 was “%2”, is now “%3”").arg(what, was, is);
    }
    return before == now ? QString() : before.value(0);
}
