#include "clean/articlecleaner.h"
#include "testdata.h"

#include <QTest>

#include <ranges>

using namespace Qt::StringLiterals;

namespace {

const QString sampleTitle =
    u"Leica: Xiaomi arbeitet mit Leica zusammen, um noch in diesem Jahr das "
    u"Flaggschiff-Telefon auf den Markt zu bringen"_s;
const QString sampleHeadline = u"Soul Hackers 2 Erscheinungsdatum Ankuendigungstrailer enthuellt"_s;

// The non-whitespace characters of a text, in order: what cleaning must never lose.
QString visibleChars(QStringView text) {
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// Everything the cleaner kept, in reading order, with removed pieces put back where they stood.
QString reassembled(const CleanArticle& article) {
    QStringList parts = article.paragraphs;
    for (const RemovedPiece& piece : article.removed | std::views::reverse)
        parts.insert(piece.position, piece.text);
    return article.title % u' ' % parts.join(u' ') % u' ' % article.source;
}

} // namespace

class TestArticleCleaner final : public QObject {
    Q_OBJECT

private:
    QString m_sample;
    QStringList m_lines; // the sample's lines, LF-split

    // Sample lines: 0 title, 2 headline, 4..9 body (5 and 6 are one broken paragraph), 13 source.
    QStringList bodyLines() const { return m_lines.mid(4, 6); }
    QString body() const { return bodyLines().join(u'\n'); }

    void compareArticles(const CleanArticle& actual, const CleanArticle& expected) {
        QCOMPARE(actual.title, expected.title);
        QCOMPARE(actual.source, expected.source);
        QCOMPARE(actual.paragraphs, expected.paragraphs);
        QCOMPARE(actual.removed, expected.removed);
    }

    // Inputs built from the sample, each in another layout real files come in.
    void addVariantRows() {
        QTest::addColumn<QString>("input");
        const QString title = m_lines[0];
        const QString headline = m_lines[2];
        QStringList blankSeparated = bodyLines();
        blankSeparated[1] += u'\n' % blankSeparated.takeAt(2); // keep the broken pair together
        QString crlf = m_sample;
        crlf.replace(u'\n', u"\r\n"_s);
        QString cr = m_sample;
        cr.replace(u'\n', u'\r');
        QString spaced = m_sample;
        spaced.replace(u"Xiaomi hat"_s, u"Xiaomi\t\u00A0 hat"_s).replace(u". "_s, u".  "_s);

        QTest::newRow("sample") << m_sample;
        QTest::newRow("no source tag") << m_lines.mid(0, 10).join(u'\n');
        QTest::newRow("blank lines between paragraphs") << title % u"\n\n" % headline % u"\n\n" %
                                                               blankSeparated.join(u"\n\n") %
                                                               u"\n\ntoi-tech";
        QTest::newRow("one long line body")
            << title % u"\n\n" % headline % u"\n\n" % bodyLines().join(u' ') % u"\n\n\ntoi-tech";
        QTest::newRow("title directly followed by body")
            << title % u'\n' % body() % u"\n\ntoi-tech\n";
        QTest::newRow("CRLF") << crlf;
        QTest::newRow("CR") << cr;
        QTest::newRow("BOM") << QChar(0xFEFF) % m_sample;
        QTest::newRow("tabs, NBSP and double spaces") << spaced;
        QTest::newRow("leading blank lines") << u"\n \n\t\n"_s % m_sample;
    }

private slots:
    void initTestCase() {
        m_sample = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
        QVERIFY(!m_sample.isEmpty());
        m_lines = m_sample.split(u'\n');
        QCOMPARE(m_lines.size(), 14);
    }

    void cleansSample() {
        const CleanArticle article = ArticleCleaner::clean(m_sample);
        QCOMPARE(article.title, sampleTitle);
        QCOMPARE(article.source, u"toi-tech"_s);
        QCOMPARE(article.removed.size(), 1);
        QCOMPARE(article.removed[0].text, sampleHeadline);
        QCOMPARE(article.removed[0].position, 0);
        QVERIFY(!article.removed[0].reason.isEmpty());
        QCOMPARE(article.paragraphs.size(), 5);
        QVERIFY(article.paragraphs[0].startsWith(u"Chinesischer Technologieriese Xiaomi"_s));
        QVERIFY(article.paragraphs[1].contains(
            u"@Xiaomi und @leica_camera haben eine globale strategische Partnerschaft"_s));
        QVERIFY(article.paragraphs[1].endsWith(
            u"Aufregende Dinge, die im Juli kommen werden!\u201C"_s));
        const QStringList lines = bodyLines();
        const QStringList expected{lines[0], lines[1] % u' ' % lines[2], lines[3], lines[4],
                                   lines[5]};
        QCOMPARE(article.paragraphs, expected);
        QCOMPARE(article.text(), expected.join(u'\n'));
    }

