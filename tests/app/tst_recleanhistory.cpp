#include "annotate/textspan.h"
#include "article/article.h"
#include "clean/articlecleaner.h"
#include "store/articletexteditor.h"
#include "store/historystore.h"
#include "store/migrations.h"
#include "store/partnershipstore.h"
#include "testdata.h"
#include "textchangetest.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Changing a whole text at once (cleaning it again, replacing its raw file) keeps every
// annotation, and every change to an annotation is recorded in its history.
class TestRecleanHistory : public TextChangeTest {
    Q_OBJECT
private slots:
    void schemaHasHistory();
    void recleanUnchangedArticleWritesNothing();
    void recleanThousandArticlesCountsAddUp();
    void replaceRawReanchorsAnEditedFile();
    void annotationStoreRecordsHistory();
};

void TestRecleanHistory::schemaHasHistory() {
    QVERIFY(Migrations::latestVersion() >= 2); // the history arrived with version 2
    QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM annotation_history"_s));
    // Only the known events.
    QVERIFY(!query.exec(u"INSERT INTO annotation_history (article_id, event, at)"
                        " VALUES (1, 'exploded', '')"_s));
}

void TestRecleanHistory::recleanUnchangedArticleWritesNothing() {
    const qint64 id = addSample();
    const int marked = markAll(id, u"Leica"_s);
    auto report = ArticleTextEditor(*m_db).reclean(id);
    QVERIFY(report.ok());
    QVERIFY(report->unchanged);
    QCOMPARE(report->kept, marked);
    QCOMPARE(report->total(), marked);
}

void TestRecleanHistory::recleanThousandArticlesCountsAddUp() {
    constexpr int articles = 1000;
    // An older cleaner kept a line of advertising as a paragraph, and one in three articles
    // had its second paragraph split after the first sentence: what a changed cleaner undoes.
    for (int n = 0; n < articles; ++n)
        QVERIFY(m_articles->add(TestData::article(TestData::generatedArticle(n))).ok());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"UPDATE article SET cleaner_version = 0,"
                       " clean_text = 'Anzeige: Nikon Kameras jetzt günstiger' || char(10) ||"
                       " clean_text"_s));
    QVERIFY(query.exec(u"UPDATE article SET clean_text = replace(clean_text, '. The agreement',"
                       " '.' || char(10) || 'The agreement') WHERE id % 3 = 0"_s));

    // Annotate the old texts: every company name (Nikon only in the advertising), and one
    // partnership per article with the sentence naming both as evidence.
    qint64 annotations = 0;
    for (const QString& name :
         {u"Xiaomi"_s, u"Leica"_s, u"Vivo"_s, u"Zeiss"_s, u"Oppo"_s, u"Hasselblad"_s, u"Huawei"_s,
          u"Sharp"_s, u"Panasonic"_s, u"Sony"_s, u"Nikon"_s}) {
        auto company = m_companies->ensureCompany(name);
        auto marked = m_mentions->markAllOccurrences(company->id, 0);
        QVERIFY2(marked.ok(), qPrintable(marked.errorMessage()));
        annotations += marked->size();
    }
    for (qint64 id = 1; id <= articles; id += 10) {
        const QString text = cleanText(id);
        const int said = int(text.indexOf(u" said on Monday"_s));
        const TextSpan::Span sentence = TextSpan::sentenceAt(text, said);
        const auto mentions = *m_mentions->mentions(id);
        Partnership p;
        p.articleId = id;
        p.companyA = mentions.at(1).companyId;
        p.companyB = mentions.at(2).companyId;
        p.evidence = TextSpan::anchorFor(text, sentence.start, sentence.end);
        if (p.companyA == p.companyB)
            continue;
        QVERIFY(m_partnerships->addPartnership(p).ok());
        ++annotations;
    }

    ArticleTextEditor editor(*m_db);
    ReanchorReport sum;
    for (qint64 id = 1; id <= articles; ++id) {
        auto report = editor.reclean(id);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY(!report->unchanged);
        QCOMPARE(report->total(), report->kept + report->moved + report->review);
        sum.kept += report->kept;
        sum.moved += report->moved;
        sum.review += report->review;
    }
    QCOMPARE(qint64(sum.total()), annotations);
    QCOMPARE(sum.review, articles); // each article's Nikon: its words are gone, it is kept
    QSqlQuery count(m_db->connection());
    QVERIFY(count.exec(u"SELECT (SELECT COUNT(*) FROM mention) + (SELECT COUNT(*) FROM"
                       " partnership), (SELECT COUNT(*) FROM mention WHERE anchored = 0),"
                       " (SELECT COUNT(*) FROM article WHERE cleaner_version = %1)"_s.arg(
                           ArticleCleaner::version)) &&
            count.next());
    QCOMPARE(count.value(0).toLongLong(), annotations); // none lost
    QCOMPARE(count.value(1).toInt(), articles);
    QCOMPARE(count.value(2).toInt(), articles);
    for (qint64 id : {qint64(1), qint64(3), qint64(500), qint64(999)})
        verifyAllAddressTheirQuotes(id);

    // Cleaning again changes nothing.
    auto again = editor.reclean(3);
    QVERIFY(again.ok());
    QVERIFY(again->unchanged);
    QCOMPARE(again->review, 1);
}

