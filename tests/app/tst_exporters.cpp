#include "annotate/textspan.h"
#include "exchange/brat/bratexporter.h"
#include "exchange/csv/csvexporter.h"
#include "exchange/exportedarticle.h"
#include "exchange/exportrunner.h"
#include "exchange/html/htmlexporter.h"
#include "exchange/markdown/markdownexporter.h"
#include "exchange/safefilename.h"
#include "exchange/w3c/w3cexporter.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "store/notestore.h"
#include "store/partnershipstore.h"
#include "testdata.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString title = u"Acme *and* Bolt | \"deal\" <script>alert(1)</script>"_s;

// The text between code points [start, end): how brat and W3C readers slice it.
QString byCodePoints(const QString& text, int start, int end) {
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()) + start,
                             end - start);
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

// A tiny RFC 4180 reader: quoted fields, doubled quotes, CRLF between records.
QList<QStringList> readCsv(const QString& text) {
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

} // namespace

class TestExporters : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void bratOffsetsCountCodePoints();
    void bratLinksCompaniesWithoutMentions();
    void w3cOffsetsCountCodePoints();
    void safeFileNames_data();
    void safeFileNames();
    void safeFileNamesAreUniqueInOneExport();
    void markdownEscapesWhatWouldRender();
    void csvQuotesAndNeutralisesFormulas();
    void htmlEscapesEverything();
    void runnerWritesEveryFormat();
    void unwritableTargetIsAClearErrorAndLeavesNoTemporaryFiles();
    void cancelLeavesNothing();

private:
    QStringList entries() const {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ExportedArticle m_article;
};

