#include "subscribe/subscriptionactions.h"

#include "store/database.h"
#include "subscribe/subscriptionfetchjob.h"
#include "subscribe/subscriptionsdialog.h"
#include "subscribe/subscriptionstore.h"
#include "window/appsettings.h"
#include "window/windowaction.h"

#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

SubscriptionActions::SubscriptionActions(Database& database, AppSettings& settings,
                                         QMainWindow* window)
    : QObject(window)
    , m_db(database)
    , m_settings(settings)
    , m_window(window)
    , m_progress(new QProgressBar(window))
    , m_cancel(new QPushButton(tr("Cancel Fetch"), window))
    , m_schedule(new QTimer(this)) {
    m_dialogAction =
        makeWindowAction(window, QStringLiteral("actionSubscriptions"), tr("Feed Su&bscriptions…"));
    m_dialogAction->setStatusTip(tr("The only part of Folio that uses the network"));
    m_fetchAction = makeWindowAction(window, QStringLiteral("actionFetchFeeds"),
                                     tr("Fetch Feeds &Now"), {QKeySequence(Qt::Key_F5)});
    connect(m_dialogAction, &QAction::triggered, this, &SubscriptionActions::showDialog);
    connect(m_fetchAction, &QAction::triggered, this, [this] { fetch(); });

    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelFetchButton"));
    m_cancel->hide();
    window->statusBar()->addPermanentWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &SubscriptionActions::cancel);

    m_schedule->setObjectName(QStringLiteral("fetchSchedule"));
    connect(m_schedule, &QTimer::timeout, this, [this] {
        if (!isFetching())
            fetch();
    });
    applySchedule(m_settings.fetchIntervalMinutes());
}

SubscriptionActions::~SubscriptionActions() {
    cancelAndWait();
}

void SubscriptionActions::fetch(const QList<qint64>& ids) {
    if (m_job) {
        m_window->statusBar()->showMessage(tr("Feeds are being fetched; wait for it or cancel it."),
                                           5000);
        return;
    }
    SubscriptionStore store(m_db);
    QList<Subscription> chosen;
    if (ids.isEmpty()) {
        auto enabled = store.enabled();
        if (!enabled)
            return emit failed(enabled.errorMessage());
        chosen = *enabled;
    } else {
        for (qint64 id : ids) {
            auto subscription = store.byId(id);
            if (!subscription)
                return emit failed(subscription.errorMessage());
            chosen.append(*subscription);
        }
    }
    if (chosen.isEmpty()) {
        // No subscription: no network.
        m_window->statusBar()->showMessage(
            tr("No feed subscriptions to fetch; add one in File ▸ Feed Subscriptions…"), 5000);
        return;
    }
    m_job = new SubscriptionFetchJob(m_db.path(), chosen, m_limits, this);
    connect(m_job, &SubscriptionFetchJob::progress, this,
            [this](int done, int total, const QString& url) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_progress->setFormat(tr("Feed %v of %m"));
                if (!url.isEmpty())
                    m_window->statusBar()->showMessage(tr("Fetching %1…").arg(url));
                emit progress(done, total, url);
            });
    connect(m_job, &SubscriptionFetchJob::feedDone, this, &SubscriptionActions::feedDone);
    connect(m_job, &SubscriptionFetchJob::finished, this, &SubscriptionActions::onFinished);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_fetchAction->setEnabled(false);
    emit fetchStarted();
    m_job->start();
}

void SubscriptionActions::cancel() {
    if (m_job)
        m_job->cancel();
    m_cancel->setEnabled(false);
}

void SubscriptionActions::cancelAndWait() {
    m_schedule->stop();
    if (m_job)
        m_job->cancelAndWait();
}

void SubscriptionActions::onFinished(const ImportReport& report, int failedFeeds) {
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->hide();
    m_cancel->hide();
    m_fetchAction->setEnabled(true);
    QString text = report.cancelled() ? tr("Fetching cancelled. ") : QString();
    text += report.summary();
    if (failedFeeds > 0)
        text +=
            (failedFeeds == 1 ? tr(" 1 feed failed") : tr(" %1 feeds failed").arg(failedFeeds)) +
            tr("; File ▸ Feed Subscriptions… says why.");
    m_window->statusBar()->showMessage(text, 10000);
    emit fetchFinished(report, failedFeeds);
}

int SubscriptionActions::fetchIntervalMinutes() const {
    return m_settings.fetchIntervalMinutes();
}

void SubscriptionActions::setFetchIntervalMinutes(int minutes) {
    m_settings.setFetchIntervalMinutes(minutes);
    applySchedule(minutes);
}

void SubscriptionActions::applySchedule(int minutes) {
    // With no subscription the timer fires into fetch(), which then asks the network nothing.
    if (minutes > 0)
        m_schedule->start(minutes * 60 * 1000);
    else
        m_schedule->stop();
}

bool SubscriptionActions::isScheduled() const {
    return m_schedule->isActive();
}

void SubscriptionActions::showDialog() {
    if (!m_dialog)
        m_dialog = new SubscriptionsDialog(m_db, *this, m_window);
    // Not modal: the user can read on while a fetch runs, and the status bar's Cancel works.
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}
