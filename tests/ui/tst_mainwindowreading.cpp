#include "articlelist/articlelistmodel.h"
#include "mainwindowtest.h"
#include "reader/readerview.h"
#include "testdata.h"
#include "window/shortcutshelp.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

// Reading in the window: choosing, searching and filtering articles, the keyboard, the
// removed pieces, the shortcuts help, and what the window remembers.
class TestMainWindowReading : public MainWindowTest {
    Q_OBJECT
private slots:
    void selectingArticleShowsCleanTextAndMarksReading();
    void searchFiltersListAndHighlightsWords();
    void searchTakesAnyText();
    void sourceAndStatusFiltersNarrowTheList();
    void toggleRemovedThenRestoreSavesIntoDatabase();
    void showingRemovedGoesToThemAndHidingComesBack();
    void keyboardMovesMarksAndZooms();
    void helpListsEveryShortcut();
    void windowStateAndLastArticleAreRemembered();
};

void TestMainWindowReading::selectingArticleShowsCleanTextAndMarksReading() {
    importFolderAndWait(TestData::samplesDir());
    importFolderAndWait(writeArticles(u"more"_s, 2));
    const int row = rowOfTitleContaining(u"Leica: Xiaomi"_s);
    QVERIFY(row >= 0);
    list()->setCurrentIndex(m_window->articleModel()->index(row, 0));
    const qint64 id = m_window->reader()->articleId();
    QVERIFY(id > 0);
    const Article stored = storedArticle(id);
    QCOMPARE(m_window->reader()->bodyText(), stored.clean.text());
    QCOMPARE(stored.status, ReadingStatus::Reading);
    QCOMPARE(m_window->articleModel()->data(m_window->articleModel()->index(row, 0),
                                            ArticleListModel::StatusRole),
             QVariant(int(ReadingStatus::Reading)));
}

void TestMainWindowReading::searchFiltersListAndHighlightsWords() {
    importFolderAndWait(TestData::samplesDir());
    importFolderAndWait(writeArticles(u"more"_s, 30));
    const int total = m_window->articleModel()->rowCount();
    QCOMPARE(total, 31);
    auto* search = m_window->findChild<QLineEdit*>(u"searchEdit"_s);
    action("actionFocusSearch")->trigger();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"Grunder Xiao"_s); // no umlaut, half a word: still found
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
    QTRY_VERIFY(m_window->findChild<QLabel*>(u"countLabel"_s)->text().contains(u"1 shown"_s));
    list()->setCurrentIndex(m_window->articleModel()->index(0, 0));
    QVERIFY(m_window->reader()->highlightCount() >= 2);

    search->clear();
    QTRY_COMPARE(m_window->articleModel()->rowCount(), total);
}