void TestExporters::init() {
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

void TestExporters::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void TestExporters::bratOffsetsCountCodePoints() {
    const QString text = BratExporter::text(m_article);
    const QStringList lines = BratExporter::annotations(m_article).split(u'\n', Qt::SkipEmptyParts);
    QStringList spans, relations, notes;
    for (const QString& line : lines) {
        const QStringList fields = line.split(u'\t');
        if (line.startsWith(u'T')) {
            QCOMPARE(fields.size(), 3);
            const QStringList typeAndSpan = fields.at(1).split(u' ');
            QCOMPARE(typeAndSpan.at(0), u"Company"_s);
            QCOMPARE(byCodePoints(text, typeAndSpan.at(1).toInt(), typeAndSpan.at(2).toInt()),
                     fields.at(2));
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
    const QString conf = BratExporter::configuration({u"partnership"_s, u"joint venture"_s});
    QVERIFY(conf.contains(u"[entities]\nCompany\n"_s));
    QVERIFY(conf.contains(u"\nJoint_venture\tArg1:Company, Arg2:Company\n"_s));
}

void TestExporters::bratLinksCompaniesWithoutMentions() {
    ExportedArticle e = m_article;
    e.mentions.removeIf([](const Mention& m) { return m.companyName == u"Bolt"_s; });
    Partnership unknown = e.partnerships.first();
    unknown.nameB = u"Zeta"_s; // named nowhere in the text
    unknown.note.clear();
    e.partnerships.append(unknown);
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

void TestExporters::w3cOffsetsCountCodePoints() {
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

void TestExporters::safeFileNames_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("traversal") << u"../../etc/passwd"_s << u"etc passwd"_s;
    QTest::newRow("separators") << u"Xiaomi/Leica: a \\ deal?"_s << u"Xiaomi Leica a deal"_s;
    QTest::newRow("forbidden") << u"a*b\"c<d>e|f"_s << u"a b c d e f"_s;
    QTest::newRow("control") << u"a\u0001b\tc\nd"_s << u"a b c d"_s;
    QTest::newRow("dots") << u"...hidden. "_s << u"hidden"_s;
    QTest::newRow("reserved") << u"CON"_s << u"_CON"_s;
    QTest::newRow("reserved with extension") << u"com1.txt"_s << u"_com1.txt"_s;
    QTest::newRow("empty") << QString() << u"article-7"_s;
    QTest::newRow("nothing usable") << u"/..//\u0007"_s << u"article-7"_s;
    QTest::newRow("long") << QString(300, u'x') << QString(80, u'x');
    QTest::newRow("long with separators")
        << (u"a/b:"_s + QString(300, u'y')) << (u"a b "_s + QString(76, u'y'));
    QTest::newRow("emoji at the cut") << (QString(79, u'a') + u"📷📷"_s) << QString(79, u'a');
    QTest::newRow("mark at the cut") << (QString(79, u'a') + u"e\u0301"_s) << QString(79, u'a');
    QTest::newRow("umlauts stay") << u"Zusammenarbeit: Müller & Söhne"_s
                                  << u"Zusammenarbeit Müller & Söhne"_s;
}

void TestExporters::safeFileNames() {
    QFETCH(QString, title);
    QFETCH(QString, expected);
    const QString name = SafeFileName::fromTitle(title, 7);
    QCOMPARE(name, expected);
    QVERIFY(name.size() <= SafeFileName::maxLength);
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i).isHighSurrogate())
            QVERIFY(i + 1 < name.size() && name.at(i + 1).isLowSurrogate());
    }
}

void TestExporters::safeFileNamesAreUniqueInOneExport() {
    SafeFileName names;
    names.reserve(u"index"_s);
    QCOMPARE(names.claim(u"Same"_s, 1), u"Same"_s);
    QCOMPARE(names.claim(u"same"_s, 2), u"same-2"_s);
    QCOMPARE(names.claim(u"Same"_s, 3), u"Same-3"_s);
    QCOMPARE(names.claim(u"Index"_s, 4), u"Index-2"_s);
    QCOMPARE(names.claim(QString(), 5), u"article-5"_s);
}

void TestExporters::markdownEscapesWhatWouldRender() {
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

void TestExporters::csvQuotesAndNeutralisesFormulas() {
    ExportedArticle e = m_article;
    e.article.title = u"Müller, \"quoted\"\nnext line"_s;
    e.mentions.first().companyName = u"=SUM(A1)"_s;
    e.mentions[1].companyName = u"+1"_s;
    e.mentions[2].companyName = u"-2"_s;
    e.mentions[3].companyName = u"@x"_s;
    const QByteArray bytes = CsvExporter::mentions({e});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "company,quote,start,end,article_title,source,note\r\n"));
    const QList<QStringList> rows = readCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 5);
    for (const QStringList& row : rows)
        QCOMPARE(row.size(), 7);
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
    QCOMPARE(partnerships.at(0),
             (QStringList{u"company_a"_s, u"company_b"_s, u"kind"_s, u"status"_s,
                          u"article_title"_s, u"source"_s, u"evidence"_s, u"note"_s}));
    QCOMPARE(partnerships.at(1).mid(0, 5),
             (QStringList{u"Acme"_s, u"Bolt"_s, u"joint venture"_s, u"announced"_s, title}));
    QCOMPARE(partnerships.at(1).at(6), m_article.partnerships.first().evidence.quote);
    QCOMPARE(CsvExporter::field(u"\tx"_s), u"'\tx"_s);
    QCOMPARE(CsvExporter::field(u"plain"_s), u"plain"_s);
}

