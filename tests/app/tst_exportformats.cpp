#include "exchange/brat/bratexporter.h"
#include "exchange/csv/csvexporter.h"
#include "exchange/exportedarticle.h"
#include "exchange/exportrunner.h"
#include "exchange/html/htmlexporter.h"
#include "exchange/markdown/markdownexporter.h"
#include "exchange/w3c/w3cexporter.h"
#include "exportertest.h"
#include "store/mentionstore.h"
#include "store/partnershipstore.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// Each export format on its own: brat and W3C offsets count code points, and Markdown, CSV and
// HTML escape or neutralise whatever would render, run or split a field.
class TestExportFormats : public ExporterTest {
    Q_OBJECT
private slots:
    void bratOffsetsCountCodePoints();
    void bratLinksCompaniesWithoutMentions();
    void bratKeepsTheArticleNoteOnTheFirstParagraph();
    void bratConfigurationDeclaresOnlyTheTypesUsed();
    void w3cOffsetsCountCodePoints();
    void markdownEscapesWhatWouldRender();
    void markdownWritesWikiLinksWhenAsked();
    void csvQuotesAndNeutralisesFormulas();
    void csvRowsNameTheirArticleById();
    void htmlEscapesEverything();
};

void TestExportFormats::bratOffsetsCountCodePoints() {
    const QString text = BratExporter::text(m_article);
    const QStringList lines = BratExporter::annotations(m_article).split(u'\n', Qt::SkipEmptyParts);
    QStringList spans, relations, notes;
    for (const QString& line : lines) {
        const QStringList fields = line.split(u'\t');
        if (line.startsWith(u'T')) {
            QCOMPARE(fields.size(), 3);
            const QStringList typeAndSpan = fields.at(1).split(u' ');
            QCOMPARE(byCodePoints(text, typeAndSpan.at(1).toInt(), typeAndSpan.at(2).toInt()),
                     fields.at(2));
            if (typeAndSpan.at(0) == u"Company"_s)
                spans.append(fields.at(0));
        } else if (line.startsWith(u'R')) {
            relations.append(fields.at(1));
        } else if (line.startsWith(u'#')) {
            notes.append(fields.mid(1).join(u'\t'));
        }
    }
    QCOMPARE(spans.size(), 4);
    // Acme's mention inside the evidence (T1) and Bolt's there (T2), not the later ones.
    QCOMPARE(relations, QStringList{u"Joint_venture Arg1:T1 Arg2:T2"_s});
    QVERIFY(notes.contains(u"AnnotatorNotes T1\t=cmd|' /C calc'!A0 second line"_s));
    QVERIFY(notes.contains(u"AnnotatorNotes R1\tstatus: announced; note: <script>note</script>"_s));
}

void TestExportFormats::bratLinksCompaniesWithoutMentions() {
    ExportedArticle e = m_article;
    e.mentions.removeIf([](const Mention& m) { return m.companyName == u"Bolt"_s; });
    Partnership unknown = e.partnerships.first();
    unknown.nameB = u"Zeta"_s; // named nowhere in the text
    unknown.note.clear();
    e.partnerships.append(unknown);
    e.articleNote.clear(); // its span is another test's subject
    const QString text = BratExporter::text(e);
    const QStringList lines = BratExporter::annotations(e).split(u'\n', Qt::SkipEmptyParts);
    // Acme's two mentions, then Bolt where the evidence names it, then the evidence of the
    // partnership with Zeta.
    QCOMPARE(lines.filter(QRegularExpression(u"^T\\d"_s)).size(), 4);
    const QString bolt = lines.filter(u"\tCompany "_s).at(2);
    QVERIFY2(bolt.startsWith(u"T3\tCompany "_s) && bolt.endsWith(u"\tBolt"_s), qPrintable(bolt));
    const QStringList span = bolt.split(u'\t').at(1).split(u' ');
    QCOMPARE(byCodePoints(text, span.at(1).toInt(), span.at(2).toInt()), u"Bolt"_s);
    QVERIFY(lines.contains(u"R1\tJoint_venture Arg1:T1 Arg2:T3"_s));
    const QString evidence = lines.filter(u"\tEvidence "_s).value(0);
    QVERIFY2(evidence.startsWith(u"T4\tEvidence "_s), qPrintable(evidence));
    QVERIFY(lines
                .filter(u"AnnotatorNotes T4\tAcme – Zeta (joint venture, announced): not a "
                        "relation, “Zeta” does not occur in the text"_s)
                .size() == 1);
}

