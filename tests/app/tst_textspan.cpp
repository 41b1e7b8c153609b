#include "annotate/textspan.h"
#include "article/article.h"
#include "testdata.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTextSpan : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void snapsSelectionsToWords_data();
    void snapsSelectionsToWords();
    void snappingNeverSplitsASurrogatePair();
    void anchorKeepsQuoteContextAndHash();
    void sentenceAtReturnsTheWholeSentence_data();
    void sentenceAtReturnsTheWholeSentence();
    void sentenceAtInTheSample();
    void occurrencesInTheSampleMatchWholeWords_data();
    void occurrencesInTheSampleMatchWholeWords();
    void occurrencesAreCaseInsensitiveAndDoNotOverlap();
    void occurrencesStopAtHyphensButNotInsideWords();
    void offsetsAfterEmojiAndCombiningMarks();
    void codePointOffsetCountsPairsOnce();
    void textHashIsSha256OfUtf8();

private:
    QString m_sample; // the clean text of tests/data/sample.txt
};

namespace {

// The span of the first occurrence of `part` in `text` (QFAIL-free: -1 when missing).
QPair<int, int> spanOf(const QString& text, const QString& part, int from = 0) {
    const int at = int(text.indexOf(part, from));
    return {at, at < 0 ? -1 : at + int(part.size())};
}

bool splitsPair(const QString& text, int i) {
    return i > 0 && i < text.size() && text.at(i - 1).isHighSurrogate() &&
           text.at(i).isLowSurrogate();
}

bool isWordChar(QChar c) {
    return !c.isSurrogate() && (c.isLetterOrNumber() || c.isMark() || c == u'_');
}

} // namespace

void TestTextSpan::initTestCase() {
    const QString raw = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    QVERIFY(!raw.isEmpty());
    m_sample = TestData::article(raw).clean.text();
    QVERIFY(m_sample.contains(u"@leica_camera haben eine globale"_s));
}

void TestTextSpan::snapsSelectionsToWords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("expected"); // the snapped text; empty: an error
    QTest::addColumn<QString>("error");    // part of the error message

    const auto row = [](const char* name, const QString& text, const QString& selected,
                        const QString& expected, const QString& error = QString()) {
        const auto [start, end] = spanOf(text, selected);
        QTest::newRow(name) << text << start << end << expected << error;
    };
    const QString noWords = u"holds no words"_s;
    const QString twoParagraphs = u"spans two"_s;
    const QString outside = u"outside the article's text"_s;

    row("cut word", u"im Juli ein Xiaomi-Smartphone mit"_s, u"iaom"_s, u"Xiaomi"_s);
    row("word before hyphen", u"mit Leica-Kameratechnologie eintreffen"_s, u"Leica"_s, u"Leica"_s);
    row("cut word before hyphen", u"mit Leica-Kameratechnologie eintreffen"_s, u"eic"_s,
        u"Leica"_s);
    row("spaces and full stop", u"bekannt gegeben Leica. In einem"_s, u" Leica. "_s, u"Leica"_s);
    row("handle", u"Xiaomi und @leica_camera haben"_s, u"@leica_camera"_s, u"@leica_camera"_s);
    row("handle with space", u"Xiaomi und @leica_camera haben"_s, u" @leica_camera "_s,
        u"@leica_camera"_s);
    row("handle in brackets", u"Leica (@leica_camera) sagt"_s, u"(@leica_camera)"_s,
        u"@leica_camera"_s);
    row("hashtag", u"Fotos mit #Leica heute"_s, u"#Leica heute"_s, u"#Leica heute"_s);
    row("words and comma", u"der Leica Camera AG, sagte"_s, u"Leica Camera AG,"_s,
        u"Leica Camera AG"_s);
    row("cut at both ends", u"der Leica Camera AG, sagte"_s, u"ica Camera A"_s,
        u"Leica Camera AG"_s);
    row("German quotes", u"sagte: „Xiaomi und"_s, u": „Xiaomi"_s, u"Xiaomi"_s);
    row("trailing newline", u"von Leica\nHuawei"_s, u"Leica\n"_s, u"Leica"_s);
    row("umlaut", u"die Übernahme von Öl-Werken"_s, u"bernahm"_s, u"Übernahme"_s);
    row("digits", u"das Mi 12 Pro kam"_s, u"Mi 12 Pr"_s, u"Mi 12 Pro"_s);
    row("combining mark kept", u"im Cafe\u0301 Leica"_s, u"Caf"_s, u"Cafe\u0301"_s);
    row("only the mark", u"im Cafe\u0301 Leica"_s, u"\u0301"_s, u"Cafe\u0301"_s);
    row("emoji before", u"Foto 📷 Leica sagt"_s, u"📷 Leica"_s, u"Leica"_s);
    row("emoji after", u"Foto Leica📷 sagt"_s, u"Leica📷"_s, u"Leica"_s);
    row("spaces only", u"Leica   Xiaomi"_s, u"   "_s, QString(), noWords);
    row("punctuation only", u"Leica – Xiaomi"_s, u" – "_s, QString(), noWords);
    row("emoji only", u"Leica 📷 Xiaomi"_s, u" 📷 "_s, QString(), noWords);
    row("lone at sign", u"Leica @ Xiaomi"_s, u" @ "_s, QString(), noWords);
    row("across paragraphs", u"von Leica\nHuawei Telefone"_s, u"ca\nHua"_s, QString(),
        twoParagraphs);
    row("whole paragraphs", u"Leica.\nHuawei."_s, u"Leica.\nHuawei."_s, QString(), twoParagraphs);

    const QString text = u"Leica und Xiaomi"_s;
    QTest::newRow("before the start") << text << -1 << 3 << QString() << outside;
    QTest::newRow("past the end") << text << 10 << int(text.size()) + 1 << QString() << outside;
    QTest::newRow("empty") << text << 3 << 3 << QString() << outside;
    QTest::newRow("reversed") << text << 5 << 2 << QString() << outside;
}

