#pragma once

#include <QObject>

class AppSettings;
class QAction;
class QMenu;
class QWidget;
class ReaderView;

// The View menu: text size, reading font and theme (following the desktop, light, dark). The
// choices act on the reader and are kept in the settings; restore() applies the saved ones.
class ReadingViewActions final : public QObject {
    Q_OBJECT
public:
    ReadingViewActions(ReaderView* reader, AppSettings& settings, QWidget* window);

    void addTo(QMenu* viewMenu) const;
    void restore(); // the saved font and theme
    void save();    // the font (the theme is saved as it is chosen)

private:
    void applyTheme();
    void openOriginal(); // in the desktop's browser, or say why not

    ReaderView* m_reader;
    AppSettings& m_settings;
    QWidget* m_window;
    QList<QAction*> m_textActions;  // Larger, Smaller, Font
    QList<QAction*> m_themeActions; // System, Light, Dark
    QAction* m_openOriginal;
};
