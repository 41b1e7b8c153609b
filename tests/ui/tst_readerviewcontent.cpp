#include "reader/readerview.h"
#include "readertestarticles.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

// What ReaderView shows of an article: title, paragraphs and removed pieces, the offsets
// between its document and the clean text, selection, and clearing it again.
class TestReaderViewContent : public QObject {
    Q_OBJECT

private slots:
    void showsSample();
    void mapsCleanOffsets_data();
    void mapsCleanOffsets();
    void hidesAndShowsRemovedPieces();
    void restoreLinkEmitsRestoreRequested();
    void showsHtmlLiterally();
    void selectsWithKeyboard();
    void clearsArticle();
};

void TestReaderViewContent::showsSample() {
    const Article article = sampleArticle();
    QCOMPARE(article.clean.paragraphs.size(), 5);
    ReaderView view;
    QCOMPARE(view.objectName(), u"readerView"_s);
    view.resize(800, 600);
    view.show();
    view.showArticle(article);

    QCOMPARE(view.bodyText(), article.clean.text());
    const QString shown = view.toPlainText();
    QVERIFY(shown.startsWith(article.clean.title));
    QVERIFY(shown.contains(u"toi-tech"_s));
    QVERIFY(view.isReadOnly());

    // The paragraphs are consecutive blocks holding exactly their text.
    QTextBlock block = view.document()->findBlock(view.documentPosition(0));
    QCOMPARE(block.position(), view.documentPosition(0));
    for (const QString& paragraph : article.clean.paragraphs) {
        QVERIFY(block.isValid());
        QCOMPARE(block.text(), paragraph);
        block = block.next();
    }
    QVERIFY(!block.isValid()); // nothing after the body while removed pieces are hidden

    // The title is a large bold heading.
    QTextCursor title(view.document());
    title.setPosition(1);
    QTextCursor body(view.document());
    body.setPosition(view.documentPosition(1));
    QVERIFY(title.charFormat().font().bold());
    QVERIFY(title.charFormat().font().pointSizeF() > body.charFormat().font().pointSizeF());
}

void TestReaderViewContent::mapsCleanOffsets_data() {
    QTest::addColumn<Article>("article");
    QTest::addColumn<bool>("showRemoved");
    QTest::newRow("sample") << sampleArticle() << false;
    QTest::newRow("sample, removed shown") << sampleArticle() << true;
    const QString raw =
        u"Kamera mit Extras\n\n"
        "Das Foto \U0001F4F7 zeigt ein e\u0301clair auf dem Tisch, und Gr\u00fcnder sagen Hallo.\n"
        "Der zweite Absatz \U0001F4F7\U0001F4F7 hat noch mehr e\u0301 und \u00e9.\n\n"
        "src-tag\n"_s;
    QTest::newRow("emoji and combining marks") << TestData::article(raw) << false;
}

void TestReaderViewContent::mapsCleanOffsets() {
    QFETCH(Article, article);
    QFETCH(bool, showRemoved);
    ReaderView view;
    view.setShowRemoved(showRemoved);
    view.showArticle(article);

    const QString text = article.clean.text();
    QVERIFY(text.size() > 10);
    QCOMPARE(view.bodyText(), text);
    QTextDocument* doc = view.document();
    for (int i = 0; i <= text.size(); ++i) {
        const int position = view.documentPosition(i);
        QVERIFY(position >= 0);
        QCOMPARE(view.cleanOffset(position), i);
        if (i < text.size()) {
            const QChar expected = text[i] == u'\n' ? QChar(QChar::ParagraphSeparator) : text[i];
            QCOMPARE(doc->characterAt(position), expected);
        }
    }
    QCOMPARE(view.documentPosition(-1), -1);
    QCOMPARE(view.documentPosition(int(text.size()) + 1), -1);
    QCOMPARE(view.cleanOffset(0), -1); // the title
    QCOMPARE(view.cleanOffset(view.documentPosition(0) - 1), -1);
    QCOMPARE(view.cleanOffset(view.documentPosition(int(text.size())) + 1), -1);
}