void TestMainWindowReading::searchTakesAnyText() {
    importFolderAndWait(TestData::samplesDir());
    auto* search = m_window->findChild<QLineEdit*>(u"searchEdit"_s);
    for (const QString& text : {u"\"Leica"_s, u"AND"_s, u"(((*"_s, u"NEAR("_s, u"'; DROP"_s}) {
        search->setText(text);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(m_window->articleModel()->rowCount() <= 1);
        QVERIFY2(!m_window->findChild<QMessageBox*>(u"errorMessage"_s), qPrintable(text));
    }
    search->setText(u"\"Leica"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
}

void TestMainWindowReading::sourceAndStatusFiltersNarrowTheList() {
    importFolderAndWait(TestData::samplesDir());
    importFolderAndWait(writeArticles(u"more"_s, 6));
    auto* source = m_window->findChild<QComboBox*>(u"sourceFilter"_s);
    const int toi = source->findText(u"toi-tech"_s);
    QVERIFY(toi > 0);
    source->setCurrentIndex(toi);
    emit source->activated(toi);
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
    source->setCurrentIndex(0);
    emit source->activated(0);
    QCOMPARE(m_window->articleModel()->rowCount(), 7);

    list()->setCurrentIndex(m_window->articleModel()->index(0, 0)); // now "reading"
    auto* status = m_window->findChild<QComboBox*>(u"statusFilter"_s);
    status->setCurrentIndex(1); // New
    emit status->activated(1);
    const qint64 unread = ArticleStore(*m_check).stats()->unread;
    QVERIFY(unread < 7); // opening articles marked them as being read
    QCOMPARE(m_window->articleModel()->rowCount(), unread);
}

void TestMainWindowReading::toggleRemovedThenRestoreSavesIntoDatabase() {
    importFolderAndWait(TestData::samplesDir());
    list()->setCurrentIndex(m_window->articleModel()->index(0, 0));
    ReaderView* reader = m_window->reader();
    const qint64 id = reader->articleId();
    QVERIFY(!reader->toPlainText().contains(u"Soul Hackers"_s));

    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_R); // Show Removed Pieces
    QVERIFY(action("actionShowRemoved")->isChecked());
    QVERIFY(reader->toPlainText().contains(u"Soul Hackers 2 Erscheinungsdatum"_s));
    QCOMPARE(storedArticle(id).clean.paragraphs.size(), 5); // showing changes nothing stored

    emit reader->anchorClicked(QUrl(u"restore:0"_s)); // the Restore link
    const Article restored = storedArticle(id);
    QCOMPARE(restored.clean.paragraphs.size(), 6);
    QCOMPARE(restored.clean.paragraphs.first(),
             u"Soul Hackers 2 Erscheinungsdatum Ankuendigungstrailer enthuellt"_s);
    QVERIFY(restored.clean.removed.isEmpty());
    QCOMPARE(reader->bodyText(), restored.clean.text());

    QTest::keyClick(list(), Qt::Key_R);
    QVERIFY(!action("actionShowRemoved")->isChecked());
}

void TestMainWindowReading::showingRemovedGoesToThemAndHidingComesBack() {
    // A long article with a scraped headline of another story, which cleaning removes.
    QString raw = u"Kameras im Telefon werden besser\n\nSoul Hackers 2 Erscheinungsdatum "
                  "Ankuendigungstrailer enthuellt\n\n"_s;
    for (int n = 0; n < 80; ++n)
        raw += u"Absatz %1: Die Kameras im Telefon werden besser, sagen die Hersteller.\n"_s.arg(n);
    raw += u"\n\ntoi-tech\n"_s;
    QVERIFY(TestData::writeBytes(m_dir->filePath(u"long/long.txt"_s), raw.toUtf8()));
    importFolderAndWait(m_dir->filePath(u"long"_s));
    ReaderView* reader = m_window->reader();
    QTRY_VERIFY(reader->articleId() > 0);
    QCOMPARE(reader->article().clean.removed.size(), 1);
    QVERIFY(!reader->showsRemoved());
    QScrollBar* bar = reader->verticalScrollBar();
    QVERIFY(bar->maximum() > 0); // it does not fit: the end is out of sight
    reader->setReadingPosition(bar->maximum() / 4);
    QTRY_COMPARE(bar->value(), bar->maximum() / 4);
    const int before = bar->value();

    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_R);
    QVERIFY(reader->showsRemoved());
    const int heading = reader->removedHeadingPosition();
    QVERIFY(heading > 0);
    QCOMPARE(reader->document()->findBlock(heading).text(), u"Removed by cleaning"_s);
    // The heading is on the screen, and the text cursor on it for the keyboard.
    QTRY_VERIFY(bar->value() != before);
    const QRect rect = reader->cursorRect(QTextCursor(reader->document()->findBlock(heading)));
    QVERIFY2(rect.top() >= 0 && rect.bottom() <= reader->viewport()->height(),
             qPrintable(u"heading at %1..%2 of %3"_s.arg(rect.top())
                            .arg(rect.bottom())
                            .arg(reader->viewport()->height())));
    QCOMPARE(reader->textCursor().position(), heading);

    QTest::keyClick(list(), Qt::Key_R);
    QVERIFY(!reader->showsRemoved());
    QTRY_COMPARE(bar->value(), before); // back where the reader was
}