void TestExporters::htmlEscapesEverything() {
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

void TestExporters::runnerWritesEveryFormat() {
    const QString out = m_dir->filePath(u"out"_s);
    QVERIFY(QDir().mkpath(out + u"/notes"_s));
    QVERIFY(TestData::writeBytes(out + u"/notes/keep.txt"_s, "mine"));
    const QList<std::tuple<ExportFormat, QString, QStringList>> cases{
        {ExportFormat::Markdown,
         u"notes"_s,
         {u"Acme and Bolt deal script alert(1) script.md"_s,
          u"Acme and Bolt deal script alert(1) script-2.md"_s, u"keep.txt"_s}},
        {ExportFormat::Markdown, u"all.md"_s, {}},
        {ExportFormat::Json, u"all.json"_s, {}},
        {ExportFormat::Csv, u"csv"_s, {u"mentions.csv"_s, u"partnerships.csv"_s}},
        {ExportFormat::Brat,
         u"brat"_s,
         {u"Acme and Bolt deal script alert(1) script-2.ann"_s,
          u"Acme and Bolt deal script alert(1) script-2.txt"_s,
          u"Acme and Bolt deal script alert(1) script.ann"_s,
          u"Acme and Bolt deal script alert(1) script.txt"_s, u"annotation.conf"_s}},
        {ExportFormat::W3c, u"all.jsonld"_s, {}},
        {ExportFormat::Html,
         u"html"_s,
         {u"Acme and Bolt deal script alert(1) script-2.html"_s,
          u"Acme and Bolt deal script alert(1) script.html"_s, u"index.html"_s}},
        {ExportFormat::Html, u"all.html"_s, {}}};
    for (const auto& [format, name, files] : cases) {
        QList<int> progress;
        auto summary = ExportRunner::run(*m_db, format, out + u'/' + name, {}, nullptr,
                                         [&](int done, int) { progress.append(done); });
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->articles, 2);
        QCOMPARE(progress, (QList<int>{0, 1, 2}));
        if (files.isEmpty())
            QVERIFY(QFileInfo(out + u'/' + name).isFile());
        else
            QCOMPARE(sorted(QDir(out + u'/' + name).entryList(QDir::Files | QDir::Hidden)),
                     sorted(files));
    }
    QCOMPARE(TestData::readBytes(out + u"/brat/Acme and Bolt deal script alert(1) script.txt"_s),
             m_article.article.clean.text().toUtf8());
    QCOMPARE(QDir(out).entryList(QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot).size(),
             cases.size());
    auto one = ExportRunner::run(*m_db, ExportFormat::Markdown, out + u"/one.md"_s,
                                 {m_article.article.id});
    QVERIFY(one.ok());
    QCOMPARE(one->articles, 1);
    QVERIFY(!ExportRunner::run(*m_db, ExportFormat::Json, out + u"/x.json"_s, {999}).ok());
    QVERIFY(!QFileInfo::exists(out + u"/x.json"_s));
}

void TestExporters::unwritableTargetIsAClearErrorAndLeavesNoTemporaryFiles() {
    const QString blocker = m_dir->filePath(u"blocker"_s);
    QVERIFY(TestData::writeBytes(blocker, "a file"));
    const QStringList before = entries();
    for (ExportFormat format : ExportFormats::all()) {
        const QString target = blocker + u"/sub/export"_s;
        auto summary = ExportRunner::run(*m_db, format, target, {});
        QVERIFY(!summary.ok());
        QVERIFY2(summary.errorMessage().startsWith(u"Cannot write to "_s + target + u": "_s),
                 qPrintable(summary.errorMessage()));
        QVERIFY2(summary.errorMessage().contains(blocker + u" is a file"_s),
                 qPrintable(summary.errorMessage()));
    }
    auto intoFile = ExportRunner::run(*m_db, ExportFormat::Csv, blocker, {});
    QVERIFY(!intoFile.ok());
    QCOMPARE(intoFile.errorMessage(),
             u"Cannot write to "_s + blocker + u": it is a file, not a folder"_s);
    QCOMPARE(entries(), before);
    QCOMPARE(TestData::readBytes(blocker), QByteArray("a file"));
}

void TestExporters::cancelLeavesNothing() {
    const QStringList before = entries();
    for (ExportFormat format : ExportFormats::all()) {
        std::atomic_bool cancel = false;
        auto summary = ExportRunner::run(*m_db, format, m_dir->filePath(u"cancelled"_s), {},
                                         &cancel, [&](int done, int) { cancel = done == 1; });
        QVERIFY(summary.ok());
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->message(), u"Export cancelled; nothing was written."_s);
        QCOMPARE(entries(), before);
    }
}

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
