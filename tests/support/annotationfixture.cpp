#include "annotationfixture.h"

#include "annotate/textspan.h"
#include "article/article.h"
#include "store/articlestore.h"
#include "testdata.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

void AnnotationFixture::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_companies = std::make_unique<CompanyStore>(*m_db);
    m_companies->setAuthor(u"tester"_s);
    m_mentions = std::make_unique<MentionStore>(*m_db);
    m_mentions->setAuthor(u"tester"_s);
    m_partnerships = std::make_unique<PartnershipStore>(*m_db);
    m_partnerships->setAuthor(u"tester"_s);
    m_notes = std::make_unique<NoteStore>(*m_db);
    m_statistics = std::make_unique<CorpusStatistics>(*m_db);
}

void AnnotationFixture::cleanup() {
    if (m_db) {
        auto problems = m_db->integrityProblems();
        QVERIFY(problems.ok());
        QCOMPARE(*problems, QStringList());
    }
    m_statistics.reset();
    m_notes.reset();
    m_partnerships.reset();
    m_mentions.reset();
    m_companies.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 AnnotationFixture::addArticle(const QString& raw) {
    auto added = ArticleStore(*m_db).add(TestData::article(raw));
    if (!added.ok())
        qWarning("%s", qPrintable(added.errorMessage()));
    return added.ok() ? added->id : 0;
}

qint64 AnnotationFixture::addSample() {
    return addArticle(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
}

QString AnnotationFixture::cleanText(qint64 articleId) {
    auto article = ArticleStore(*m_db).article(articleId);
    return article.ok() ? article->clean.text() : QString();
}

TextAnchor AnnotationFixture::bare(qint64 articleId, const QString& quote, int nth) {
    const QList<TextSpan::Span> spans = TextSpan::occurrences(cleanText(articleId), quote);
    if (nth >= spans.size())
        return {};
    TextAnchor anchor;
    anchor.start = spans.at(nth).start;
    anchor.end = spans.at(nth).end;
    anchor.quote = cleanText(articleId).mid(anchor.start, anchor.length());
    return anchor;
}

int AnnotationFixture::rows(const QString& table) {
    QSqlQuery query(m_db->connection());
    // The table name is one of ours, never user input.
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Company AnnotationFixture::company(const QString& name, const QStringList& aliases) {
    auto created = m_companies->createCompany(name);
    if (!created.ok()) {
        qWarning("%s", qPrintable(created.errorMessage()));
        return {};
    }
    if (!aliases.isEmpty()) {
        auto set = m_companies->setAliases(created->id, aliases);
        if (!set.ok())
            qWarning("%s", qPrintable(set.errorMessage()));
    }
    return *m_companies->company(created->id);
}

TextAnchor AnnotationFixture::anchorAt(int start, int end, const QString& quote) {
    TextAnchor anchor;
    anchor.start = start;
    anchor.end = end;
    anchor.quote = quote;
    return anchor;
}

QString AnnotationFixture::describe(const TextAnchor& a) {
    return u"[%1,%2) '%3' '%4' '%5' %6 %7"_s.arg(a.start)
        .arg(a.end)
        .arg(a.quote, a.prefix, a.suffix, a.textHash)
        .arg(a.anchored);
}

QString AnnotationFixture::describe(const Mention& m) {
    return u"mention %1 article %2 company %3 %4 %5 %6 note '%7' by %8 at %9"_s.arg(m.id)
        .arg(m.articleId)
        .arg(m.companyId)
        .arg(m.companyName, m.companyColor, describe(m.anchor), m.note, m.author,
             m.createdAt.toString(Qt::ISODateWithMs));
}

QString AnnotationFixture::describe(const Partnership& p) {
    return u"partnership %1 article %2 %3 (%4) + %5 (%6) %7 %8 %9 note '%10' by %11 at %12"_s
        .arg(p.id)
        .arg(p.articleId)
        .arg(p.companyA)
        .arg(p.nameA)
        .arg(p.companyB)
        .arg(p.nameB, p.kind, p.status, describe(p.evidence), p.note, p.author,
             p.createdAt.toString(Qt::ISODateWithMs));
}
