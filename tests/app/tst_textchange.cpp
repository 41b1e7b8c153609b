#include "annotate/textspan.h"
#include "article/article.h"
#include "clean/articlecleaner.h"
#include "store/anchorreview.h"
#include "store/articlestore.h"
#include "store/articletexteditor.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/mentionstore.h"
#include "store/migrations.h"
#include "store/partnershipstore.h"
#include "testdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Text changes on real SQLite files: the text, the removed pieces, the annotations and their
// history change together, and no annotation is ever lost.
class TestTextChange : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void schemaHasHistory();
    void restoringHeadlineShiftsEveryAnnotation();
    void splitInsideEvidenceKeepsThePartnership();
    void removingParagraphPutsItsMentionsUpForReview();
    void reviewListAndReattach();
    void joinParagraphsKeepsMentionsAndPieces();
    void twoOccurrencesResolveByContext();
    void emojiAndCombiningMarksBeforeTheChange();
    void failedChangeChangesNothing();
    void recleanUnchangedArticleWritesNothing();
    void recleanThousandArticlesCountsAddUp();
    void replaceRawReanchorsAnEditedFile();
    void annotationStoreRecordsHistory();

private:
    qint64 addSample();
    QString cleanText(qint64 id) const { return m_articles->article(id)->clean.text(); }
    Mention mark(qint64 articleId, const QString& company, int start, int end);
    // Marks every whole-word occurrence of `name`; returns how many.
    int markAll(qint64 articleId, const QString& name);
    QList<HistoryEvent> eventsOf(qint64 mentionId) const;
    QList<TextAnchor> anchorsOf(qint64 articleId) const;
    void verifyAllAddressTheirQuotes(qint64 articleId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_articles;
    std::unique_ptr<CompanyStore> m_companies;
    std::unique_ptr<MentionStore> m_mentions;
    std::unique_ptr<PartnershipStore> m_partnerships;
};

void TestTextChange::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_articles = std::make_unique<ArticleStore>(*m_db);
    m_companies = std::make_unique<CompanyStore>(*m_db);
    m_mentions = std::make_unique<MentionStore>(*m_db);
    m_partnerships = std::make_unique<PartnershipStore>(*m_db);
}