    void neverLosesText_data() { addVariantRows(); }
    void neverLosesText() {
        QFETCH(QString, input);
        const CleanArticle article = ArticleCleaner::clean(input);
        QCOMPARE(visibleChars(reassembled(article)), visibleChars(input).remove(QChar(0xFEFF)));
        for (const QString& paragraph : article.paragraphs) {
            QVERIFY(!paragraph.contains(u'\n'));
            QVERIFY(!paragraph.isEmpty());
        }
    }

    void givesSampleResultForEquivalentInput_data() {
        QTest::addColumn<QString>("input");
        QString crlf = m_sample;
        crlf.replace(u'\n', u"\r\n"_s);
        QString cr = m_sample;
        cr.replace(u'\n', u'\r');
        QString spaced = m_sample;
        spaced.replace(u"Xiaomi hat"_s, u"Xiaomi\t\u00A0 hat"_s).replace(u", "_s, u",  \t"_s);
        QTest::newRow("CRLF") << crlf;
        QTest::newRow("CR") << cr;
        QTest::newRow("BOM") << QChar(0xFEFF) % m_sample;
        QTest::newRow("BOM and CRLF") << QChar(0xFEFF) % crlf;
        QTest::newRow("tabs, NBSP and double spaces") << spaced;
        QTest::newRow("indented lines") << u"  "_s % m_sample.split(u'\n').join(u"\n\t ");
        QTest::newRow("trailing newline") << m_sample % u"\n\n";
    }
    void givesSampleResultForEquivalentInput() {
        QFETCH(QString, input);
        compareArticles(ArticleCleaner::clean(input), ArticleCleaner::clean(m_sample));
    }

    void keepsLastLineInBodyWithoutSourceTag() {
        const CleanArticle article = ArticleCleaner::clean(m_lines.mid(0, 10).join(u'\n'));
        QVERIFY(article.source.isEmpty());
        QCOMPARE(article.paragraphs.size(), 5);
        QCOMPARE(article.paragraphs.last(), m_lines[9]);
    }

    void recognisesSourceSlugOnly_data() {
        QTest::addColumn<QString>("lastLine");
        QTest::addColumn<bool>("isSource");
        QTest::newRow("dashed") << u"toi-tech"_s << true;
        QTest::newRow("domain") << u"heise.de"_s << true;
        QTest::newRow("word") << u"reuters"_s << true;
        QTest::newRow("underscore and digits") << u"spiegel_2022"_s << true;
        QTest::newRow("capitalised") << u"Reuters"_s << false;
        QTest::newRow("two words") << u"toi tech"_s << false;
        QTest::newRow("sentence") << u"Das war es."_s << false;
        QTest::newRow("one letter") << u"x"_s << false;
        QTest::newRow("too long") << QString(41, u'a') << false;
    }
    void recognisesSourceSlugOnly() {
        QFETCH(QString, lastLine);
        QFETCH(bool, isSource);
        const CleanArticle article =
            ArticleCleaner::clean(u"Titel\n\nErster Absatz.\n\n"_s % lastLine);
        QCOMPARE(article.source, isSource ? lastLine : QString());
        QCOMPARE(article.paragraphs.contains(lastLine), !isSource);
    }

    void joinsBlocksSeparatedByBlankLines() {
        const CleanArticle article = ArticleCleaner::clean(
            u"Title\n\nFirst paragraph is hard\nwrapped over\nthree lines.\n\n\n\nSecond one.\n"
            u"Still second\n\nThird one"_s);
        const QStringList expected{u"First paragraph is hard wrapped over three lines."_s,
                                   u"Second one. Still second"_s, u"Third one"_s};
        QCOMPARE(article.paragraphs, expected);
        QVERIFY(article.removed.isEmpty());
    }

    void sampleWithBlankLinesGivesSameParagraphs() {
        QStringList blocks = bodyLines();
        blocks[1] += u'\n' % blocks.takeAt(2);
        const CleanArticle article = ArticleCleaner::clean(
            m_lines[0] % u"\n\n" % m_lines[2] % u"\n\n" % blocks.join(u"\n\n") % u"\n\ntoi-tech");
        compareArticles(article, ArticleCleaner::clean(m_sample));
    }

    void strayBlankLineInLineLayoutKeepsParagraphs() {
        // One paragraph a line with a single stray blank line: the long lines of each block are
        // still separate paragraphs, not merged into one.
        QStringList body = bodyLines();
        body.insert(4, QString());
        const CleanArticle article = ArticleCleaner::clean(
            m_lines[0] % u"\n\n" % m_lines[2] % u"\n\n" % body.join(u'\n') % u"\n\ntoi-tech");
        compareArticles(article, ArticleCleaner::clean(m_sample));
    }

