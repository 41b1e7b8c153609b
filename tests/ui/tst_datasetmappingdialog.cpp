#include "exchange/datasetmappingdialog.h"
#include "mainwindowtest.h"
#include "testdata.h"
#include "window/dialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// File ▸ Import Articles… on a dataset, in the real window: the mapping dialog shows how the
// file reads and Folio's choice of columns; a column changed in it is what the stored articles
// get; Enter imports and Escape imports nothing; the next file of the same shape starts with the
// mapping chosen before.
class TestDatasetMappingDialog : public MainWindowTest {
    Q_OBJECT
private slots:
    void showsTheFormatTheRowsAndFoliosChoice();
    void changedColumnIsWhatIsImported();
    void escapeImportsNothing();
    void withoutATextColumnOkIsOff();
    void tabGoesFromColumnToColumn();
    void nextFileOfTheSameShapeStartsWithTheLastMapping();

private:
    QString writeDataset(const QString& name, const QByteArray& firstTitle);
    // Import Articles… on `path`; `dialog` is the mapping dialog once it is up and active.
    void openDialogFor(const QString& path, DatasetMappingDialog*& dialog);
    static QComboBox* fieldCombo(DatasetMappingDialog* dialog, int column);
    static void choose(QComboBox* combo, const QString& text);
};

// No header; the first column, an editor's note, is longer than the text in the third, so Folio
// takes it for the text: the user has to say otherwise.
QString TestDatasetMappingDialog::writeDataset(const QString& name, const QByteArray& firstTitle) {
    const QString path = m_dir->filePath(name);
    TestData::writeBytes(
        path, "Notiz der Redaktion: bitte vor der Veröffentlichung prüfen und freigeben lassen.;" +
                  firstTitle +
                  ";Leica und Xiaomi bauen ihre Zusammenarbeit aus.\n"
                  "Notiz der Redaktion: Quelle noch einmal anrufen und den Preis bestätigen.;"
                  "Zeiss und Vivo;Zeiss liefert Objektive für die Telefone von Vivo.\n");
    return path;
}

void TestDatasetMappingDialog::openDialogFor(const QString& path, DatasetMappingDialog*& dialog) {
    dialog = nullptr;
    Dialogs::setNextFiles({path});
    action("actionImportFiles")->trigger();
    DatasetMappingDialog* shown = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (shown = m_window->findChild<DatasetMappingDialog*>()) && shown->isVisible(), 10000);
    QVERIFY(QTest::qWaitForWindowActive(shown));
    dialog = shown;
}

QComboBox* TestDatasetMappingDialog::fieldCombo(DatasetMappingDialog* dialog, int column) {
    return dialog->findChild<QComboBox*>(u"datasetColumnField%1"_s.arg(column));
}

void TestDatasetMappingDialog::choose(QComboBox* combo, const QString& text) {
    // As a user does it from the keyboard: focus the box, type the entry. Each key press is a
    // choice ("T" is Title on the way to "Text"), and a field taken is let go by its column.
    combo->setFocus();
    QTest::keyClicks(combo, text);
    QCOMPARE(combo->currentText(), text);
}

void TestDatasetMappingDialog::showsTheFormatTheRowsAndFoliosChoice() {
    DatasetMappingDialog* dialog = nullptr;
    openDialogFor(writeDataset(u"notes.csv"_s, "Leica und Xiaomi"), dialog);
    QVERIFY(dialog);
    const QString format = dialog->findChild<QLabel*>(u"datasetFormat"_s)->text();
    QVERIFY2(format.contains(u"';' delimiter"_s) && format.contains(u"no header"_s),
             qPrintable(format));
    auto* table = dialog->findChild<QTableWidget*>(u"datasetPreviewTable"_s);
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->rowCount(), 1 + 2); // the combo boxes' row and both rows
    QCOMPARE(table->item(1, 1)->text(), u"Leica und Xiaomi"_s);
    QCOMPARE(fieldCombo(dialog, 1)->currentText(), u"Text"_s); // Folio's (wrong) choice
    QVERIFY(dialog->findChild<QLabel*>(u"firstArticleText"_s)->text().startsWith(u"Notiz"_s));
    QTest::keyClick(dialog, Qt::Key_Escape);
}