void TestTextChange::cleanup() {
    m_partnerships.reset();
    m_mentions.reset();
    m_companies.reset();
    m_articles.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestTextChange::addSample() {
    const QString raw = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    auto added = m_articles->add(TestData::article(raw, u"/data/sample.txt"_s));
    return added ? added->id : 0;
}

Mention TestTextChange::mark(qint64 articleId, const QString& company, int start, int end) {
    auto companyRow = m_companies->ensureCompany(company);
    if (!companyRow)
        return {};
    auto added = m_mentions->addMention(articleId, companyRow->id,
                                        TextSpan::anchorFor(cleanText(articleId), start, end));
    if (!added)
        qWarning("%s", qPrintable(added.errorMessage()));
    return added ? *added : Mention{};
}

int TestTextChange::markAll(qint64 articleId, const QString& name) {
    const QString text = cleanText(articleId);
    int count = 0;
    for (const TextSpan::Span& span : TextSpan::occurrences(text, name))
        count += mark(articleId, name, span.start, span.end).id > 0 ? 1 : 0;
    return count;
}

QList<HistoryEvent> TestTextChange::eventsOf(qint64 mentionId) const {
    QList<HistoryEvent> events;
    const QList<HistoryEntry> history = *HistoryStore(*m_db).mentionHistory(mentionId);
    for (const HistoryEntry& entry : history)
        events.append(entry.event);
    return events;
}

QList<TextAnchor> TestTextChange::anchorsOf(qint64 articleId) const {
    QList<TextAnchor> anchors;
    const QList<Mention> mentions = *m_mentions->mentions(articleId);
    for (const Mention& m : mentions)
        anchors.append(m.anchor);
    return anchors;
}

void TestTextChange::verifyAllAddressTheirQuotes(qint64 articleId) {
    const QString text = cleanText(articleId);
    const QString hash = TextSpan::textHash(text);
    const QList<Mention> mentions = *m_mentions->mentions(articleId);
    for (const Mention& m : mentions) {
        if (!m.anchor.anchored)
            continue;
        QCOMPARE(text.mid(m.anchor.start, m.anchor.length()), m.anchor.quote);
        QCOMPARE(m.anchor.textHash, hash);
        QCOMPARE(m.anchor, TextSpan::anchorFor(text, m.anchor.start, m.anchor.end));
    }
    const QList<Partnership> partnerships = *m_partnerships->partnerships(articleId);
    for (const Partnership& p : partnerships) {
        if (p.evidence.anchored && p.evidence.end > p.evidence.start)
            QCOMPARE(text.mid(p.evidence.start, p.evidence.length()), p.evidence.quote);
    }
}

void TestTextChange::schemaHasHistory() {
    QVERIFY(Migrations::latestVersion() >= 2); // the history arrived with version 2
    QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM annotation_history"_s));
    // Only the known events.
    QVERIFY(!query.exec(u"INSERT INTO annotation_history (article_id, event, at)"
                        " VALUES (1, 'exploded', '')"_s));
}

void TestTextChange::restoringHeadlineShiftsEveryAnnotation() {
    const qint64 id = addSample();
    const QString before = cleanText(id);
    const int marked = markAll(id, u"Xiaomi"_s) + markAll(id, u"Leica"_s);
    QVERIFY(marked >= 10);
    const QList<Mention> old = *m_mentions->mentions(id);

    // The ArticleStore entry point is routed through the re-anchoring editor.
    auto restored = m_articles->restoreRemovedPiece(id, 0);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    const QString headline = u"Soul Hackers 2 Erscheinungsdatum Ankuendigungstrailer enthuellt"_s;
    QCOMPARE(restored->clean.paragraphs.first(), headline);
    QCOMPARE(cleanText(id), headline + u'\n' + before);

    const QList<Mention> now = *m_mentions->mentions(id);
    QCOMPARE(now.size(), old.size());
    const int shift = int(headline.size()) + 1;
    for (int i = 0; i < now.size(); ++i) {
        QCOMPARE(now.at(i).id, old.at(i).id);
        QCOMPARE(now.at(i).anchor.start, old.at(i).anchor.start + shift);
        QCOMPARE(now.at(i).anchor.quote, old.at(i).anchor.quote);
        QVERIFY(now.at(i).anchor.anchored);
        QCOMPARE(eventsOf(now.at(i).id),
                 (QList<HistoryEvent>{HistoryEvent::Created, HistoryEvent::Reanchored}));
    }
    verifyAllAddressTheirQuotes(id);
}

void TestTextChange::splitInsideEvidenceKeepsThePartnership() {
    const qint64 id = addSample();
    const QString text = cleanText(id);
    const int at = int(text.indexOf(u"Leica-Kameratechnologie"_s));
    const TextSpan::Span sentence = TextSpan::sentenceAt(text, at);
    auto xiaomi = m_companies->ensureCompany(u"Xiaomi"_s);
    auto leica = m_companies->ensureCompany(u"Leica"_s);
    Partnership wanted;
    wanted.articleId = id;
    wanted.companyA = xiaomi->id;
    wanted.companyB = leica->id;
    wanted.evidence = TextSpan::anchorFor(text, sentence.start, sentence.end);
    auto partnership = m_partnerships->addPartnership(wanted);
    QVERIFY2(partnership.ok(), qPrintable(partnership.errorMessage()));
    const Mention after = mark(id, u"Leica"_s, at, at + 5);

    // The user splits the paragraph at the space before "ein Xiaomi-Smartphone".
    const int split = int(text.indexOf(u" ein Xiaomi-Smartphone"_s, sentence.start)) + 1;
    auto report = ArticleTextEditor(*m_db).splitParagraph(id, split);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->total(), 2);
    QCOMPARE(report->review, 0);
    QCOMPARE(report->moved, 1); // the evidence: same ends, a '\n' where a space was
    QCOMPARE(report->kept, 1);  // the mention

    const QString now = cleanText(id);
    QCOMPARE(now.size(), text.size());
    const Partnership kept = *m_partnerships->partnership(partnership->id);
    QVERIFY(kept.evidence.anchored);
    QCOMPARE(kept.evidence.start, sentence.start);
    QCOMPARE(kept.evidence.end, sentence.end);
    QCOMPARE(kept.evidence.quote, now.mid(sentence.start, sentence.length()));
    QVERIFY(kept.evidence.quote.contains(u"im Juli\nein Xiaomi"_s));
    const auto history = *HistoryStore(*m_db).partnershipHistory(partnership->id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().event, HistoryEvent::Moved);
    QCOMPARE(history.last().detail[u"quote"_s].toString(), kept.evidence.quote);
    QVERIFY(history.last().detail[u"change"_s].toString().contains(u"split"_s));
    QVERIFY((*m_mentions->mentions(id)).first().anchor.anchored);
    QCOMPARE(m_mentions->mentions(id)->first().id, after.id);
    verifyAllAddressTheirQuotes(id);
}

