#include "annotate/reanchorer.h"
#include "annotate/textdiff.h"
#include "annotate/textspan.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The pure re-anchoring core: no database, texts and anchors in, anchors and outcomes out.
class TestReanchorer : public QObject {
    Q_OBJECT
private slots:
    void unchangedTextKeepsEverything();
    void insertionBeforeShifts();
    void paragraphInsertedBetweenShiftsOnlyWhatFollows();
    void quoteEditedSlightlyMovesByCloseMatch();
    void quoteDeletedGoesToReviewAsItWas();
    void lookalikeElsewhereWithBadContextStaysInReview();
    void closeLookalikeWithBadContextStaysInReview();
    void twoOccurrencesResolveByContext();
    void evidenceSplitByParagraphBreakIsMoved();
    void mentionCutByParagraphBreakGoesToReview();
    void emojiAndCombiningMarksBeforeTheChange();
    void diffNeverSplitsACharacter();
    void reviewAnchorIsFoundAgainWhenItsTextReturns();
    void countsAddUp();
    void editDistanceIsBounded();

private:
    static TextAnchor anchorOf(const QString& text, const QString& quote, int occurrence = 0);
};

// The anchor on the `occurrence`-th (from 0) exact occurrence of `quote`.
TextAnchor TestReanchorer::anchorOf(const QString& text, const QString& quote, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = int(text.indexOf(quote, at + 1));
    Q_ASSERT(at >= 0);
    return TextSpan::anchorFor(text, at, at + int(quote.size()));
}

static const QString base = u"Xiaomi und Leica haben eine globale strategische Partnerschaft im "
                            "Bereich der mobilen Bildgebung geschlossen.\n"
                            "Der Tweet bestätigt, dass im Juli ein Xiaomi-Smartphone mit "
                            "Leica-Kameratechnologie eintreffen wird.\n"
                            "Matthias Harsch, Vorstandsvorsitzender der Leica Camera AG, sagte "
                            "in einer Pressemitteilung, es sei ein guter Tag.\n"
                            "Beispielsweise arbeitet Vivo mit Zeiss für seine Smartphones der "
                            "X-Serie zusammen."_s;

void TestReanchorer::unchangedTextKeepsEverything() {
    const QList<TextAnchor> anchors{anchorOf(base, u"Xiaomi"_s), anchorOf(base, u"Leica"_s, 1),
                                    anchorOf(base, u"Leica Camera AG"_s),
                                    anchorOf(base, u"Zeiss"_s)};
    const ReanchorResult result = Reanchorer().reanchor(base, base, anchors);
    QCOMPARE(result.anchors.size(), anchors.size());
    QCOMPARE(result.kept, 4);
    for (int i = 0; i < anchors.size(); ++i) {
        QCOMPARE(result.anchors.at(i).outcome, ReanchorOutcome::Kept);
        QCOMPARE(result.anchors.at(i).anchor, anchors.at(i));
    }
}

void TestReanchorer::insertionBeforeShifts() {
    const QString added = u"Soul Hackers 2 Erscheinungsdatum enthüllt"_s;
    const QString changed = added + u'\n' + base;
    const QList<TextAnchor> anchors{anchorOf(base, u"Xiaomi"_s), anchorOf(base, u"Leica"_s, 2),
                                    anchorOf(base, u"Zeiss"_s)};
    const ReanchorResult result = Reanchorer().reanchor(base, changed, anchors);
    QCOMPARE(result.kept, 3);
    const int shift = int(added.size()) + 1;
    for (int i = 0; i < anchors.size(); ++i) {
        const TextAnchor& after = result.anchors.at(i).anchor;
        QCOMPARE(result.anchors.at(i).outcome, ReanchorOutcome::Kept);
        QCOMPARE(after.start, anchors.at(i).start + shift);
        QCOMPARE(after.end, anchors.at(i).end + shift);
        QCOMPARE(changed.mid(after.start, after.length()), anchors.at(i).quote);
        // Fresh context and hash from the new text.
        QCOMPARE(after, TextSpan::anchorFor(changed, after.start, after.end));
    }
    QCOMPARE(result.anchors.first().anchor.prefix, QString(added + u'\n').right(32));
}