    void keepsOneLongLineBodyAsOneParagraph() {
        const QString longLine = bodyLines().join(u' ');
        const CleanArticle article =
            ArticleCleaner::clean(m_lines[0] % u"\n\n" % longLine % u"\n\ntoi-tech");
        QCOMPARE(article.title, sampleTitle);
        QCOMPARE(article.source, u"toi-tech"_s);
        QCOMPARE(article.paragraphs, QStringList{longLine});
        QVERIFY(article.removed.isEmpty());
    }

    void readsBodyDirectlyAfterTitle() {
        const CleanArticle article =
            ArticleCleaner::clean(m_lines[0] % u'\n' % body() % u"\n\ntoi-tech");
        QCOMPARE(article.title, sampleTitle);
        QVERIFY(article.removed.isEmpty());
        QCOMPARE(article.paragraphs, ArticleCleaner::clean(m_sample).paragraphs);
    }

    void joinsLineBrokenMidSentence_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("next starts lowercase") << u"Heute freue ich mich"_s << u"sehr darüber."_s;
        QTest::newRow("next starts with digit") << u"Das Handy kostet"_s << u"999 Euro."_s;
        QTest::newRow("comma") << u"Lei Jun, Gründer von Xiaomi,"_s << u"Sagte etwas."_s;
        QTest::newRow("hyphen") << u"Die Flaggschiff-"_s << u"Telefone kommen."_s;
        QTest::newRow("dash") << u"Huawei leidet \u2013"_s << u"China geht es gut."_s;
        QTest::newRow("German connector") << u"Xiaomi und"_s << u"Leica arbeiten zusammen."_s;
        QTest::newRow("article before noun") << u"Er lobte die"_s << u"Kamera."_s;
        QTest::newRow("English connector") << u"Shares rose after the"_s << u"Company said so."_s;
        QTest::newRow("after opening quote") << u"Er sagte"_s << u"\u201Ewir sind bereit.\u201C"_s;
    }
    void joinsLineBrokenMidSentence() {
        QFETCH(QString, first);
        QFETCH(QString, second);
        const CleanArticle article =
            ArticleCleaner::clean(u"Titel\n"_s % first % u'\n' % second % u"\nEnde."_s);
        const QStringList expected{first % u' ' % second, u"Ende."_s};
        QCOMPARE(article.paragraphs, expected);
    }