void TestTextSpan::snapsSelectionsToWords() {
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, expected);
    QFETCH(QString, error);

    auto span = TextSpan::snapToWords(text, start, end);
    if (expected.isEmpty()) {
        QVERIFY(!span.ok());
        QVERIFY2(span.errorMessage().contains(error), qPrintable(span.errorMessage()));
        return;
    }
    QVERIFY2(span.ok(), qPrintable(span.errorMessage()));
    QCOMPARE(text.mid(span->start, span->length()), expected);
    QCOMPARE(span->start, int(text.indexOf(expected)));
}

void TestTextSpan::snappingNeverSplitsASurrogatePair() {
    // Every selection of a text full of traps gives a clean span or an error.
    const QString text = u"a📷b @x_y 📷\nCafe\u0301 #z. 😀Ö_1"_s;
    for (int start = 0; start < text.size(); ++start) {
        for (int end = start + 1; end <= text.size(); ++end) {
            auto span = TextSpan::snapToWords(text, start, end);
            if (!span)
                continue;
            const QString where = u"selection %1-%2"_s.arg(start).arg(end);
            QVERIFY2(!splitsPair(text, span->start), qPrintable(where));
            QVERIFY2(!splitsPair(text, span->end), qPrintable(where));
            QVERIFY2(span->start >= 0 && span->start < span->end && span->end <= text.size(),
                     qPrintable(where));
            const QString snapped = text.mid(span->start, span->length());
            QVERIFY2(!snapped.contains(u'\n'), qPrintable(where));
            QVERIFY2(isWordChar(snapped.back()), qPrintable(where));
            QVERIFY2(isWordChar(snapped.front()) ||
                         ((snapped.front() == u'@' || snapped.front() == u'#') &&
                          isWordChar(snapped.at(1))),
                     qPrintable(where));
            // Whole words: the span is never followed or preceded by more of a word.
            QVERIFY2(span->end == text.size() || !isWordChar(text.at(span->end)),
                     qPrintable(where));
            QVERIFY2(span->start == 0 || !isWordChar(text.at(span->start - 1)) ||
                         !isWordChar(text.at(span->start)),
                     qPrintable(where));
        }
    }
}