void TestRecleanHistory::replaceRawReanchorsAnEditedFile() {
    const qint64 id = addSample();
    markAll(id, u"Xiaomi"_s);
    const QList<Mention> old = *m_mentions->mentions(id);
    QString raw = m_articles->article(id)->rawText;
    const QString insert = u"Ein eingefügter Satz. "_s;
    raw.replace(u"Der Tweet bestätigt"_s, insert + u"Der Tweet bestätigt"_s);
    auto report = ArticleTextEditor(*m_db).replaceRaw(id, TestData::article(raw));
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->kept, old.size());
    const Article now = *m_articles->article(id);
    QCOMPARE(now.rawText, raw);
    QCOMPARE(now.originalPath, u"/data/sample.txt"_s);
    verifyAllAddressTheirQuotes(id);
    auto other = m_articles->add(TestData::article(TestData::generatedArticle(1)));
    QVERIFY(!ArticleTextEditor(*m_db)
                 .replaceRaw(other->id, TestData::article(raw))
                 .ok()); // that content is article `id`
}

void TestRecleanHistory::annotationStoreRecordsHistory() {
    const qint64 id = addSample();
    const QString text = cleanText(id);
    const int at = int(text.indexOf(u"Leica"_s));
    const Mention mention = mark(id, u"Leica"_s, at, at + 5);
    auto other = m_companies->createCompany(u"Leica Camera AG"_s);
    QVERIFY(m_mentions->setMentionCompany(mention.id, other->id).ok());
    QVERIFY(m_companies->mergeCompanies(mention.companyId, other->id).ok());
    QVERIFY(m_mentions->removeMention(mention.id).ok());
    const auto history = *HistoryStore(*m_db).mentionHistory(mention.id);
    QCOMPARE(eventsOf(mention.id),
             (QList<HistoryEvent>{HistoryEvent::Created, HistoryEvent::CompanyChanged,
                                  HistoryEvent::CompanyChanged, HistoryEvent::Deleted}));
    QCOMPARE(history.at(1).detail[u"company"_s].toString(), u"Leica Camera AG"_s);
    QCOMPARE(history.at(2).detail[u"company"_s].toString(), u"Leica"_s);
    QCOMPARE(history.last().detail[u"quote"_s].toString(), u"Leica"_s);
    QVERIFY(!history.first().author.isEmpty());
    QVERIFY(history.first().at.isValid());
    QCOMPARE(HistoryStore(*m_db).articleHistory(id)->size(), 4);
}

QTEST_GUILESS_MAIN(TestRecleanHistory)
#include "tst_recleanhistory.moc"
