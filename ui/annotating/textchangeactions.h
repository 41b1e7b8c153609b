#pragma once

#include "store/annotationreanchoring.h"
#include "util/result.h"

#include <QObject>

#include <functional>

class AnnotationContext;
class Database;
class QAction;
class QUndoStack;
class QWidget;
class ReaderView;

// Changes of the open article's clean text from the Article menu: split a paragraph at the
// cursor, join it with the next, remove it, re-clean the article, restore a removed piece. Each
// is an undoable command that re-anchors the annotations in the same transaction.
class TextChangeActions final : public QObject {
    Q_OBJECT
public:
    TextChangeActions(AnnotationContext* context, QUndoStack* undoStack, ReaderView* reader,
                      std::function<qint64()> openArticle, QWidget* window);

    QList<QAction*> actions() const { return m_actions; }

    void restoreRemovedPiece(int index);
    void splitParagraphAtCursor();
    void joinParagraphWithNext();
    void removeParagraphAtCursor();
    void recleanArticle();

signals:
    void message(const QString& text);
    void failed(const QString& message);

private:
    int paragraphAtCursor() const; // -1 when the cursor is not in the body
    void changeText(const QString& text, std::function<Result<ReanchorReport>(Database&)> change);

    AnnotationContext* m_context;
    QUndoStack* m_undoStack;
    ReaderView* m_reader;
    std::function<qint64()> m_openArticle;
    QList<QAction*> m_actions;
};
