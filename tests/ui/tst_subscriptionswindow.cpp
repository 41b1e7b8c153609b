#include "articlelist/articlelistmodel.h"
#include "feedserver.h"
#include "mainwindowtest.h"
#include "reader/readerview.h"
#include "subscribe/subscriptionactions.h"
#include "subscribe/subscriptionsdialog.h"
#include "subscribe/subscriptionstore.h"
#include "testdata.h"
#include "window/appsettings.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// File ▸ Feed Subscriptions… in the real window, its feeds served from 127.0.0.1 by this
// process: adding a feed, fetching it into the article list, a failed feed saying why, cancel,
// removing, and the schedule (off by default).
class TestSubscriptionsWindow : public MainWindowTest {
    Q_OBJECT
private slots:
    void cleanupTestCase();
    void dialogSaysItIsTheOnlyNetworkUseAndStartsEmpty();
    void addingAFeedAndFetchingShowsItsArticlesInTheList();
    void failedFeedShowsItsErrorAndKeepsTheArticles();
    void addingWhatIsNotHttpSaysWhy();
    void cancellingAFetchStopsIt();
    void removingAFeedKeepsItsArticles();
    void scheduleFetchesByItselfWhenSet();

private:
    SubscriptionsDialog* openDialog();
    void addFeed(SubscriptionsDialog* dialog, const QString& url);
    // Clicks the button and waits until the fetch it starts is over.
    ImportReport fetchWith(SubscriptionsDialog* dialog, const char* button);
    QString resultOfRow(SubscriptionsDialog* dialog, int row) const;

    std::unique_ptr<FeedServer> m_server;
};

void TestSubscriptionsWindow::cleanupTestCase() {
    m_server.reset();
}

// Every test starts with the server serving the first version of the feed, nothing fetched.
SubscriptionsDialog* TestSubscriptionsWindow::openDialog() {
    if (!m_server) {
        m_server = std::make_unique<FeedServer>();
        if (!m_server->listen())
            return nullptr;
    }
    m_server->clear();
    m_server->serveFeed(u"/feed.rss"_s,
                        TestData::readBytes(TestData::path(u"subscriptions/news-v1.rss"_s)));
    m_window->subscriptions()->setLimits({1000, 1024 * 1024, 3});
    action("actionSubscriptions")->trigger();
    auto* dialog = m_window->findChild<SubscriptionsDialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestSubscriptionsWindow::addFeed(SubscriptionsDialog* dialog, const QString& url) {
    auto* edit = dialog->findChild<QLineEdit*>(u"feedUrlEdit"_s);
    edit->clear();
    QTest::keyClicks(edit, url);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"addFeedButton"_s), Qt::LeftButton);
}

ImportReport TestSubscriptionsWindow::fetchWith(SubscriptionsDialog* dialog, const char* button) {
    QSignalSpy finished(m_window->subscriptions(), &SubscriptionActions::fetchFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QLatin1String(button)), Qt::LeftButton);
    if (!finished.wait(30000) && finished.isEmpty())
        return {};
    return finished.first().first().value<ImportReport>();
}

QString TestSubscriptionsWindow::resultOfRow(SubscriptionsDialog* dialog, int row) const {
    auto* list = dialog->findChild<QTreeWidget*>(u"subscriptionList"_s);
    QTreeWidgetItem* item = list->topLevelItem(row);
    return item ? item->text(SubscriptionsDialog::ResultColumn) : QString();
}

void TestSubscriptionsWindow::dialogSaysItIsTheOnlyNetworkUseAndStartsEmpty() {
    QVERIFY(!m_window->subscriptions()->isScheduled()); // off by default
    auto* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel*>(u"networkNotice"_s)
                ->text()
                .contains(u"only part of Folio that uses the network"_s));
    QCOMPARE(dialog->findChild<QTreeWidget*>(u"subscriptionList"_s)->topLevelItemCount(), 0);
    QVERIFY(!dialog->findChild<QPushButton*>(u"fetchAllButton"_s)->isEnabled());
    QCOMPARE(dialog->findChild<QSpinBox*>(u"fetchIntervalBox"_s)->value(), 0);
    // Fetch Feeds Now with nothing subscribed asks the network nothing.
    action("actionFetchFeeds")->trigger();
    QVERIFY(!m_window->subscriptions()->isFetching());
}