void TestMainWindowReading::keyboardMovesMarksAndZooms() {
    importFolderAndWait(writeArticles(u"more"_s, 5));
    list()->setFocus();
    list()->setCurrentIndex(m_window->articleModel()->index(0, 0));
    const qint64 first = m_window->reader()->articleId();
    QTest::keyClick(list(), Qt::Key_J);
    QCOMPARE(list()->currentIndex().row(), 1);
    const qint64 second = m_window->reader()->articleId();
    QVERIFY(second != first);
    QTest::keyClick(list(), Qt::Key_K);
    QCOMPARE(m_window->reader()->articleId(), first);

    QTest::keyClick(list(), Qt::Key_D);
    QCOMPARE(storedArticle(first).status, ReadingStatus::Done);
    QTest::keyClick(list(), Qt::Key_D); // again: back to reading
    QCOMPARE(storedArticle(first).status, ReadingStatus::Reading);
    QTest::keyClick(list(), Qt::Key_U);
    QCOMPARE(storedArticle(first).status, ReadingStatus::New);

    const qreal size = m_window->reader()->readerFont().pointSizeF();
    QTest::keyClick(list(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_window->reader()->readerFont().pointSizeF(), size + 1);
    QTest::keyClick(list(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_window->reader()->readerFont().pointSizeF(), size);

    QTest::keyClick(list(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->findChild<QLineEdit*>(u"searchEdit"_s)->hasFocus());
    // Letters typed into the search box are text, not shortcuts.
    QTest::keyClicks(m_window->findChild<QLineEdit*>(u"searchEdit"_s), u"jd"_s);
    QCOMPARE(storedArticle(first).status, ReadingStatus::New);
}

void TestMainWindowReading::helpListsEveryShortcut() {
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto* help = m_window->findChild<ShortcutsHelp*>();
    QVERIFY(help);
    auto* shortcuts = help->findChild<QTreeWidget*>(u"shortcutList"_s);
    QStringList listed;
    for (int i = 0; i < shortcuts->topLevelItemCount(); ++i)
        listed << shortcuts->topLevelItem(i)->text(0) + u" = "_s +
                      shortcuts->topLevelItem(i)->text(1);
    for (const char* expected : {"Next Article = J", "Previous Article = K", "Mark Done = D",
                                 "Show Removed Pieces = R", "Keyboard Shortcuts = F1"}) {
        QVERIFY2(std::any_of(
                     listed.cbegin(), listed.cend(),
                     [&](const QString& line) { return line.startsWith(QLatin1String(expected)); }),
                 expected);
    }
    // Every action in the window has a shortcut, a menu entry or both; those with a shortcut are
    // on the help page.
    for (QAction* action : m_window->actions()) {
        if (!action->shortcut().isEmpty()) {
            QString text = action->text();
            text.remove(u'&');
            QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                                 [&](const QString& line) { return line.startsWith(text); }),
                     qPrintable(text));
        }
    }
    help->close();
}

void TestMainWindowReading::windowStateAndLastArticleAreRemembered() {
    importFolderAndWait(writeArticles(u"more"_s, 4));
    list()->setCurrentIndex(m_window->articleModel()->index(2, 0));
    const qint64 id = m_window->reader()->articleId();
    QTest::keyClick(list(), Qt::Key_Plus, Qt::ControlModifier);
    const qreal size = m_window->reader()->readerFont().pointSizeF();
    action("actionThemeDark")->trigger();
    m_window->close();
    m_window.reset();

    openWindow();
    QCOMPARE(m_window->reader()->articleId(), id);
    QCOMPARE(m_window->reader()->readerFont().pointSizeF(), size);
    QVERIFY(action("actionThemeDark")->isChecked());
    QVERIFY(m_window->reader()->darkTheme());
    action("actionThemeLight")->trigger();
    QVERIFY(!m_window->reader()->darkTheme());
}

QTEST_MAIN(TestMainWindowReading)
#include "tst_mainwindowreading.moc"
