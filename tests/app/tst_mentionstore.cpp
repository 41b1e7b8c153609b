#include "annotate/textspan.h"
#include "annotationfixture.h"
#include "testdata.h"

#include <QMap>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestMentionStore : public AnnotationFixture {
    Q_OBJECT
private slots:
    void addMentionReadsBackEverything();
    void addMentionErrorsChangeNothing();
    void removeAndRestoreMentionKeepIdAndNote();
    void markAllOccurrencesInOneArticle();
    void markAllOccurrencesRespectsOtherMentions();
    void markAllOccurrencesAcrossArticles();
    void offsetsAfterEmojiAndCombiningMarksSurvive();
};

void TestMentionStore::addMentionReadsBackEverything() {
    const qint64 article = addSample();
    const QString text = cleanText(article);
    const Company leica = company(u"Leica"_s);
    const TextAnchor anchor = bare(article, u"Leica Camera AG"_s);
    QCOMPARE(anchor.quote, u"Leica Camera AG"_s);

    auto added = m_mentions->addMention(article, leica.id, anchor);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QVERIFY(added->id > 0);
    QCOMPARE(added->companyName, u"Leica"_s);
    QCOMPARE(added->companyColor, leica.color);
    QCOMPARE(added->author, u"tester"_s);

    auto mentions = m_mentions->mentions(article);
    QVERIFY(mentions.ok());
    QCOMPARE(mentions->size(), 1);
    const Mention& read = mentions->first();
    QCOMPARE(read.id, added->id);
    QCOMPARE(read.articleId, article);
    QCOMPARE(read.companyId, leica.id);
    QCOMPARE(read.companyName, u"Leica"_s);
    QCOMPARE(read.companyColor, leica.color);
    QCOMPARE(read.anchor, TextSpan::anchorFor(text, anchor.start, anchor.end));
    QCOMPARE(read.anchor.prefix, text.mid(anchor.start - 32, 32));
    QCOMPARE(read.anchor.suffix, text.mid(anchor.end, 32));
    QCOMPARE(read.anchor.textHash, TextSpan::textHash(text));
    QVERIFY(read.anchor.anchored);
    QCOMPARE(read.author, u"tester"_s);
    QVERIFY(read.createdAt.isValid());
    QCOMPARE(read.createdAt, added->createdAt);
    QCOMPARE(describe(read), describe(*added));
    QVERIFY(read.note.isEmpty());

    // Context the caller gives is kept.
    TextAnchor own = bare(article, u"Xiaomi"_s);
    own.prefix = u"mine"_s;
    auto second = m_mentions->addMention(article, leica.id, own);
    QVERIFY(second.ok());
    QCOMPARE(second->anchor.prefix, u"mine"_s);
    QCOMPARE(m_mentions->mentions(article)->first().id, second->id); // in text order
}

void TestMentionStore::addMentionErrorsChangeNothing() {
    const qint64 article = addSample();
    const int length = int(cleanText(article).size());
    const Company leica = company(u"Leica"_s);
    const TextAnchor good = bare(article, u"Leica"_s);

    struct Case {
        qint64 article;
        qint64 company;
        TextAnchor anchor;
        QString error;
    };
    TextAnchor mismatch = good;
    mismatch.quote = u"Leitz"_s;
    TextAnchor shifted = good;
    ++shifted.start;
    ++shifted.end;
    const QList<Case> cases = {
        {999, leica.id, good, u"There is no article with id 999."_s},
        {article, 999, good, u"There is no company with id 999."_s},
        {article, leica.id, mismatch, u"The quote does not match the article's text"_s},
        {article, leica.id, shifted, u"The quote does not match the article's text"_s},
        {article, leica.id, anchorAt(length - 2, length + 3, u"xx"_s),
         u"outside the article's text"_s},
        {article, leica.id, anchorAt(-1, 4, u"x"_s), u"outside the article's text"_s},
        {article, leica.id, anchorAt(good.start, good.start, QString()),
         u"at least one character"_s},
        {article, leica.id, anchorAt(good.end, good.start, QString()), u"at least one character"_s},
    };
    for (const Case& c : cases) {
        auto added = m_mentions->addMention(c.article, c.company, c.anchor);
        QVERIFY(!added.ok());
        QVERIFY2(added.errorMessage().contains(c.error), qPrintable(added.errorMessage()));
        QCOMPARE(rows(u"mention"_s), 0);
    }
    QCOMPARE(rows(u"company"_s), 1);
    QVERIFY(m_mentions->addMention(article, leica.id, good).ok());
    QCOMPARE(rows(u"mention"_s), 1);
}