void TestExportFormats::bratKeepsTheArticleNoteOnTheFirstParagraph() {
    // The text starts with an emoji and has a combining mark: code points, not UTF-16 units.
    const QString text = BratExporter::text(m_article);
    const QStringList lines = BratExporter::annotations(m_article).split(u'\n', Qt::SkipEmptyParts);
    const QStringList article = lines.filter(QRegularExpression(u"^T\\d+\tArticle "_s));
    QCOMPARE(article.size(), 1);
    // After the company spans, so their numbers do not depend on whether there is a note.
    QVERIFY2(article.first().startsWith(u"T5\tArticle 0 "_s), qPrintable(article.first()));
    const QStringList fields = article.first().split(u'\t');
    const QStringList span = fields.at(1).split(u' ');
    const QString paragraph = text.section(u'\n', 0, 0).trimmed();
    QCOMPARE(span.at(2).toInt(), int(paragraph.toUcs4().size()));
    QCOMPARE(byCodePoints(text, span.at(1).toInt(), span.at(2).toInt()), paragraph);
    QCOMPARE(fields.at(2), paragraph);
    QVERIFY(lines.contains(u"#3\tAnnotatorNotes T5\tArticle <b>note</b> *x*"_s));

    ExportedArticle without = m_article;
    without.articleNote.clear();
    QVERIFY(!BratExporter::annotations(without).contains(u"\tArticle "_s));
    ExportedArticle empty = without;
    empty.articleNote = u"a note on nothing"_s;
    empty.article.clean.paragraphs.clear();
    empty.mentions.clear();
    empty.partnerships.clear();
    QCOMPARE(BratExporter::annotations(empty), QString());
}

void TestExportFormats::bratConfigurationDeclaresOnlyTheTypesUsed() {
    // Another kind exists in the database, on the other article, which is not exported.
    const QList<qint64> ids = *ExportLoader::allArticleIds(*m_db);
    Partnership other = m_article.partnerships.first();
    other.articleId = ids.at(0) == m_article.article.id ? ids.at(1) : ids.at(0);
    other.kind = u"supply deal"_s;
    other.evidence = {};
    auto added = PartnershipStore(*m_db).addPartnership(other);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QVERIFY(PartnershipStore(*m_db).partnershipKinds()->contains(u"supply deal"_s));
    const QString folder = m_dir->filePath(u"brat"_s);
    QVERIFY(ExportRunner::run(*m_db, ExportFormat::Brat, folder, {m_article.article.id}).ok());
    const QString conf = QString::fromUtf8(TestData::readBytes(folder + u"/annotation.conf"_s));
    QCOMPARE(conf, u"# Folio export: companies and the kinds of partnership between them.\n"
                   "[entities]\nArticle\nCompany\n\n[relations]\n"
                   "Joint_venture\tArg1:Company, Arg2:Company\n\n[events]\n\n[attributes]\n"_s);

    // Each type written is declared, and only those: Evidence when a partner has no span.
    BratExporter::Types types;
    ExportedArticle e = m_article;
    e.mentions.removeIf([](const Mention& m) { return m.companyName == u"Bolt"_s; });
    e.partnerships.first().nameB = u"Zeta"_s;
    e.articleNote.clear();
    types.addUsedIn(BratExporter::annotations(e));
    QCOMPARE(types.entities, (QStringList{u"Company"_s, u"Evidence"_s}));
    QCOMPARE(types.relations, QStringList());
    types.addUsedIn(BratExporter::annotations(m_article));
    QCOMPARE(types.entities, (QStringList{u"Article"_s, u"Company"_s, u"Evidence"_s}));
    QCOMPARE(types.relations, QStringList{u"Joint_venture"_s});
}

