#include "annotating/annotationcontroller.h"
#include "annotating/annotationpanel.h"
#include "annotating/companypopup.h"
#include "annotating/partnershipdialog.h"
#include "articlelist/articlelistmodel.h"
#include "corpus/companiesview.h"
#include "reader/readerview.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "store/notestore.h"
#include "store/partnershipstore.h"
#include "testdata.h"
#include "window/appsettings.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

// Annotating in the real window on the offscreen platform: select, press the shortcut, answer
// the popup, then read the result back from the database through a second connection.
class TestAnnotating : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void marksCompanyFromSelection();
    void snapsSelectionToWordInsideCompound();
    void undoAndRedoEachStep();
    void aliasThenMarkAllOccurrences();
    void partnershipFromSentence();
    void emptyOrWhitespaceSelectionChangesNothing();
    void selectionAcrossParagraphsChangesNothing();
    void partnershipWithItselfChangesNothing();
    void deleteFromPanelAndUndo();
    void notesAreSavedAndUndoable();
    void mergeCompaniesFromCompaniesView();
    void offsetsSurviveEmojiAndCombiningMarks();
    void listCountsFollowAnnotations();
    void restoringRemovedPieceShiftsMentions();
    void splitAndJoinKeepAnnotationsAndUndo();
    void removedParagraphSetsReviewThenReattach();
    void historyShowsChangesAndRestoresAnEarlierState();
    void partnershipKindsAreEditable();

private:
    void openWindow();
    qint64 importAndOpen(const QString& raw);
    void select(const QString& needle, int from = 0, int length = -1);
    void focusReader();
    void markSelectionAs(const QString& company);
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

void TestAnnotating::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestAnnotating::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    openWindow();
    auto check = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY(check.ok());
    m_check = std::move(check).value();
    m_articleId =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(m_articleId > 0);
}

void TestAnnotating::openWindow() {
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_window = std::make_unique<MainWindow>(
        std::move(db).value(), std::make_unique<AppSettings>(m_dir->filePath(u"folio.ini"_s)));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

qint64 TestAnnotating::importAndOpen(const QString& raw) {
    static int n = 0;
    const QString path = m_dir->filePath(u"article%1.txt"_s.arg(++n));
    TestData::writeBytes(path, raw.toUtf8());
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({path});
    if (!finished.wait(30000))
        return 0;
    const auto report = finished.first().first().value<ImportReport>();
    const qint64 id = report.items().first().articleId;
    for (QWidget* dialog : m_window->findChildren<QDialog*>())
        dialog->close();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return 0;
    m_window->openArticle(id);
    return m_window->reader()->articleId() == id ? id : 0;
}

void TestAnnotating::cleanup() {
    m_window.reset();
    m_check.reset();
    m_dir.reset();
}

void TestAnnotating::select(const QString& needle, int from, int length) {
    const int at = int(text().indexOf(needle, from));
    QVERIFY2(at >= 0, qPrintable(needle));
    m_window->reader()->selectCleanRange(at, at + int(length < 0 ? needle.size() : length));
    focusReader();
}

void TestAnnotating::focusReader() {
    // A closed popup leaves no active window; shortcuts need one, as on a desktop.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->reader()->setFocus();
}

void TestAnnotating::markSelectionAs(const QString& company) {
    QTest::keyClick(m_window->reader(), Qt::Key_M);
    CompanyPopup* popup = nullptr;
    QTRY_VERIFY((popup = m_window->findChild<CompanyPopup*>()) && popup->isVisible());
    popup->nameEdit()->setFocus();
    popup->nameEdit()->selectAll();
    QTest::keyClicks(popup->nameEdit(), company);
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CompanyPopup*>());
}

QString TestAnnotating::lastError() {
    auto boxes = m_window->findChildren<QMessageBox*>(u"errorMessage"_s);
    if (boxes.isEmpty())
        return {};
    const QString message = boxes.last()->text();
    for (QMessageBox* box : boxes)
        box->close();
    QCoreApplication::processEvents();
    return message;
}