void TestMentionStore::removeAndRestoreMentionKeepIdAndNote() {
    const qint64 article = addSample();
    const Company leica = company(u"Leica"_s);
    auto first = m_mentions->addMention(article, leica.id, bare(article, u"Leica"_s, 0));
    auto second = m_mentions->addMention(article, leica.id, bare(article, u"Leica"_s, 1));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(m_notes->setMentionNote(first->id, u"Checked against the press release."_s).ok());
    const QStringList before = describeAll(*m_mentions->mentions(article));

    auto removed = m_mentions->removeMention(first->id);
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QCOMPARE(removed->id, first->id);
    QCOMPARE(removed->note, u"Checked against the press release."_s);
    QCOMPARE(rows(u"mention"_s), 1);
    QCOMPARE(rows(u"note"_s), 0);
    QVERIFY(!m_mentions->removeMention(first->id).ok());

    auto restored = m_mentions->restoreMention(*removed);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored->id, first->id);
    QCOMPARE(describeAll(*m_mentions->mentions(article)), before);
    QVERIFY(!m_mentions->restoreMention(*removed).ok()); // the id is taken again
    QCOMPARE(rows(u"mention"_s), 2);
    QCOMPARE(rows(u"note"_s), 1);
}

void TestMentionStore::markAllOccurrencesInOneArticle() {
    const qint64 article = addSample();
    const QString text = cleanText(article);
    const Company leica = company(u"Leica"_s, {u"Leica Camera AG"_s});
    const int leicas = int(TextSpan::occurrences(text, u"Leica"_s).size());
    QVERIFY(leicas >= 8);
    QCOMPARE(TextSpan::occurrences(text, u"Leica Camera AG"_s).size(), 1);

    // One is marked by hand already.
    auto manual = m_mentions->addMention(article, leica.id, bare(article, u"Leica"_s, 2));
    QVERIFY(manual.ok());

    auto added = m_mentions->markAllOccurrences(leica.id, article);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    // "Leica Camera AG" is one mention that stands for the "Leica" inside it.
    QCOMPARE(added->size(), leicas - 1);
    for (const Mention& m : *added) {
        QVERIFY(m.id > 0);
        QCOMPARE(m.companyId, leica.id);
        QCOMPARE(m.companyName, u"Leica"_s);
        QCOMPARE(text.mid(m.anchor.start, m.anchor.length()), m.anchor.quote);
        QCOMPARE(m.anchor.textHash, TextSpan::textHash(text));
        QVERIFY(m.anchor.start != manual->anchor.start);
    }

    const QList<Mention> all = *m_mentions->mentions(article);
    QCOMPARE(all.size(), leicas);
    QStringList quotes;
    for (int i = 0; i < all.size(); ++i) {
        quotes.append(all.at(i).anchor.quote);
        if (i > 0)
            QVERIFY(all.at(i - 1).anchor.end <= all.at(i).anchor.start); // no overlaps
    }
    QCOMPARE(quotes.count(u"Leica Camera AG"_s), 1);
    QCOMPARE(quotes.count(u"Leica"_s), leicas - 1);

    auto again = m_mentions->markAllOccurrences(leica.id, article);
    QVERIFY(again.ok());
    QCOMPARE(again->size(), 0);
    QCOMPARE(rows(u"mention"_s), leicas);

    QVERIFY(!m_mentions->markAllOccurrences(leica.id, 999).ok());
    QVERIFY(!m_mentions->markAllOccurrences(999, article).ok());
    QCOMPARE(rows(u"mention"_s), leicas);
}

void TestMentionStore::markAllOccurrencesRespectsOtherMentions() {
    const qint64 article = addSample();
    const QString text = cleanText(article);
    const Company leica = company(u"Leica"_s, {u"Leica Camera AG"_s});
    const Company other = company(u"Camera AG"_s);
    const Company xiaomi = company(u"Xiaomi"_s);
    // Someone marked "Camera AG" as a company of its own: "Leica Camera AG" cannot be marked,
    // but the "Leica" before it still can.
    auto camera = m_mentions->addMention(article, other.id, bare(article, u"Camera AG"_s));
    QVERIFY(camera.ok());
    auto added = m_mentions->markAllOccurrences(leica.id, article);
    QVERIFY(added.ok());
    QCOMPARE(added->size(), TextSpan::occurrences(text, u"Leica"_s).size());
    for (const Mention& m : *added)
        QCOMPARE(m.anchor.quote, u"Leica"_s);

    // "Xiaomi" inside "Xiaomi-Smartphone" counts; the handle "@Xiaomi" too.
    auto xiaomis = m_mentions->markAllOccurrences(xiaomi.id, article);
    QVERIFY(xiaomis.ok());
    QCOMPARE(xiaomis->size(), TextSpan::occurrences(text, u"Xiaomi"_s).size());
    const int hyphenated = int(text.indexOf(u"Xiaomi-Smartphone"_s));
    QVERIFY(std::any_of(xiaomis->cbegin(), xiaomis->cend(),
                        [&](const Mention& m) { return m.anchor.start == hyphenated; }));
}

