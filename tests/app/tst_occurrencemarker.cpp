#include "annotate/textspan.h"
#include "annotationfixture.h"
#include "store/historystore.h"
#include "store/occurrencemarker.h"
#include "testdata.h"

#include <QSqlQuery>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

// Marking every occurrence in two steps: find() reads only (it runs on a worker thread while the
// window goes on), store() writes what it found in one transaction, refusing a text changed in
// between and skipping what another program marked meanwhile.
class TestOccurrenceMarker : public AnnotationFixture {
    Q_OBJECT
private slots:
    void findWritesNothingAndStoreWritesWithHistory();
    void anchorsCarryTheTextHashAndUtf16Offsets();
    void storeRefusesATextChangedSinceFind();
    void storeSkipsWhatAnotherProgramMarkedMeanwhile();
    void cancelledFindStopsBeforeTheNextArticle();
    void acrossArticlesReportsProgressAndCounts();
    void batchRemoveAndRestoreAreAllOrNothing();
};

void TestOccurrenceMarker::findWritesNothingAndStoreWritesWithHistory() {
    const qint64 article = addSample();
    const Company leica = company(u"Leica"_s, {u"@leica_camera"_s});
    OccurrenceMarker marker(*m_db);
    auto found = marker.find(leica.id, article);
    QVERIFY2(found, qPrintable(found.errorMessage()));
    const int expected = TestData::wholeWordCount(cleanText(article), u"Leica"_s) +
                         int(cleanText(article).count(u"@leica_camera"_s));
    QCOMPARE(found->mentions.size(), expected);
    QCOMPARE(found->articleCount(), 1);
    QVERIFY(!found->cancelled);
    QCOMPARE(rows(u"mention"_s), 0);
    QCOMPARE(rows(u"annotation_history"_s), 0);

    auto stored = marker.store(*found);
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    QCOMPARE(stored->size(), expected);
    QCOMPARE(rows(u"mention"_s), expected);
    const HistoryStore history(*m_db);
    for (const Mention& mention : *stored) {
        QVERIFY(mention.id > 0);
        auto entries = history.mentionHistory(mention.id);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().event, HistoryEvent::Created);
    }
    // A second pass finds nothing left to mark.
    auto again = marker.find(leica.id, article);
    QVERIFY(again);
    QCOMPARE(again->mentions.size(), 0);
}

void TestOccurrenceMarker::anchorsCarryTheTextHashAndUtf16Offsets() {
    const qint64 article =
        addArticle(u"Titel\n\n📷 Re\u0301sume\u0301: Leica 👍 Leica-Kamera und LEICA.\n"_s);
    const Company leica = company(u"Leica"_s);
    auto found = OccurrenceMarker(*m_db).find(leica.id, article);
    QVERIFY(found);
    const QString text = cleanText(article);
    QCOMPARE(found->mentions.size(), 3);
    for (const Mention& mention : found->mentions) {
        // Exactly the anchor a single mark would make, hash included.
        QCOMPARE(mention.anchor,
                 TextSpan::anchorFor(text, mention.anchor.start, mention.anchor.end));
        QCOMPARE(mention.anchor.quote.toLower(), u"leica"_s);
    }
    QCOMPARE(found->textHashes.value(article), TextSpan::textHash(text));
}

void TestOccurrenceMarker::storeRefusesATextChangedSinceFind() {
    const qint64 article = addSample();
    const Company leica = company(u"Leica"_s);
    OccurrenceMarker marker(*m_db);
    auto found = marker.find(leica.id, article);
    QVERIFY(found && !found->mentions.isEmpty());
    QSqlQuery edit(m_db->connection());
    QVERIFY(edit.exec(
        u"UPDATE article SET clean_text = 'Neu ' || clean_text WHERE id = %1"_s.arg(article)));
    auto stored = marker.store(*found);
    QVERIFY(!stored);
    QVERIFY2(stored.errorMessage().contains(u"changed"_s), qPrintable(stored.errorMessage()));
    QVERIFY(stored.errorMessage().contains(u"nothing was marked"_s));
    QCOMPARE(rows(u"mention"_s), 0);
    QCOMPARE(rows(u"annotation_history"_s), 0);
}

