#include "reader/readerview.h"
#include "testdata.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetrics>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

Article sampleArticle() {
    return TestData::article(
        QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
}

// How many times `word` begins a word in `text`, ignoring case.
int wordStarts(const QString& text, const QString& word) {
    const QRegularExpression re(u"(?<![\\p{L}\\p{N}])"_s + QRegularExpression::escape(word),
                                QRegularExpression::CaseInsensitiveOption);
    int count = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QStringList highlightedTexts(const ReaderView& view) {
    QStringList texts;
    for (const QTextEdit::ExtraSelection& selection : view.extraSelections())
        texts.append(selection.cursor.selectedText());
    return texts;
}

Article handMade(const QString& title, const QStringList& paragraphs) {
    Article article;
    article.clean.title = title;
    article.clean.source = u"test-src"_s;
    article.clean.paragraphs = paragraphs;
    return article;
}

Article longArticle(const QString& lastWord) {
    QStringList paragraphs;
    for (int i = 0; i < 60; ++i)
        paragraphs.append(
            u"Paragraph %1 is filler text that only takes up room on the page."_s.arg(i));
    paragraphs.append(u"At the very end stands the %1."_s.arg(lastWord));
    return handMade(u"A long article"_s, paragraphs);
}

} // namespace

class TestReaderView : public QObject {
    Q_OBJECT

private slots:
    void showsSample();
    void mapsCleanOffsets_data();
    void mapsCleanOffsets();
    void hidesAndShowsRemovedPieces();
    void restoreLinkEmitsRestoreRequested();
    void showsHtmlLiterally();
    void highlightsWordPrefixes();
    void highlightIsAccentInsensitive();
    void scrollsToFirstHighlight();
    void zoomsAndClamps();
    void darkThemeChangesColours();
    void selectsWithKeyboard();
    void keepsReadingPosition();
    void centresTheColumn();
    void clearsArticle();
};

void TestReaderView::showsSample() {
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

void TestReaderView::mapsCleanOffsets_data() {
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

void TestReaderView::mapsCleanOffsets() {
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

void TestReaderView::hidesAndShowsRemovedPieces() {
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

void TestReaderView::restoreLinkEmitsRestoreRequested() {
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

void TestReaderView::showsHtmlLiterally() {
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

void TestReaderView::highlightsWordPrefixes() {
    const Article article = sampleArticle();
    const QString searched = article.clean.title + u'\n' + article.clean.text();
    ReaderView view;
    view.showArticle(article);
    QCOMPARE(view.highlightCount(), 0);

    view.setHighlightWords({u"Leica"_s});
    QCOMPARE(view.highlightWords(), QStringList{u"Leica"_s});
    const int leica = wordStarts(searched, u"leica"_s);
    QVERIFY(leica >= 10);
    QCOMPARE(view.highlightCount(), leica);
    for (const QString& text : highlightedTexts(view))
        QCOMPARE(text.toLower(), u"leica"_s);

    view.setHighlightWords({u"lei"_s}); // Leica, Lei Jun, leidet: not Pionierleistung
    QCOMPARE(view.highlightCount(), wordStarts(searched, u"lei"_s));
    QVERIFY(view.highlightCount() > leica);

    view.setHighlightWords({u"xiaomi"_s, u"LEICA"_s});
    QCOMPARE(view.highlightCount(), leica + wordStarts(searched, u"xiaomi"_s));

    // The removed headline and the meta line are not searched.
    view.setShowRemoved(true);
    view.setHighlightWords({u"Hackers"_s, u"toi"_s});
    QCOMPARE(view.highlightCount(), 0);

    // Highlights survive a re-render.
    view.setHighlightWords({u"Leica"_s});
    view.zoomReader(2);
    view.setDarkTheme(true);
    QCOMPARE(view.highlightCount(), leica);

    view.setHighlightWords({});
    QCOMPARE(view.highlightCount(), 0);
    QVERIFY(view.extraSelections().isEmpty());

    ReaderView kleid;
    kleid.showArticle(handMade(u"Mode"_s, {u"Das Kleid von Leica, kleiner als ein Leitfaden."_s}));
    kleid.setHighlightWords({u"lei"_s});
    QCOMPARE(highlightedTexts(kleid), (QStringList{u"Lei"_s, u"Lei"_s}));
}

void TestReaderView::highlightIsAccentInsensitive() {
    ReaderView view;
    view.showArticle(sampleArticle());
    view.setHighlightWords({u"Grunder"_s});
    QCOMPARE(highlightedTexts(view), QStringList{u"Gr\u00fcnder"_s});
    view.setHighlightWords({u"GR\u00dcNDER"_s});
    QCOMPARE(highlightedTexts(view), QStringList{u"Gr\u00fcnder"_s});

    // Decomposed accents match too, and the highlight covers the combining mark.
    view.showArticle(handMade(u"Gebäck"_s, {u"Ein e\u0301clair, ein \u00c9clair, ein Eclair."_s}));
    view.setHighlightWords({u"\u00e9clair"_s});
    QCOMPARE(highlightedTexts(view),
             (QStringList{u"e\u0301clair"_s, u"\u00c9clair"_s, u"Eclair"_s}));
    view.setHighlightWords({u"gebac"_s}); // the title is searched
    QCOMPARE(highlightedTexts(view), QStringList{u"Geb\u00e4c"_s});
}

void TestReaderView::scrollsToFirstHighlight() {
    ReaderView view;
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showArticle(longArticle(u"zebra"_s));
    QTRY_COMPARE(view.verticalScrollBar()->value(), 0);
    QVERIFY(view.verticalScrollBar()->maximum() > 0);

    view.setHighlightWords({u"zebra"_s});
    QCOMPARE(view.highlightCount(), 1);
    QTest::qWait(20);
    QVERIFY(view.verticalScrollBar()->value() > 0);
    const QRect rect = view.cursorRect(view.extraSelections().first().cursor);
    QVERIFY(view.viewport()->rect().contains(rect));
}

void TestReaderView::zoomsAndClamps() {
    ReaderView view;
    QFont font = view.font();
    font.setPointSize(12);
    view.setReaderFont(font);
    view.showArticle(sampleArticle());
    QCOMPARE(view.readerFont().pointSize(), 12);
    QCOMPARE(view.document()->defaultFont().pointSize(), 12);

    view.zoomReader(1);
    QCOMPARE(view.readerFont().pointSize(), 13);
    QCOMPARE(view.document()->defaultFont().pointSize(), 13);
    view.zoomReader(-3);
    QCOMPARE(view.readerFont().pointSize(), 10);
    view.zoomReader(100);
    QCOMPARE(view.readerFont().pointSize(), 32);
    view.zoomReader(1);
    QCOMPARE(view.readerFont().pointSize(), 32);
    view.zoomReader(-100);
    QCOMPARE(view.readerFont().pointSize(), 9);
    QCOMPARE(view.document()->defaultFont().pointSize(), 9);
    QCOMPARE(view.bodyText(), view.article().clean.text());

    font.setPointSize(60);
    view.setReaderFont(font);
    QCOMPARE(view.readerFont().pointSize(), 32);
}

void TestReaderView::darkThemeChangesColours() {
    ReaderView view;
    view.showArticle(sampleArticle());
    QVERIFY(!view.darkTheme());
    QCOMPARE(view.palette().color(QPalette::Base), QColor(u"#fdfdfb"_s));
    QCOMPARE(view.palette().color(QPalette::Text), QColor(u"#1d1d1f"_s));

    view.setDarkTheme(true);
    QVERIFY(view.darkTheme());
    QCOMPARE(view.palette().color(QPalette::Base), QColor(u"#1e1f22"_s));
    QCOMPARE(view.palette().color(QPalette::Text), QColor(u"#d8d8d8"_s));
    QTextCursor body(view.document());
    body.setPosition(view.documentPosition(1));
    QCOMPARE(body.charFormat().foreground().color(), QColor(u"#d8d8d8"_s));
    QCOMPARE(view.bodyText(), view.article().clean.text());

    view.setDarkTheme(false);
    QCOMPARE(view.palette().color(QPalette::Base), QColor(u"#fdfdfb"_s));
}

void TestReaderView::selectsWithKeyboard() {
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

void TestReaderView::keepsReadingPosition() {
    ReaderView view;
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Article article = longArticle(u"end"_s);
    article.readingPosition = 120;
    view.showArticle(article);
    QCOMPARE(view.readingPosition(), 120);
    QTRY_COMPARE(view.verticalScrollBar()->value(), 120);

    view.setReadingPosition(300);
    QCOMPARE(view.readingPosition(), 300);
    QTRY_COMPARE(view.verticalScrollBar()->value(), 300);

    // Zooming keeps the place roughly.
    const QScrollBar* bar = view.verticalScrollBar();
    const double before = double(bar->value()) / bar->maximum();
    view.zoomReader(4);
    QTest::qWait(20);
    const double after = double(bar->value()) / bar->maximum();
    QVERIFY2(qAbs(after - before) < 0.05, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
}

void TestReaderView::centresTheColumn() {
    ReaderView view;
    view.resize(2400, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showArticle(sampleArticle());
    const QRect viewport = view.viewport()->geometry();
    const int column = QFontMetrics(view.readerFont()).averageCharWidth() * 72;
    QVERIFY(viewport.left() > 16);
    QVERIFY(viewport.width() < column + 100);
    QVERIFY(viewport.width() > column);
    // Centred: the same margin on both sides (the scroll bar, if any, takes the right one).
    const int right =
        view.width() - viewport.right() - 1 -
        (view.verticalScrollBar()->isVisible() ? view.verticalScrollBar()->width() : 0);
    QVERIFY(qAbs(viewport.left() - right) <= 1);

    view.resize(300, 600);
    QTRY_COMPARE(view.viewport()->geometry().left(), 16);
}

void TestReaderView::clearsArticle() {
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

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
