#pragma once

#include <QAction>
#include <QKeySequence>
#include <QList>
#include <QWidget>

// An action owned by the window and added to it, so that its shortcuts work whichever child has
// the focus; every job that contributes to the menus makes its actions this way.
inline QAction* makeWindowAction(QWidget* window, const QString& name, const QString& text,
                                 const QList<QKeySequence>& keys = {}) {
    auto* action = new QAction(text, window);
    action->setObjectName(name);
    action->setShortcuts(keys);
    window->addAction(action);
    return action;
}