void TestTextChange::removingParagraphPutsItsMentionsUpForReview() {
    const qint64 id = addSample();
    const Article article = *m_articles->article(id);
    const int paragraph = 3; // "Matthias Harsch, Vorstandsvorsitzender der Leica Camera AG, …"
    QVERIFY(article.clean.paragraphs.at(paragraph).startsWith(u"Matthias Harsch"_s));
    const QString text = article.clean.text();
    const int at = int(text.indexOf(u"Leica Camera AG"_s));
    const Mention gone = mark(id, u"Leica"_s, at, at + 15);
    const int firstLeica = int(text.indexOf(u"Leica"_s));
    const Mention stays = mark(id, u"Leica"_s, firstLeica, firstLeica + 5);

    auto report = ArticleTextEditor(*m_db).removeParagraph(id, paragraph);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->kept, 1);
    QCOMPARE(report->review, 1);
    QCOMPARE(report->moved, 0); // never to one of the other "Leica"s

    // The row is still there, as it was, flagged for review.
    const QList<Mention> mentions = *m_mentions->mentions(id);
    QCOMPARE(mentions.size(), 2);
    const auto review = std::find_if(mentions.cbegin(), mentions.cend(),
                                     [&](const Mention& m) { return m.id == gone.id; });
    QVERIFY(review != mentions.cend());
    QVERIFY(!review->anchor.anchored);
    TextAnchor expected = gone.anchor;
    expected.anchored = false;
    QCOMPARE(review->anchor, expected);
    QCOMPARE(eventsOf(gone.id),
             (QList<HistoryEvent>{HistoryEvent::Created, HistoryEvent::SetToReview}));
    QCOMPARE(eventsOf(stays.id), QList<HistoryEvent>{HistoryEvent::Created});

    // The paragraph became a removed piece, and restoring it brings the mention back.
    const Article removed = *m_articles->article(id);
    QCOMPARE(removed.clean.removed.size(), 2);
    QCOMPARE(removed.clean.removed.last().reason, u"removed by hand"_s);
    QCOMPARE(removed.clean.removed.last().position, paragraph);
    auto back = ArticleTextEditor(*m_db).restoreRemovedPiece(id, 1);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->moved, 1);
    QCOMPARE(cleanText(id), text);
    const auto found = m_mentions->mentions(id)->last();
    QCOMPARE(found.anchor, gone.anchor);
    QCOMPARE(eventsOf(gone.id).last(), HistoryEvent::Moved);
}

