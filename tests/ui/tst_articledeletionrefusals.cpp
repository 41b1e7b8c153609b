#include "articledeletiontest.h"

#include "articlelist/articlelistmodel.h"
#include "reader/readerview.h"
#include "store/articlestore.h"
#include "store/mentionstore.h"
#include "window/dialogs.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

// Deleting articles while another program (a real folio-cli process) writes: undo, redo and the
// delete itself are refused, saying why, when it got in the way; an article it deleted under
// the window is closed with a message.
class TestArticleDeletionRefusals : public ArticleDeletionTest {
    Q_OBJECT
private slots:
    void undoRefusedWhenAnotherProgramImportedTheSameText_data();
    void undoRefusedWhenAnotherProgramImportedTheSameText();
    void redoRefusedWhenAnotherProgramAnnotatedTheRestoredArticle();
    void deleteRefusedWhenAnotherProgramAnnotatedSinceTheQuestion();
    void openArticleDeletedByAnotherProgramIsClosedWithAMessage();
};

// Undo after a script imported the same text again: refused, naming the article that took its
// place, and nothing changes. Article ids can be handed out again: deleting the newest article
// frees its id for the next import.
void TestArticleDeletionRefusals::undoRefusedWhenAnotherProgramImportedTheSameText_data() {
    QTest::addColumn<bool>("newest");
    QTest::addColumn<QString>("reason");
    QTest::newRow("the freed id was taken") << true << u"its id %1 has been given to “%2” since"_s;
    QTest::newRow("under a new id") << false << u"the same text was imported again since"_s;
}

void TestArticleDeletionRefusals::undoRefusedWhenAnotherProgramImportedTheSameText() {
    QFETCH(bool, newest);
    QFETCH(QString, reason);
    QList<qint64> ids = importArticles(3);
    QCOMPARE(ids.size(), 3);
    const qint64 id = newest ? *std::max_element(ids.cbegin(), ids.cend())
                             : *std::min_element(ids.cbegin(), ids.cend());
    m_window->openArticle(id);
    const QString title = ArticleStore(*m_check).article(id)->clean.title;
    pressDeleteInList();
    QVERIFY(!exists(id));

    const Run imported = cli({u"import"_s, m_dir->filePath(u"in"_s)});
    QVERIFY2(imported.status == 0, qPrintable(imported.out + imported.err));
    QCOMPARE(ArticleStore(*m_check).stats()->articles, 3);
    QCOMPARE(exists(id), newest);
    undoStack()->undo();
    const QString message = takeErrorMessage();
    QVERIFY2(message.contains(u"Cannot bring back “%1”: "_s.arg(title) +
                              (newest ? reason.arg(id).arg(title) : reason)),
             qPrintable(message));
    QVERIFY2(message.contains(u"Nothing was restored."_s), qPrintable(message));
    QCOMPARE(ArticleStore(*m_check).stats()->articles, 3);
    QCOMPARE(undoStack()->count(), 0); // the refused step is gone, not left to fail again
}

// Undo brings the article back; a script then marks a company in it: redo would take the
// script's mark along, so it is refused with the reason and the article stays.
void TestArticleDeletionRefusals::redoRefusedWhenAnotherProgramAnnotatedTheRestoredArticle() {
    const QList<qint64> ids = importArticles(2);
    QCOMPARE(ids.size(), 2);
    clickRow(0);
    const qint64 id = ids.first();
    pressDeleteInList();
    undoStack()->undo();
    QVERIFY(exists(id));
    const QString company =
        m_window->articleModel()->index(0, 0).data().toString().section(u' ', 0, 0);
    annotate(id, {u"--company"_s, company, u"--quote"_s, company});

    undoStack()->redo();
    const QString message = takeErrorMessage();
    QVERIFY2(message.contains(u"Cannot redo “Delete “"_s), qPrintable(message));
    QVERIFY2(message.contains(u"another program changed it since"_s), qPrintable(message));
    QVERIFY2(message.contains(u"1 mention"_s), qPrintable(message));
    QVERIFY(exists(id));
    QCOMPARE(mentionsOf(id), 1);
}

// The window asks about an article holding one mention; while the question is open a script
// marks another: answering Delete is refused rather than taking what nobody was asked about.
void TestArticleDeletionRefusals::deleteRefusedWhenAnotherProgramAnnotatedSinceTheQuestion() {
    const QList<qint64> ids = importArticles(2);
    QCOMPARE(ids.size(), 2);
    clickRow(0);
    const qint64 id = ids.first();
    const QStringList words = m_window->articleModel()->index(0, 0).data().toString().split(u' ');
    annotate(id, {u"--company"_s, words.at(0), u"--quote"_s, words.at(0)});

    // The real box this time: the script runs while it waits for the answer.
    bool answered = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* box = m_window->findChild<QMessageBox*>(u"confirmBox"_s);
        if (!box || !box->isVisible() || answered)
            return;
        answered = true;
        cli({u"annotate"_s, QString::number(id), u"--company"_s, words.at(2), u"--quote"_s,
             words.at(2)});
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == u"Delete"_s)
                button->click();
        }
    });
    poll.start(10);
    pressDeleteInList();
    poll.stop();
    QVERIFY(answered);
    const QString message = takeErrorMessage();
    QVERIFY2(message.contains(u"was changed by another program since you chose to delete it: it "
                              "holds 2 mentions now. Nothing was deleted"_s),
             qPrintable(message));
    QVERIFY(exists(id));
    QCOMPARE(mentionsOf(id), 2);
    QCOMPARE(undoStack()->count(), 0);
}

// folio-cli deletes the article the window has open: the window closes it and says so, and
// Delete and Mark Company then say what to do instead of failing on a missing article.
void TestArticleDeletionRefusals::openArticleDeletedByAnotherProgramIsClosedWithAMessage() {
    const QList<qint64> ids = importArticles(2);
    QCOMPARE(ids.size(), 2);
    clickRow(0);
    const qint64 id = ids.first();
    const Run deleted = cli({u"delete"_s, QString::number(id)});
    QVERIFY2(deleted.status == 0, qPrintable(deleted.err));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->reader()->articleId(), 0, 5000);
    QVERIFY2(status().contains(u"The open article was deleted by another program."_s),
             qPrintable(status()));
    QCOMPARE(listedIds(), QList<qint64>{ids.at(1)});

    action("actionDeleteArticle")->trigger();
    QCOMPARE(takeErrorMessage(), QString());
    QCOMPARE(status(), u"Select the articles to delete in the list first."_s);
    QVERIFY(exists(ids.at(1)));
    action("actionMarkCompany")->trigger();
    QCOMPARE(takeErrorMessage(), QString());
    QCOMPARE(status(), u"Open an article first."_s);
}

QTEST_MAIN(TestArticleDeletionRefusals)
#include "tst_articledeletionrefusals.moc"
