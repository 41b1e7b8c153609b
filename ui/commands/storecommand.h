#pragma once

#include "util/result.h"

#include <QObject>
#include <QUndoCommand>

class Database;

// What undo commands share: the database they write to, and where they report. Views listen to
// `changed` to repaint, and to `failed` to tell the user.
class AnnotationContext : public QObject {
    Q_OBJECT
public:
    explicit AnnotationContext(Database& database, QObject* parent = nullptr)
        : QObject(parent)
        , m_db(database) {}
    Database& database() const { return m_db; }

signals:
    void changed(qint64 articleId); // 0: more than one article may have changed
    void failed(const QString& message);

private:
    Database& m_db;
};

// An undoable change to the store. Each redo and undo is saved at once in its own transaction
// (the store's), so killing Folio never loses what the screen showed as done. A step that fails
// makes the command obsolete, which drops it from the stack, and says why.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(AnnotationContext* context, qint64 articleId, const QString& text);

    void redo() final;
    void undo() final;

protected:
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;
    Database& database() const { return m_context->database(); }
    qint64 articleId() const { return m_articleId; }

private:
    void report(const Result<void>& result);

    AnnotationContext* m_context;
    qint64 m_articleId;
};