void TestTextChange::reviewListAndReattach() {
    const qint64 id = addSample();
    const QString text = cleanText(id);
    const int at = int(text.indexOf(u"Leica Camera AG"_s));
    const Mention mention = mark(id, u"Leica"_s, at, at + 15);
    Partnership wanted;
    wanted.articleId = id;
    wanted.companyA = mention.companyId;
    wanted.companyB = m_companies->ensureCompany(u"Xiaomi"_s)->id;
    const TextSpan::Span sentence = TextSpan::sentenceAt(text, at);
    wanted.evidence = TextSpan::anchorFor(text, sentence.start, sentence.end);
    auto partnership = m_partnerships->addPartnership(wanted);
    QVERIFY(partnership.ok());
    auto removed = ArticleTextEditor(*m_db).removeParagraph(id, 3);
    QVERIFY(removed.ok());
    QCOMPARE(removed->review, 2);

    AnchorReview review(*m_db);
    auto waiting = review.mentionsToReview();
    QVERIFY(waiting.ok());
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().id, mention.id);
    QCOMPARE(review.mentionsToReview(id)->size(), 1);
    QCOMPARE(review.partnershipsToReview()->size(), 1);
    QCOMPARE(review.partnershipsToReview(id)->first().evidence.quote, wanted.evidence.quote);

    const QString now = cleanText(id);
    const int leica = int(now.indexOf(u"Leica"_s));
    TextAnchor across = TextSpan::anchorFor(now, leica, int(now.indexOf(u'\n')) + 3);
    QVERIFY(!review.reattachMention(mention.id, across).ok());
    TextAnchor wrongQuote = TextSpan::anchorFor(now, leica, leica + 5);
    wrongQuote.quote = u"Zeiss"_s;
    QVERIFY(!review.reattachMention(mention.id, wrongQuote).ok());
    QVERIFY(!review.reattachMention(9999, wrongQuote).ok());

    auto attached = review.reattachMention(mention.id, TextSpan::anchorFor(now, leica, leica + 5));
    QVERIFY2(attached.ok(), qPrintable(attached.errorMessage()));
    QVERIFY(attached->anchor.anchored);
    QCOMPARE(attached->anchor.quote, u"Leica"_s);
    QCOMPARE(m_mentions->mentions(id)->first().anchor, attached->anchor);
    QCOMPARE(eventsOf(mention.id).last(), HistoryEvent::Reattached);
    QVERIFY(review.mentionsToReview()->isEmpty());

    // Evidence may span paragraphs.
    const TextAnchor evidence = TextSpan::anchorFor(now, 0, int(now.indexOf(u'\n')) + 4);
    auto evidenced = review.reattachPartnershipEvidence(partnership->id, evidence);
    QVERIFY2(evidenced.ok(), qPrintable(evidenced.errorMessage()));
    QCOMPARE(m_partnerships->partnership(partnership->id)->evidence, evidence);
    QVERIFY(review.partnershipsToReview()->isEmpty());
    const auto history = *HistoryStore(*m_db).partnershipHistory(partnership->id);
    QCOMPARE(history.size(), 3); // created, set_to_review, reattached
    QCOMPARE(history.at(1).event, HistoryEvent::SetToReview);
    QCOMPARE(history.last().event, HistoryEvent::Reattached);
}

void TestTextChange::joinParagraphsKeepsMentionsAndPieces() {
    const qint64 id = addSample();
    const Article before = *m_articles->article(id);
    const int marked = markAll(id, u"Xiaomi"_s);
    auto report = ArticleTextEditor(*m_db).joinParagraphs(id, 1);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->kept, marked);
    const Article after = *m_articles->article(id);
    QCOMPARE(after.clean.paragraphs.size(), before.clean.paragraphs.size() - 1);
    QCOMPARE(after.clean.paragraphs.at(1),
             before.clean.paragraphs.at(1) + u' ' + before.clean.paragraphs.at(2));
    QCOMPARE(after.clean.removed, before.clean.removed); // the headline stood at 0
    verifyAllAddressTheirQuotes(id);
    QVERIFY(!ArticleTextEditor(*m_db).joinParagraphs(id, after.clean.paragraphs.size() - 1).ok());
}

void TestTextChange::twoOccurrencesResolveByContext() {
    const qint64 id = addSample();
    const Article before = *m_articles->article(id);
    const QString text = before.clean.text();
    // "Für Leica ist dies …" (paragraph 2) and "… die Technik von Leica in die Kameras …" (4).
    const int first = int(text.indexOf(u"Für Leica"_s)) + 4;
    const int second = int(text.indexOf(u"von Leica in"_s)) + 4;
    const Mention a = mark(id, u"Leica"_s, first, first + 5);
    const Mention b = mark(id, u"Leica"_s, second, second + 5);
    // The two paragraphs trade places, and each loses its last word: neither is found by the
    // diff, both by quote and context, each in its own sentence.
    QStringList paragraphs = before.clean.paragraphs;
    paragraphs.swapItemsAt(2, 4);
    for (int i : {2, 4})
        paragraphs[i].chop(6);
    auto report = ArticleTextEditor(*m_db).replaceParagraphs(id, paragraphs, before.clean.removed,
                                                             u"reordered by hand"_s);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->moved, 2);
    const QString now = cleanText(id);
    QList<Mention> mentions = *m_mentions->mentions(id);
    const auto byId = [&](qint64 mentionId) {
        return *std::find_if(mentions.cbegin(), mentions.cend(),
                             [&](const Mention& m) { return m.id == mentionId; });
    };
    QCOMPARE(byId(a.id).anchor.start, int(now.indexOf(u"Für Leica"_s)) + 4);
    QCOMPARE(byId(b.id).anchor.start, int(now.indexOf(u"von Leica in"_s)) + 4);
    verifyAllAddressTheirQuotes(id);
}

