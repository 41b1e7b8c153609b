#pragma once

#include <QList>
#include <QObject>

class AnnotationContext;
class ArticleListModel;
class ArticleListView;
class QAction;
class QMenu;
class QPoint;
class QUndoStack;
class QWidget;
class ReaderView;

// Deleting articles from the window: Delete Article (the Delete key in the list, and the Article
// menu) and the list's context menu (Open, the reading states, Delete). The whole selection goes
// in one undoable command, which asks first only when annotations would go with it. Afterwards
// the next article in the list is open (the previous at the end); undo opens the restored ones.
class ArticleDeletionActions final : public QObject {
    Q_OBJECT
public:
    ArticleDeletionActions(AnnotationContext* context, QUndoStack* undoStack, ArticleListView* list,
                           ArticleListModel* model, ReaderView* reader, QWidget* window);

    QAction* deleteAction() const { return m_delete; }
    // The context menu: Open, then `readingActions` (Mark Done, Mark Unread), then Delete.
    void setContextActions(const QList<QAction*>& readingActions);
    void deleteSelected();

signals:
    void message(const QString& text);
    void failed(const QString& message);
    // Articles went or came back and the list shows it: the window updates its page, and closes
    // the reader when nothing is selected any more.
    void listChanged();

private:
    QList<qint64> targets() const; // the selected articles, else the open one
    void rememberPlace(const QList<qint64>& ids);
    void showAfterStep(const QList<qint64>& ids, bool deleted, bool ok);
    void showContextMenu(const QPoint& globalPos);
    void openCurrent();

    AnnotationContext* m_context;
    QUndoStack* m_undoStack;
    ArticleListView* m_list;
    ArticleListModel* m_model;
    ReaderView* m_reader;
    QWidget* m_window;
    QAction* m_open;
    QAction* m_delete;
    QMenu* m_menu;
    int m_placeRow = -1; // the first deleted row: what follows it moves up into it
    bool m_openWasDeleted = false;
    bool m_lastStepOk = false;
};