void TestExportFormats::w3cOffsetsCountCodePoints() {
    const QString text = m_article.article.clean.text();
    const QJsonArray annotations =
        QJsonDocument::fromJson(W3cExporter::toJson({m_article})).array();
    QCOMPARE(annotations.size(), 4 + 1 + 1); // mentions, the partnership, the article note
    int checked = 0;
    for (const QJsonValue& value : annotations) {
        const QJsonObject a = value.toObject();
        QCOMPARE(a.value(u"@context"_s).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(a.value(u"type"_s).toString(), u"Annotation"_s);
        const QJsonObject target = a.value(u"target"_s).toObject();
        if (target.isEmpty())
            continue; // the article note targets the whole article
        QCOMPARE(target.value(u"source"_s).toString(),
                 u"urn:folio:article:"_s + m_article.article.contentHash);
        const QJsonArray selectors = target.value(u"selector"_s).toArray();
        const QJsonObject quote = selectors.at(0).toObject();
        const QJsonObject position = selectors.at(1).toObject();
        QCOMPARE(quote.value(u"type"_s).toString(), u"TextQuoteSelector"_s);
        QCOMPARE(position.value(u"type"_s).toString(), u"TextPositionSelector"_s);
        QCOMPARE(byCodePoints(text, position.value(u"start"_s).toInt(),
                              position.value(u"end"_s).toInt()),
                 quote.value(u"exact"_s).toString());
        ++checked;
    }
    QCOMPARE(checked, 5);
    const QJsonObject first = annotations.at(0).toObject();
    const QJsonObject body = first.value(u"body"_s).toArray().at(0).toObject();
    QCOMPARE(body.value(u"purpose"_s).toString(), u"tagging"_s);
    QCOMPARE(body.value(u"value"_s).toString(), u"Acme"_s);
    // "📷 Cafe\u0301 owners say =SUM(A1): " is 30 UTF-16 units, 29 code points.
    QCOMPARE(m_article.mentions.first().anchor.start, 30);
    QCOMPARE(first.value(u"target"_s)[u"selector"_s][1][u"start"_s].toInt(), 29);
}

void TestExportFormats::markdownEscapesWhatWouldRender() {
    const QString md = MarkdownExporter::note(m_article);
    QVERIFY(md.startsWith(
        u"---\ntitle: \"Acme *and* Bolt | \\\"deal\\\" <script>alert(1)</script>\"\n"_s));
    QVERIFY(md.contains(u"\ncompanies:\n  - \"Acme\"\n  - \"Bolt\"\ntags: [folio]\n---\n"_s));
    const QString body = md.section(u"\n---\n"_s, 1);
    QVERIFY(
        body.contains(u"# Acme \\*and\\* Bolt \\| \"deal\" \\<script\\>alert(1)\\</script\\>\n"_s));
    QVERIFY(!body.contains(u"<script>"_s));
    QVERIFY(body.contains(
        u"## Highlights\n\n> 📷 Cafe\u0301 owners say =SUM(A1): **Acme** will work with **Bolt**"_s));
    QVERIFY(body.contains(u"\n- **Acme – Bolt** (joint venture, announced)\n  > 📷"_s));
    QVERIFY(body.contains(u"## Notes\n\nArticle \\<b\\>note\\</b\\> \\*x\\*"_s));
    QCOMPARE(MarkdownExporter::escape(u"- a\n1. b\n\n# c"_s), u"\\- a\\\n1\\. b\n\n\\# c"_s);
    QCOMPARE(MarkdownExporter::yamlString(u"a\"b\\c\nd"_s), u"\"a\\\"b\\\\c\\nd\""_s);

    const QString cmark = QStandardPaths::findExecutable(u"cmark"_s);
    if (cmark.isEmpty())
        QSKIP("cmark is not installed (Debian package cmark): rendering not checked");
    QProcess process;
    process.start(cmark, {u"--unsafe"_s}); // raw HTML would come through: escaping must stop it
    QVERIFY(process.waitForStarted());
    process.write(body.toUtf8());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(!html.contains(u"<script"_s), qPrintable(html));
    QVERIFY(!html.contains(u"<b>"_s));
    QVERIFY(html.contains(
        u"<h1>Acme *and* Bolt | &quot;deal&quot; &lt;script&gt;alert(1)&lt;/script&gt;</h1>"_s));
    QVERIFY(html.contains(u"<strong>Acme</strong>"_s));
    QVERIFY(html.contains(u"=cmd|' /C calc'!A0<br />\nsecond line"_s)); // the note's line break
    QVERIFY(html.contains(u"the deal is *big* | and &lt;script&gt;x&lt;/script&gt;"_s) ||
            !m_article.article.clean.text().contains(u"*big*"_s));
}

void TestExportFormats::csvQuotesAndNeutralisesFormulas() {
    ExportedArticle e = m_article;
    e.article.title = u"Müller, \"quoted\"\nnext line"_s;
    e.mentions.first().companyName = u"=SUM(A1)"_s;
    e.mentions[1].companyName = u"+1"_s;
    e.mentions[2].companyName = u"-2"_s;
    e.mentions[3].companyName = u"@x"_s;
    const QByteArray bytes = CsvExporter::mentions({e});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "company,quote,start,end,article_title,source,note,article_id\r\n"));
    const QList<QStringList> rows = readCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 5);
    for (const QStringList& row : rows)
        QCOMPARE(row.size(), 8);
    QCOMPARE(rows.at(1).at(0), u"'=SUM(A1)"_s);
    QCOMPARE(rows.at(2).at(0), u"'+1"_s);
    QCOMPARE(rows.at(3).at(0), u"'-2"_s);
    QCOMPARE(rows.at(4).at(0), u"'@x"_s);
    QCOMPARE(rows.at(1).at(4), e.article.title);
    QCOMPARE(rows.at(1).at(6), u"'=cmd|' /C calc'!A0\nsecond line"_s);
    QCOMPARE(
        byCodePoints(e.article.clean.text(), rows.at(1).at(2).toInt(), rows.at(1).at(3).toInt()),
        rows.at(1).at(1));

    const QList<QStringList> partnerships =
        readCsv(QString::fromUtf8(CsvExporter::partnerships({m_article}).mid(3)));
    QCOMPARE(partnerships.size(), 2);
    QCOMPARE(partnerships.at(0), (QStringList{u"company_a"_s, u"company_b"_s, u"kind"_s,
                                              u"status"_s, u"article_title"_s, u"source"_s,
                                              u"evidence"_s, u"note"_s, u"article_id"_s}));
    QCOMPARE(partnerships.at(1).mid(0, 5),
             (QStringList{u"Acme"_s, u"Bolt"_s, u"joint venture"_s, u"announced"_s, title}));
    QCOMPARE(partnerships.at(1).at(6), m_article.partnerships.first().evidence.quote);
    QCOMPARE(CsvExporter::field(u"\tx"_s), u"'\tx"_s);
    QCOMPARE(CsvExporter::field(u"plain"_s), u"plain"_s);
}