void TestOccurrenceMarker::storeSkipsWhatAnotherProgramMarkedMeanwhile() {
    const qint64 article = addSample();
    const Company leica = company(u"Leica"_s);
    OccurrenceMarker marker(*m_db);
    auto found = marker.find(leica.id, article);
    QVERIFY(found && found->mentions.size() > 2);
    // Another program, on its own connection, marks the second occurrence in between.
    auto other = Database::open(m_db->path());
    QVERIFY(other);
    const TextAnchor second = found->mentions.at(1).anchor;
    QVERIFY(MentionStore(**other).addMention(article, leica.id, second));
    auto stored = marker.store(*found);
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    QCOMPARE(stored->size(), found->mentions.size() - 1);
    auto all = m_mentions->mentions(article);
    QVERIFY(all);
    QCOMPARE(all->size(), found->mentions.size()); // none twice
    for (int i = 1; i < all->size(); ++i)
        QVERIFY(all->at(i - 1).anchor.end <= all->at(i).anchor.start);
}

void TestOccurrenceMarker::cancelledFindStopsBeforeTheNextArticle() {
    addSample();
    addArticle(u"Zweiter\n\nLeica und Leica.\n"_s);
    const Company leica = company(u"Leica"_s);
    std::atomic_bool cancel = true;
    int calls = 0;
    auto found = OccurrenceMarker(*m_db).find(leica.id, 0, &cancel, [&](int, int) { ++calls; });
    QVERIFY(found);
    QVERIFY(found->cancelled);
    QCOMPARE(found->mentions.size(), 0);
    QCOMPARE(calls, 0);
    QCOMPARE(rows(u"mention"_s), 0);
}

void TestOccurrenceMarker::acrossArticlesReportsProgressAndCounts() {
    const qint64 sample = addSample();
    const qint64 second = addArticle(u"Zweiter\n\nLeica und Zeiss. Leica ist alt.\n"_s);
    addArticle(u"Dritter\n\nOhne Kamerahersteller.\n"_s);
    const Company leica = company(u"Leica"_s);
    QList<QPair<int, int>> steps;
    auto found = OccurrenceMarker(*m_db).find(leica.id, 0, nullptr, [&](int done, int total) {
        steps.append({done, total});
    });
    QVERIFY(found);
    QCOMPARE(found->articleCount(), 2);
    QCOMPARE(found->textHashes.size(), 2); // full-text search skipped the third article
    QCOMPARE(found->mentions.size(), TestData::wholeWordCount(cleanText(sample), u"Leica"_s) + 2);
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.last(), qMakePair(2, 2));
    auto stored = OccurrenceMarker(*m_db).store(*found);
    QVERIFY(stored);
    QCOMPARE(m_mentions->mentions(second)->size(), 2);
}

void TestOccurrenceMarker::batchRemoveAndRestoreAreAllOrNothing() {
    const qint64 article = addSample();
    const Company leica = company(u"Leica"_s);
    auto marked = m_mentions->markAllOccurrences(leica.id, article);
    QVERIFY(marked && marked->size() > 2);
    QList<qint64> ids;
    for (const Mention& mention : *marked)
        ids.append(mention.id);
    // One unknown id: nothing is removed.
    QVERIFY(!m_mentions->removeMentions(ids + QList<qint64>{999999}));
    QCOMPARE(rows(u"mention"_s), marked->size());

    auto removed = m_mentions->removeMentions(ids);
    QVERIFY2(removed, qPrintable(removed.errorMessage()));
    QCOMPARE(rows(u"mention"_s), 0);
    auto restored = m_mentions->restoreMentions(*removed);
    QVERIFY2(restored, qPrintable(restored.errorMessage()));
    auto back = m_mentions->mentions(article);
    QCOMPARE(describeAll(*back), describeAll(*marked)); // same ids, same anchors
    // Restoring again collides with the rows now there: refused as a whole.
    QVERIFY(!m_mentions->restoreMentions(*removed));
    QCOMPARE(rows(u"mention"_s), marked->size());
}

QTEST_GUILESS_MAIN(TestOccurrenceMarker)
#include "tst_occurrencemarker.moc"
