#include "annotatingtest.h"

#include "annotating/annotationcontroller.h"
#include "annotating/bulkmarking.h"
#include "store/historystore.h"
#include "testdata.h"
#include "window/dialogs.h"

#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Shift+M and Ctrl+Shift+M on the real window: found off the UI thread with progress and
// Cancel, stored as one undo step, asking first across articles, the reader keeping its place.
class TestBulkMarking : public AnnotatingTest {
    Q_OBJECT
private slots:
    void markingABigArticleLeavesTheWindowFree();
    void undoAndRedoTheBatchKeepTheRows();
    void cancelMarksNothing();
    void acrossArticlesAsksWithTheCounts();
    void secondRunWhileOneRunsIsRefused();

private:
    qint64 openBigArticle(int copies);
    void putCursorOnALeica();
    int expectedLeicas() const { return TestData::wholeWordCount(text(), u"Leica"_s); }
};

// The sample article's body `copies` times, with an emoji and combining marks before some
// occurrences so UTF-16 offsets are exercised: about 2.5 kB of real German news text a copy.
qint64 TestBulkMarking::openBigArticle(int copies) {
    const QString sample = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    const qsizetype bodyStart = sample.indexOf(u"\n\n"_s);
    QString raw = u"Leica überall: eine lange Sammlung\n"_s;
    for (int i = 0; i < copies; ++i) {
        raw += sample.mid(bodyStart);
        if (i % 10 == 0)
            raw += u"\n\n📷 Re\u0301sume\u0301 der Woche: Leica 👍 und noch einmal Leica.\n"_s;
    }
    return importAndOpen(raw);
}

void TestBulkMarking::putCursorOnALeica() {
    select(u"Leica"_s, int(text().indexOf(u"gegeben"_s)));
    markSelectionAs(u"Leica"_s);
    const Mention first = storedMentions().first();
    m_window->reader()->selectCleanRange(first.anchor.start + 1, first.anchor.start + 2);
    focusReader();
}

void TestBulkMarking::markingABigArticleLeavesTheWindowFree() {
    m_articleId = openBigArticle(150);
    QVERIFY(m_articleId > 0);
    QVERIFY(text().size() > 300000);
    putCursorOnALeica();
    const int expected = expectedLeicas();
    QVERIFY(expected > 700);
    QScrollBar* scroll = m_window->reader()->verticalScrollBar();
    scroll->setValue(scroll->maximum() / 2);
    const int place = scroll->value();

    QSignalSpy done(m_window->annotations()->bulkMarking(), &BulkMarking::finished);
    QTest::keyClick(m_window->reader(), Qt::Key_M, Qt::ShiftModifier);
    // The key press returned before anything was stored: the search runs on a worker thread and
    // its result can only arrive through this thread's event loop, which has not run yet.
    QCOMPARE(storedMentions().size(), 1);
    auto* progress = m_window->findChild<QProgressBar*>(u"markProgress"_s);
    auto* cancel = m_window->findChild<QPushButton*>(u"cancelMarkButton"_s);
    QVERIFY(progress && cancel);
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QVERIFY(done.wait(30000));

    const QList<Mention> mentions = storedMentions();
    QCOMPARE(mentions.size(), expected);
    for (const Mention& mention : mentions)
        QCOMPARE(text().mid(mention.anchor.start, mention.anchor.length()), u"Leica"_s);
    QCOMPARE(m_window->reader()->mentionMarkCount(), expected);
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(scroll->value(), place); // the reader kept its place
    QVERIFY2(m_window->statusBar()->currentMessage().contains(
                 u"Marked %1 more occurrences of Leica"_s.arg(QLocale().toString(expected - 1))),
             qPrintable(m_window->statusBar()->currentMessage()));
    // Every mention it made has its history, as one marked by hand does.
    const HistoryStore history(*m_check);
    for (const Mention& mention : mentions) {
        auto entries = history.mentionHistory(mention.id);
        QVERIFY(entries && !entries->isEmpty());
        QCOMPARE(entries->first().event, HistoryEvent::Created);
    }
}