void TestAnnotating::marksCompanyFromSelection() {
    select(u"gegeben Leica."_s, 0, 0);
    const int at = int(text().indexOf(u"gegeben Leica."_s)) + 8;
    m_window->reader()->selectCleanRange(at - 1, at + 6); // " Leica." with space and full stop
    QTest::keyClick(m_window->reader(), Qt::Key_M);
    CompanyPopup* popup = nullptr;
    QTRY_VERIFY((popup = m_window->findChild<CompanyPopup*>()) && popup->isVisible());
    QCOMPARE(popup->companyName(), u"Leica"_s); // defaults to the snapped selection
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CompanyPopup*>());

    const QList<Mention> mentions = storedMentions();
    QVERIFY2(mentions.size() == 1, qPrintable(lastError()));
    QCOMPARE(mentions.first().anchor.start, at);
    QCOMPARE(mentions.first().anchor.end, at + 5);
    QCOMPARE(mentions.first().anchor.quote, u"Leica"_s);
    QCOMPARE(mentions.first().companyName, u"Leica"_s);
    QVERIFY(!mentions.first().anchor.prefix.isEmpty());
    QCOMPARE(m_window->reader()->mentionMarkCount(), 1);
    auto* tree = m_window->findChild<QTreeWidget*>(u"companyTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Leica (1)"_s);
}

void TestAnnotating::snapsSelectionToWordInsideCompound() {
    select(u"Xiaomi-Smartphone"_s, 0, 0);
    const int at = int(text().indexOf(u"Xiaomi-Smartphone"_s));
    m_window->reader()->selectCleanRange(at + 1, at + 4); // "iao"
    focusReader();
    markSelectionAs(u"Xiaomi"_s);
    const QList<Mention> mentions = storedMentions();
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.first().anchor.quote, u"Xiaomi"_s);
    QCOMPARE(mentions.first().anchor.start, at);

    const int leica = int(text().indexOf(u"Leica-Kameratechnologie"_s));
    m_window->reader()->selectCleanRange(leica, leica + 4); // "Leic" of "Leica-Kamera…"
    focusReader();
    markSelectionAs(u"Leica"_s);
    QCOMPARE(storedMentions().last().anchor.quote, u"Leica-Kameratechnologie"_s.left(5));
}

