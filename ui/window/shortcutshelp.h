#pragma once

#include <QDialog>
#include <QList>

class QAction;

// F1: every action with its shortcuts, read from the actions themselves so the page can never
// fall out of step with the menus.
class ShortcutsHelp : public QDialog {
    Q_OBJECT
public:
    ShortcutsHelp(const QList<QAction*>& actions, QWidget* parent = nullptr);
};
