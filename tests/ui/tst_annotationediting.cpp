#include "annotating/annotationcontroller.h"
#include "annotating/partnershipdialog.h"
#include "annotatingtest.h"
#include "articlelist/articlelistmodel.h"
#include "corpus/companiesview.h"
#include "reader/readerview.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/mentionstore.h"
#include "store/notestore.h"
#include "store/partnershipstore.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

// Changing annotations once made: deleting from the panel, notes, merging companies, the list's
// counts, offsets past emoji, edits of the text that move or orphan mentions, and the history.
class TestAnnotationEditing : public AnnotatingTest {
    Q_OBJECT
private slots:
    void deleteFromPanelAndUndo();
    void notesAreSavedAndUndoable();
    void mergeCompaniesFromCompaniesView();
    void offsetsSurviveEmojiAndCombiningMarks();
    void listCountsFollowAnnotations();
    void restoringRemovedPieceShiftsMentions();
    void splitAndJoinKeepAnnotationsAndUndo();
    void removedParagraphSetsReviewThenReattach();
    void historyShowsChangesAndRestoresAnEarlierState();
    void historyAfterRedoSaysRestored();
};

void TestAnnotationEditing::deleteFromPanelAndUndo() {
    select(u"Hasselblad"_s);
    markSelectionAs(u"Hasselblad"_s);
    auto* tree = m_window->findChild<QTreeWidget*>(u"companyTree"_s);
    QTreeWidgetItem* mentionItem = tree->topLevelItem(0)->child(0);
    focusReader();
    tree->setFocus();
    tree->setCurrentItem(mentionItem);
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(storedMentions().isEmpty());
    QCOMPARE(m_window->reader()->mentionMarkCount(), 0);
    m_window->annotations()->undoStack()->undo();
    QCOMPARE(storedMentions().size(), 1);
}

void TestAnnotationEditing::notesAreSavedAndUndoable() {
    auto* note = m_window->findChild<QPlainTextEdit*>(u"articleNoteEdit"_s);
    note->setFocus();
    QTest::keyClicks(note, u"Xiaomi und Leica: Partnerschaft ab Juli."_s);
    QTRY_COMPARE(*NoteStore(*m_check).articleNote(m_articleId),
                 u"Xiaomi und Leica: Partnerschaft ab Juli."_s);
    m_window->annotations()->undoStack()->undo(); // one undo for the whole typing session
    QCOMPARE(*NoteStore(*m_check).articleNote(m_articleId), QString());

    select(u"OnePlus"_s);
    markSelectionAs(u"OnePlus"_s);
    auto* tree = m_window->findChild<QTreeWidget*>(u"companyTree"_s);
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    auto* itemNote = m_window->findChild<QPlainTextEdit*>(u"itemNoteEdit"_s);
    QVERIFY(itemNote->isEnabled());
    itemNote->setFocus();
    QTest::keyClicks(itemNote, u"Marke von Oppo"_s);
    QTRY_COMPARE(storedMentions().first().note, u"Marke von Oppo"_s);
}

void TestAnnotationEditing::mergeCompaniesFromCompaniesView() {
    select(u"Oppo"_s);
    markSelectionAs(u"Oppo"_s);
    select(u"OnePlus"_s);
    markSelectionAs(u"OnePlus"_s);
    CompanyStore store(*m_check);
    const qint64 oppo = (*store.findCompany(u"Oppo"_s))->id;
    const qint64 onePlus = (*store.findCompany(u"OnePlus"_s))->id;

    action("actionCompaniesView")->trigger();
    auto* view = m_window->findChild<CompaniesView*>();
    QVERIFY(view);
    emit view->mergeRequested(oppo, onePlus);
    QCOMPARE(store.companies()->size(), 1);
    QCOMPARE(store.companies()->first().name, u"Oppo"_s);
    QVERIFY(store.companies()->first().aliases.contains(u"OnePlus"_s));
    for (const Mention& mention : storedMentions())
        QCOMPARE(mention.companyId, oppo);
    m_window->annotations()->undoStack()->undo();
    QCOMPARE(store.companies()->size(), 2);
    const QList<Mention> mentions = storedMentions();
    QVERIFY(std::any_of(mentions.cbegin(), mentions.cend(),
                        [](const Mention& m) { return m.companyName == u"OnePlus"_s; }));
}

void TestAnnotationEditing::offsetsSurviveEmojiAndCombiningMarks() {
    const QString raw =
        u"Kamera-News 📷\n\nDas Cafe\u0301 📷 meldet: Zeiss liefert Linsen an Vivo.\n"_s;
    m_articleId = importAndOpen(raw);
    QVERIFY(m_articleId > 0);
    select(u"Zeiss"_s);
    markSelectionAs(u"Zeiss"_s);
    const Mention mention = storedMentions().first();
    QCOMPARE(mention.anchor.quote, u"Zeiss"_s);
    QCOMPARE(mention.anchor.start, int(text().indexOf(u"Zeiss"_s)));
    QCOMPARE(text().mid(mention.anchor.start, 5), u"Zeiss"_s);
    QVERIFY(mention.anchor.prefix.contains(u"📷"_s));
}