void TestTextSpan::anchorKeepsQuoteContextAndHash() {
    const auto [start, end] = spanOf(m_sample, u"Leica Camera AG"_s);
    QVERIFY(start > TextSpan::contextLength);
    const TextAnchor anchor = TextSpan::anchorFor(m_sample, start, end);
    QCOMPARE(anchor.start, start);
    QCOMPARE(anchor.end, end);
    QCOMPARE(anchor.quote, u"Leica Camera AG"_s);
    QCOMPARE(anchor.prefix.size(), TextSpan::contextLength);
    QCOMPARE(anchor.suffix.size(), TextSpan::contextLength);
    QVERIFY(m_sample.left(start).endsWith(anchor.prefix));
    QVERIFY(m_sample.mid(end).startsWith(anchor.suffix));
    QCOMPARE(anchor.textHash, TextSpan::textHash(m_sample));
    QVERIFY(anchor.anchored);

    // At the start of the text there is no prefix; context never cuts an emoji in half.
    const QString text = u"Leica sagt"_s + QString(u"📷"_s).repeated(17) + u"!x"_s;
    const TextAnchor first = TextSpan::anchorFor(text, 0, 5);
    QCOMPARE(first.prefix, QString());
    QCOMPARE(first.suffix.size(), TextSpan::contextLength - 1); // 32 would end inside a pair
    QVERIFY(!first.suffix.back().isHighSurrogate());
    const TextAnchor last = TextSpan::anchorFor(text, int(text.size()) - 1, int(text.size()));
    QCOMPARE(last.quote, u"x"_s);
    QCOMPARE(last.prefix.size(), TextSpan::contextLength - 1); // 32 would start inside a pair
    QVERIFY(!last.prefix.front().isLowSurrogate());
    QCOMPARE(last.suffix, QString());
}

void TestTextSpan::sentenceAtReturnsTheWholeSentence_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("at");       // the position is the start of its first occurrence
    QTest::addColumn<QString>("sentence"); // what sentenceAt returns

    QTest::newRow("middle") << u"Erster Satz. Leica kommt. Dritter Satz."_s << u"kommt"_s
                            << u"Leica kommt."_s;
    QTest::newRow("first") << u"Leica kommt! Zweiter Satz."_s << u"Leica"_s << u"Leica kommt!"_s;
    QTest::newRow("last, no full stop")
        << u"Erster Satz? Leica kommt"_s << u"kommt"_s << u"Leica kommt"_s;
    QTest::newRow("ellipsis") << u"Erstens… Leica kommt. Dann"_s << u"Leica"_s << u"Leica kommt."_s;
    QTest::newRow("closing quote")
        << u"Er sagte: „Gut.“ Dann ging Leica."_s << u"Leica"_s << u"Dann ging Leica."_s;
    QTest::newRow("inside quote") << u"Er sagte: „Gut.“ Dann ging Leica."_s << u"Gut"_s
                                  << u"Er sagte: „Gut.“"_s;
    QTest::newRow("number") << u"Das Mi 12.5 kommt mit Leica. Danach"_s << u"Leica"_s
                            << u"Das Mi 12.5 kommt mit Leica."_s;
    QTest::newRow("paragraph") << u"Erster Absatz ohne Punkt\nLeica kommt\nDritter"_s << u"kommt"_s
                               << u"Leica kommt"_s;
    QTest::newRow("spaces trimmed")
        << u"Satz.   Leica kommt.   "_s << u"kommt"_s << u"Leica kommt."_s;
    // The spaces after a sentence belong to it.
    QTest::newRow("between sentences")
        << u"Satz eins.  Leica kommt."_s << u" Leica"_s << u"Satz eins."_s;
}

