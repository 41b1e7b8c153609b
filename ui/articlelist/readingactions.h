#pragma once

#include "article/article.h"

#include <QObject>

class AppSettings;
class ArticleListModel;
class ArticleListView;
class Database;
class FilterBar;
class QAction;
class QWidget;
class ReaderView;

// Moving through the list and keeping track of what was read: the Go menu (next, previous,
// search, the list) and the reading half of the Article menu (done, unread, removed pieces).
// Done and unread act on the articles selected in the list when there are several (its context
// menu offers them), else on the open one.
class ReadingActions final : public QObject {
    Q_OBJECT
public:
    ReadingActions(Database& database, ArticleListView* list, ArticleListModel* model,
                   FilterBar* filterBar, ReaderView* reader, AppSettings& settings,
                   QWidget* window);

    QList<QAction*> goActions() const { return m_goActions; }           // next, previous, …
    QList<QAction*> articleActions() const { return m_articleActions; } // done, unread, removed
    void restore(); // whether removed pieces are shown, as saved

signals:
    void message(const QString& text);
    void failed(const QString& message);

private:
    QList<qint64> targets() const;
    void setStatus(const QList<qint64>& ids, ReadingStatus status);
    void toggleDone();

    Database& m_db;
    ArticleListView* m_list;
    ArticleListModel* m_model;
    ReaderView* m_reader;
    AppSettings& m_settings;
    QList<QAction*> m_goActions;
    QList<QAction*> m_articleActions;
};
