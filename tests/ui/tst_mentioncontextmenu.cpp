#include "annotating/annotationcontroller.h"
#include "annotatingtest.h"
#include "reader/readerview.h"
#include "store/companystore.h"
#include "store/historystore.h"
#include "store/partnershipstore.h"
#include "windowdriver.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStatusBar>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

// The reader's context menu over a mention or a partnership's evidence, in the real window: what
// it offers, that it acts on what lies under the mouse (the Menu key: under the text cursor),
// and that each change is one undoable step recorded in the store; and the reader's keys for
// the same acts.
class TestMentionContextMenu : public AnnotatingTest {
    Q_OBJECT
private slots:
    void menuOverMentionOffersItsActions();
    void rightClickOnPlainTextShowsNoMentionActions();
    void removeThisMentionAndUndo();
    void changeCompanyRecordsHistoryAndUndoPutsItBack();
    void changeToNewCompanyCreatesItAndUndoRemovesIt();
    void menuActsOnMentionUnderMouseNotTextCursor();
    void menuKeyActsOnTextCursor();
    void removeAllMentionsOfCompanyIsOneUndoStep();
    void editNoteOpensTheNoteOfThatMention();
    void menuOverEvidenceRemovesOrShowsPartnership();
    void deleteKeyRemovesMentionAtTextCursor();

private:
    using MenuAct = std::function<void(QMenu*)>;
    // Right-clicks at `point` of the reader's viewport (none: opens the menu as the Menu key
    // does, at the text cursor), hands the open menu to `act` (default: Escape) and returns
    // the object names of its actions, in order.
    QStringList contextMenu(std::optional<QPoint> point, const MenuAct& act = {});
    static MenuAct choose(const QString& actionName);
    // The middle of the character at `cleanOffset`, scrolled into view.
    QPoint pointOn(int cleanOffset);
    int offsetOf(const QString& needle, int from = 0) const {
        return int(text().indexOf(needle, from));
    }
    void mark(const QString& needle, const QString& company, int from = 0) {
        select(needle, from);
        markSelectionAs(company);
    }
    void putTextCursorAt(int cleanOffset);
    std::optional<Mention> storedMentionAt(int cleanOffset) const;
    QUndoStack* undoStack() const { return m_window->annotations()->undoStack(); }

    QString m_menuTitle; // the text of the first action of the last menu opened
};

QStringList TestMentionContextMenu::contextMenu(std::optional<QPoint> point, const MenuAct& act) {
    QStringList names;
    m_menuTitle.clear();
    QObject guard; // drops the timer should no menu open
    QTimer::singleShot(0, &guard, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (const QAction* action : menu->actions())
            names << action->objectName();
        if (!menu->actions().isEmpty())
            m_menuTitle = menu->actions().first()->text();
        if (act)
            act(menu);
        else
            QTest::keyClick(menu, Qt::Key_Escape);
    });
    ReaderView* reader = m_window->reader();
    // What the window system makes of a right-click at `point`, or of the Menu key (X11 sends
    // it at the caret); QTest's mouse clicks on widgets do not make context menu events.
    const QPoint at = point ? *point : reader->cursorRect().center();
    QContextMenuEvent event(point ? QContextMenuEvent::Mouse : QContextMenuEvent::Keyboard, at,
                            reader->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(reader->viewport(), &event);
    return names;
}