void TestTextSpan::sentenceAtReturnsTheWholeSentence() {
    QFETCH(QString, text);
    QFETCH(QString, at);
    QFETCH(QString, sentence);
    const int position = int(text.indexOf(at));
    QVERIFY(position >= 0);
    const TextSpan::Span span = TextSpan::sentenceAt(text, position);
    QCOMPARE(text.mid(span.start, span.length()), sentence);
}

void TestTextSpan::sentenceAtInTheSample() {
    const int position = int(m_sample.indexOf(u"@leica_camera haben eine globale"_s));
    QVERIFY(position > 0);
    const TextSpan::Span span = TextSpan::sentenceAt(m_sample, position);
    const QString sentence = m_sample.mid(span.start, span.length());
    QVERIFY2(sentence.startsWith(u"Lei Jun, Gründer von Xiaomi, sagte in einem Tweet:"_s),
             qPrintable(sentence));
    QVERIFY2(sentence.endsWith(u"im Bereich der Bildtechnologie aufgebaut."_s),
             qPrintable(sentence));
    QVERIFY(!sentence.contains(u'\n'));

    // Every position of that sentence gives the same sentence.
    for (int i = span.start; i < span.end; ++i)
        QCOMPARE(TextSpan::sentenceAt(m_sample, i), span);

    // Out-of-range positions are clamped, not a crash.
    QCOMPARE(TextSpan::sentenceAt(m_sample, -5), TextSpan::sentenceAt(m_sample, 0));
    const TextSpan::Span last = TextSpan::sentenceAt(m_sample, int(m_sample.size()) + 5);
    QVERIFY(last.end <= m_sample.size());
}

void TestTextSpan::occurrencesInTheSampleMatchWholeWords_data() {
    QTest::addColumn<QString>("name");
    for (const char* name : {"Leica", "Xiaomi", "Huawei", "Leica Camera AG", "@leica_camera",
                             "Zeiss", "Hasselblad", "Mi 12 Pro", "Nokia"})
        QTest::newRow(name) << QString::fromUtf8(name);
}

