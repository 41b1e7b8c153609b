#include "annotating/annotationcontroller.h"
#include "annotating/companypopup.h"
#include "annotatingtest.h"
#include "store/companystore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The company popup in the real window: Enter takes the highlighted known company, a new name
// needs Ctrl+Enter, a new surface form of a company becomes its alias in the same undo step.
class TestCompanyPopup : public AnnotatingTest {
    Q_OBJECT
private slots:
    void enterTakesTheHighlightedCompany();
    void enterOnANewNameCreatesNothing();
    void arrowToTheNewRowThenEnterCreates();
    void nearDuplicateIsOfferedFirst();
    void handleBecomesAliasInOneUndoStep();
    void ctrlEnterOnAKnownNameMakesNoSecondCompany();

private:
    CompanyPopup* openPopupOn(const QString& word, int occurrence = 0);
    QList<Company> storedCompanies() const { return *CompanyStore(*m_check).companies(); }
};

CompanyPopup* TestCompanyPopup::openPopupOn(const QString& word, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = int(text().indexOf(word, at + 1));
    if (at < 0)
        return nullptr;
    m_window->reader()->selectCleanRange(at, at + int(word.size()));
    action("actionMarkCompany")->trigger();
    CompanyPopup* popup = nullptr;
    for (CompanyPopup* candidate : m_window->findChildren<CompanyPopup*>())
        popup = candidate->isVisible() ? candidate : popup;
    // As on a desktop, the popup is the active window (the window's own keys stay out of it).
    if (!popup || !QTest::qWaitForWindowActive(popup))
        return nullptr;
    popup->nameEdit()->setFocus();
    return popup;
}

void TestCompanyPopup::enterTakesTheHighlightedCompany() {
    select(u"Leica"_s, 0, 5);
    markSelectionAs(u"Leica"_s); // the first mark: a new company (Ctrl+Enter)
    CompanyPopup* popup = openPopupOn(u"Xiaomi"_s);
    QVERIFY(popup);
    popup->nameEdit()->selectAll();
    QTest::keyClicks(popup->nameEdit(), u"Lei"_s);
    QCOMPARE(popup->suggestions()->currentItem()->text(), u"Leica"_s);
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CompanyPopup*>());
    QCOMPARE(storedCompanies().size(), 1); // no company "Lei"
    const QList<Mention> mentions = storedMentions();
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions.at(1).companyName, u"Leica"_s);
}

void TestCompanyPopup::enterOnANewNameCreatesNothing() {
    CompanyPopup* popup = openPopupOn(u"bringen"_s);
    QVERIFY(popup);
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return);
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return); // a second Enter does not either
    QVERIFY(popup->isVisible());
    auto* message = popup->findChild<QLabel*>(u"companyPopupMessage"_s);
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(u"Ctrl+Enter"_s), qPrintable(message->text()));
    QVERIFY(storedCompanies().isEmpty());
    QTest::keyClick(popup->nameEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<CompanyPopup*>());
    QVERIFY(storedMentions().isEmpty());
}

void TestCompanyPopup::arrowToTheNewRowThenEnterCreates() {
    CompanyPopup* popup = openPopupOn(u"Xiaomi"_s);
    QVERIFY(popup);
    QListWidget* list = popup->suggestions();
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(u"New company"_s));
    QCOMPARE(list->currentRow(), -1); // shown as new, never highlighted by itself
    QTest::keyClick(popup->nameEdit(), Qt::Key_Down);
    QCOMPARE(list->currentRow(), 0);
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CompanyPopup*>());
    QCOMPARE(storedCompanies().size(), 1);
    QCOMPARE(storedCompanies().first().name, u"Xiaomi"_s);
}

void TestCompanyPopup::nearDuplicateIsOfferedFirst() {
    select(u"Leica"_s, 0, 5);
    markSelectionAs(u"Leica Camera AG"_s);
    CompanyPopup* popup = openPopupOn(u"Leica"_s, 1);
    QVERIFY(popup);
    QVERIFY(popup->suggestions()->count() >= 2);
    QCOMPARE(popup->suggestions()->currentRow(), 0);
    QVERIFY2(popup->suggestions()->item(0)->text().startsWith(u"Leica Camera AG"_s),
             qPrintable(popup->suggestions()->item(0)->text()));
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CompanyPopup*>());
    QCOMPARE(storedCompanies().size(), 1);
}

void TestCompanyPopup::handleBecomesAliasInOneUndoStep() {
    select(u"Leica"_s, 0, 5);
    markSelectionAs(u"Leica"_s);
    // The popup is offered the handle with its "@" (the reader snaps to the word).
    CompanyPopup* popup = openPopupOn(u"leica_camera"_s);
    QVERIFY(popup);
    popup->nameEdit()->selectAll();
    QTest::keyClicks(popup->nameEdit(), u"Leica"_s);
    auto* addAlias = popup->findChild<QCheckBox*>(u"companyAddAlias"_s);
    QVERIFY(addAlias && addAlias->isVisible());
    QVERIFY(addAlias->isChecked());
    const int undoIndex = m_window->annotations()->undoStack()->index();
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CompanyPopup*>());
    QCOMPARE(storedCompanies().first().aliases, QStringList{u"leica_camera"_s});
    QCOMPARE(storedMentions().size(), 2);
    QCOMPARE(m_window->annotations()->undoStack()->index(), undoIndex + 1);

    // Marking the other "@leica_camera" now knows the form: no alias offered, none stored twice.
    popup = openPopupOn(u"leica_camera"_s, 1);
    QVERIFY(popup);
    QCOMPARE(popup->suggestions()->currentItem()->data(Qt::UserRole + 1).toString(), u"Leica"_s);
    QVERIFY(!popup->findChild<QCheckBox*>(u"companyAddAlias"_s)->isVisible());
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CompanyPopup*>());
    QCOMPARE(storedCompanies().first().aliases, QStringList{u"leica_camera"_s});

    m_window->annotations()->undoStack()->undo();
    m_window->annotations()->undoStack()->undo();
    QCOMPARE(storedMentions().size(), 1);
    QVERIFY(storedCompanies().first().aliases.isEmpty());
}

void TestCompanyPopup::ctrlEnterOnAKnownNameMakesNoSecondCompany() {
    select(u"Leica"_s, 0, 5);
    markSelectionAs(u"Leica"_s);
    CompanyPopup* popup = openPopupOn(u"Xiaomi"_s);
    QVERIFY(popup);
    popup->nameEdit()->selectAll();
    QTest::keyClicks(popup->nameEdit(), u"LEICA"_s);
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->findChild<CompanyPopup*>());
    QCOMPARE(storedCompanies().size(), 1);
    QCOMPARE(storedMentions().size(), 2);
}

QTEST_MAIN(TestCompanyPopup)
#include "tst_companypopup.moc"