void TestAnnotationEditing::listCountsFollowAnnotations() {
    select(u"Vivo"_s);
    markSelectionAs(u"Vivo"_s);
    select(u"Zeiss"_s);
    markSelectionAs(u"Zeiss"_s);
    auto* model = m_window->articleModel();
    const int row = model->rowOf(m_articleId);
    QCOMPARE(model->index(row, ArticleListModel::CompaniesColumn).data().toString(), u"2"_s);
    auto* companyFilter = m_window->findChild<QComboBox*>(u"companyFilter"_s);
    QCOMPARE(companyFilter->count(), 3); // any, Vivo, Zeiss
}

void TestAnnotationEditing::restoringRemovedPieceShiftsMentions() {
    select(u"Vivo"_s);
    markSelectionAs(u"Vivo"_s);
    const Mention before = storedMentions().first();
    emit m_window->reader()->anchorClicked(QUrl(u"restore:0"_s)); // the Restore link
    const Mention after = storedMentions().first();
    const QString headline = u"Soul Hackers 2 Erscheinungsdatum Ankuendigungstrailer enthuellt"_s;
    QCOMPARE(after.anchor.start, before.anchor.start + int(headline.size()) + 1);
    QCOMPARE(text().mid(after.anchor.start, after.anchor.length()), u"Vivo"_s);
    QVERIFY(after.anchor.anchored);
    QCOMPARE(m_window->reader()->mentionMarkCount(), 1);
    m_window->annotations()->undoStack()->undo();
    QCOMPARE(storedMentions().first().anchor.start, before.anchor.start);
    QCOMPARE(ArticleStore(*m_check).article(m_articleId)->clean.removed.size(), 1);
}

