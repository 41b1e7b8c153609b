#pragma once

#include "import/importreport.h"
#include "subscribe/feedfetcher.h"

#include <QObject>
#include <QPointer>

class AppSettings;
class Database;
class QAction;
class QMainWindow;
class QProgressBar;
class QPushButton;
class QTimer;
class SubscriptionFetchJob;
class SubscriptionsDialog;
struct FeedUpdate;

// The window's feed subscriptions, the only part of Folio that uses the network: File ▸
// Subscriptions… (the dialog) and File ▸ Fetch Feeds Now, the fetch with its progress bar and
// Cancel button in the status bar, and the optional schedule ("fetch every N minutes", off by
// default; with no subscription it fetches nothing). The fetch outlives the dialog.
class SubscriptionActions final : public QObject {
    Q_OBJECT
public:
    SubscriptionActions(Database& database, AppSettings& settings, QMainWindow* window);
    ~SubscriptionActions() override;

    QAction* dialogAction() const { return m_dialogAction; }
    QAction* fetchAction() const { return m_fetchAction; }

    // Fetches the subscriptions with these ids, or every enabled one when none are given.
    void fetch(const QList<qint64>& ids = {});
    bool isFetching() const { return !m_job.isNull(); }
    void cancel();
    void cancelAndWait(); // for shutdown

    int fetchIntervalMinutes() const;
    void setFetchIntervalMinutes(int minutes); // 0: no schedule
    bool isScheduled() const;
    // The network's limits (a test shortens the timeout).
    void setLimits(const FeedFetcher::Limits& limits) { m_limits = limits; }

signals:
    void fetchStarted();
    void progress(int done, int total, const QString& url);
    void feedDone(const FeedUpdate& update);
    void fetchFinished(const ImportReport& report, int failed);
    void failed(const QString& message);

private:
    void showDialog();
    void applySchedule(int minutes);
    void onFinished(const ImportReport& report, int failedFeeds);

    Database& m_db;
    AppSettings& m_settings;
    QMainWindow* m_window;
    QAction* m_dialogAction;
    QAction* m_fetchAction;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTimer* m_schedule;
    FeedFetcher::Limits m_limits;
    QPointer<SubscriptionFetchJob> m_job;
    QPointer<SubscriptionsDialog> m_dialog;
};
