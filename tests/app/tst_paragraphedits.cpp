#include "annotate/textspan.h"
#include "article/article.h"
#include "store/anchorreview.h"
#include "store/articlestore.h"
#include "store/articletexteditor.h"
#include "store/historystore.h"
#include "store/partnershipstore.h"
#include "testdata.h"
#include "textchangetest.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Editing an article's paragraphs by hand: restoring, splitting, removing and joining them moves
// or keeps every annotation, or puts it up for review, and a refused change changes nothing.
class TestParagraphEdits : public TextChangeTest {
    Q_OBJECT
private slots:
    void restoringHeadlineShiftsEveryAnnotation();
    void splitInsideEvidenceKeepsThePartnership();
    void removingParagraphPutsItsMentionsUpForReview();
    void reviewListAndReattach();
    void joinParagraphsKeepsMentionsAndPieces();
    void twoOccurrencesResolveByContext();
    void emojiAndCombiningMarksBeforeTheChange();
    void failedChangeChangesNothing();
};

void TestParagraphEdits::restoringHeadlineShiftsEveryAnnotation() {
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

void TestParagraphEdits::splitInsideEvidenceKeepsThePartnership() {
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

void TestParagraphEdits::removingParagraphPutsItsMentionsUpForReview() {
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

void TestParagraphEdits::reviewListAndReattach() {
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

void TestParagraphEdits::joinParagraphsKeepsMentionsAndPieces() {
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

void TestParagraphEdits::twoOccurrencesResolveByContext() {
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

void TestParagraphEdits::emojiAndCombiningMarksBeforeTheChange() {
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

void TestParagraphEdits::failedChangeChangesNothing() {
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

QTEST_GUILESS_MAIN(TestParagraphEdits)
#include "tst_paragraphedits.moc"
