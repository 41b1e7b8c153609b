#include "window/paneactions.h"

#include "window/appsettings.h"
#include "window/windowaction.h"

#include <QMenu>
#include <QShortcut>
#include <QSplitter>
#include <QToolBar>

namespace {
enum Pane { ListPane = 0, ReaderPane = 1, SidePanel = 2 };

// The reader's narrowest column: about 40 characters of the default reading font, enough to read
// a sentence without the eye jumping back every few words. The list and the side panel give way
// before the reader does.
constexpr int readerMinimumWidth = 380;
constexpr int listMinimumWidth = 180;
constexpr int panelMinimumWidth = 160;
} // namespace

PaneActions::PaneActions(QSplitter* splitter, AppSettings& settings, QWidget* window)
    : QObject(window)
    , m_splitter(splitter)
    , m_window(window)
    , m_settings(settings) {
    m_listAction = makeWindowAction(window, QStringLiteral("actionShowList"),
                                    tr("Show Article &List"), {QKeySequence(Qt::Key_F9)});
    m_panelAction = makeWindowAction(window, QStringLiteral("actionShowPanel"),
                                     tr("Show Side &Panel"), {QKeySequence(Qt::Key_F10)});
    m_readingMode = makeWindowAction(window, QStringLiteral("actionReadingMode"),
                                     tr("&Reading Mode"), {QKeySequence(Qt::Key_F11)});
    for (QAction* action : actions()) {
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, &PaneActions::applyVisibility);
    }
    m_listAction->setChecked(true);
    m_panelAction->setChecked(true);

    m_splitter->widget(ListPane)->setMinimumWidth(listMinimumWidth);
    m_splitter->widget(ReaderPane)->setMinimumWidth(readerMinimumWidth);
    m_splitter->widget(SidePanel)->setMinimumWidth(panelMinimumWidth);
    // The splitter gives all of a shrinking window's loss to the stretching pane; a reader that
    // cannot shrink below a column makes it take the rest from the list and the panel.
    for (int pane : {ListPane, ReaderPane, SidePanel})
        m_splitter->setCollapsible(pane, false);

    // Escape in the reader leaves reading mode; elsewhere it keeps its usual meaning.
    auto* leave = new QShortcut(QKeySequence(Qt::Key_Escape), m_splitter->widget(ReaderPane));
    leave->setContext(Qt::WidgetWithChildrenShortcut);
    leave->setObjectName(QStringLiteral("leaveReadingModeShortcut"));
    connect(leave, &QShortcut::activated, this, [this] { setReadingMode(false); });
    // Only while reading: otherwise Escape belongs to whatever has focus (a popup over the
    // reader, a selection).
    leave->setEnabled(inReadingMode());
    m_leaveShortcut = leave;
}

void PaneActions::addTo(QMenu* viewMenu) const {
    viewMenu->addActions(actions());
    viewMenu->addSeparator();
}

bool PaneActions::inReadingMode() const {
    return m_readingMode->isChecked();
}

void PaneActions::setReadingMode(bool on) {
    m_readingMode->setChecked(on);
}

void PaneActions::ensureListShown() {
    setReadingMode(false);
    m_listAction->setChecked(true);
}

void PaneActions::applyVisibility() {
    const bool reading = m_readingMode->isChecked();
    if (m_leaveShortcut)
        m_leaveShortcut->setEnabled(reading);
    // Reading mode hides the panes without forgetting which ones were shown before.
    m_splitter->widget(ListPane)->setVisible(!reading && m_listAction->isChecked());
    m_splitter->widget(SidePanel)->setVisible(!reading && m_panelAction->isChecked());
    m_listAction->setEnabled(!reading);
    m_panelAction->setEnabled(!reading);
    for (QToolBar* toolbar : m_window->findChildren<QToolBar*>(Qt::FindDirectChildrenOnly))
        toolbar->setVisible(!reading);
    QWidget* reader = m_splitter->widget(ReaderPane);
    if (reading || m_splitter->widget(ListPane)->isHidden())
        reader->setFocus(Qt::OtherFocusReason);
}

void PaneActions::restore() {
    m_listAction->setChecked(m_settings.listShown());
    m_panelAction->setChecked(m_settings.panelShown());
    m_readingMode->setChecked(m_settings.readingMode());
    applyVisibility();
}

void PaneActions::save() const {
    m_settings.setListShown(m_listAction->isChecked());
    m_settings.setPanelShown(m_panelAction->isChecked());
    m_settings.setReadingMode(m_readingMode->isChecked());
}
