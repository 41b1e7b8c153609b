#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistview.h"
#include "reader/readerview.h"
#include "store/articledeletion.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "testdata.h"
#include "twoprogramstest.h"
#include "window/dialogs.h"

#include <QAbstractButton>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

// Deleting articles in the window: the Delete key and the list's context menu, one undoable
// command for a whole selection, a question only when annotations would go, the list moving on
// to the next article, and undo refused (saying why) when another program got in the way. Every
// other program here is a real folio-cli process.
class TestArticleDeletionWindow : public TwoProgramsTest {
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
    void undoRefusedWhenAnotherProgramImportedTheSameText_data();
    void undoRefusedWhenAnotherProgramImportedTheSameText();
    void redoRefusedWhenAnotherProgramAnnotatedTheRestoredArticle();
    void deleteRefusedWhenAnotherProgramAnnotatedSinceTheQuestion();
    void openArticleDeletedByAnotherProgramIsClosedWithAMessage();

private:
    QList<qint64> importArticles(int count);
    ArticleListView* list() const {
        return m_window->findChild<ArticleListView*>(u"articleList"_s);
    }
    QList<qint64> listedIds() const;
    void clickRow(int row, Qt::KeyboardModifiers modifiers = {});
    void pressDeleteInList();
    bool exists(qint64 id) const;
    int mentionsOf(qint64 id) const;
    QUndoStack* undoStack() const;
    QString status() const { return m_window->statusBar()->currentMessage(); }
    void annotate(qint64 id, const QStringList& args);

    std::unique_ptr<Database> m_check; // another reader's connection
};

QList<qint64> TestArticleDeletionWindow::importArticles(int count) {
    m_check.reset();
    openWindow();
    if (!m_window)
        return {};
    auto check = Database::open(db());
    if (!check)
        return {};
    m_check = std::move(check).value();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({writeArticles(u"in"_s, 0, count)});
    if (!finished.wait(60000))
        return {};
    for (QWidget* dialog : m_window->findChildren<QDialog*>())
        dialog->close();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return {};
    return listedIds();
}

QList<qint64> TestArticleDeletionWindow::listedIds() const {
    ArticleListModel* model = m_window->articleModel();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->articleId(row);
    return ids;
}

void TestArticleDeletionWindow::clickRow(int row, Qt::KeyboardModifiers modifiers) {
    ArticleListView* view = list();
    const QModelIndex index = m_window->articleModel()->index(row, ArticleListModel::TitleColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->visualRect(index).center());
}

void TestArticleDeletionWindow::pressDeleteInList() {
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Delete);
}

bool TestArticleDeletionWindow::exists(qint64 id) const {
    return ArticleStore(*m_check).article(id).ok();
}

int TestArticleDeletionWindow::mentionsOf(qint64 id) const {
    return int(MentionStore(*m_check).mentions(id).value().size());
}

QUndoStack* TestArticleDeletionWindow::undoStack() const {
    return m_window->findChild<QUndoStack*>();
}

void TestArticleDeletionWindow::annotate(qint64 id, const QStringList& args) {
    const Run run = cli(QStringList{u"annotate"_s, QString::number(id)} + args);
    QVERIFY2(run.status == 0, qPrintable(run.err));
}

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

// Undo after a script imported the same text again: refused, naming the article that took its
// place, and nothing changes. Article ids can be handed out again: deleting the newest article
// frees its id for the next import.
void TestArticleDeletionWindow::undoRefusedWhenAnotherProgramImportedTheSameText_data() {
    QTest::addColumn<bool>("newest");
    QTest::addColumn<QString>("reason");
    QTest::newRow("the freed id was taken") << true << u"its id %1 has been given to “%2” since"_s;
    QTest::newRow("under a new id") << false << u"the same text was imported again since"_s;
}

void TestArticleDeletionWindow::undoRefusedWhenAnotherProgramImportedTheSameText() {
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
void TestArticleDeletionWindow::redoRefusedWhenAnotherProgramAnnotatedTheRestoredArticle() {
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
void TestArticleDeletionWindow::deleteRefusedWhenAnotherProgramAnnotatedSinceTheQuestion() {
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
void TestArticleDeletionWindow::openArticleDeletedByAnotherProgramIsClosedWithAMessage() {
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

QTEST_MAIN(TestArticleDeletionWindow)
#include "tst_articledeletionwindow.moc"
