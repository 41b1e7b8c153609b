#pragma once

#include <QObject>

class AppSettings;
class QAction;
class QShortcut;
class QMenu;
class QSplitter;
class QWidget;

// View ▸ Article List, Side Panel and Reading Mode: which panes of the window are shown. On a
// small screen the reader keeps a readable column by taking the space the other panes give up;
// reading mode shows the article alone and Escape in the reader leaves it. The choices are kept
// in the settings.
class PaneActions final : public QObject {
    Q_OBJECT
public:
    // `listPane`, `reader` and `panel` are the splitter's three widgets, in that order.
    PaneActions(QSplitter* splitter, AppSettings& settings, QWidget* window);

    void addTo(QMenu* viewMenu) const;
    QList<QAction*> actions() const { return {m_listAction, m_panelAction, m_readingMode}; }

    void restore(); // the saved choices
    void save() const;

    bool inReadingMode() const;
    void setReadingMode(bool on);
    // Shows the list again when a key asks for it (Go ▸ Article List while it is hidden).
    void ensureListShown();

private:
    void applyVisibility();

    QSplitter* m_splitter;
    QWidget* m_window;
    AppSettings& m_settings;
    QAction* m_listAction;
    QAction* m_panelAction;
    QAction* m_readingMode;
    QShortcut* m_leaveShortcut = nullptr;
};
