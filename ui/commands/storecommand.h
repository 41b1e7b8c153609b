#pragma once

#include "util/result.h"

#include <QObject>
#include <QStringList>
#include <QUndoCommand>

#include <optional>

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

// An undoable change to the store. Each redo and undo is saved at once in its own transaction,
// so killing Folio never loses what the screen showed as done. A step that fails makes the
// command obsolete, which drops it from the stack, and says why.
//
// Another program (folio-cli, a second window) may change the same rows between two steps. So
// after each step the command records the state of the rows it owns (ownedState()), and before
// the next one it compares, in the same transaction as the step: when they differ the step is
// refused with a message naming what changed, and nothing is written.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(AnnotationContext* context, qint64 articleId, const QString& text);

    void redo() final;
    void undo() final;

protected:
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;
    // The rows this command changes, as RowState lines; empty: nothing to guard.
    virtual Result<QStringList> ownedState() const { return QStringList(); }
    // Around each step, outside its transaction: before it starts, and after it was saved (ok) or
    // refused and the views were told. A command whose step moves what the window shows (a
    // deleted article's row) looks at the screen here; the store is never written from them.
    virtual void aboutToStep(bool /*forward*/) {}
    virtual void stepped(bool /*forward*/, bool /*ok*/) {}
    // After mergeWith(): the merged command's last step is the one now on record.
    void takeRecordedStateOf(const StoreCommand& later) { m_recorded = later.m_recorded; }
    Database& database() const { return m_context->database(); }
    qint64 articleId() const { return m_articleId; }

private:
    Result<void> step(bool forward);
    bool report(const Result<void>& result); // whether it succeeded

    AnnotationContext* m_context;
    qint64 m_articleId;
    std::optional<QStringList> m_recorded; // ownedState() after the last step
};
