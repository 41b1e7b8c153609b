#include "mainwindowtest.h"

#include "articlelist/articlelistmodel.h"
#include "testdata.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

// Searching in the real window: the order choice in the filter bar, the header's order back
// when the search ends, what the window says about text with no word, and the list's count.
class TestMainWindowSearch : public MainWindowTest {
    Q_OBJECT
private slots:
    void searchRanksBestMatchAndClearingRestoresTheListOrder();
    void textWithNoWordSaysSoAndNeverFails_data();
    void textWithNoWordSaysSoAndNeverFails();
    void countSaysArticleOrArticles();

private:
    void search(const QString& text) {
        auto* edit = m_window->findChild<QLineEdit*>(u"searchEdit"_s);
        edit->setText(text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    QString countText() const { return m_window->findChild<QLabel*>(u"countLabel"_s)->text(); }
};

void TestMainWindowSearch::searchRanksBestMatchAndClearingRestoresTheListOrder() {
    importFolderAndWait(writeArticles(u"more"_s, 30));
    QHeaderView* header = list()->horizontalHeader();
    header->setSortIndicator(ArticleListModel::TitleColumn, Qt::AscendingOrder); // as a click
    ArticleListModel* model = m_window->articleModel();
    QCOMPARE(model->sortColumn(), int(ArticleListModel::TitleColumn));
    auto* order = m_window->findChild<QComboBox*>(u"searchOrder"_s);
    QVERIFY(order);
    QVERIFY(!order->isVisible());

    search(u"Leica"_s);
    QVERIFY(model->isRankedByRelevance());
    QVERIFY(order->isVisible());
    QCOMPARE(order->currentText(), u"Best match"_s);
    QCOMPARE(header->sortIndicatorSection(), -1); // no column orders the rows

    order->setCurrentIndex(1); // "List order", as a user picks it
    emit order->activated(1);
    QVERIFY(!model->isRankedByRelevance());
    QCOMPARE(header->sortIndicatorSection(), int(ArticleListModel::TitleColumn));
    order->setCurrentIndex(0);
    emit order->activated(0);
    QVERIFY(model->isRankedByRelevance());

    // Escape in the search box ends the search: the title order is back, the choice gone.
    auto* edit = m_window->findChild<QLineEdit*>(u"searchEdit"_s);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!model->isSearching());
    QVERIFY(!order->isVisible());
    QCOMPARE(header->sortIndicatorSection(), int(ArticleListModel::TitleColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(model->sortColumn(), int(ArticleListModel::TitleColumn));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, 0)
                    .data()
                    .toString()
                    .compare(model->index(row, 0).data().toString(), Qt::CaseInsensitive) <= 0);
}

void TestMainWindowSearch::textWithNoWordSaysSoAndNeverFails_data() {
    QTest::addColumn<QString>("typed");
    QTest::newRow("star") << u"*"_s;
    QTest::newRow("quote") << u"\""_s;
    QTest::newRow("lone operator") << u"AND"_s;
    QTest::newRow("punctuation") << u"?!.,;"_s;
    QTest::newRow("brackets and star") << u"(((*"_s;
}

void TestMainWindowSearch::textWithNoWordSaysSoAndNeverFails() {
    QFETCH(QString, typed);
    importFolderAndWait(writeArticles(u"more"_s, 5));
    search(typed);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Nothing to search for"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!m_window->findChild<QMessageBox*>(u"errorMessage"_s));
    QCOMPARE(m_window->articleModel()->rowCount(), 5);
    QVERIFY(!m_window->articleModel()->isRankedByRelevance());
    search(u"\"Leica"_s); // a stray quote before a word is a search for the word
    QVERIFY(!m_window->statusBar()->currentMessage().contains(u"Nothing to search for"_s));
    QVERIFY(m_window->articleModel()->isRankedByRelevance());
}

void TestMainWindowSearch::countSaysArticleOrArticles() {
    importFolderAndWait(writeArticles(u"one"_s, 1));
    QCOMPARE(countText(), u"1 article"_s);
    search(u"camera"_s);
    QCOMPARE(countText(), u"1 article · 1 shown"_s);
    search(u"Nokia"_s);
    QCOMPARE(countText(), u"1 article · 0 shown"_s);
    search(QString());
    importFolderAndWait(writeArticles(u"more"_s, 3)); // the first one again, and two new
    QCOMPARE(countText(), u"3 articles"_s);
}

QTEST_MAIN(TestMainWindowSearch)
#include "tst_mainwindowsearch.moc"
