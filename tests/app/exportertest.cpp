#include "exportertest.h"

#include "annotate/textspan.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/mentionstore.h"
#include "store/notestore.h"
#include "store/partnershipstore.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;

const QString ExporterTest::title = u"Acme *and* Bolt | \"deal\" <script>alert(1)</script>"_s;

QString ExporterTest::byCodePoints(const QString& text, int start, int end) {
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()) + start,
                             end - start);
}

QStringList ExporterTest::sorted(QStringList list) {
    list.sort();
    return list;
}

QList<QStringList> ExporterTest::readCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            rows << (row << field);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

void ExporterTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    // Emoji (two UTF-16 units, one code point) and a combining mark before the mentions.
    const QString raw = title +
                        u"\n\n📷 Cafe\u0301 owners say =SUM(A1): Acme will work with Bolt, "
                        "\"the first\" partner of Acme. It costs +1 -2 @x.\n"
                        "Bolt said the deal is *big* | and <script>x</script>.\n\nsrc-test\n"_s;
    ArticleStore articles(*m_db);
    auto added = articles.add(TestData::article(raw));
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QVERIFY(articles.add(TestData::article(title + u"\n\nAnother text, same title.\n"_s)).ok());
    const QString text = articles.article(added->id)->clean.text();
    QVERIFY(text.startsWith(u"📷"_s));

    CompanyStore companyStore(*m_db);
    MentionStore mentionStore(*m_db);
    NoteStore noteStore(*m_db);
    PartnershipStore partnershipStore(*m_db);
    QList<Mention> mentions;
    for (const QString& name : {u"Acme"_s, u"Bolt"_s}) {
        auto company = companyStore.ensureCompany(name);
        QVERIFY(company.ok());
        for (const TextSpan::Span& s : TextSpan::occurrences(text, name)) {
            auto m = mentionStore.addMention(added->id, company->id,
                                             TextSpan::anchorFor(text, s.start, s.end));
            QVERIFY2(m.ok(), qPrintable(m.errorMessage()));
            mentions.append(*m);
        }
    }
    QCOMPARE(mentions.size(), 4);
    QVERIFY(
        noteStore.setMentionNote(mentions.first().id, u"=cmd|' /C calc'!A0\nsecond line"_s).ok());
    Partnership p;
    p.articleId = added->id;
    p.companyA = mentions.first().companyId;
    p.companyB = mentions.last().companyId;
    p.kind = u"joint venture"_s;
    const TextSpan::Span sentence = TextSpan::sentenceAt(text, mentions.first().anchor.start);
    p.evidence = TextSpan::anchorFor(text, sentence.start, sentence.end);
    p.note = u"<script>note</script>"_s;
    QVERIFY(partnershipStore.addPartnership(p).ok());
    QVERIFY(noteStore.setArticleNote(added->id, u"Article <b>note</b> *x*"_s).ok());
    auto loaded = ExportLoader::load(*m_db, added->id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    m_article = *loaded;
    QCOMPARE(m_article.companies.size(), 2);
}

void ExporterTest::cleanup() {
    m_db.reset();
    m_dir.reset();
}