void TestAnnotating::undoAndRedoEachStep() {
    select(u"Huawei"_s);
    markSelectionAs(u"Huawei"_s);
    QCOMPARE(storedMentions().size(), 1);
    const qint64 mentionId = storedMentions().first().id;
    focusReader();
    QTest::keyClick(m_window->reader(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedMentions().size(), 0);
    QVERIFY(!CompanyStore(*m_check).findCompany(u"Huawei"_s)->has_value()); // created, undone
    QTest::keyClick(m_window->reader(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(storedMentions().size() == 1, qPrintable(lastError()));
    QCOMPARE(storedMentions().first().id, mentionId);
    QVERIFY(CompanyStore(*m_check).findCompany(u"Huawei"_s)->has_value());
    QCOMPARE(m_window->reader()->mentionMarkCount(), 1);
}

void TestAnnotating::aliasThenMarkAllOccurrences() {
    select(u"Leica"_s, int(text().indexOf(u"gegeben"_s)));
    markSelectionAs(u"Leica"_s);
    select(u"Leica Camera AG"_s);
    markSelectionAs(u"Leica"_s); // the same company under another name
    QCOMPARE(storedMentions().size(), 2);
    QCOMPARE(storedMentions().at(1).companyName, u"Leica"_s);
    QVERIFY(CompanyStore(*m_check)
                .setAliases(storedMentions().first().companyId,
                            {u"Leica Camera AG"_s, u"@leica_camera"_s})
                .ok());

    // Shift+M on a mention of the company marks every other occurrence of its names.
    const int leica = storedMentions().first().anchor.start;
    m_window->reader()->selectCleanRange(leica, leica + 2);
    focusReader();
    QTest::keyClick(m_window->reader(), Qt::Key_M, Qt::ShiftModifier);
    // Expected: every whole "Leica" or "@leica_camera"; the "Leica" that starts the marked
    // "Leica Camera AG" is that mention, not a second one.
    const QRegularExpression names(u"(?<![\\w@])(Leica|@leica_camera)(?!\\w)"_s,
                                   QRegularExpression::CaseInsensitiveOption);
    const int expected = int(text().count(names));
    const QList<Mention> mentions = storedMentions();
    QStringList found;
    for (const Mention& mention : mentions)
        found << QString::number(mention.anchor.start) + mention.anchor.quote;
    QVERIFY2(mentions.size() == expected, qPrintable(found.join(u", "_s)));
    for (const Mention& mention : mentions)
        QCOMPARE(text().mid(mention.anchor.start, mention.anchor.length()), mention.anchor.quote);
    QCOMPARE(m_window->reader()->mentionMarkCount(), expected);
    QTest::keyClick(m_window->reader(), Qt::Key_Z, Qt::ControlModifier); // one undo for the batch
    QCOMPARE(storedMentions().size(), 2);
}

void TestAnnotating::partnershipFromSentence() {
    select(u"Vivo"_s);
    markSelectionAs(u"Vivo"_s);
    select(u"Zeiss"_s);
    markSelectionAs(u"Zeiss"_s);
    const QString sentence = u"Beispielsweise arbeitet Vivo mit Zeiss für seine Smartphones der "
                             "X-Serie zusammen."_s;
    select(u"arbeitet Vivo"_s); // part of the sentence is enough
    QTest::keyClick(m_window->reader(), Qt::Key_P);
    PartnershipDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<PartnershipDialog*>()) && dialog->isVisible());
    QCOMPARE(dialog->companyA(), u"Vivo"_s); // the sentence names both: offered at once
    QCOMPARE(dialog->companyB(), u"Zeiss"_s);
    dialog->findChild<QComboBox*>(u"kindCombo"_s)->setCurrentText(u"collaboration"_s);
    dialog->findChild<QComboBox*>(u"statusCombo"_s)->setCurrentText(u"current"_s);
    dialog->accept();

    const QList<Partnership> stored = *PartnershipStore(*m_check).partnerships(m_articleId);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().nameA, u"Vivo"_s);
    QCOMPARE(stored.first().nameB, u"Zeiss"_s);
    QCOMPARE(stored.first().kind, u"collaboration"_s);
    QCOMPARE(stored.first().status, u"current"_s);
    QCOMPARE(stored.first().evidence.quote, sentence);
    QCOMPARE(text().mid(stored.first().evidence.start, stored.first().evidence.length()), sentence);
    auto* tree = m_window->findChild<QTreeWidget*>(u"partnershipTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Vivo – Zeiss"_s);
}

void TestAnnotating::emptyOrWhitespaceSelectionChangesNothing() {
    focusReader();
    m_window->reader()->selectCleanRange(0, 0);
    QTest::keyClick(m_window->reader(), Qt::Key_M);
    QVERIFY(!m_window->findChild<CompanyPopup*>());
    QVERIFY(lastError().contains(u"Select the company's name"_s));

    const int space = int(text().indexOf(u" – "_s));
    m_window->reader()->selectCleanRange(space, space + 3); // " – ": no word in it
    focusReader();
    QTest::keyClick(m_window->reader(), Qt::Key_M);
    QVERIFY(!m_window->findChild<CompanyPopup*>());
    const QString error = lastError();
    QVERIFY2(error.contains(u"no words"_s), qPrintable(error));
    QVERIFY(storedMentions().isEmpty());
    QVERIFY(CompanyStore(*m_check).companies()->isEmpty());
}

