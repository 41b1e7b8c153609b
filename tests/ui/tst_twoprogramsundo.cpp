#include "annotating/annotationcontroller.h"
#include "annotating/annotationpanel.h"
#include "reader/readerview.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "testdata.h"
#include "twoprogramstest.h"
#include "window/appsettings.h"

#include <QJsonArray>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;

// Undo and redo when another program changed the same things: refused where it would throw the
// other program's work away, and saying why.
class TestTwoProgramsUndo : public TwoProgramsTest {
    Q_OBJECT
private slots:
    void undoRefusedWhenAnotherProgramChangedNote();
    void undoNeverDeletesAnotherProgramsMention();
    void undoRefusedWhenAnotherProgramChangedText();
    void redoWorksAfterAnotherProgramAddedAMark();
    void twoWindowsOnOneDatabase();
};

// The window edits the article's note, a script then sets another: undoing the window's edit
// would throw the script's note away, so it is refused and says why.
void TestTwoProgramsUndo::undoRefusedWhenAnotherProgramChangedNote() {
    openWindow();
    const qint64 id =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(id > 0);
    auto* note = m_window->findChild<QPlainTextEdit*>(u"articleNoteEdit"_s);
    QVERIFY(note);
    note->setPlainText(u"mine"_s);
    m_window->findChild<AnnotationPanel*>()->commitNotes();
    QCOMPARE(showJson(id).value(u"notes"_s).toArray().size(), 1);

    QCOMPARE(cli({u"annotate"_s, QString::number(id), u"--note"_s, u"theirs"_s}).status, 0);
    action("actionUndo")->trigger();
    const QString message = takeErrorMessage();
    QVERIFY2(message.contains(u"another program"_s), qPrintable(message));
    QVERIFY2(message.contains(u"was “mine”, is now “theirs”"_s), qPrintable(message));
    const QJsonArray notes = showJson(id).value(u"notes"_s).toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().toObject().value(u"body"_s).toString(), u"theirs"_s);
    QTRY_COMPARE_WITH_TIMEOUT(note->toPlainText(), u"theirs"_s, 5000);
}

// The window marks Leica; another program deletes that mark and a script then marks Zeiss. Ids
// are never handed out twice (before schema 4 Zeiss got the freed id, and undo deleted it);
// undoing the window's mark is refused and leaves the script's alone.
void TestTwoProgramsUndo::undoNeverDeletesAnotherProgramsMention() {
    openWindow();
    const qint64 id =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(id > 0);
    const int at = int(m_window->reader()->bodyText().indexOf(u"Leica"_s));
    m_window->reader()->selectCleanRange(at, at + 5);
    markSelectionAs(u"Leica"_s);
    auto other = Database::open(db()); // a second connection: another program's
    QVERIFY(other.ok());
    const QList<Mention> mine = *MentionStore(**other).mentions(id);
    QCOMPARE(mine.size(), 1);
    QVERIFY(MentionStore(**other).removeMention(mine.first().id).ok());
    QCOMPARE(cli({u"annotate"_s, QString::number(id), u"--company"_s, u"Zeiss"_s, u"--quote"_s,
                  u"Zeiss"_s})
                 .status,
             0);
    const QList<Mention> theirs = *MentionStore(**other).mentions(id);
    QCOMPARE(theirs.size(), 1);
    QVERIFY(theirs.first().id > mine.first().id); // the freed id was not given out again

    action("actionUndo")->trigger();
    const QString message = takeErrorMessage();
    QVERIFY2(message.contains(u"another program"_s), qPrintable(message));
    QVERIFY2(message.contains(u"was deleted"_s), qPrintable(message));
    const QList<Mention> after = *MentionStore(**other).mentions(id);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().companyName, u"Zeiss"_s);
}

