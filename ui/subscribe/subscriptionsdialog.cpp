#include "subscribe/subscriptionsdialog.h"

#include "subscribe/subscriptionactions.h"
#include "subscribe/subscriptionstore.h"
#include "subscribe/subscriptionupdate.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

SubscriptionsDialog::SubscriptionsDialog(Database& database, SubscriptionActions& actions,
                                         QWidget* parent)
    : QDialog(parent)
    , m_db(database)
    , m_actions(actions)
    , m_list(new QTreeWidget(this))
    , m_url(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_fetchSelected(new QPushButton(tr("Fetch &Selected"), this))
    , m_fetchAll(new QPushButton(tr("Fetch A&ll"), this))
    , m_interval(new QSpinBox(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("subscriptionsDialog"));
    setWindowTitle(tr("Feed Subscriptions"));
    resize(760, 420);

    auto* notice = new QLabel(
        tr("<b>Subscriptions are the only part of Folio that uses the network.</b> It stays off "
           "until you add a feed: then Folio fetches that feed's address when you ask, or on the "
           "schedule below, and imports its new and changed items like a saved feed file."),
        this);
    notice->setObjectName(QStringLiteral("networkNotice"));
    notice->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("subscriptionList"));
    m_list->setHeaderLabels({tr("Feed"), tr("Title"), tr("Last fetched"), tr("Result")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    m_url->setObjectName(QStringLiteral("feedUrlEdit"));
    m_url->setPlaceholderText(tr("https://example.com/feed.xml"));
    m_add->setObjectName(QStringLiteral("addFeedButton"));
    m_remove->setObjectName(QStringLiteral("removeFeedButton"));
    m_fetchSelected->setObjectName(QStringLiteral("fetchSelectedButton"));
    m_fetchAll->setObjectName(QStringLiteral("fetchAllButton"));
    m_status->setObjectName(QStringLiteral("subscriptionStatus"));
    m_status->setWordWrap(true);

    m_interval->setObjectName(QStringLiteral("fetchIntervalBox"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSpecialValueText(tr("never (only when asked)"));
    m_interval->setSuffix(tr(" minutes"));
    m_interval->setValue(m_actions.fetchIntervalMinutes());

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(new QLabel(tr("Feed URL:"), this));
    addRow->addWidget(m_url, 1);
    addRow->addWidget(m_add);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_fetchSelected);
    buttons->addWidget(m_fetchAll);
    auto* schedule = new QHBoxLayout;
    schedule->addWidget(new QLabel(tr("Fetch all feeds automatically every:"), this));
    schedule->addWidget(m_interval);
    schedule->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(notice);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);
    layout->addLayout(buttons);
    layout->addLayout(schedule);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &SubscriptionsDialog::add);
    connect(m_url, &QLineEdit::returnPressed, this, &SubscriptionsDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &SubscriptionsDialog::removeSelected);
    connect(m_fetchSelected, &QPushButton::clicked, this, &SubscriptionsDialog::fetchSelected);
    connect(m_fetchAll, &QPushButton::clicked, this, [this] { m_actions.fetch(); });
    connect(m_interval, &QSpinBox::valueChanged, &m_actions,
            &SubscriptionActions::setFetchIntervalMinutes);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(!selectedIds().isEmpty());
        m_fetchSelected->setEnabled(!selectedIds().isEmpty() && !m_actions.isFetching());
    });
    connect(&m_actions, &SubscriptionActions::fetchStarted, this, [this] { setFetching(true); });
    connect(&m_actions, &SubscriptionActions::progress, this,
            [this](int done, int total, const QString& url) {
                if (!url.isEmpty())
                    m_status->setText(
                        tr("Fetching %1 of %2: %3…").arg(done + 1).arg(total).arg(url));
            });
    connect(&m_actions, &SubscriptionActions::feedDone, this, &SubscriptionsDialog::reload);
    connect(&m_actions, &SubscriptionActions::fetchFinished, this,
            [this](const ImportReport& report) {
                setFetching(false);
                m_status->setText(report.summary());
                reload();
            });
    reload();
    setFetching(m_actions.isFetching());
}

void SubscriptionsDialog::reload() {
    const QList<qint64> selected = selectedIds();
    m_list->clear();
    auto all = SubscriptionStore(m_db).all();
    if (!all) {
        m_status->setText(all.errorMessage());
        return;
    }
    for (const Subscription& s : std::as_const(*all)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(UrlColumn, Qt::UserRole, s.id);
        item->setText(UrlColumn, s.url);
        item->setText(TitleColumn, s.title);
        item->setText(FetchedColumn,
                      s.lastFetchedAt.isValid()
                          ? QLocale().toString(s.lastFetchedAt.toLocalTime(), QLocale::ShortFormat)
                          : QString());
        item->setText(ResultColumn, s.lastResult());
        item->setToolTip(ResultColumn, s.lastResult());
        item->setSelected(selected.contains(s.id));
    }
    m_list->resizeColumnToContents(TitleColumn);
    m_list->resizeColumnToContents(FetchedColumn);
    m_remove->setEnabled(!selectedIds().isEmpty());
    m_fetchAll->setEnabled(!all->isEmpty() && !m_actions.isFetching());
    m_fetchSelected->setEnabled(!selectedIds().isEmpty() && !m_actions.isFetching());
}

void SubscriptionsDialog::add() {
    auto added = SubscriptionStore(m_db).add(m_url->text());
    if (!added) {
        m_status->setText(added.errorMessage());
        return;
    }
    m_url->clear();
    m_status->setText(tr("Added %1. Nothing is fetched until you choose Fetch.").arg(added->url));
    reload();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        item->setSelected(item->data(UrlColumn, Qt::UserRole).toLongLong() == added->id);
    }
}

void SubscriptionsDialog::removeSelected() {
    int removed = 0;
    for (qint64 id : selectedIds()) {
        if (auto done = SubscriptionStore(m_db).remove(id); !done) {
            m_status->setText(done.errorMessage());
            break;
        }
        ++removed;
    }
    if (removed > 0)
        m_status->setText(removed == 1
                              ? tr("Removed 1 subscription; its articles stay.")
                              : tr("Removed %1 subscriptions; their articles stay.").arg(removed));
    reload();
}

void SubscriptionsDialog::fetchSelected() {
    if (const QList<qint64> ids = selectedIds(); !ids.isEmpty())
        m_actions.fetch(ids);
}

void SubscriptionsDialog::setFetching(bool fetching) {
    m_fetchAll->setEnabled(!fetching && m_list->topLevelItemCount() > 0);
    m_fetchSelected->setEnabled(!fetching && !selectedIds().isEmpty());
}

QList<qint64> SubscriptionsDialog::selectedIds() const {
    QList<qint64> ids;
    for (const QTreeWidgetItem* item : m_list->selectedItems())
        ids.append(item->data(UrlColumn, Qt::UserRole).toLongLong());
    return ids;
}