void TestAnnotationEditing::splitAndJoinKeepAnnotationsAndUndo() {
    select(u"Hasselblad"_s);
    markSelectionAs(u"Hasselblad"_s);
    const int paragraphs =
        int(ArticleStore(*m_check).article(m_articleId)->clean.paragraphs.size());
    // Split the last paragraph before "OnePlus und Oppo".
    const int at = int(text().indexOf(u"OnePlus und Oppo"_s));
    QTextCursor cursor = m_window->reader()->textCursor();
    cursor.setPosition(m_window->reader()->documentPosition(at));
    m_window->reader()->setTextCursor(cursor);
    focusReader();
    QTest::keyClick(m_window->reader(), Qt::Key_Return, Qt::ControlModifier);
    const Article split = *ArticleStore(*m_check).article(m_articleId);
    QCOMPARE(split.clean.paragraphs.size(), paragraphs + 1);
    QVERIFY(split.clean.paragraphs.at(paragraphs).startsWith(u"OnePlus und Oppo"_s));
    const Mention mention = storedMentions().first();
    QVERIFY(mention.anchor.anchored);
    QCOMPARE(split.clean.text().mid(mention.anchor.start, mention.anchor.length()),
             u"Hasselblad"_s);
    QCOMPARE(m_window->reader()->bodyText(), split.clean.text()); // the reader follows

    // Join it back from the keyboard, then undo the join.
    focusReader();
    cursor.setPosition(m_window->reader()->documentPosition(at - 5));
    m_window->reader()->setTextCursor(cursor);
    QTest::keyClick(m_window->reader(), Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(ArticleStore(*m_check).article(m_articleId)->clean.paragraphs.size(), paragraphs);
    m_window->annotations()->undoStack()->undo();
    QCOMPARE(ArticleStore(*m_check).article(m_articleId)->clean.paragraphs.size(), paragraphs + 1);
    QVERIFY(storedMentions().first().anchor.anchored);
}

void TestAnnotationEditing::removedParagraphSetsReviewThenReattach() {
    select(u"Huawei"_s);
    markSelectionAs(u"Huawei"_s);
    const Mention marked = storedMentions().first();
    // Remove the paragraph holding the mention: it must wait for review, not vanish.
    QTextCursor cursor = m_window->reader()->textCursor();
    cursor.setPosition(m_window->reader()->documentPosition(marked.anchor.start));
    m_window->reader()->setTextCursor(cursor);
    focusReader();
    QTest::keyClick(m_window->reader(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
    QList<Mention> mentions = storedMentions();
    QCOMPARE(mentions.size(), 1);
    QVERIFY(!mentions.first().anchor.anchored);
    QCOMPARE(mentions.first().anchor.quote, u"Huawei"_s);
    QCOMPARE(m_window->reader()->mentionMarkCount(), 0);
    QVERIFY(m_window->findChild<QLabel*>(u"countLabel"_s)
                ->text()
                .contains(u"1 annotation to review"_s));
    auto* tree = m_window->findChild<QTreeWidget*>(u"companyTree"_s);
    QVERIFY(tree->topLevelItem(0)->child(0)->text(0).contains(u"needs review"_s));

    // Re-attach it to a selection: one shortcut.
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    select(u"Leica"_s);
    QTest::keyClick(m_window->reader(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    mentions = storedMentions();
    QVERIFY2(mentions.first().anchor.anchored, qPrintable(lastError()));
    QCOMPARE(text().mid(mentions.first().anchor.start, mentions.first().anchor.length()),
             u"Leica"_s);
    QCOMPARE(m_window->reader()->mentionMarkCount(), 1);

    // Re-attaching is undoable: back to waiting for review, quote and context as they were.
    m_window->annotations()->undoStack()->undo();
    mentions = storedMentions();
    QVERIFY(!mentions.first().anchor.anchored);
    QCOMPARE(mentions.first().anchor.quote, u"Huawei"_s);
    QCOMPARE(m_window->reader()->mentionMarkCount(), 0);
    m_window->annotations()->undoStack()->redo();
    QVERIFY(storedMentions().first().anchor.anchored);
}

void TestAnnotationEditing::historyShowsChangesAndRestoresAnEarlierState() {
    const int first = int(text().indexOf(u"Leica"_s));
    m_window->reader()->selectCleanRange(first, first + 5);
    focusReader();
    markSelectionAs(u"Leica"_s);
    // Move the mention by hand to the next "Leica".
    auto* tree = m_window->findChild<QTreeWidget*>(u"companyTree"_s);
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    const int second = int(text().indexOf(u"Leica"_s, first + 5));
    m_window->reader()->selectCleanRange(second, second + 5);
    focusReader();
    QTest::keyClick(m_window->reader(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(storedMentions().first().anchor.start, second);

    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    auto* history = m_window->findChild<QTreeWidget*>(u"historyList"_s);
    QCOMPARE(history->topLevelItemCount(), 2);
    QCOMPARE(history->topLevelItem(0)->text(1), u"created"_s);
    QCOMPARE(history->topLevelItem(1)->text(1), u"moved (current)"_s);
    history->setCurrentItem(history->topLevelItem(0));
    auto* restore = m_window->findChild<QPushButton*>(u"restoreStateButton"_s);
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY2(storedMentions().first().anchor.start == first, qPrintable(lastError()));
    m_window->annotations()->undoStack()->undo(); // restoring is undoable
    QCOMPARE(storedMentions().first().anchor.start, second);
}

void TestAnnotationEditing::historyAfterRedoSaysRestored() {
    select(u"Vivo"_s);
    markSelectionAs(u"Vivo"_s);
    select(u"Zeiss"_s);
    markSelectionAs(u"Zeiss"_s);
    select(u"arbeitet Vivo"_s);
    QTest::keyClick(m_window->reader(), Qt::Key_P);
    PartnershipDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<PartnershipDialog*>()) && dialog->isVisible());
    dialog->accept();
    QCOMPARE(PartnershipStore(*m_check).partnerships(m_articleId)->size(), 1);

    // Undo, then redo: the partnership is back, and its history says so.
    QUndoStack* stack = m_window->annotations()->undoStack();
    stack->undo();
    QVERIFY(PartnershipStore(*m_check).partnerships(m_articleId)->isEmpty());
    stack->redo();
    QCOMPARE(PartnershipStore(*m_check).partnerships(m_articleId)->size(), 1);
    auto* partnerships = m_window->findChild<QTreeWidget*>(u"partnershipTree"_s);
    QCOMPARE(partnerships->topLevelItemCount(), 1);
    partnerships->setCurrentItem(partnerships->topLevelItem(0));
    auto* history = m_window->findChild<QTreeWidget*>(u"historyList"_s);
    QCOMPARE(history->topLevelItemCount(), 3);
    QCOMPARE(history->topLevelItem(0)->text(1), u"created"_s);
    QCOMPARE(history->topLevelItem(1)->text(1), u"deleted"_s);
    QCOMPARE(history->topLevelItem(2)->text(1), u"restored (current)"_s);
    QVERIFY(history->topLevelItem(2)->font(1).bold());
    QVERIFY(!history->topLevelItem(1)->font(1).bold());

    // The same for a mention: removed from the panel, the removal undone.
    auto* companies = m_window->findChild<QTreeWidget*>(u"companyTree"_s);
    QTreeWidgetItem* vivo = companies->findItems(u"Vivo"_s, Qt::MatchStartsWith).value(0);
    QVERIFY(vivo);
    companies->setFocus();
    companies->setCurrentItem(vivo->child(0));
    QTest::keyClick(companies, Qt::Key_Delete);
    stack->undo();
    vivo = companies->findItems(u"Vivo"_s, Qt::MatchStartsWith).value(0);
    QVERIFY(vivo);
    companies->setCurrentItem(vivo->child(0));
    QCOMPARE(history->topLevelItemCount(), 3);
    QCOMPARE(history->topLevelItem(0)->text(1), u"created"_s);
    QCOMPARE(history->topLevelItem(1)->text(1), u"deleted"_s);
    QCOMPARE(history->topLevelItem(2)->text(1), u"restored (current)"_s);
}

QTEST_MAIN(TestAnnotationEditing)
#include "tst_annotationediting.moc"