TestMentionContextMenu::MenuAct TestMentionContextMenu::choose(const QString& actionName) {
    return [actionName](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (action->objectName() == actionName) {
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
        qWarning("no action %s in the menu", qPrintable(actionName));
        QTest::keyClick(menu, Qt::Key_Escape);
    };
}

QPoint TestMentionContextMenu::pointOn(int cleanOffset) {
    ReaderView* reader = m_window->reader();
    QTextCursor at(reader->document());
    at.setPosition(reader->documentPosition(cleanOffset));
    QRect rect = reader->cursorRect(at);
    if (rect.top() < 0 || rect.bottom() > reader->viewport()->height()) {
        QScrollBar* bar = reader->verticalScrollBar();
        bar->setValue(bar->value() + rect.top() - reader->viewport()->height() / 2);
        rect = reader->cursorRect(at);
    }
    QTextCursor next = at;
    next.movePosition(QTextCursor::NextCharacter);
    const QRect after = reader->cursorRect(next);
    const int x = after.top() == rect.top() ? (rect.left() + after.left()) / 2 : rect.left() + 2;
    return {x, rect.center().y()};
}

void TestMentionContextMenu::putTextCursorAt(int cleanOffset) {
    ReaderView* reader = m_window->reader();
    QTextCursor cursor(reader->document());
    cursor.setPosition(reader->documentPosition(cleanOffset));
    reader->setTextCursor(cursor);
    focusReader();
}

std::optional<Mention> TestMentionContextMenu::storedMentionAt(int cleanOffset) const {
    for (const Mention& mention : storedMentions()) {
        if (mention.anchor.start <= cleanOffset && cleanOffset < mention.anchor.end)
            return mention;
    }
    return std::nullopt;
}

void TestMentionContextMenu::menuOverMentionOffersItsActions() {
    const int leica = offsetOf(u"Leica."_s);
    mark(u"Leica"_s, u"Leica"_s, leica);
    const QStringList names = contextMenu(pointOn(leica + 2));
    QCOMPARE(names.mid(0, 5), (QStringList{u"menuMentionTitle"_s, u"menuRemoveMention"_s,
                                           u"menuChangeMentionCompany"_s, u"menuEditMentionNote"_s,
                                           u"menuRemoveCompanyMentions"_s}));
    QCOMPARE(m_menuTitle, u"Leica — mention"_s);
    // The reader's own entries stay below.
    QVERIFY(names.contains(u"actionMarkCompany"_s));
    QVERIFY(names.contains(u"actionMarkPartnership"_s));
    // The keys are shown in the menu, and they are the reader's.
    QAction* remove = nullptr;
    for (QAction* action : m_window->reader()->actions())
        remove = action->objectName() == u"actionRemoveMentionAtCursor"_s ? action : remove;
    QVERIFY(remove);
    QCOMPARE(remove->shortcut(), QKeySequence(Qt::Key_Delete));
    QCOMPARE(remove->shortcutContext(), Qt::WidgetWithChildrenShortcut);

    // The entry names the company: read from the open menu.
    QString removeAll;
    QKeySequence removeKey;
    contextMenu(pointOn(leica), [&](QMenu* menu) {
        for (const QAction* action : menu->actions()) {
            if (action->objectName() == u"menuRemoveCompanyMentions"_s)
                removeAll = action->text();
            if (action->objectName() == u"menuRemoveMention"_s)
                removeKey = action->shortcut();
        }
        QTest::keyClick(menu, Qt::Key_Escape);
    });
    QCOMPARE(removeAll, u"Remove All Mentions of Leica in This Article"_s);
    QCOMPARE(removeKey, QKeySequence(Qt::Key_Delete));
    QCOMPARE(storedMentions().size(), 1); // looking changed nothing
}

void TestMentionContextMenu::rightClickOnPlainTextShowsNoMentionActions() {
    const int leica = offsetOf(u"Leica."_s);
    mark(u"Leica"_s, u"Leica"_s, leica);
    const QStringList names = contextMenu(pointOn(offsetOf(u"Tweet"_s) + 1));
    QVERIFY(!names.isEmpty()); // a menu opened
    QVERIFY(names.contains(u"actionMarkCompany"_s));
    for (const QString& name : names)
        QVERIFY2(!name.startsWith(u"menu"_s), qPrintable(name));
    // The space just after the mention is plain text too.
    for (const QString& name : contextMenu(pointOn(leica + 5)))
        QVERIFY2(!name.startsWith(u"menu"_s), qPrintable(name));
}

void TestMentionContextMenu::removeThisMentionAndUndo() {
    const int leica = offsetOf(u"Leica."_s);
    mark(u"Leica"_s, u"Leica"_s, leica);
    const Mention before = storedMentions().first();
    contextMenu(pointOn(leica + 1), choose(u"menuRemoveMention"_s));
    QVERIFY(storedMentions().isEmpty());
    QCOMPARE(m_window->reader()->mentionMarkCount(), 0);
    undoStack()->undo();
    QCOMPARE(storedMentions().size(), 1);
    QCOMPARE(storedMentions().first().id, before.id);
    QCOMPARE(m_window->reader()->mentionMarkCount(), 1);
}

void TestMentionContextMenu::changeCompanyRecordsHistoryAndUndoPutsItBack() {
    const int leica = offsetOf(u"Leica."_s);
    mark(u"Leica"_s, u"Leica"_s, leica);
    mark(u"Leica Camera AG"_s, u"Leica Camera AG"_s);
    const Mention before = *storedMentionAt(leica);
    const auto camera = CompanyStore(*m_check).findCompany(u"Leica Camera AG"_s);
    QVERIFY(camera && *camera);
    const int steps = undoStack()->count();

    contextMenu(pointOn(leica + 1), choose(u"menuChangeMentionCompany"_s));
    WindowDriver::answerCompanyPopup(*m_window, u"Leica Camera AG"_s);
    const Mention changed = *storedMentionAt(leica);
    QCOMPARE(changed.id, before.id); // the same mention, same place, another company
    QCOMPARE(changed.anchor.start, before.anchor.start);
    QCOMPARE(changed.companyId, (*camera)->id);
    QCOMPARE(undoStack()->count(), steps + 1);
    const auto history = HistoryStore(*m_check).mentionHistory(before.id);
    QVERIFY(history);
    QCOMPARE(history->last().event, HistoryEvent::CompanyChanged);
    QCOMPARE(history->last().detail.value(u"company"_s).toString(), u"Leica Camera AG"_s);

    undoStack()->undo();
    QCOMPARE(storedMentionAt(leica)->companyId, before.companyId);
    QCOMPARE(HistoryStore(*m_check).mentionHistory(before.id)->size(), history->size() + 1);
    undoStack()->redo();
    QCOMPARE(storedMentionAt(leica)->companyId, (*camera)->id);
}

void TestMentionContextMenu::changeToNewCompanyCreatesItAndUndoRemovesIt() {
    const int leica = offsetOf(u"Leica."_s);
    mark(u"Leica"_s, u"Leica"_s, leica);
    contextMenu(pointOn(leica + 1), choose(u"menuChangeMentionCompany"_s));
    WindowDriver::answerCompanyPopup(*m_window, u"Leitz"_s);
    const auto leitz = CompanyStore(*m_check).findCompany(u"Leitz"_s);
    QVERIFY(leitz && *leitz);
    QCOMPARE(storedMentionAt(leica)->companyId, (*leitz)->id);
    undoStack()->undo();
    QCOMPARE(storedMentionAt(leica)->companyName, u"Leica"_s);
    QVERIFY(!CompanyStore(*m_check).findCompany(u"Leitz"_s).value().has_value());

    // The company it already names is no change.
    const int steps = undoStack()->count();
    contextMenu(pointOn(leica + 1), choose(u"menuChangeMentionCompany"_s));
    WindowDriver::answerCompanyPopup(*m_window, u"Leica"_s);
    QCOMPARE(undoStack()->count(), steps);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"already"_s));
}

