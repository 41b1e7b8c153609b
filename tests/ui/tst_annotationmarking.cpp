#include "annotating/companypopup.h"
#include "annotating/partnershipdialog.h"
#include "annotatingtest.h"
#include "articlelist/articlelistview.h"
#include "reader/readerview.h"
#include "store/companystore.h"
#include "store/mentionstore.h"
#include "store/partnershipstore.h"
#include "window/dialogs.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// Marking in the window: companies from a selection, all occurrences of a company's names,
// partnerships from a sentence, undo and redo, and the selections that must change nothing.
class TestAnnotationMarking : public AnnotatingTest {
    Q_OBJECT
private slots:
    void marksCompanyFromSelection();
    void snapsSelectionToWordInsideCompound();
    void undoAndRedoEachStep();
    void aliasThenMarkAllOccurrences();
    void markingInAllArticlesKeepsTheListSelection();
    void partnershipFromSentence();
    void emptyOrWhitespaceSelectionChangesNothing();
    void selectionAcrossParagraphsChangesNothing();
    void partnershipWithItselfChangesNothing();
    void partnershipKindsAreEditable();
};

void TestAnnotationMarking::marksCompanyFromSelection() {
    select(u"gegeben Leica."_s, 0, 0);
    const int at = int(text().indexOf(u"gegeben Leica."_s)) + 8;
    m_window->reader()->selectCleanRange(at - 1, at + 6); // " Leica." with space and full stop
    QTest::keyClick(m_window->reader(), Qt::Key_M);
    CompanyPopup* popup = nullptr;
    QTRY_VERIFY((popup = m_window->findChild<CompanyPopup*>()) && popup->isVisible());
    QCOMPARE(popup->companyName(), u"Leica"_s); // defaults to the snapped selection
    // A new company: Ctrl+Enter, the deliberate key (tst_companypopup: Enter alone does not).
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return, Qt::ControlModifier);
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

void TestAnnotationMarking::snapsSelectionToWordInsideCompound() {
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

void TestAnnotationMarking::undoAndRedoEachStep() {
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

void TestAnnotationMarking::markingInAllArticlesKeepsTheListSelection() {
    const qint64 first = m_articleId;
    const qint64 second =
        importAndOpen(u"Zweiter Artikel\n\nLeica und Zeiss bauen Kameras. Leica ist alt.\n"_s);
    QVERIFY(second > 0 && second != first);
    m_window->openArticle(first);
    auto* list = m_window->findChild<ArticleListView*>();
    QVERIFY(list);
    QCOMPARE(list->currentArticleId(), first);
    select(u"Leica"_s, int(text().indexOf(u"gegeben"_s)));
    markSelectionAs(u"Leica"_s);
    const int leica = storedMentions().first().anchor.start;
    m_window->reader()->selectCleanRange(leica, leica + 2);
    focusReader();
    Dialogs::setNextAnswer(true);
    QVERIFY(markAllOccurrences(Qt::ControlModifier | Qt::ShiftModifier));
    QCOMPARE(MentionStore(*m_check).mentions(second)->size(), 2); // it did mark everywhere
    // 2 in the second article, plus the sample's other Leicas: a plural, said in the status bar.
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"more occurrences of Leica"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(list->currentArticleId(), first); // and the list still has the article open
    QCOMPARE(m_window->reader()->articleId(), first);
}

void TestAnnotationMarking::aliasThenMarkAllOccurrences() {
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
    QVERIFY(markAllOccurrences());
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

void TestAnnotationMarking::partnershipFromSentence() {
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

void TestAnnotationMarking::emptyOrWhitespaceSelectionChangesNothing() {
    focusReader();
    m_window->reader()->selectCleanRange(0, 0);
    QTest::keyClick(m_window->reader(), Qt::Key_M);
    QVERIFY(!m_window->findChild<CompanyPopup*>());
    // Guidance, not a failure: said in the status bar, no box to dismiss.
    QVERIFY(!m_window->findChild<QMessageBox*>(u"errorMessage"_s));
    QVERIFY(lastError().contains(u"Select the company's name"_s));

    const int space = int(text().indexOf(u" – "_s));
    m_window->reader()->selectCleanRange(space, space + 3); // " – ": no word in it
    focusReader();
    QTest::keyClick(m_window->reader(), Qt::Key_M);
    QVERIFY(!m_window->findChild<CompanyPopup*>());
    QVERIFY(!m_window->findChild<QMessageBox*>(u"errorMessage"_s));
    const QString error = lastError();
    QVERIFY2(error.contains(u"no words"_s), qPrintable(error));
    QVERIFY(storedMentions().isEmpty());
    QVERIFY(CompanyStore(*m_check).companies()->isEmpty());
}

void TestAnnotationMarking::selectionAcrossParagraphsChangesNothing() {
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

void TestAnnotationMarking::partnershipWithItselfChangesNothing() {
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

void TestAnnotationMarking::partnershipKindsAreEditable() {
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

QTEST_MAIN(TestAnnotationMarking)
#include "tst_annotationmarking.moc"