void TestSubscriptionsWindow::addingAFeedAndFetchingShowsItsArticlesInTheList() {
    auto* dialog = openDialog();
    QVERIFY(dialog);
    const QString url = m_server->url(u"/feed.rss"_s);
    addFeed(dialog, url);
    auto* list = dialog->findChild<QTreeWidget*>(u"subscriptionList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(SubscriptionsDialog::UrlColumn), url);
    QCOMPARE(resultOfRow(dialog, 0), u"never fetched"_s);
    QCOMPARE(m_server->hits(u"/feed.rss"_s), 0);

    ImportReport report = fetchWith(dialog, "fetchAllButton");
    QCOMPARE(report.count(ImportItem::Outcome::Imported), 2);
    QCOMPARE(m_window->articleModel()->rowCount(), 2);
    QVERIFY(rowOfTitleContaining(u"Nokia and Orange"_s) >= 0);
    QVERIFY(rowOfTitleContaining(u"Siemens buys"_s) >= 0);
    QTRY_VERIFY(m_window->reader()->articleId() > 0); // nothing was open: the first one opens
    QCOMPARE(resultOfRow(dialog, 0), u"2 new, 0 updated"_s);
    QCOMPARE(list->topLevelItem(0)->text(SubscriptionsDialog::TitleColumn), u"wire-desk"_s);
    QVERIFY(!m_window->findChild<QProgressBar*>(u"fetchProgress"_s)->isVisible());

    // The second version: one new item, one changed; fetched through the selection.
    m_server->serveFeed(u"/feed.rss"_s,
                        TestData::readBytes(TestData::path(u"subscriptions/news-v2.rss"_s)));
    list->topLevelItem(0)->setSelected(true);
    report = fetchWith(dialog, "fetchSelectedButton");
    QCOMPARE(report.count(ImportItem::Outcome::Imported), 2);
    QCOMPARE(m_window->articleModel()->rowCount(), 3);
    QVERIFY(rowOfTitleContaining(u"Bosch opens"_s) >= 0);
    QCOMPARE(resultOfRow(dialog, 0), u"1 new, 1 updated"_s);
}

void TestSubscriptionsWindow::failedFeedShowsItsErrorAndKeepsTheArticles() {
    auto* dialog = openDialog();
    QVERIFY(dialog);
    addFeed(dialog, m_server->url(u"/feed.rss"_s));
    fetchWith(dialog, "fetchAllButton");
    QCOMPARE(m_window->articleModel()->rowCount(), 2);
    m_server->serveStatus(u"/feed.rss"_s, 500);
    const ImportReport report = fetchWith(dialog, "fetchAllButton");
    QVERIFY(report.hasFailures());
    QCOMPARE(resultOfRow(dialog, 0),
             u"failed: the server answered HTTP 500 Internal Server Error"_s);
    QCOMPARE(m_window->articleModel()->rowCount(), 2);
    QCOMPARE(*ArticleStore(*m_check).count(), 2);
}

void TestSubscriptionsWindow::addingWhatIsNotHttpSaysWhy() {
    auto* dialog = openDialog();
    QVERIFY(dialog);
    addFeed(dialog, u"ftp://ftp.example.com/feed.rss"_s);
    QVERIFY(dialog->findChild<QLabel*>(u"subscriptionStatus"_s)
                ->text()
                .contains(u"http and https only"_s));
    QCOMPARE(dialog->findChild<QTreeWidget*>(u"subscriptionList"_s)->topLevelItemCount(), 0);
}

void TestSubscriptionsWindow::cancellingAFetchStopsIt() {
    auto* dialog = openDialog();
    QVERIFY(dialog);
    m_window->subscriptions()->setLimits({}); // the real 30 s timeout: only Cancel ends it
    m_server->stall(u"/slow.rss"_s);
    addFeed(dialog, m_server->url(u"/slow.rss"_s));
    QSignalSpy finished(m_window->subscriptions(), &SubscriptionActions::fetchFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"fetchAllButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_server->hits(u"/slow.rss"_s), 1);
    QVERIFY(m_window->subscriptions()->isFetching());
    QVERIFY(!dialog->findChild<QPushButton*>(u"fetchAllButton"_s)->isEnabled());
    auto* cancel = m_window->findChild<QPushButton*>(u"cancelFetchButton"_s);
    QVERIFY(cancel->isVisible());
    m_window->subscriptions()->cancel(); // the status bar's button, behind the dialog
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ImportReport>().cancelled());
    QVERIFY(!m_window->subscriptions()->isFetching());
    QCOMPARE(resultOfRow(dialog, 0), u"never fetched"_s); // a cancel is no failure of the feed
    QVERIFY(dialog->findChild<QPushButton*>(u"fetchAllButton"_s)->isEnabled());
}

void TestSubscriptionsWindow::removingAFeedKeepsItsArticles() {
    auto* dialog = openDialog();
    QVERIFY(dialog);
    addFeed(dialog, m_server->url(u"/feed.rss"_s));
    fetchWith(dialog, "fetchAllButton");
    auto* list = dialog->findChild<QTreeWidget*>(u"subscriptionList"_s);
    list->topLevelItem(0)->setSelected(true);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"removeFeedButton"_s), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 0);
    QCOMPARE(SubscriptionStore(*m_check).all()->size(), 0);
    QCOMPARE(*ArticleStore(*m_check).count(), 2);
}

void TestSubscriptionsWindow::scheduleFetchesByItselfWhenSet() {
    auto* dialog = openDialog();
    QVERIFY(dialog);
    addFeed(dialog, m_server->url(u"/feed.rss"_s));
    dialog->findChild<QSpinBox*>(u"fetchIntervalBox"_s)->setValue(15);
    QVERIFY(m_window->subscriptions()->isScheduled());
    auto* timer = m_window->findChild<QTimer*>(u"fetchSchedule"_s);
    QCOMPARE(timer->interval(), 15 * 60 * 1000);
    QCOMPARE(AppSettings(m_dir->filePath(u"folio.ini"_s)).fetchIntervalMinutes(), 15);
    // The quarter of an hour passes at once.
    QSignalSpy finished(m_window->subscriptions(), &SubscriptionActions::fetchFinished);
    timer->start(0);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_window->articleModel()->rowCount(), 2);

    // The next start keeps the schedule; setting it to never stops it.
    m_window.reset();
    openWindow();
    QVERIFY(m_window->subscriptions()->isScheduled());
    dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QSpinBox*>(u"fetchIntervalBox"_s)->value(), 15);
    dialog->findChild<QSpinBox*>(u"fetchIntervalBox"_s)->setValue(0);
    QVERIFY(!m_window->subscriptions()->isScheduled());
    QCOMPARE(AppSettings(m_dir->filePath(u"folio.ini"_s)).fetchIntervalMinutes(), 0);
}

QTEST_MAIN(TestSubscriptionsWindow)
#include "tst_subscriptionswindow.moc"