void TestMentionContextMenu::menuActsOnMentionUnderMouseNotTextCursor() {
    const int xiaomi = offsetOf(u"Xiaomi"_s);
    const int leica = offsetOf(u"Leica."_s);
    mark(u"Xiaomi"_s, u"Xiaomi"_s);
    mark(u"Leica"_s, u"Leica"_s, leica);
    putTextCursorAt(xiaomi + 2); // the text cursor on Xiaomi, the mouse on Leica
    contextMenu(pointOn(leica + 3));
    QCOMPARE(m_menuTitle, u"Leica — mention"_s);
    contextMenu(pointOn(leica + 3), choose(u"menuRemoveMention"_s));
    QVERIFY(!storedMentionAt(leica));
    QVERIFY(storedMentionAt(xiaomi));
    // The last character of a mention is on it.
    contextMenu(pointOn(xiaomi + 5));
    QCOMPARE(m_menuTitle, u"Xiaomi — mention"_s);
}

void TestMentionContextMenu::menuKeyActsOnTextCursor() {
    const int xiaomi = offsetOf(u"Xiaomi"_s);
    const int leica = offsetOf(u"Leica."_s);
    mark(u"Xiaomi"_s, u"Xiaomi"_s);
    mark(u"Leica"_s, u"Leica"_s, leica);
    putTextCursorAt(xiaomi + 2);
    contextMenu(std::nullopt);
    QCOMPARE(m_menuTitle, u"Xiaomi — mention"_s);
    // Just after the mention (where Ctrl+Right or End leaves the caret) still names it.
    putTextCursorAt(leica + 5);
    contextMenu(std::nullopt, choose(u"menuRemoveMention"_s));
    QVERIFY(!storedMentionAt(leica));
    QVERIFY(storedMentionAt(xiaomi));

    // Shift+F10 opens the same menu at the text cursor.
    putTextCursorAt(xiaomi + 1);
    QString title;
    QObject guard;
    QTimer::singleShot(0, &guard, [&] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            title = menu->actions().value(0) ? menu->actions().first()->text() : QString();
            QTest::keyClick(menu, Qt::Key_Escape);
        }
    });
    QTest::keyClick(m_window->reader(), Qt::Key_F10, Qt::ShiftModifier);
    QCOMPARE(title, u"Xiaomi — mention"_s);
}

