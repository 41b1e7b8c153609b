#pragma once

#include "reader/readerview.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Annotating in the real window on the offscreen platform: select, press the shortcut, answer
// the popup, then read the result back from the database through a second connection. The
// fixture of the annotating tests: a fresh folder, database and window for every test function,
// with the sample article imported and open.
class AnnotatingTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    void openWindow();
    qint64 importAndOpen(const QString& raw);
    void select(const QString& needle, int from = 0, int length = -1);
    void focusReader();
    void markSelectionAs(const QString& company);
    // Presses Shift+M (or with Ctrl: in all articles) in the reader and waits until the
    // marking running off the UI thread is done; false if it never ended.
    bool markAllOccurrences(Qt::KeyboardModifiers modifiers = Qt::ShiftModifier);
    QString lastError();
    QString text() const { return m_window->reader()->article().clean.text(); }
    QList<Mention> storedMentions() const { return *MentionStore(*m_check).mentions(m_articleId); }
    QAction* action(const char* name) const {
        return m_window->findChild<QAction*>(QString::fromLatin1(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Database> m_check;
    qint64 m_articleId = 0;
};