void TestReaderViewContent::hidesAndShowsRemovedPieces() {
    const Article article = sampleArticle();
    QCOMPARE(article.clean.removed.size(), 1);
    const RemovedPiece piece = article.clean.removed.first();
    QCOMPARE(piece.position, 0);
    ReaderView view;
    view.showArticle(article);

    QVERIFY(!view.showsRemoved());
    QVERIFY(!view.toPlainText().contains(piece.text));
    QVERIFY(!view.toPlainText().contains(piece.reason));
    QVERIFY(view.toPlainText().contains(u"1 removed piece hidden"_s));

    view.setShowRemoved(true);
    QVERIFY(view.showsRemoved());
    const QString shown = view.toPlainText();
    QVERIFY(shown.contains(u"Removed by cleaning"_s));
    QVERIFY(shown.contains(piece.text));
    QVERIFY(shown.contains(piece.reason));
    QVERIFY(shown.contains(u"Restore"_s));
    QVERIFY(!shown.contains(u"removed piece hidden"_s));
    QVERIFY(shown.indexOf(piece.text) > shown.indexOf(article.clean.paragraphs.last()));
    QCOMPARE(view.bodyText(), article.clean.text());
    QVERIFY(view.documentPosition(0) > 0);

    // The removed piece is dimmed and italic, with a restore:0 link.
    QTextCursor cursor(view.document());
    cursor.setPosition(int(shown.indexOf(piece.text)) + 1);
    QVERIFY(cursor.charFormat().font().italic());
    bool hasLink = false;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            hasLink = hasLink || it.fragment().charFormat().anchorHref() == u"restore:0"_s;
    QVERIFY(hasLink);

    view.setShowRemoved(false);
    QVERIFY(!view.toPlainText().contains(piece.text));
    QCOMPARE(view.bodyText(), article.clean.text());
}

void TestReaderViewContent::restoreLinkEmitsRestoreRequested() {
    ReaderView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setShowRemoved(true);
    view.showArticle(sampleArticle());
    QSignalSpy spy(&view, &ReaderView::restoreRequested);

    emit view.anchorClicked(QUrl(u"restore:0"_s));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toInt(), 0);

    emit view.anchorClicked(QUrl(u"restore:7"_s)); // no such piece
    emit view.anchorClicked(QUrl(u"https://example.com/"_s));
    QCOMPARE(spy.count(), 0);

    // A real click on the link does the same.
    const QString shown = view.toPlainText();
    QTextCursor link(view.document());
    link.setPosition(int(shown.lastIndexOf(u"Restore"_s)) + 3);
    view.setTextCursor(link);
    view.ensureCursorVisible();
    const QPoint at = view.cursorRect(link).center();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toInt(), 0);
}

void TestReaderViewContent::showsHtmlLiterally() {
    const QString title = u"<script>alert(1)</script> &amp; <b>bold</b>"_s;
    Article article = handMade(title, {u"Text with <i>tags</i> &amp; <script>alert(1)</script>"_s,
                                       u"Second <br> paragraph &lt;"_s});
    article.clean.removed.append({u"<h1>removed</h1>"_s, u"reason &amp; <b>why</b>"_s, 1});
    ReaderView view;
    view.setShowRemoved(true);
    view.showArticle(article);

    const QString shown = view.toPlainText();
    QVERIFY(shown.startsWith(title));
    QCOMPARE(view.bodyText(), article.clean.text());
    QVERIFY(shown.contains(u"<h1>removed</h1>"_s));
    QVERIFY(shown.contains(u"reason &amp; <b>why</b>"_s));
    QCOMPARE(view.document()->blockCount(), 1 + 1 + 2 + 1 + 1); // title, meta, body, removed
}

void TestReaderViewContent::selectsWithKeyboard() {
    const Article article = sampleArticle();
    ReaderView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showArticle(article);
    QVERIFY(view.textInteractionFlags() & Qt::TextSelectableByKeyboard);
    QVERIFY(view.textInteractionFlags() & Qt::TextSelectableByMouse);
    view.setFocus();

    QTextCursor cursor(view.document());
    cursor.setPosition(view.documentPosition(0));
    view.setTextCursor(cursor);
    QVERIFY(!view.textCursor().hasSelection());
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(view.textCursor().hasSelection());
    QCOMPARE(view.textCursor().selectedText(), article.clean.paragraphs.first().left(5));
    QCOMPARE(view.cleanOffset(view.textCursor().selectionEnd()), 5);
}

void TestReaderViewContent::clearsArticle() {
    ReaderView view;
    view.setHighlightWords({u"Leica"_s});
    view.showArticle(sampleArticle());
    QVERIFY(view.highlightCount() > 0);

    view.clearArticle();
    QVERIFY(view.toPlainText().isEmpty());
    QVERIFY(view.bodyText().isEmpty());
    QCOMPARE(view.documentPosition(0), -1);
    QCOMPARE(view.cleanOffset(0), -1);
    QCOMPARE(view.highlightCount(), 0);
    QVERIFY(view.article().clean.paragraphs.isEmpty());
    QCOMPARE(view.articleId(), 0);
}

QTEST_MAIN(TestReaderViewContent)
#include "tst_readerviewcontent.moc"