void TestReanchorer::paragraphInsertedBetweenShiftsOnlyWhatFollows() {
    QStringList paragraphs = base.split(u'\n');
    paragraphs.insert(2, u"Ein neuer Absatz dazwischen."_s);
    const QString changed = paragraphs.join(u'\n');
    const TextAnchor before = anchorOf(base, u"Xiaomi"_s, 1);
    const TextAnchor after = anchorOf(base, u"Zeiss"_s);
    const ReanchorResult result = Reanchorer().reanchor(base, changed, {before, after});
    QCOMPARE(result.kept, 2);
    QCOMPARE(result.anchors.at(0).anchor.start, before.start);
    QCOMPARE(result.anchors.at(1).anchor.start, after.start + 29);
}

void TestReanchorer::quoteEditedSlightlyMovesByCloseMatch() {
    // The words around the quote changed too, so no diff run holds either of its ends: only the
    // close-match search can find it.
    QString changed = base;
    changed.replace(u"Vorstandsvorsitzender der Leica Camera AG, sagte"_s,
                    u"Vorstandsvorsitzender bei der Leica Kamera AG, erklärte"_s);
    const TextAnchor anchor = anchorOf(base, u"Leica Camera AG"_s);
    const ReanchorResult result = Reanchorer().reanchor(base, changed, {anchor});
    QCOMPARE(result.moved, 1);
    const TextAnchor& moved = result.anchors.first().anchor;
    QCOMPARE(result.anchors.first().outcome, ReanchorOutcome::Moved);
    QCOMPARE(moved.quote, u"Leica Kamera AG"_s);
    QCOMPARE(changed.mid(moved.start, moved.length()), moved.quote);
    QVERIFY(moved.anchored);
    QCOMPARE(moved.textHash, TextSpan::textHash(changed));
}

void TestReanchorer::quoteDeletedGoesToReviewAsItWas() {
    QString changed = base;
    changed.remove(u"Matthias Harsch, Vorstandsvorsitzender der Leica Camera AG, sagte in einer "
                   "Pressemitteilung, es sei ein guter Tag.\n"_s);
    const TextAnchor anchor = anchorOf(base, u"Leica Camera AG"_s);
    const ReanchorResult result = Reanchorer().reanchor(base, changed, {anchor});
    QCOMPARE(result.review, 1);
    QCOMPARE(result.anchors.first().outcome, ReanchorOutcome::Review);
    TextAnchor expected = anchor;
    expected.anchored = false;
    QCOMPARE(result.anchors.first().anchor, expected); // old offsets, quote, context and hash
}

void TestReanchorer::lookalikeElsewhereWithBadContextStaysInReview() {
    // The sentence with this "Leica" is gone; other "Leica"s remain, in other sentences.
    QString changed = base;
    changed.remove(u"Matthias Harsch, Vorstandsvorsitzender der Leica Camera AG, sagte in einer "
                   "Pressemitteilung, es sei ein guter Tag.\n"_s);
    const TextAnchor anchor = anchorOf(base, u"Leica"_s, 2);
    QCOMPARE(anchor.suffix.left(10), u" Camera AG"_s);
    const ReanchorResult result = Reanchorer().reanchor(base, changed, {anchor});
    QCOMPARE(result.anchors.first().outcome, ReanchorOutcome::Review);
    QCOMPARE(result.anchors.first().anchor.start, anchor.start);
    QVERIFY(!result.anchors.first().anchor.anchored);
}

void TestReanchorer::closeLookalikeWithBadContextStaysInReview() {
    // "Leica Camera AG" is gone; "Leica Camera" (within the edit bound) stands in another story.
    QString changed = base;
    changed.replace(u"Matthias Harsch, Vorstandsvorsitzender der Leica Camera AG, sagte in einer "
                    "Pressemitteilung, es sei ein guter Tag."_s,
                    u"Ganz anders verkauft ein Händler in Berlin alte Leica Camera Modelle."_s);
    const TextAnchor anchor = anchorOf(base, u"Leica Camera AG"_s);
    const ReanchorResult result = Reanchorer().reanchor(base, changed, {anchor});
    QCOMPARE(result.anchors.first().outcome, ReanchorOutcome::Review);
    QCOMPARE(result.review, 1);
}