void TestDatasetMappingDialog::changedColumnIsWhatIsImported() {
    DatasetMappingDialog* dialog = nullptr;
    openDialogFor(writeDataset(u"notes.csv"_s, "Leica und Xiaomi"), dialog);
    QVERIFY(dialog);
    choose(fieldCombo(dialog, 1), u"(ignore)"_s);
    choose(fieldCombo(dialog, 3), u"Text"_s);
    choose(fieldCombo(dialog, 2), u"Title"_s);
    QCOMPARE(dialog->findChild<QLabel*>(u"firstArticleTitle"_s)->text(), u"Leica und Xiaomi"_s);
    QVERIFY(dialog->findChild<QLabel*>(u"firstArticleText"_s)->text().startsWith(u"Leica und"_s));

    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QTest::keyClick(fieldCombo(dialog, 2), Qt::Key_Return); // Enter takes the dialog's Import
    QVERIFY(finished.wait(30000));
    QCOMPARE(*ArticleStore(*m_check).count(), 2);
    const auto summaries = *ArticleStore(*m_check).summaries();
    QStringList titles;
    for (const ArticleSummary& summary : summaries)
        titles << summary.title;
    titles.sort();
    QCOMPARE(titles, (QStringList{u"Leica und Xiaomi"_s, u"Zeiss und Vivo"_s}));
    const Article first = storedArticle(summaries.first().id);
    QVERIFY2(!first.clean.text().contains(u"Notiz"_s), qPrintable(first.clean.text()));
}

void TestDatasetMappingDialog::escapeImportsNothing() {
    DatasetMappingDialog* dialog = nullptr;
    openDialogFor(writeDataset(u"notes.csv"_s, "Leica und Xiaomi"), dialog);
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<DatasetMappingDialog*>());
    QVERIFY(!m_window->isImporting());
    QCOMPARE(*ArticleStore(*m_check).count(), 0);
}

void TestDatasetMappingDialog::withoutATextColumnOkIsOff() {
    DatasetMappingDialog* dialog = nullptr;
    openDialogFor(writeDataset(u"notes.csv"_s, "Leica und Xiaomi"), dialog);
    QVERIFY(dialog);
    choose(fieldCombo(dialog, 1), u"(ignore)"_s);
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(u"datasetMappingWarning"_s)->isVisible());
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // Enter does nothing without a text column
    QTest::keyClick(dialog, Qt::Key_Escape);
}

void TestDatasetMappingDialog::tabGoesFromColumnToColumn() {
    DatasetMappingDialog* dialog = nullptr;
    openDialogFor(writeDataset(u"notes.csv"_s, "Leica und Xiaomi"), dialog);
    QVERIFY(dialog);
    QTRY_COMPARE(QApplication::focusWidget(), fieldCombo(dialog, 1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), fieldCombo(dialog, 2));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), fieldCombo(dialog, 3));
    QTest::keyClick(dialog, Qt::Key_Escape);
}

void TestDatasetMappingDialog::nextFileOfTheSameShapeStartsWithTheLastMapping() {
    DatasetMappingDialog* dialog = nullptr;
    openDialogFor(writeDataset(u"one.csv"_s, "Leica und Xiaomi"), dialog);
    QVERIFY(dialog);
    choose(fieldCombo(dialog, 3), u"Text"_s);
    QCOMPARE(fieldCombo(dialog, 1)->currentText(), u"(ignore)"_s); // Text moved away from it
    choose(fieldCombo(dialog, 2), u"Title"_s);
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(finished.wait(30000));

    DatasetMappingDialog* next = nullptr;
    openDialogFor(writeDataset(u"two.csv"_s, "Bosch und Siemens"), next);
    QVERIFY(next);
    QCOMPARE(fieldCombo(next, 1)->currentText(), u"(ignore)"_s);
    QCOMPARE(fieldCombo(next, 2)->currentText(), u"Title"_s);
    QCOMPARE(fieldCombo(next, 3)->currentText(), u"Text"_s);
    QCOMPARE(next->findChild<QLabel*>(u"firstArticleTitle"_s)->text(), u"Bosch und Siemens"_s);
    QTest::keyClick(next, Qt::Key_Escape);
}

QTEST_MAIN(TestDatasetMappingDialog)
#include "tst_datasetmappingdialog.moc"
