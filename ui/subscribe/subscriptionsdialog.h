#pragma once

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class SubscriptionActions;

// File ▸ Feed Subscriptions…: the feeds, each with its last fetch and error; a URL field to add
// one, Remove, Fetch Selected and Fetch All, and the schedule. It says first that this is the
// only part of Folio that uses the network, and that nothing is fetched until a feed is added.
class SubscriptionsDialog final : public QDialog {
    Q_OBJECT
public:
    enum Column { UrlColumn, TitleColumn, FetchedColumn, ResultColumn };

    SubscriptionsDialog(Database& database, SubscriptionActions& actions, QWidget* parent);

    void reload();

private:
    void add();
    void removeSelected();
    void fetchSelected();
    void setFetching(bool fetching);
    QList<qint64> selectedIds() const;

    Database& m_db;
    SubscriptionActions& m_actions;
    QTreeWidget* m_list;
    QLineEdit* m_url;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_fetchSelected;
    QPushButton* m_fetchAll;
    QSpinBox* m_interval;
    QLabel* m_status;
};
