#include "reader/readingviewactions.h"

#include "reader/readerview.h"
#include "reader/theme.h"
#include "window/appsettings.h"
#include "window/windowaction.h"

#include <QActionGroup>
#include <QFontDialog>
#include <QMenu>

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
}

void ReadingViewActions::addTo(QMenu* viewMenu) const {
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
