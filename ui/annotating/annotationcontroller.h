#pragma once

#include "annotate/annotation.h"
#include "store/annotationreanchoring.h"

#include <functional>

#include <QObject>
#include <QPointer>

class AnnotationContext;
class AnnotationPanel;
class BulkMarking;
class Database;
class QAction;
class QUndoStack;
class QWidget;
class ReaderView;
class TextChangeActions;

// Annotating the open article: turns the reader's selection and the side panel's requests into
// undoable commands, and keeps the reader's highlights and the panel in step with the store.
class AnnotationController : public QObject {
    Q_OBJECT
public:
    AnnotationController(Database& database, ReaderView* reader, AnnotationPanel* panel,
                         QWidget* window);

    QUndoStack* undoStack() const { return m_undoStack; }
    // Where commands report; other jobs' commands (deleting articles) share it and the stack.
    AnnotationContext* context() const { return m_context; }
    // Mark Company, Mark All (article), Mark All (everywhere), Mark Partnership, Undo, Redo.
    QList<QAction*> actions() const { return m_actions; }

    void showArticle(qint64 articleId);
    void reload();

    void markCompany();
    void markAllInArticle();
    void markAllEverywhere();
    void markPartnership();

    // Changes of the clean text (Article menu), each undoable, annotations re-anchored.
    TextChangeActions* textChanges() const { return m_textChanges; }
    BulkMarking* bulkMarking() const { return m_bulkMarking; }
    // Attaches the needs-review mention or partnership selected in the panel to the reader's
    // selection.
    void reattachToSelection();

    // Corpus-wide changes from the Companies view.
    void renameCompany(qint64 companyId, const QString& newName);
    void setAliases(qint64 companyId, const QStringList& aliases);
    void mergeCompanies(qint64 keepId, qint64 removeId);

signals:
    void annotationsChanged(qint64 articleId); // 0: possibly many articles
    void message(const QString& text);
    // What the user does differently ("Open an article first."): the status bar, not a box;
    // boxes stay for failures (`failed`) and decisions.
    void notice(const QString& text);
    void failed(const QString& message);

private:
    void createActions(QWidget* window);
    void connectPanel();
    void addMention(const QString& companyName, int start, int end, const QString& newAlias);
    void recordPartnership(const QString& a, const QString& b, const QString& kind,
                           const QString& status, int evidenceStart, int evidenceEnd);
    qint64 companyInFocus() const;
    bool requireArticle();

    Database& m_db;
    ReaderView* m_reader;
    AnnotationPanel* m_panel;
    QWidget* m_window;
    AnnotationContext* m_context;
    QUndoStack* m_undoStack;
    QList<QAction*> m_actions;
    TextChangeActions* m_textChanges = nullptr;
    BulkMarking* m_bulkMarking;
    qint64 m_articleId = 0;
    QString m_text; // clean text of the open article
    QList<Mention> m_mentions;
    qint64 m_lastCompanyId = 0;
};