void TestExportFormats::csvRowsNameTheirArticleById() {
    // Two articles with the same title: only the ID tells their rows apart.
    const QList<qint64> ids = *ExportLoader::allArticleIds(*m_db);
    QCOMPARE(ids.size(), 2);
    ExportedArticle second = *ExportLoader::load(*m_db, ids.at(1));
    QCOMPARE(second.article.title, m_article.article.title);
    second.mentions = m_article.mentions.mid(0, 1);
    second.partnerships = m_article.partnerships;
    for (const auto& [bytes, column] :
         {std::pair{CsvExporter::mentions({m_article, second}), 7},
          std::pair{CsvExporter::partnerships({m_article, second}), 8}}) {
        const QList<QStringList> rows = readCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.first().at(column), u"article_id"_s);
        QCOMPARE(rows.at(1).at(column), QString::number(m_article.article.id));
        QCOMPARE(rows.last().at(column), QString::number(second.article.id));
        QVERIFY(m_article.article.id != second.article.id);
    }
}

void TestExportFormats::markdownWritesWikiLinksWhenAsked() {
    MarkdownExporter::Options links;
    links.wikiLinks = true;
    const QString md = MarkdownExporter::note(m_article, links);
    // The front matter's companies become links Obsidian's properties follow.
    QVERIFY(md.contains(u"\ncompanies:\n  - \"[[Acme]]\"\n  - \"[[Bolt]]\"\n"_s));
    QVERIFY2(md.contains(u"will work with **Bolt**"_s), qPrintable(md)); // quotes stay quotes
    QVERIFY(md.contains(u" — [[Acme]], [[Bolt]]"_s));
    QVERIFY(md.contains(u"\n- **[[Acme]] – [[Bolt]]** (joint venture, announced)"_s));
    QVERIFY(md.contains(u"” ([[Acme]]):\n"_s));
    const QString combined =
        MarkdownExporter::combined({m_article}, QDateTime::currentDateTimeUtc(), links);
    QVERIFY(combined.contains(u"\n- **[[Acme]] – [[Bolt]]**"_s));
    // Without the option: plain names, as before.
    const QString plain = MarkdownExporter::note(m_article);
    QVERIFY(!plain.contains(u"[["_s));
    QVERIFY(plain.contains(u"\n- **Acme – Bolt**"_s));

    QCOMPARE(MarkdownExporter::wikiLink(u"Leica"_s), u"[[Leica]]"_s);
    QCOMPARE(MarkdownExporter::wikiLink(u"Müller & Söhne"_s), u"[[Müller & Söhne]]"_s);
    QCOMPARE(MarkdownExporter::wikiLink(u"Foo#1"_s), u"[[Foo 1|Foo#1]]"_s);
    QCOMPARE(MarkdownExporter::wikiLink(u"A|B [x]"_s), u"[[A B x]]"_s);
    QCOMPARE(MarkdownExporter::wikiLink(u"[]"_s), u"\\[\\]"_s);
}

void TestExportFormats::htmlEscapesEverything() {
    ExportedArticle e = m_article;
    e.mentions.first().companyColor = u"red;}</style><script>alert(2)</script>"_s;
    for (const QString& html :
         {HtmlExporter::page(e), HtmlExporter::combined({e, e}, QDateTime::currentDateTimeUtc())}) {
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(html.contains(
            u">Acme *and* Bolt | &quot;deal&quot; &lt;script&gt;alert(1)&lt;/script&gt;</h"_s));
        QVERIFY(html.contains(u"&lt;script&gt;x&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"&lt;script&gt;note&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"Article &lt;b&gt;note&lt;/b&gt; *x*"_s));
        QCOMPARE(html.count(u"<mark "_s), 4 * (html.contains(u"<h1>Folio export"_s) ? 2 : 1));
        QVERIFY(html.contains(u"title=\"Bolt\">Bolt</mark>"_s));
        QVERIFY(html.contains(u"default-src 'none'"_s));
    }
}

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