    void keepsLineBreak_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("no punctuation, uppercase next")
            << u"Die Partnerschaft im \u00DCberblick"_s << u"Leica liefert die Optik."_s;
        QTest::newRow("English subheading") << u"Key facts"_s << u"The deal is new."_s;
        QTest::newRow("capitalised final word") << u"Vitamin A"_s << u"Es hilft."_s;
        QTest::newRow("colon, lowercase next") << u"Die Fakten:"_s << u"es gibt drei."_s;
        QTest::newRow("full stop") << u"Das ist alles."_s << u"und noch mehr."_s;
        QTest::newRow("semicolon") << u"Erstens;"_s << u"zweitens."_s;
        QTest::newRow("ellipsis") << u"Und dann\u2026"_s << u"nichts."_s;
        QTest::newRow("inside closing quote") << u"\u201EKommt!\u201C"_s << u"sagte er."_s;
        QTest::newRow("inside bracket") << u"(Siehe oben.)"_s << u"danach."_s;
    }
    void keepsLineBreak() {
        QFETCH(QString, first);
        QFETCH(QString, second);
        const CleanArticle article =
            ArticleCleaner::clean(u"Titel\n"_s % first % u'\n' % second % u"\nEnde."_s);
        const QStringList expected{first, second, u"Ende."_s};
        QCOMPARE(article.paragraphs, expected);
    }

    void keepsLineWithoutFinalPunctuationWhenNextStartsUppercase() {
        QStringList lines = m_lines;
        lines.insert(7, u"Die Partnerschaft im \u00DCberblick"_s);
        const CleanArticle article = ArticleCleaner::clean(lines.join(u'\n'));
        QCOMPARE(article.paragraphs.size(), 6);
        QCOMPARE(article.paragraphs[2], u"Die Partnerschaft im \u00DCberblick"_s);
    }

    void joinsEnglishLineBrokenMidSentence() {
        const CleanArticle article = ArticleCleaner::clean(
            u"Xiaomi teams up with Leica\n\nXiaomi said on Monday that it would work with\n"
            u"Leica on cameras for its next flagship.\nKey facts\nThe phone is due in July.\n\n"
            u"reuters"_s);
        const QStringList expected{u"Xiaomi said on Monday that it would work with Leica on "
                                   u"cameras for its next flagship."_s,
                                   u"Key facts"_s, u"The phone is due in July."_s};
        QCOMPARE(article.title, u"Xiaomi teams up with Leica"_s);
        QCOMPARE(article.source, u"reuters"_s);
        QCOMPARE(article.paragraphs, expected);
    }

    void removesOnlyUnrelatedHeadline_data() {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("removed");
        QTest::newRow("unrelated headline") << sampleHeadline << true;
        QTest::newRow("subtitle sharing a word") << u"Die Kameratechnik kommt im Juli"_s << false;
        QTest::newRow("shares a word ignoring case") << u"XIAOMI setzt auf Optik"_s << false;
        QTest::newRow("ends with full stop") << u"Soul Hackers 2 erscheint bald."_s << false;
        QTest::newRow("ends with colon") << u"Soul Hackers 2 im Test:"_s << false;
        QTest::newRow("longer than 150 chars") << QString(151, u'x') << false;
        QTest::newRow("more than 20 words") << QStringList(21, u"Spiel"_s).join(u' ') << false;
    }
    void removesOnlyUnrelatedHeadline() {
        QFETCH(QString, candidate);
        QFETCH(bool, removed);
        QStringList lines = m_lines;
        lines[2] = candidate;
        const CleanArticle article = ArticleCleaner::clean(lines.join(u'\n'));
        QCOMPARE(article.removed.size(), removed ? 1 : 0);
        QCOMPARE(article.paragraphs.size(), removed ? 5 : 6);
        if (removed)
            QCOMPARE(article.removed[0].text, candidate);
        else
            QCOMPARE(article.paragraphs[0], candidate);
        // The blank line after a kept subtitle must not turn the body into one block.
        QCOMPARE(article.paragraphs.mid(removed ? 0 : 1),
                 ArticleCleaner::clean(m_sample).paragraphs);
    }

    void keepsHeadlineCandidateWithoutBlankLineAfterIt() {
        const CleanArticle article =
            ArticleCleaner::clean(m_lines[0] % u"\n\n" % sampleHeadline % u'\n' % body());
        QVERIFY(article.removed.isEmpty());
        QCOMPARE(article.paragraphs[0], sampleHeadline);
    }

    void keepsOnlyBodyLineEvenIfHeadlineShaped() {
        const CleanArticle article =
            ArticleCleaner::clean(u"Titel\n\nSoul Hackers 2 enthuellt\n\n\ntoi-tech"_s);
        QVERIFY(article.removed.isEmpty());
        QCOMPARE(article.paragraphs, QStringList{u"Soul Hackers 2 enthuellt"_s});
    }

    void treatsSingleLineFile_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("paragraphs");
        const QString longLine = bodyLines().join(u' ');
        QTest::newRow("short line")
            << u"  Nur ein Titel  \n\n"_s << u"Nur ein Titel"_s << QStringList{};
        QTest::newRow("slug alone is a title") << u"reuters"_s << u"reuters"_s << QStringList{};
        QTest::newRow("long line, title is first sentence")
            << longLine
            << u"Chinesischer Technologieriese Xiaomi hat eine neue Partnerschaft mit einem "
               u"Imaging-Unternehmen bekannt gegeben Leica."_s
            << QStringList{longLine};
        const QString noStop = QStringList(30, u"Wortreich"_s).join(u' ');
        QTest::newRow("long line without sentence end")
            << noStop << QStringList(12, u"Wortreich"_s).join(u' ') % u'\u2026'
            << QStringList{noStop};
    }
    void treatsSingleLineFile() {
        QFETCH(QString, input);
        QFETCH(QString, title);
        QFETCH(QStringList, paragraphs);
        const CleanArticle article = ArticleCleaner::clean(input);
        QCOMPARE(article.title, title);
        QCOMPARE(article.paragraphs, paragraphs);
        QVERIFY(article.source.isEmpty());
        QVERIFY(article.removed.isEmpty());
    }

    void givesEmptyArticleForEmptyInput_data() {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"   "_s;
        QTest::newRow("blank lines") << u"\n \r\n\t\r\u00A0\n"_s;
        QTest::newRow("BOM only") << u"\uFEFF\n"_s;
    }
    void givesEmptyArticleForEmptyInput() {
        QFETCH(QString, input);
        compareArticles(ArticleCleaner::clean(input), CleanArticle{});
    }

    void isIdempotentOnItsOwnOutput_data() { addVariantRows(); }
    void isIdempotentOnItsOwnOutput() {
        QFETCH(QString, input);
        const CleanArticle first = ArticleCleaner::clean(input);
        const CleanArticle again =
            ArticleCleaner::clean(first.title % u"\n\n" % first.text() % u"\n\n" % first.source);
        QCOMPARE(again.title, first.title);
        QCOMPARE(again.source, first.source);
        QCOMPARE(again.paragraphs, first.paragraphs);
        QVERIFY(again.removed.isEmpty());
        compareArticles(ArticleCleaner::clean(input), first); // deterministic
    }
};

QTEST_GUILESS_MAIN(TestArticleCleaner)
#include "tst_articlecleaner.moc"