void TestMentionStore::markAllOccurrencesAcrossArticles() {
    const qint64 sample = addSample();
    const qint64 withLeicaSecond = addArticle(TestData::generatedArticle(0)); // Xiaomi, Leica
    const qint64 withLeicaFirst = addArticle(TestData::generatedArticle(1));  // Leica, Vivo
    const qint64 without = addArticle(TestData::generatedArticle(2));         // Vivo, Zeiss
    QVERIFY(sample && withLeicaSecond && withLeicaFirst && without);
    const Company leica = company(u"Leica"_s, {u"Leica Camera AG"_s});

    QMap<qint64, int> expected;
    for (qint64 article : {sample, withLeicaSecond, withLeicaFirst, without})
        expected[article] = int(TextSpan::occurrences(cleanText(article), u"Leica"_s).size());
    QVERIFY(expected[withLeicaSecond] > 0 && expected[withLeicaFirst] > 0);
    QCOMPARE(expected[without], 0);

    auto added = m_mentions->markAllOccurrences(leica.id, 0);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    int total = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(m_mentions->mentions(it.key())->size(), it.value());
        total += it.value();
    }
    QCOMPARE(added->size(), total);
    QCOMPARE(*m_statistics->articlesOfCompany(leica.id),
             (QList<qint64>{sample, withLeicaSecond, withLeicaFirst}));

    auto again = m_mentions->markAllOccurrences(leica.id, 0);
    QVERIFY(again.ok());
    QCOMPARE(again->size(), 0);

    // Names with quotes or FTS5 syntax do not break the search.
    const Company odd = company(u"\"Leica\" OR NEAR("_s, {u"Vivo"_s});
    auto odds = m_mentions->markAllOccurrences(odd.id, 0);
    QVERIFY2(odds.ok(), qPrintable(odds.errorMessage()));
    qsizetype vivos = 0;
    for (qint64 article : {sample, withLeicaSecond, withLeicaFirst, without})
        vivos += TextSpan::occurrences(cleanText(article), u"Vivo"_s).size();
    QVERIFY(vivos >= 3);
    QCOMPARE(odds->size(), vivos);
}

void TestMentionStore::offsetsAfterEmojiAndCombiningMarksSurvive() {
    const qint64 article =
        addArticle(u"Kameras 📷 im Café\n\n"
                   "Im Cafe\u0301 📷👍🏽 sagte man gestern in Berlin: Leica und "
                   "Xiaomi 🤝 arbeiten zusammen.\n"
                   "Noch ein Absatz über Leica.\n\ntoi-tech\n"_s);
    QVERIFY(article);
    const QString text = cleanText(article);
    const Company leica = company(u"Leica"_s);
    const int at = int(text.indexOf(u"Leica"_s));
    QVERIFY(at > 0);
    QVERIFY2(TextSpan::codePointOffset(text, at) < at, qPrintable(text)); // emoji before it

    auto snapped = TextSpan::snapToWords(text, at - 2, at + 2);
    QVERIFY2(snapped.ok(), qPrintable(snapped.errorMessage()));
    const TextAnchor anchor = TextSpan::anchorFor(text, snapped->start, snapped->end);
    auto added = m_mentions->addMention(article, leica.id, anchor);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    auto read = m_mentions->mentions(article);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first().anchor, anchor);
    QCOMPARE(read->first().anchor.start, at);
    QCOMPARE(text.mid(read->first().anchor.start, read->first().anchor.length()), u"Leica"_s);
    QVERIFY(text.left(at).endsWith(read->first().anchor.prefix));
    QVERIFY(!read->first().anchor.prefix.isEmpty());

    // The word with a combining mark is marked whole and found again by markAll.
    const int cafe = int(text.indexOf(u"Caf"_s, text.indexOf(u"Im "_s)));
    auto word = TextSpan::snapToWords(text, cafe, cafe + 2);
    QVERIFY(word.ok());
    const QString cafeWord = text.mid(word->start, word->length());
    QVERIFY(cafeWord.startsWith(u"Caf"_s) && cafeWord.size() >= 4);
    const Company cafeCompany = company(cafeWord);
    auto marked = m_mentions->markAllOccurrences(cafeCompany.id, article);
    QVERIFY(marked.ok());
    QCOMPARE(marked->size(), 1);
    QCOMPARE(marked->first().anchor.quote, cafeWord);
    auto more = m_mentions->markAllOccurrences(leica.id, 0);
    QVERIFY(more.ok());
    QCOMPARE(more->size(), 1);
    QCOMPARE(text.mid(more->first().anchor.start, 5), u"Leica"_s);
}

QTEST_GUILESS_MAIN(TestMentionStore)
#include "tst_mentionstore.moc"