void TestReanchorer::twoOccurrencesResolveByContext() {
    const QString old = u"Zuerst: Xiaomi arbeitet mit Leica an Kameras für neue Telefone.\n"
                        "Danach: Huawei nutzte früher Leica in vielen älteren Modellen."_s;
    // Both paragraphs edited and swapped: no diff run holds either "Leica".
    const QString changed = u"Später: Huawei nutzte früher Leica in vielen älteren Modellen!\n"
                            "Vorher: Xiaomi arbeitet mit Leica an Kameras für neue Telefone!"_s;
    const TextAnchor first = anchorOf(old, u"Leica"_s, 0);
    const TextAnchor second = anchorOf(old, u"Leica"_s, 1);
    const ReanchorResult result = Reanchorer().reanchor(old, changed, {first, second});
    QCOMPARE(result.moved, 2);
    QCOMPARE(result.anchors.at(0).anchor.start, int(changed.indexOf(u"Leica an"_s)));
    QCOMPARE(result.anchors.at(1).anchor.start, int(changed.indexOf(u"Leica in"_s)));
}

void TestReanchorer::evidenceSplitByParagraphBreakIsMoved() {
    const TextAnchor evidence =
        anchorOf(base, u"Xiaomi und Leica haben eine globale strategische Partnerschaft im "
                       "Bereich der mobilen Bildgebung geschlossen."_s);
    QString changed = base;
    const int split = int(base.indexOf(u" strategische"_s)); // a hand split at this space
    changed[split] = u'\n';
    Reanchorer::Options options;
    options.mayGainParagraphBreak = true;
    const ReanchorResult result = Reanchorer(options).reanchor(base, changed, {evidence});
    QCOMPARE(result.anchors.first().outcome, ReanchorOutcome::Moved);
    const TextAnchor& after = result.anchors.first().anchor;
    QCOMPARE(after.start, evidence.start);
    QCOMPARE(after.end, evidence.end);
    QVERIFY(after.quote.contains(u'\n'));
    QVERIFY(after.anchored);
}

void TestReanchorer::mentionCutByParagraphBreakGoesToReview() {
    const TextAnchor mention = anchorOf(base, u"Leica Camera AG"_s);
    QString changed = base;
    changed[mention.start + 5] = u'\n';
    const ReanchorResult result = Reanchorer().reanchor(base, changed, {mention});
    QCOMPARE(result.anchors.first().outcome, ReanchorOutcome::Review);
}

void TestReanchorer::emojiAndCombiningMarksBeforeTheChange() {
    // U+0301 combining acute accent; 📷 and 😀 are surrogate pairs.
    const QString old = u"Re\u0301sume\u0301 📷 der Woche 😀: Xiaomi nutzt Leica.\n"
                        "Cafe\u0301-Besuch bei Zeiss 🎉 in Jena."_s;
    const QString changed = u"Re\u0301sume\u0301 📷 der Woche 😃 (neu): Xiaomi nutzt Leica.\n"
                            "Cafe\u0301-Besuch bei Zeiss 🎉 in Jena."_s;
    const QList<TextAnchor> anchors{anchorOf(old, u"Re\u0301sume\u0301"_s),
                                    anchorOf(old, u"Xiaomi"_s), anchorOf(old, u"Leica"_s),
                                    anchorOf(old, u"Cafe\u0301"_s), anchorOf(old, u"Zeiss 🎉"_s)};
    const ReanchorResult result = Reanchorer().reanchor(old, changed, anchors);
    QCOMPARE(result.kept, anchors.size());
    for (int i = 0; i < anchors.size(); ++i) {
        const TextAnchor& after = result.anchors.at(i).anchor;
        QCOMPARE(changed.mid(after.start, after.length()), anchors.at(i).quote);
        QCOMPARE(after, TextSpan::anchorFor(changed, after.start, after.end));
    }
    QCOMPARE(result.anchors.at(0).anchor.start, 0);
    QCOMPARE(result.anchors.at(1).anchor.start, anchors.at(1).start + 6);
    // UTF-16 offsets, with code point offsets still consistent for the exporters.
    QCOMPARE(TextSpan::codePointOffset(changed, result.anchors.at(4).anchor.start),
             TextSpan::codePointOffset(old, anchors.at(4).start) + 6);
}