// The window splits a paragraph; a script re-cleans the article from its raw text. Undoing the
// split would now join paragraphs of a text the window never saw: refused.
void TestTwoProgramsUndo::undoRefusedWhenAnotherProgramChangedText() {
    openWindow();
    const qint64 id =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(id > 0);
    ReaderView* reader = m_window->reader();
    const int at = int(reader->bodyText().indexOf(u"OnePlus und Oppo"_s));
    QTextCursor cursor = reader->textCursor();
    cursor.setPosition(reader->documentPosition(at));
    reader->setTextCursor(cursor);
    action("actionSplitParagraph")->trigger();
    const int split = int(showJson(id).value(u"paragraphs"_s).toArray().size());

    const Run reclean = cli({u"reclean"_s, QString::number(id)});
    QVERIFY2(reclean.status == 0, qPrintable(reclean.err));
    QCOMPARE(showJson(id).value(u"paragraphs"_s).toArray().size(), split - 1);
    action("actionUndo")->trigger();
    const QString message = takeErrorMessage();
    QVERIFY2(message.contains(u"another program"_s), qPrintable(message));
    QCOMPARE(showJson(id).value(u"paragraphs"_s).toArray().size(), split - 1);
    // The window shows the text as the script left it.
    QTRY_COMPARE_WITH_TIMEOUT(reader->bodyText(),
                              ArticleStore(**Database::open(db())).article(id)->clean.text(), 5000);
}

// Found by the soak: the window undoes its newest mark, a script marks something else, and the
// redo used to be refused because the script's mark had been given the undone mark's id.
void TestTwoProgramsUndo::redoWorksAfterAnotherProgramAddedAMark() {
    openWindow();
    const qint64 id =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(id > 0);
    const int at = int(m_window->reader()->bodyText().indexOf(u"Tweet"_s));
    m_window->reader()->selectCleanRange(at, at + 5);
    markSelectionAs(u"Tweet"_s);
    action("actionUndo")->trigger();
    QCOMPARE(cli({u"annotate"_s, QString::number(id), u"--company"_s, u"Xiaomi"_s, u"--quote"_s,
                  u"Xiaomi"_s})
                 .status,
             0);
    action("actionRedo")->trigger();
    QCOMPARE(takeErrorMessage(), QString());
    auto check = Database::open(db());
    QVERIFY(check.ok());
    const QList<Mention> mentions = MentionStore(**check).mentions(id).value();
    QStringList companies;
    for (const Mention& mention : mentions)
        companies << mention.companyName;
    companies.sort();
    QCOMPARE(companies, (QStringList{u"Tweet"_s, u"Xiaomi"_s}));
}

// Two windows on one file (two connections, as two Folio processes have): each sees what the
// other marks, and neither can undo away the other's work.
void TestTwoProgramsUndo::twoWindowsOnOneDatabase() {
    openWindow();
    const qint64 id =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(id > 0);
    auto database = Database::open(db());
    QVERIFY(database.ok());
    MainWindow second(std::move(database).value(),
                      std::make_unique<AppSettings>(m_dir->filePath(u"second.ini"_s)));
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    second.openArticle(id);
    QCOMPARE(second.reader()->articleId(), id);

    const int at = int(m_window->reader()->bodyText().indexOf(u"Zeiss"_s));
    m_window->reader()->selectCleanRange(at, at + 5);
    markSelectionAs(u"Zeiss"_s);
    QTRY_COMPARE_WITH_TIMEOUT(second.reader()->mentionMarkCount(), 1, 5000);
    // The second window renames the company the first one created and marked.
    auto check = Database::open(db());
    QVERIFY(check.ok());
    const QList<Company> companies = CompanyStore(**check).companies().value();
    QCOMPARE(companies.size(), 1);
    second.annotations()->renameCompany(companies.first().id, u"Carl Zeiss"_s);
    // Undoing the first window's mark would delete the company the second window renamed.
    action("actionUndo")->trigger();
    const QString message = takeErrorMessage();
    QVERIFY2(message.contains(u"another program"_s), qPrintable(message));
    QCOMPARE(m_window->reader()->mentionMarkCount(), 1);
    QCOMPARE(MentionStore(**check).mentions(id).value().size(), 1);
    QCOMPARE(CompanyStore(**check).companies().value().first().name, u"Carl Zeiss"_s);
}

QTEST_MAIN(TestTwoProgramsUndo)

#include "tst_twoprogramsundo.moc"
