#pragma once

#include "annotate/annotation.h"

#include <QObject>

#include <functional>
#include <optional>

class AnnotationContext;
class AnnotationPanel;
class Database;
class QAction;
class QMenu;
class QUndoStack;
class QWidget;
class ReaderView;

// What can be done to the mention or partnership evidence under the pointer or the text cursor
// in the reader: remove the mention, give it another company, edit its note, remove all mentions
// of its company in the article; remove the partnership or show it in the side panel. The
// reader's context menu lists them at its top for the mention under the mouse (the Menu key and
// Shift+F10: under the text cursor), and the reader's own keys act on the text cursor. Every
// change is one undoable command.
class MentionActions final : public QObject {
    Q_OBJECT
public:
    MentionActions(Database& database, AnnotationContext* context, QUndoStack* undoStack,
                   ReaderView* reader, AnnotationPanel* panel, std::function<qint64()> openArticle,
                   std::function<QList<Mention>()> mentions, QWidget* window);

    // The reader's keys (Delete, Shift+Delete, F2, N, Shift+F10), scoped to the reader so the
    // article list and the side panel keep their own Delete.
    QList<QAction*> keyActions() const { return m_keyActions; }

    void removeMention(const Mention& mention);
    void changeCompany(const Mention& mention); // asks in the company popup
    void editNote(const Mention& mention);      // in the side panel's note editor
    void removeCompanyMentions(const Mention& mention);
    void removePartnership(const Partnership& partnership);
    void showPartnership(const Partnership& partnership);

signals:
    void message(const QString& text);
    void notice(const QString& text);

private:
    void createKeyActions();
    // The reader's context menu is about to open for the character at `cleanOffset`.
    void fillMenu(QMenu* menu, int cleanOffset, bool atTextCursor);
    std::optional<Mention> mentionAt(int cleanOffset) const;
    std::optional<Mention> mentionAtTextCursor() const;
    QList<Partnership> partnershipsAt(int cleanOffset) const;
    // Runs `act` on the mention at the text cursor, or says what to do first.
    void onMentionAtTextCursor(void (MentionActions::*act)(const Mention&));
    void showPanel();

    Database& m_db;
    AnnotationContext* m_context;
    QUndoStack* m_undoStack;
    ReaderView* m_reader;
    AnnotationPanel* m_panel;
    std::function<qint64()> m_openArticle;
    std::function<QList<Mention>()> m_mentions;
    QWidget* m_window;
    QList<QAction*> m_keyActions;
};