void TestAnnotating::selectionAcrossParagraphsChangesNothing() {
    const int end = int(text().indexOf(u'\n'));
    focusReader();
    m_window->reader()->selectCleanRange(end - 8, end + 8);
    QTest::keyClick(m_window->reader(), Qt::Key_M);
    QVERIFY(!m_window->findChild<CompanyPopup*>());
    QVERIFY(lastError().contains(u"two"_s));
    focusReader();
    QTest::keyClick(m_window->reader(), Qt::Key_P);
    QVERIFY(!m_window->findChild<PartnershipDialog*>());
    QVERIFY(!lastError().isEmpty());
    QVERIFY(storedMentions().isEmpty());
}

void TestAnnotating::partnershipWithItselfChangesNothing() {
    select(u"Sharp"_s);
    markSelectionAs(u"Sharp"_s);
    select(u"Panasonic"_s);
    markSelectionAs(u"Panasonic"_s);
    select(u"Sharp und Panasonic"_s);
    QTest::keyClick(m_window->reader(), Qt::Key_P);
    PartnershipDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<PartnershipDialog*>()) && dialog->isVisible());
    dialog->setPair(u"Sharp"_s, u"Sharp"_s);
    dialog->accept();
    QVERIFY(dialog->isVisible()); // stays open and says why
    QCOMPARE(dialog->findChild<QLabel*>(u"partnershipMessage"_s)->text(),
             u"A partnership needs two different companies."_s);
    dialog->reject();
    QVERIFY(PartnershipStore(*m_check).partnerships(m_articleId)->isEmpty());
}

void TestAnnotating::deleteFromPanelAndUndo() {
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

void TestAnnotating::notesAreSavedAndUndoable() {
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

void TestAnnotating::mergeCompaniesFromCompaniesView() {
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

void TestAnnotating::offsetsSurviveEmojiAndCombiningMarks() {
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

void TestAnnotating::listCountsFollowAnnotations() {
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

void TestAnnotating::restoringRemovedPieceShiftsMentions() {
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

void TestAnnotating::splitAndJoinKeepAnnotationsAndUndo() {
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

void TestAnnotating::removedParagraphSetsReviewThenReattach() {
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
                .contains(u"1 annotations to review"_s));
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

void TestAnnotating::historyShowsChangesAndRestoresAnEarlierState() {
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
    QCOMPARE(history->topLevelItem(1)->text(1), u"moved"_s);
    history->setCurrentItem(history->topLevelItem(0));
    auto* restore = m_window->findChild<QPushButton*>(u"restoreStateButton"_s);
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY2(storedMentions().first().anchor.start == first, qPrintable(lastError()));
    m_window->annotations()->undoStack()->undo(); // restoring is undoable
    QCOMPARE(storedMentions().first().anchor.start, second);
}

void TestAnnotating::partnershipKindsAreEditable() {
    action("actionPartnershipKinds")->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog*>(u"partnershipKindsDialog"_s)) &&
                dialog->isVisible());
    auto* edit = dialog->findChild<QPlainTextEdit*>(u"kindsEdit"_s);
    QVERIFY(edit->toPlainText().startsWith(u"partnership\ncollaboration"_s));
    edit->setPlainText(u"   \n"_s);
    dialog->accept(); // an empty list is refused and changes nothing
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel*>(u"kindsMessage"_s)->text().isEmpty());
    QCOMPARE(PartnershipStore(*m_check).partnershipKinds()->size(), 6);
    edit->setPlainText(u"licensing\npartnership\nsupply\n"_s);
    dialog->accept();
    QCOMPARE(*PartnershipStore(*m_check).partnershipKinds(),
             (QStringList{u"licensing"_s, u"partnership"_s, u"supply"_s}));
}

QTEST_MAIN(TestAnnotating)
#include "tst_annotating.moc"