void TestMentionContextMenu::removeAllMentionsOfCompanyIsOneUndoStep() {
    const int first = offsetOf(u"Leica."_s);
    const int second = offsetOf(u"Leica"_s, first + 10);
    const int third = offsetOf(u"Leica"_s, second + 10);
    mark(u"Leica"_s, u"Leica"_s, first);
    mark(u"Leica"_s, u"Leica"_s, second);
    mark(u"Leica"_s, u"Leica"_s, third);
    mark(u"Xiaomi"_s, u"Xiaomi"_s);
    QCOMPARE(storedMentions().size(), 4);
    const int steps = undoStack()->count();
    contextMenu(pointOn(second + 1), choose(u"menuRemoveCompanyMentions"_s));
    QCOMPARE(storedMentions().size(), 1);
    QCOMPARE(storedMentions().first().companyName, u"Xiaomi"_s);
    QCOMPARE(undoStack()->count(), steps + 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"3 mentions of Leica"_s));
    undoStack()->undo();
    QCOMPARE(storedMentions().size(), 4);
    QCOMPARE(m_window->reader()->mentionMarkCount(), 4);
}

void TestMentionContextMenu::editNoteOpensTheNoteOfThatMention() {
    const int xiaomi = offsetOf(u"Xiaomi"_s);
    const int leica = offsetOf(u"Leica."_s);
    mark(u"Xiaomi"_s, u"Xiaomi"_s);
    mark(u"Leica"_s, u"Leica"_s, leica);
    // Even with the side panel hidden: it comes back for the note.
    m_window->findChild<QAction*>(u"actionShowPanel"_s)->trigger();
    auto* note = m_window->findChild<QPlainTextEdit*>(u"itemNoteEdit"_s);
    QVERIFY(!note->isVisible());
    contextMenu(pointOn(leica + 1), choose(u"menuEditMentionNote"_s));
    QVERIFY(note->isVisible());
    QVERIFY(note->isEnabled());
    // Offscreen, a closed popup leaves no active window; a desktop gives it back.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(QApplication::focusWidget(), note);
    QTest::keyClicks(note, u"Kamerapartner"_s);
    QTRY_COMPARE(storedMentionAt(leica)->note, u"Kamerapartner"_s);
    QCOMPARE(storedMentionAt(xiaomi)->note, QString());
}