void TestTextSpan::occurrencesInTheSampleMatchWholeWords() {
    QFETCH(QString, name);
    const QRegularExpression wholeWord(
        u"(?<![\\p{L}\\p{N}\\p{M}_])"_s + QRegularExpression::escape(name) +
            u"(?![\\p{L}\\p{N}\\p{M}_])"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<TextSpan::Span> expected;
    for (auto it = wholeWord.globalMatch(m_sample); it.hasNext();) {
        const auto match = it.next();
        expected.append({int(match.capturedStart()), int(match.capturedEnd())});
    }
    const QList<TextSpan::Span> found = TextSpan::occurrences(m_sample, name);
    QCOMPARE(found, expected);
    for (const TextSpan::Span& span : found)
        QCOMPARE(m_sample.mid(span.start, span.length()).toLower(), name.toLower());
    if (name == u"Leica"_s)
        QVERIFY(found.size() >= 8); // the sample names Leica often
}

void TestTextSpan::occurrencesAreCaseInsensitiveAndDoNotOverlap() {
    const QString text = u"LEICA, leica und Leica.Leica"_s;
    const QList<TextSpan::Span> found = TextSpan::occurrences(text, u"Leica"_s);
    QCOMPARE(found, (QList<TextSpan::Span>{{0, 5}, {7, 12}, {17, 22}, {23, 28}}));

    const QString repeated = u"aa aa aaa"_s;
    QCOMPARE(TextSpan::occurrences(repeated, u"aa"_s), (QList<TextSpan::Span>{{0, 2}, {3, 5}}));
    QCOMPARE(TextSpan::occurrences(u"a a a"_s, u"a a"_s), (QList<TextSpan::Span>{{0, 3}}));
    QVERIFY(TextSpan::occurrences(text, QString()).isEmpty());
    QVERIFY(TextSpan::occurrences(QString(), u"Leica"_s).isEmpty());
}

void TestTextSpan::occurrencesStopAtHyphensButNotInsideWords() {
    const int hyphenated = int(m_sample.indexOf(u"Xiaomi-Smartphone"_s));
    QVERIFY(hyphenated > 0);
    QVERIFY(TextSpan::occurrences(m_sample, u"Xiaomi"_s)
                .contains(TextSpan::Span{hyphenated, hyphenated + 6}));
    const int leicaTech = int(m_sample.indexOf(u"Leica-Kameratechnologie"_s));
    QVERIFY(TextSpan::occurrences(m_sample, u"Leica"_s)
                .contains(TextSpan::Span{leicaTech, leicaTech + 5}));

    // "Lei" is a word of its own only in "Lei Jun", never inside "Leica".
    const QList<TextSpan::Span> lei = TextSpan::occurrences(m_sample, u"Lei"_s);
    QCOMPARE(lei.size(), 1);
    QVERIFY(m_sample.mid(lei.first().start).startsWith(u"Lei Jun"_s));
    QVERIFY(TextSpan::occurrences(m_sample, u"eica"_s).isEmpty());
    QVERIFY(TextSpan::occurrences(m_sample, u"Smartphone-Marke"_s).size() == 1);
    QVERIFY(TextSpan::occurrences(u"Leica_camera"_s, u"Leica"_s).isEmpty());
    QVERIFY(TextSpan::occurrences(u"Cafe\u0301"_s, u"Cafe"_s).isEmpty());
}

void TestTextSpan::offsetsAfterEmojiAndCombiningMarks() {
    const QString text = u"📷 Cafe\u0301 👍🏽 – Leica und Xiaomi"_s;
    const int leica = int(text.indexOf(u"Leica"_s));
    QCOMPARE(TextSpan::occurrences(text, u"Leica"_s), (QList<TextSpan::Span>{{leica, leica + 5}}));
    auto span = TextSpan::snapToWords(text, leica - 3, leica + 3);
    QVERIFY2(span.ok(), qPrintable(span.errorMessage()));
    QCOMPARE(*span, (TextSpan::Span{leica, leica + 5}));
    const TextAnchor anchor = TextSpan::anchorFor(text, span->start, span->end);
    QCOMPARE(anchor.quote, u"Leica"_s);
    QCOMPARE(anchor.prefix, text.left(leica));
    // 📷 (2 units), 👍 (2), 🏽 (2): three pairs before the mention.
    QCOMPARE(TextSpan::codePointOffset(text, leica), leica - 3);
    auto cafe = TextSpan::snapToWords(text, 3, 5);
    QVERIFY(cafe.ok());
    QCOMPARE(text.mid(cafe->start, cafe->length()), u"Cafe\u0301"_s);
}

void TestTextSpan::codePointOffsetCountsPairsOnce() {
    const QString text = u"a📷b😀c"_s; // a, 📷 (2 units), b, 😀 (2 units), c
    QCOMPARE(TextSpan::codePointOffset(text, 0), 0);
    QCOMPARE(TextSpan::codePointOffset(text, 1), 1);
    QCOMPARE(TextSpan::codePointOffset(text, 2), 2); // a lone high surrogate counts once
    QCOMPARE(TextSpan::codePointOffset(text, 3), 2);
    QCOMPARE(TextSpan::codePointOffset(text, 4), 3);
    QCOMPARE(TextSpan::codePointOffset(text, 6), 4);
    QCOMPARE(TextSpan::codePointOffset(text, 7), 5);
    QCOMPARE(TextSpan::codePointOffset(text, 100), 5);
    QCOMPARE(TextSpan::codePointOffset(text, -1), 0);
    QCOMPARE(TextSpan::codePointOffset(text, int(text.size())), int(text.toUcs4().size()));
}

void TestTextSpan::textHashIsSha256OfUtf8() {
    QCOMPARE(TextSpan::textHash(u"abc"_s),
             u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    QCOMPARE(TextSpan::textHash(QString()),
             u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
    QCOMPARE(TextSpan::textHash(u"Gründer"_s).size(), 64);
    QVERIFY(TextSpan::textHash(u"Gründer"_s) != TextSpan::textHash(u"Grunder"_s));
}

QTEST_GUILESS_MAIN(TestTextSpan)
#include "tst_textspan.moc"