void TestTextChange::emojiAndCombiningMarksBeforeTheChange() {
    const QString raw = u"Cafe\u0301 📷 und Leica\n\n"
                        "Re\u0301sume\u0301 😀 der Woche: Xiaomi nutzt Leica. Danach 🎉 Zeiss "
                        "in Jena.\nZweiter Absatz mit Leica und Zeiss 🎉.\n\nsource-x\n"_s;
    auto added = m_articles->add(TestData::article(raw));
    QVERIFY(added.ok());
    const qint64 id = added->id;
    const QString text = cleanText(id);
    QVERIFY2(text.startsWith(u"Re\u0301sume\u0301 😀"_s), qPrintable(text));
    const int marked =
        markAll(id, u"Leica"_s) + markAll(id, u"Zeiss"_s) + markAll(id, u"Re\u0301sume\u0301"_s);
    QCOMPARE(marked, 5);
    const QList<TextAnchor> old = anchorsOf(id);
    // Split after the emoji, before "Zeiss" of the first paragraph.
    const int split = int(text.indexOf(u"Danach"_s));
    auto report = ArticleTextEditor(*m_db).splitParagraph(id, split);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->kept, 5);
    const QList<TextAnchor> now = anchorsOf(id);
    QCOMPARE(now.size(), old.size());
    for (int i = 0; i < now.size(); ++i) // a ' ' became the '\n': nothing shifts
        QCOMPARE(now.at(i).start, old.at(i).start);
    verifyAllAddressTheirQuotes(id);
    // And a restore above all of them shifts every UTF-16 offset by the same amount.
    QVERIFY(ArticleTextEditor(*m_db).removeParagraph(id, 0).ok());
    QVERIFY(ArticleTextEditor(*m_db).restoreRemovedPiece(id, 0).ok());
    QCOMPARE(anchorsOf(id), now);
}

void TestTextChange::failedChangeChangesNothing() {
    const qint64 id = addSample();
    markAll(id, u"Leica"_s);
    const QString text = cleanText(id);
    const QList<TextAnchor> anchors = anchorsOf(id);
    ArticleTextEditor editor(*m_db);
    QVERIFY(!editor.splitParagraph(id, 0).ok());                    // at a paragraph's start
    QVERIFY(!editor.splitParagraph(id, int(text.size()) + 5).ok()); // outside
    QVERIFY(!editor.removeParagraph(id, 17).ok());
    QVERIFY(!editor.restoreRemovedPiece(id, 4).ok());
    QVERIFY(!editor.joinParagraphs(999, 0).ok());
    QCOMPARE(cleanText(id), text);
    QCOMPARE(anchorsOf(id), anchors);
    QCOMPARE(m_articles->article(id)->clean.removed.size(), 1);
}

void TestTextChange::recleanUnchangedArticleWritesNothing() {
    const qint64 id = addSample();
    const int marked = markAll(id, u"Leica"_s);
    auto report = ArticleTextEditor(*m_db).reclean(id);
    QVERIFY(report.ok());
    QVERIFY(report->unchanged);
    QCOMPARE(report->kept, marked);
    QCOMPARE(report->total(), marked);
}

void TestTextChange::recleanThousandArticlesCountsAddUp() {
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

void TestTextChange::replaceRawReanchorsAnEditedFile() {
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

void TestTextChange::annotationStoreRecordsHistory() {
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

QTEST_GUILESS_MAIN(TestTextChange)
#include "tst_textchange.moc"