void TestMentionContextMenu::menuOverEvidenceRemovesOrShowsPartnership() {
    mark(u"Xiaomi"_s, u"Xiaomi"_s);
    const int leica = offsetOf(u"Leica."_s);
    mark(u"Leica"_s, u"Leica"_s, leica);
    // The sentence that states it: "Chinesischer Technologieriese Xiaomi … Leica."
    const int start = offsetOf(u"Chinesischer"_s);
    Partnership partnership;
    partnership.articleId = m_articleId;
    partnership.companyA = storedMentionAt(offsetOf(u"Xiaomi"_s))->companyId;
    partnership.companyB = storedMentionAt(leica)->companyId;
    partnership.evidence.start = start;
    partnership.evidence.end = leica + 6;
    partnership.evidence.quote = text().mid(start, leica + 6 - start);
    const auto added = PartnershipStore(*m_check).addPartnership(partnership);
    QVERIFY2(added, qPrintable(added.errorMessage()));
    m_window->annotations()->reload();

    const int plainWord = offsetOf(u"Partnerschaft"_s, start);
    QStringList names = contextMenu(pointOn(plainWord + 2));
    QVERIFY(names.contains(u"menuPartnershipTitle"_s));
    QVERIFY(names.contains(u"menuShowPartnership"_s));
    QVERIFY(!names.contains(u"menuRemoveMention"_s));
    QCOMPARE(m_menuTitle, u"Xiaomi – Leica — partnership"_s);
    // Over a mention inside the evidence: both.
    names = contextMenu(pointOn(leica + 1));
    QVERIFY(names.contains(u"menuRemoveMention"_s) && names.contains(u"menuRemovePartnership"_s));

    contextMenu(pointOn(plainWord + 2), choose(u"menuShowPartnership"_s));
    auto* tree = m_window->findChild<QTreeWidget*>(u"partnershipTree"_s);
    QVERIFY(tree->currentItem());
    QVERIFY(tree->currentItem()->isSelected());
    QVERIFY(tree->currentItem()->text(0).contains(u"Xiaomi"_s));

    contextMenu(pointOn(plainWord + 2), choose(u"menuRemovePartnership"_s));
    QVERIFY(PartnershipStore(*m_check).partnerships(m_articleId)->isEmpty());
    QCOMPARE(storedMentions().size(), 2); // the mentions stay
    undoStack()->undo();
    QCOMPARE(PartnershipStore(*m_check).partnerships(m_articleId)->size(), 1);
}

void TestMentionContextMenu::deleteKeyRemovesMentionAtTextCursor() {
    const int xiaomi = offsetOf(u"Xiaomi"_s);
    const int leica = offsetOf(u"Leica."_s);
    mark(u"Xiaomi"_s, u"Xiaomi"_s);
    mark(u"Leica"_s, u"Leica"_s, leica);
    putTextCursorAt(offsetOf(u"Tweet"_s)); // plain text: nothing to remove
    QTest::keyClick(m_window->reader(), Qt::Key_Delete);
    QCOMPARE(storedMentions().size(), 2);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"text cursor"_s));

    putTextCursorAt(leica + 2);
    QTest::keyClick(m_window->reader(), Qt::Key_Delete);
    QVERIFY(!storedMentionAt(leica));
    QVERIFY(storedMentionAt(xiaomi));
    undoStack()->undo();
    QVERIFY(storedMentionAt(leica));

    // A selection that is one mention (a double-click on it) names it too.
    select(u"Xiaomi"_s);
    QTest::keyClick(m_window->reader(), Qt::Key_Delete);
    QVERIFY(!storedMentionAt(xiaomi));
    // F2 asks for the company of the mention at the text cursor.
    putTextCursorAt(leica + 1);
    QTest::keyClick(m_window->reader(), Qt::Key_F2);
    WindowDriver::answerCompanyPopup(*m_window, u"Leica Camera AG"_s);
    QCOMPARE(storedMentionAt(leica)->companyName, u"Leica Camera AG"_s);
}

QTEST_MAIN(TestMentionContextMenu)
#include "tst_mentioncontextmenu.moc"