void TestReanchorer::diffNeverSplitsACharacter() {
    // 😀 and 😃 share their high surrogate; e and é (e + U+0301) share their letter.
    const QString old = u"a😀b e c"_s;
    const QString changed = u"a😃b e\u0301 c"_s;
    const TextDiff diff = TextDiff::between(old, changed);
    for (const TextDiff::Run& run : diff.runs()) {
        for (int edge : {run.newStart, run.newEnd()}) {
            QVERIFY(edge == 0 || edge == changed.size() ||
                    !(changed.at(edge).isLowSurrogate() || changed.at(edge).isMark()));
        }
    }
    QCOMPARE(diff.runs().first(), (TextDiff::Run{0, 0, 1})); // "a", not "a" + half a pair
    QCOMPARE(diff.mapStart(5), -1);                          // "e" got a mark: changed
    QCOMPARE(diff.mapStart(6), 7);                           // " c" stayed
}

void TestReanchorer::reviewAnchorIsFoundAgainWhenItsTextReturns() {
    QString removed = base;
    removed.remove(u"Matthias Harsch, Vorstandsvorsitzender der Leica Camera AG, sagte in einer "
                   "Pressemitteilung, es sei ein guter Tag.\n"_s);
    const TextAnchor anchor = anchorOf(base, u"Leica Camera AG"_s);
    const ReanchorResult gone = Reanchorer().reanchor(base, removed, {anchor});
    QCOMPARE(gone.review, 1);
    // The paragraph comes back: the quote in its own context is found again.
    const ReanchorResult back = Reanchorer().reanchor(removed, base, {gone.anchors.first().anchor});
    QCOMPARE(back.moved, 1);
    QCOMPARE(back.anchors.first().anchor, anchor);
}

void TestReanchorer::countsAddUp() {
    QList<TextAnchor> anchors;
    for (const TextSpan::Span& span : TextSpan::occurrences(base, u"Leica"_s))
        anchors.append(TextSpan::anchorFor(base, span.start, span.end));
    for (const TextSpan::Span& span : TextSpan::occurrences(base, u"Xiaomi"_s))
        anchors.append(TextSpan::anchorFor(base, span.start, span.end));
    QString changed = base;
    changed.remove(u"Der Tweet bestätigt, dass im Juli ein Xiaomi-Smartphone mit "
                   "Leica-Kameratechnologie eintreffen wird.\n"_s);
    changed.prepend(u"Neu!\n"_s);
    const ReanchorResult result = Reanchorer().reanchor(base, changed, anchors);
    QCOMPARE(result.total(), anchors.size());
    QCOMPARE(result.anchors.size(), anchors.size());
    QCOMPARE(result.review, 2); // the Xiaomi and the Leica of the removed paragraph
    QCOMPARE(result.kept, anchors.size() - 2);
}

void TestReanchorer::editDistanceIsBounded() {
    QCOMPARE(TextSimilarity::editDistance(u"kitten", u"sitting", 5), 3);
    QCOMPARE(TextSimilarity::editDistance(u"kitten", u"sitting", 2), 3); // limit + 1
    QCOMPARE(TextSimilarity::editDistance(u"", u"abc", 3), 3);
    QCOMPARE(TextSimilarity::editDistance(u"abc", u"abc", 0), 0);
    QCOMPARE(TextSimilarity::similarity(u"", u""), 1.0);
    QCOMPARE(TextSimilarity::similarity(u"abcd", u"abcf"), 0.75);
}

QTEST_GUILESS_MAIN(TestReanchorer)
#include "tst_reanchorer.moc"
