#include "reader/readingviewactions.h"

#include "reader/readerview.h"
#include "reader/theme.h"
#include "window/appsettings.h"
#include "window/windowaction.h"

#include <QActionGroup>
#include <QDesktopServices>
#include <QFontDialog>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

ReadingViewActions::ReadingViewActions(ReaderView* reader, AppSettings& settings, QWidget* window)
    : QObject(window)
    , m_reader(reader)
    , m_settings(settings)
    , m_window(window) {
    auto* larger = makeWindowAction(window, QStringLiteral("actionLargerText"), tr("&Larger Text"),
                                    {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    auto* smaller = makeWindowAction(window, QStringLiteral("actionSmallerText"),
                                     tr("&Smaller Text"), {QKeySequence::ZoomOut});
    auto* font = makeWindowAction(window, QStringLiteral("actionChooseFont"), tr("Reading &Font…"));
    m_textActions = {larger, smaller, font};
    connect(larger, &QAction::triggered, this, [this] { m_reader->zoomReader(+1); });
    connect(smaller, &QAction::triggered, this, [this] { m_reader->zoomReader(-1); });
    connect(font, &QAction::triggered, this, [this] {
        bool ok = false;
        const QFont chosen = QFontDialog::getFont(&ok, m_reader->readerFont(), m_window);
        if (ok)
            m_reader->setReaderFont(chosen);
    });

    auto* group = new QActionGroup(this);
    const QString names[] = {tr("Follow the &Desktop"), tr("&Light"), tr("Dar&k")};
    const QString ids[] = {QStringLiteral("actionThemeSystem"), QStringLiteral("actionThemeLight"),
                           QStringLiteral("actionThemeDark")};
    for (int i = 0; i < 3; ++i) {
        auto* action = makeWindowAction(window, ids[i], names[i]);
        action->setCheckable(true);
        group->addAction(action);
        m_themeActions << action;
        connect(action, &QAction::triggered, this, [this, i] {
            m_settings.setTheme(ThemeChoice(i));
            applyTheme();
        });
    }
    m_themeActions.at(1)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_themeActions.at(2)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));

    // The one place where Folio hands something to the web: the user asks, the browser fetches.
    m_openOriginal = makeWindowAction(window, QStringLiteral("actionOpenOriginal"),
                                      tr("Open &Original in Browser"), {QKeySequence(Qt::Key_O)});
    connect(m_openOriginal, &QAction::triggered, this, &ReadingViewActions::openOriginal);
    connect(m_reader, &ReaderView::originalRequested, this, &ReadingViewActions::openOriginal);
}

void ReadingViewActions::openOriginal() {
    auto* mainWindow = qobject_cast<QMainWindow*>(m_window);
    const auto say = [mainWindow](const QString& text) {
        if (mainWindow)
            mainWindow->statusBar()->showMessage(text, 6000);
    };
    const QUrl url = m_reader->originalUrl();
    if (m_reader->articleId() == 0)
        return;
    if (url.isEmpty()) {
        say(tr("This article has no web address to open: its source did not give one."));
        return;
    }
    if (!QDesktopServices::openUrl(url))
        say(tr("Could not open %1: no web browser is set up on this desktop.")
                .arg(url.toDisplayString()));
    else
        say(tr("Opening %1 in the browser…").arg(url.toDisplayString()));
}

void ReadingViewActions::addTo(QMenu* viewMenu) const {
    viewMenu->addAction(m_openOriginal);
    viewMenu->addSeparator();
    viewMenu->addActions(m_textActions);
    viewMenu->addMenu(tr("&Theme"))->addActions(m_themeActions);
}

void ReadingViewActions::restore() {
    m_reader->setReaderFont(m_settings.readerFont());
    m_themeActions.at(int(m_settings.theme()))->setChecked(true);
    applyTheme();
}

void ReadingViewActions::save() {
    m_settings.setReaderFont(m_reader->readerFont());
}

void ReadingViewActions::applyTheme() {
    const ThemeChoice choice = m_settings.theme();
    Theme::apply(choice);
    m_reader->setDarkTheme(Theme::isDark(choice));
}
