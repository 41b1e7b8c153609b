#include "articledeletiontest.h"

#include "articlelist/articlelistmodel.h"
#include "reader/readerview.h"
#include "store/articlestore.h"
#include "store/mentionstore.h"
#include "window/dialogs.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Deleting articles in the window: the Delete key and the list's context menu, one undoable
// command for a whole selection, a question only when annotations would go, and the list moving
// on to the next article.
class TestArticleDeletionWindow : public ArticleDeletionTest {
    Q_OBJECT
private slots:
    void deletesUnannotatedWithoutAskingAndUndoBringsItBack();
    void keepsScrollPositionAndSelectsPreviousAtTheEnd();
    void deletingTheLastArticleEmptiesTheReader();
    void annotatedAnsweredNoChangesNothing();
    void annotatedAnsweredYesTakesAnnotationsAndUndoRestoresThem();
    void deletesAMultiSelectionInOneCommand();
    void multiSelectionStillMovesAndMarksAsOne();
    void contextMenuOffersOpenReadingStatesAndDelete();
};

// Delete in the list takes the article out of the list and the database without a box (undo is
// there, and the status bar says so); the next article opens; undo brings it back under its id.
void TestArticleDeletionWindow::deletesUnannotatedWithoutAskingAndUndoBringsItBack() {
    const QList<qint64> ids = importArticles(3);
    QCOMPARE(ids.size(), 3);
    clickRow(1);
    QCOMPARE(m_window->reader()->articleId(), ids.at(1));
    const QString askedBefore = Dialogs::lastQuestion();

    pressDeleteInList();
    QCOMPARE(Dialogs::lastQuestion(), askedBefore); // nothing was asked
    QVERIFY(!exists(ids.at(1)));
    QCOMPARE(listedIds(), (QList<qint64>{ids.at(0), ids.at(2)}));
    QCOMPARE(list()->currentArticleId(), ids.at(2)); // the next one
    QCOMPARE(m_window->reader()->articleId(), ids.at(2));
    QVERIFY2(status().contains(u"Deleted “"_s) && status().contains(u"Ctrl+Z"_s),
             qPrintable(status()));
    QVERIFY2(undoStack()->undoText().startsWith(u"Delete “"_s),
             qPrintable(undoStack()->undoText()));

    // Ctrl+Z, the key held while undo selects the restored row: it selects that row alone.
    QTest::keyClick(list(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(exists(ids.at(1)));
    QCOMPARE(listedIds(), ids);
    QCOMPARE(m_window->reader()->articleId(), ids.at(1)); // shown again, same id
    QCOMPARE(list()->selectedArticleIds(), QList<qint64>{ids.at(1)});

    undoStack()->redo();
    QVERIFY(!exists(ids.at(1)));
    QCOMPARE(listedIds(), (QList<qint64>{ids.at(0), ids.at(2)}));
    QCOMPARE(m_window->reader()->articleId(), ids.at(2));
    QCOMPARE(takeErrorMessage(), QString());
}

// Deleting leaves the list where it was scrolled to; deleting the last row opens the one above.
void TestArticleDeletionWindow::keepsScrollPositionAndSelectsPreviousAtTheEnd() {
    const QList<qint64> ids = importArticles(120);
    QCOMPARE(ids.size(), 120);
    ArticleListView* view = list();
    QScrollBar* scroll = view->verticalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum() / 2);
    const int scrolled = scroll->value();
    const int row = view->rowAt(view->viewport()->height() / 2);
    QVERIFY(row > 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(m_window->articleModel()->index(row, 0)).center());
    QCOMPARE(view->currentArticleId(), ids.at(row));
    pressDeleteInList();
    QVERIFY(!exists(ids.at(row)));
    QCOMPARE(scroll->value(), scrolled);
    QCOMPARE(view->currentArticleId(), ids.at(row + 1));
    QCOMPARE(m_window->reader()->articleId(), ids.at(row + 1));

    const int last = m_window->articleModel()->rowCount() - 1;
    clickRow(last);
    pressDeleteInList();
    QVERIFY(!exists(ids.last()));
    QCOMPARE(view->currentArticleId(), ids.at(ids.size() - 2));
    QCOMPARE(m_window->reader()->articleId(), ids.at(ids.size() - 2));
}

// With nothing left the reader and the side panel are empty (the welcome page shows); undo
// brings the article back into the reader.
void TestArticleDeletionWindow::deletingTheLastArticleEmptiesTheReader() {
    const QList<qint64> ids = importArticles(1);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(m_window->reader()->articleId(), ids.first());
    action("actionDeleteArticle")->trigger(); // from the Article menu
    QVERIFY(!exists(ids.first()));
    QCOMPARE(m_window->articleModel()->rowCount(), 0);
    QCOMPARE(m_window->reader()->articleId(), 0);
    QVERIFY(!list()->isVisible()); // the welcome page
    undoStack()->undo();
    QVERIFY(list()->isVisible());
    QCOMPARE(m_window->reader()->articleId(), ids.first());
    QCOMPARE(takeErrorMessage(), QString());
}

// An annotated article asks first, naming what it holds; No leaves everything as it was.
void TestArticleDeletionWindow::annotatedAnsweredNoChangesNothing() {
    const QList<qint64> ids = importArticles(2);
    QCOMPARE(ids.size(), 2);
    const qint64 id = ids.first();
    const QString company =
        m_window->articleModel()->index(0, 0).data().toString().section(u' ', 0, 0);
    annotate(id, {u"--company"_s, company, u"--quote"_s, company});
    clickRow(0);
    QCOMPARE(m_window->reader()->articleId(), id);

    Dialogs::setNextAnswer(false);
    pressDeleteInList();
    QVERIFY2(
        Dialogs::lastQuestion().contains(u"It holds 1 mention. Undo (Ctrl+Z) brings it back."_s),
        qPrintable(Dialogs::lastQuestion()));
    QVERIFY(exists(id));
    QCOMPARE(mentionsOf(id), 1);
    QCOMPARE(listedIds().size(), 2);
    QCOMPARE(m_window->reader()->articleId(), id);
    QCOMPARE(undoStack()->count(), 0);
}

// Yes takes the mentions, partnership and note with the articles, and the question counted
// them; undo brings every one back under its id.
void TestArticleDeletionWindow::annotatedAnsweredYesTakesAnnotationsAndUndoRestoresThem() {
    const QList<qint64> ids = importArticles(3);
    QCOMPARE(ids.size(), 3);
    ArticleListModel* model = m_window->articleModel();
    QList<qint64> annotated;
    int mentions = 0;
    for (int row : {0, 1}) {
        // A generated title reads "A and B agree on deal number N".
        const QStringList words = model->index(row, 0).data().toString().split(u' ');
        const qint64 id = model->articleId(row);
        annotate(id, {u"--company"_s, words.at(0), u"--quote"_s, words.at(0), u"--all"_s});
        annotate(id, {u"--company"_s, words.at(2), u"--quote"_s, words.at(2)});
        annotate(id, {u"--partnership"_s, words.at(0), words.at(2)});
        annotated << id;
        mentions += mentionsOf(id);
    }
    annotate(annotated.first(), {u"--note"_s, u"check the figures"_s});
    QVERIFY(mentions >= 4);
    QList<QList<Mention>> before;
    for (qint64 id : annotated)
        before << MentionStore(*m_check).mentions(id).value();

    clickRow(0);
    clickRow(1, Qt::ShiftModifier);
    QCOMPARE(list()->selectedArticleIds(), annotated);
    Dialogs::setNextAnswer(true);
    pressDeleteInList();
    QCOMPARE(Dialogs::lastQuestion(),
             u"Delete 2 articles? They hold %1 mentions, 2 partnerships and 1 note. Undo (Ctrl+Z) "
             "brings them back."_s.arg(mentions));
    for (qint64 id : annotated) {
        QVERIFY(!exists(id));
        QCOMPARE(mentionsOf(id), 0);
    }
    QCOMPARE(ArticleStore(*m_check).stats().value().partnerships, 0);
    QCOMPARE(ArticleStore(*m_check).stats().value().notes, 0);
    QCOMPARE(listedIds(), QList<qint64>{ids.at(2)});
    QCOMPARE(m_window->reader()->articleId(), ids.at(2));
    QVERIFY2(status().contains(u"with %1 mentions, 2 partnerships and 1 note"_s.arg(mentions)),
             qPrintable(status()));

    undoStack()->undo();
    QCOMPARE(takeErrorMessage(), QString());
    for (int i = 0; i < annotated.size(); ++i) {
        const QList<Mention> after = MentionStore(*m_check).mentions(annotated.at(i)).value();
        QCOMPARE(after.size(), before.at(i).size());
        for (int m = 0; m < after.size(); ++m) {
            QCOMPARE(after.at(m).id, before.at(i).at(m).id);
            QCOMPARE(after.at(m).anchor.start, before.at(i).at(m).anchor.start);
            QCOMPARE(after.at(m).companyName, before.at(i).at(m).companyName);
        }
    }
    QCOMPARE(ArticleStore(*m_check).stats().value().partnerships, 2);
    QCOMPARE(ArticleStore(*m_check).stats().value().notes, 1);
    QCOMPARE(list()->selectedArticleIds(), annotated);
    QCOMPARE(m_window->reader()->articleId(), annotated.first());
    QTRY_VERIFY(m_window->reader()->mentionMarkCount() > 0);
}

// Shift+arrows select several articles; Delete takes them in one command, one undo brings all
// three back.
void TestArticleDeletionWindow::deletesAMultiSelectionInOneCommand() {
    const QList<qint64> ids = importArticles(5);
    QCOMPARE(ids.size(), 5);
    clickRow(1);
    QTest::keyClick(list(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(list(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(list()->selectedArticleIds(), ids.mid(1, 3));
    const int commands = undoStack()->count();

    QTest::keyClick(list(), Qt::Key_Delete);
    for (qint64 id : ids.mid(1, 3))
        QVERIFY(!exists(id));
    QCOMPARE(listedIds(), (QList<qint64>{ids.at(0), ids.at(4)}));
    QCOMPARE(m_window->reader()->articleId(), ids.at(4));
    QCOMPARE(undoStack()->count(), commands + 1);
    QCOMPARE(undoStack()->undoText(), u"Delete 3 articles"_s);
    QVERIFY2(status().contains(u"Deleted 3 articles. Ctrl+Z brings them back."_s),
             qPrintable(status()));

    undoStack()->undo();
    QCOMPARE(listedIds(), ids);
    for (qint64 id : ids)
        QVERIFY(exists(id));
    QCOMPARE(list()->selectedArticleIds(), ids.mid(1, 3));
}

// A multi-selection does not confuse what reads "the current article": J moves on from the open
// one and selects only the next; Mark Done marks every selected article.
void TestArticleDeletionWindow::multiSelectionStillMovesAndMarksAsOne() {
    const QList<qint64> ids = importArticles(5);
    QCOMPARE(ids.size(), 5);
    clickRow(0);
    clickRow(2, Qt::ShiftModifier);
    QCOMPARE(list()->selectedArticleIds(), ids.mid(0, 3));
    QCOMPARE(m_window->reader()->articleId(), ids.at(2));
    action("actionMarkDone")->trigger();
    for (int row = 0; row < 3; ++row)
        QCOMPARE(ArticleStore(*m_check).article(ids.at(row))->status, ReadingStatus::Done);
    QVERIFY(ArticleStore(*m_check).article(ids.at(3))->status != ReadingStatus::Done);

    m_window->reader()->setFocus();
    QTest::keyClick(m_window->reader(), Qt::Key_J);
    QCOMPARE(m_window->reader()->articleId(), ids.at(3));
    QCOMPARE(list()->selectedArticleIds(), QList<qint64>{ids.at(3)});
}

// Right click and the Menu key open the list's menu: Open, Mark Done, Mark Unread, Delete; its
// Delete takes the article that was clicked.
void TestArticleDeletionWindow::contextMenuOffersOpenReadingStatesAndDelete() {
    const QList<qint64> ids = importArticles(3);
    QCOMPARE(ids.size(), 3);
    ArticleListView* view = list();
    auto* menu = view->findChild<QMenu*>(u"articleListMenu"_s);
    QVERIFY(menu);

    const QPoint at = view->visualRect(m_window->articleModel()->index(1, 0)).center();
    QTest::mousePress(view->viewport(), Qt::RightButton, {}, at);
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &click);
    QTest::mouseRelease(view->viewport(), Qt::RightButton, {}, at);
    QTRY_VERIFY(menu->isVisible());
    QStringList names;
    for (QAction* action : menu->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QCOMPARE(names, (QStringList{u"actionOpenArticle"_s, u"actionMarkDone"_s, u"actionMarkUnread"_s,
                                 u"actionDeleteArticle"_s}));
    QCOMPARE(m_window->reader()->articleId(), ids.at(1)); // the clicked row
    menu->actions().last()->trigger();
    menu->close();
    QVERIFY(!exists(ids.at(1)));
    QVERIFY(exists(ids.at(0)) && exists(ids.at(2)));

    view->setFocus();
    QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(), view->mapToGlobal(QPoint()));
    QApplication::sendEvent(view, &key);
    QTRY_VERIFY(menu->isVisible());
    menu->close();
}

QTEST_MAIN(TestArticleDeletionWindow)
#include "tst_articledeletionwindow.moc"
