#include "reader/readerview.h"
#include "readertestarticles.h"

#include <QFontMetrics>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

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

Article longArticle(const QString& lastWord) {
    QStringList paragraphs;
    for (int i = 0; i < 60; ++i)
        paragraphs.append(
            u"Paragraph %1 is filler text that only takes up room on the page."_s.arg(i));
    paragraphs.append(u"At the very end stands the %1."_s.arg(lastWord));
    return handMade(u"A long article"_s, paragraphs);
}

} // namespace

// How ReaderView presents an article for reading: highlighted search words, zoom, theme,
// the centred column and the reading position.
class TestReaderViewDisplay : public QObject {
    Q_OBJECT

private slots:
    void highlightsWordPrefixes();
    void highlightIsAccentInsensitive();
    void scrollsToFirstHighlight();
    void zoomsAndClamps();
    void darkThemeChangesColours();
    void keepsReadingPosition();
    void centresTheColumn();
};

void TestReaderViewDisplay::highlightsWordPrefixes() {
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

void TestReaderViewDisplay::highlightIsAccentInsensitive() {
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

void TestReaderViewDisplay::scrollsToFirstHighlight() {
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

void TestReaderViewDisplay::zoomsAndClamps() {
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

void TestReaderViewDisplay::darkThemeChangesColours() {
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

void TestReaderViewDisplay::keepsReadingPosition() {
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

void TestReaderViewDisplay::centresTheColumn() {
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

QTEST_MAIN(TestReaderViewDisplay)
#include "tst_readerviewdisplay.moc"