void TestBulkMarking::undoAndRedoTheBatchKeepTheRows() {
    m_articleId = openBigArticle(40);
    putCursorOnALeica();
    QVERIFY(markAllOccurrences());
    const QList<Mention> marked = storedMentions();
    QCOMPARE(marked.size(), expectedLeicas());
    QUndoStack* stack = m_window->annotations()->undoStack();
    QVERIFY(stack->undoText().contains(u"occurrences of Leica"_s));

    QTest::keyClick(m_window->reader(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedMentions().size(), 1); // one undo for the whole batch
    QCOMPARE(m_window->reader()->mentionMarkCount(), 1);
    QTest::keyClick(m_window->reader(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<Mention> again = storedMentions();
    QCOMPARE(again.size(), marked.size());
    for (int i = 0; i < again.size(); ++i) { // the very same rows: later commands name them
        QCOMPARE(again.at(i).id, marked.at(i).id);
        QCOMPARE(again.at(i).anchor.start, marked.at(i).anchor.start);
    }
    QCOMPARE(m_window->reader()->mentionMarkCount(), int(marked.size()));
}

void TestBulkMarking::cancelMarksNothing() {
    putCursorOnALeica();
    QSignalSpy done(m_window->annotations()->bulkMarking(), &BulkMarking::finished);
    QTest::keyClick(m_window->reader(), Qt::Key_M, Qt::ShiftModifier);
    auto* cancel = m_window->findChild<QPushButton*>(u"cancelMarkButton"_s);
    QVERIFY(cancel && cancel->isVisible());
    // Whether the worker has finished or not, nothing it found may be stored after Cancel.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(done.wait(10000));
    QCOMPARE(storedMentions().size(), 1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"cancelled"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!m_window->annotations()->undoStack()->undoText().contains(u"occurrences"_s));
}

void TestBulkMarking::acrossArticlesAsksWithTheCounts() {
    const qint64 sample = m_articleId;
    const qint64 second =
        importAndOpen(u"Zweiter Artikel\n\nLeica und Zeiss bauen Kameras. Leica ist alt.\n"_s);
    const qint64 third = importAndOpen(u"Dritter Artikel\n\nOhne Kamerahersteller.\n"_s);
    QVERIFY(second > 0 && third > 0);
    m_window->openArticle(sample);
    putCursorOnALeica();
    const int inSample = expectedLeicas() - 1;

    Dialogs::setNextAnswer(false);
    QVERIFY(markAllOccurrences(Qt::ControlModifier | Qt::ShiftModifier));
    const QString asked = Dialogs::lastQuestion();
    QVERIFY2(asked.contains(u"%1 occurrences of Leica in 2 articles"_s.arg(inSample + 2)),
             qPrintable(asked));
    QCOMPARE(MentionStore(*m_check).mentions(second)->size(), 0); // No: nothing changed
    QCOMPARE(storedMentions().size(), 1);

    Dialogs::setNextAnswer(true);
    QVERIFY(markAllOccurrences(Qt::ControlModifier | Qt::ShiftModifier));
    QCOMPARE(MentionStore(*m_check).mentions(second)->size(), 2);
    QCOMPARE(storedMentions().size(), inSample + 1);
    QCOMPARE(MentionStore(*m_check).mentions(third)->size(), 0);
    QCOMPARE(m_window->reader()->articleId(), sample);
    QTest::keyClick(m_window->reader(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(MentionStore(*m_check).mentions(second)->size(), 0);
    QCOMPARE(storedMentions().size(), 1);
}

void TestBulkMarking::secondRunWhileOneRunsIsRefused() {
    putCursorOnALeica();
    QSignalSpy done(m_window->annotations()->bulkMarking(), &BulkMarking::finished);
    QTest::keyClick(m_window->reader(), Qt::Key_M, Qt::ShiftModifier);
    QTest::keyClick(m_window->reader(), Qt::Key_M, Qt::ShiftModifier);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Still marking"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(done.wait(10000));
    QTest::qWait(50);
    QCOMPARE(done.size(), 1); // the second press started nothing
    QCOMPARE(storedMentions().size(), expectedLeicas());
}

QTEST_MAIN(TestBulkMarking)
#include "tst_bulkmarking.moc"
