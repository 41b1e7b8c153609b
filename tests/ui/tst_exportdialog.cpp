#include "exchange/exportdialog.h"
#include "exchange/exportrunner.h"
#include "mainwindowtest.h"
#include "testdata.h"
#include "window/appsettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// File > Export as a keyboard user and a returning user meet it: every label has a working Alt
// key, and the dialog starts from the last export's format, folder and options.
class TestExportDialog : public MainWindowTest {
    Q_OBJECT
private slots:
    void everyLabelHasAWorkingAltKey();
    void remembersTheLastFormatFolderAndOptions();
    void wikiLinksAreAMarkdownChoice();

private:
    ExportDialog* openDialog();
    // Exports the samples from the dialog as `format` to `path` and closes it.
    void exportAndClose(ExportDialog* dialog, ExportFormat format, const QString& path);
};

ExportDialog* TestExportDialog::openDialog() {
    action("actionExport")->trigger();
    ExportDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = m_window->findChild<ExportDialog*>();
            return dialog && dialog->isVisible();
        }))
        return nullptr;
    dialog->activateWindow();
    QApplication::setActiveWindow(dialog);
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

void TestExportDialog::exportAndClose(ExportDialog* dialog, ExportFormat format,
                                      const QString& path) {
    dialog->setFormat(format);
    dialog->setOutPath(path);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    dialog->accept();
    QVERIFY(finished.wait(30000));
    dialog->accept(); // "Close"
    QTRY_VERIFY(!m_window->findChild<ExportDialog*>());
}

void TestExportDialog::everyLabelHasAWorkingAltKey() {
    ExportDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* path = dialog->findChild<QLineEdit*>(u"exportPathEdit"_s);
    auto* format = dialog->findChild<QComboBox*>(u"exportFormatCombo"_s);
    auto* pathLabel = dialog->findChild<QLabel*>(u"exportPathLabel"_s);
    QVERIFY(pathLabel);
    QCOMPARE(pathLabel->buddy(), path); // without one, the label shows a literal "&To:"
    QCOMPARE(dialog->findChild<QLabel*>(u"exportFormatLabel"_s)->buddy(), format);

    QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), path);
    QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), format);
    QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), path);

    // Each Alt key once: a letter two controls share would only cycle between them.
    QStringList texts;
    for (const QLabel* label : dialog->findChildren<QLabel*>())
        texts << label->text();
    for (const QAbstractButton* button : dialog->findChildren<QAbstractButton*>())
        texts << button->text();
    QStringList keys;
    const QRegularExpression mnemonic(u"&([^&])"_s);
    for (const QString& text : std::as_const(texts)) {
        if (const auto match = mnemonic.match(text); match.hasMatch())
            keys << match.captured(1).toLower();
    }
    QVERIFY(keys.contains(u"t"_s));
    for (const QString& key : std::as_const(keys))
        QVERIFY2(keys.count(key) == 1, qPrintable(key + u" in "_s + texts.join(u", "_s)));
    dialog->reject();
}

void TestExportDialog::remembersTheLastFormatFolderAndOptions() {
    importFolderAndWait(TestData::samplesDir());
    const QString vault = m_dir->filePath(u"vault"_s);
    ExportDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QCheckBox*>(u"exportWikiLinksCheck"_s)->setChecked(true);
    exportAndClose(dialog, ExportFormat::Markdown, vault + u"/notes"_s);
    QVERIFY(QFileInfo(vault + u"/notes"_s).isDir());

    dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->format(), ExportFormat::Markdown);
    QCOMPARE(dialog->outPath(), vault + u"/notes"_s);
    QVERIFY(dialog->options().wikiLinks);
    // Another format proposes its own name in the same folder.
    dialog->setFormat(ExportFormat::Json);
    QCOMPARE(dialog->outPath(), vault + u"/folio-export.json"_s);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ExportDialog*>());

    // A cancelled or failed export is not remembered: only one that wrote something.
    dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->format(), ExportFormat::Markdown);
    dialog->setFormat(ExportFormat::Csv);
    dialog->setOutPath(m_dir->filePath(u"folio.sqlite/x"_s)); // inside a file: fails
    QSignalSpy failed(dialog, &ExportDialog::exportFailed);
    dialog->accept();
    QVERIFY(failed.wait(30000));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ExportDialog*>());

    // After a restart, too.
    m_window.reset();
    openWindow();
    dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->format(), ExportFormat::Markdown);
    QCOMPARE(dialog->outPath(), vault + u"/notes"_s);
    dialog->reject();
    AppSettings stored(m_dir->filePath(u"folio.ini"_s));
    QCOMPARE(stored.exportFormat(), std::optional(ExportFormat::Markdown));
    QCOMPARE(stored.exportPath(), vault + u"/notes"_s);
    QVERIFY(stored.exportWikiLinks());
}

void TestExportDialog::wikiLinksAreAMarkdownChoice() {
    importFolderAndWait(TestData::samplesDir());
    ExportDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* box = dialog->findChild<QCheckBox*>(u"exportWikiLinksCheck"_s);
    dialog->setFormat(ExportFormat::Markdown);
    QVERIFY(box->isEnabled());
    box->setChecked(true);
    QVERIFY(dialog->options().wikiLinks);
    dialog->setFormat(ExportFormat::Json);
    QVERIFY(!box->isEnabled());
    QVERIFY(!dialog->options().wikiLinks); // JSON has no links to write
    dialog->setFormat(ExportFormat::Markdown);
    QSignalSpy requested(dialog, &ExportDialog::exportRequested);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    dialog->setOutPath(m_dir->filePath(u"one.md"_s));
    dialog->accept();
    QVERIFY(finished.wait(30000));
    QCOMPARE(requested.size(), 1);
    QVERIFY(requested.first().at(3).value<ExportOptions>().wikiLinks);
    QVERIFY(QFileInfo(m_dir->filePath(u"one.md"_s)).isFile());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
