#include "mainwindowtest.h"

#include "annotating/annotationpanel.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/filterbar.h"
#include "reader/readerview.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;

// The window on a small screen, its panes and where the keyboard focus goes: a user reads all day
// from the keyboard on whatever screen they have.
class TestWindowPanes : public MainWindowTest {
    Q_OBJECT
private:
    QSplitter* splitter() const { return m_window->findChild<QSplitter*>(u"mainSplitter"_s); }
    QWidget* listPane() const { return splitter()->widget(0); }
    QWidget* panel() const { return splitter()->widget(2); }
    QToolBar* toolbar() const { return m_window->findChild<QToolBar*>(u"mainToolBar"_s); }
    QLineEdit* searchEdit() const { return m_window->findChild<QLineEdit*>(u"searchEdit"_s); }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget()
                                                      : static_cast<QWidget*>(m_window.get());
        QTest::keyClick(target, Qt::Key(key), modifiers);
        QCoreApplication::processEvents();
    }
    void importSome() {
        QCOMPARE(
            importFolderAndWait(writeArticles(u"in"_s, 5)).count(ImportItem::Outcome::Imported), 5);
        QTRY_VERIFY(m_window->reader()->articleId() > 0);
    }

private slots:
    void smallWindowKeepsReadableColumn() {
        importSome();
        // The splitter as a wide window left it, then the window made small.
        splitter()->setSizes({500, 620, 260});
        m_window->resize(800, 600);
        QTRY_COMPARE(m_window->width(), 800);
        QCoreApplication::processEvents();
        QVERIFY2(m_window->reader()->width() >= 380,
                 qPrintable(u"reader only %1 px wide"_s.arg(m_window->reader()->width())));
        // The list gives way: it can be made narrow.
        splitter()->setSizes({180, 2000, 160});
        QCoreApplication::processEvents();
        QVERIFY2(listPane()->width() <= 200,
                 qPrintable(u"list still %1 px wide"_s.arg(listPane()->width())));
    }

    void listAndPanelHideFromKeysAndMenu() {
        importSome();
        const int readerWidth = m_window->reader()->width();
        press(Qt::Key_F9);
        QVERIFY(listPane()->isHidden());
        QVERIFY(!action("actionShowList")->isChecked());
        QTRY_VERIFY(m_window->reader()->width() > readerWidth);
        press(Qt::Key_F10);
        QVERIFY(panel()->isHidden());
        press(Qt::Key_F9);
        press(Qt::Key_F10);
        QVERIFY(!listPane()->isHidden());
        QVERIFY(!panel()->isHidden());
        // Both are in the View menu, where a user looks for them.
        QMenu* view = nullptr;
        for (QAction* menu : m_window->menuBar()->actions()) {
            if (menu->text() == u"&View"_s)
                view = menu->menu();
        }
        QVERIFY(view);
        for (const char* name : {"actionShowList", "actionShowPanel", "actionReadingMode"})
            QVERIFY2(view->actions().contains(action(name)), name);
    }

    void readingModeShowsArticleAloneAndEscapeLeavesIt() {
        importSome();
        press(Qt::Key_F10); // the panel hidden before: reading mode must not forget it
        press(Qt::Key_F11);
        QVERIFY(listPane()->isHidden());
        QVERIFY(panel()->isHidden());
        QVERIFY(toolbar()->isHidden());
        QTRY_COMPARE(QApplication::focusWidget(), m_window->reader());
        press(Qt::Key_Escape);
        QVERIFY(!action("actionReadingMode")->isChecked());
        QVERIFY(!listPane()->isHidden());
        QVERIFY(panel()->isHidden());
        QVERIFY(!toolbar()->isHidden());
    }

    void paneChoicesSurviveARestart() {
        importSome();
        press(Qt::Key_F9);
        QVERIFY(listPane()->isHidden());
        m_window->close();
        m_window.reset();
        openWindow();
        QVERIFY(listPane()->isHidden());
        QVERIFY(!panel()->isHidden());
    }

    void focusStartsInTheReaderAfterARestart() {
        importSome();
        press(Qt::Key_J);
        const qint64 second = m_window->reader()->articleId();
        m_window->close();
        m_window.reset();
        openWindow();
        QTRY_COMPARE(QApplication::focusWidget(), m_window->reader());
        QCOMPARE(m_window->reader()->articleId(), second);
        // J goes on reading; it is not typed into the search box.
        press(Qt::Key_J);
        QVERIFY(searchEdit()->text().isEmpty());
        QVERIFY(m_window->articleModel()->filter().isEmpty());
        QVERIFY(m_window->reader()->articleId() != second);
    }

    void escapeClearsTheSearchAndReturnsToTheReader() {
        importSome();
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), searchEdit());
        QTest::keyClicks(searchEdit(), u"nothingmatchesthis"_s);
        QTRY_COMPARE(m_window->articleModel()->rowCount(), 0);
        press(Qt::Key_Escape);
        QVERIFY(searchEdit()->text().isEmpty());
        QCOMPARE(m_window->articleModel()->rowCount(), 5);
        QCOMPARE(QApplication::focusWidget(), m_window->reader());
    }

    void searchingShowsAHiddenList() {
        importSome();
        press(Qt::Key_F9);
        QVERIFY(listPane()->isHidden());
        press(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(!listPane()->isHidden());
        QTRY_COMPARE(QApplication::focusWidget(), searchEdit());
    }
};

QTEST_MAIN(TestWindowPanes)
#include "tst_windowpanes.moc"
