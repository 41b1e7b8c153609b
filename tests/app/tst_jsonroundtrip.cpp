#include "annotate/textspan.h"
#include "article/article.h"
#include "exchange/exportrunner.h"
#include "exchange/json/jsonimporter.h"
#include "import/articleimporter.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/mentionstore.h"
#include "store/notestore.h"
#include "store/partnershipstore.h"
#include "testdata.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Folio JSON export and import: a database survives the trip into an empty one unchanged,
// importing again merges without duplicating, and a bad file stores nothing.
class TestJsonRoundTrip : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exportImportExportIsByteIdentical();
    void importingTwiceAddsOnlyDuplicates();
    void importMergesIntoAnArticleWithOtherAnnotations();
    void badFilesAreClearErrorsAndStoreNothing_data();
    void badFilesAreClearErrorsAndStoreNothing();
    void articleImporterRoutesJsonFiles();
    void partnershipOfOneCompanyHereIsSkipped();

private:
    std::unique_ptr<Database> open(const QString& name);
    void fill(Database& db);
    QByteArray exportJson(Database& db, const QString& name);
    StoreStats stats(Database& db);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_source;
    QList<qint64> m_articles;
};

std::unique_ptr<Database> TestJsonRoundTrip::open(const QString& name) {
    auto db = Database::open(m_dir->filePath(name));
    if (!db)
        qFatal("%s", qPrintable(db.errorMessage()));
    return std::move(db).value();
}

void TestJsonRoundTrip::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = open(u"source.sqlite"_s);
    fill(*m_source);
}

void TestJsonRoundTrip::cleanup() {
    m_source.reset();
    m_dir.reset();
    m_articles.clear();
}

// The sample and two generated articles; companies with aliases; every company name in them
// marked; a partnership per article with its sentence as evidence; notes on all three levels.
void TestJsonRoundTrip::fill(Database& db) {
    ArticleStore articles(db);
    CompanyStore companyStore(db);
    MentionStore mentionStore(db);
    NoteStore noteStore(db);
    PartnershipStore partnershipStore(db);
    const QString sample = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    for (const QString& raw :
         {sample, TestData::generatedArticle(3), TestData::generatedArticle(14)}) {
        auto added = articles.add(TestData::article(raw, u"/data/in.txt"_s));
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        m_articles.append(added->id);
    }
    const QList<std::pair<QString, QStringList>> companies{
        {u"Xiaomi"_s, {u"Xiaomi Corp"_s, u"小米"_s}},
        {u"Leica"_s, {u"Leica Camera AG"_s}},
        {u"Huawei"_s, {}},
        {u"Vivo"_s, {}},
        {u"Zeiss"_s, {u"Carl Zeiss"_s}},
        {u"Oppo"_s, {}},
        {u"Hasselblad"_s, {}}};
    for (const auto& [name, aliases] : companies) {
        auto company = companyStore.ensureCompany(name);
        QVERIFY2(company.ok(), qPrintable(company.errorMessage()));
        QVERIFY(companyStore.setAliases(company->id, aliases).ok());
    }
    QVERIFY(companyStore.ensureCompany(u"Nobody Mentioned GmbH"_s).ok()); // named in no article
    const QList<Company> all = *companyStore.companies();
    for (qint64 id : std::as_const(m_articles)) {
        const QString text = articles.article(id)->clean.text();
        QList<Mention> added;
        for (const Company& company : all) {
            for (const TextSpan::Span& s : TextSpan::occurrences(text, company.name)) {
                auto m = mentionStore.addMention(id, company.id,
                                                 TextSpan::anchorFor(text, s.start, s.end));
                QVERIFY2(m.ok(), qPrintable(m.errorMessage()));
                added.append(*m);
            }
        }
        QVERIFY(added.size() >= 2);
        QVERIFY(noteStore.setMentionNote(added.first().id, u"first “mention” note\nline 2"_s).ok());
        Partnership p;
        p.articleId = id;
        p.companyA = added.at(0).companyId;
        p.companyB =
            added.last().companyId == p.companyA ? added.at(1).companyId : added.last().companyId;
        p.kind = id == m_articles.first() ? u"joint venture"_s : u"partnership"_s;
        const TextSpan::Span sentence = TextSpan::sentenceAt(text, added.at(0).anchor.start);
        p.evidence = TextSpan::anchorFor(text, sentence.start, sentence.end);
        p.note = u"partnership note %1"_s.arg(id);
        auto partnership = partnershipStore.addPartnership(p);
        QVERIFY2(partnership.ok(), qPrintable(partnership.errorMessage()));
        QVERIFY(noteStore.setArticleNote(id, u"article note <b>%1</b>"_s.arg(id)).ok());
    }
    QVERIFY(articles.setStatus(m_articles.at(1), ReadingStatus::Done).ok());
    QVERIFY(articles.setReadingPosition(m_articles.at(1), 42).ok());
}

QByteArray TestJsonRoundTrip::exportJson(Database& db, const QString& name) {
    const QString path = m_dir->filePath(name);
    auto summary = ExportRunner::run(db, ExportFormat::Json, path, {});
    if (!summary)
        qWarning("%s", qPrintable(summary.errorMessage()));
    return TestData::readBytes(path);
}

StoreStats TestJsonRoundTrip::stats(Database& db) {
    return *ArticleStore(db).stats();
}

QByteArray withoutExportedAt(QByteArray json) {
    static const QRegularExpression line(u"\\n *\"exported_at\": \"[^\"]*\",?"_s);
    return QString::fromUtf8(json).remove(line).toUtf8();
}

void TestJsonRoundTrip::exportImportExportIsByteIdentical() {
    const QByteArray first = exportJson(*m_source, u"first.json"_s);
    QVERIFY(first.contains("\"format\": \"folio-export\""));
    QVERIFY(first.contains("\"exported_at\""));
    QVERIFY(first.contains("Nobody Mentioned GmbH"));

    auto target = open(u"empty.sqlite"_s);
    auto counts = JsonImporter(*target).importFile(m_dir->filePath(u"first.json"_s));
    QVERIFY2(counts.ok(), qPrintable(counts.errorMessage()));
    const StoreStats before = stats(*m_source);
    QCOMPARE(counts->articlesAdded, 3);
    QCOMPARE(counts->articlesPresent, 0);
    QCOMPARE(counts->mentionsAdded, int(before.mentions));
    QCOMPARE(counts->partnershipsAdded, 3);
    QCOMPARE(counts->companiesAdded, 8);
    QCOMPARE(counts->mentionsDuplicate + counts->partnershipsDuplicate, 0);

    const StoreStats after = stats(*target);
    QCOMPARE(after.articles, before.articles);
    QCOMPARE(after.mentions, before.mentions);
    QCOMPARE(after.partnerships, before.partnerships);
    QCOMPARE(after.notes, before.notes);
    QCOMPARE(after.companies, before.companies);
    QCOMPARE(after.unread, before.unread);

    // Imported annotations have their history from the start, like ones made by hand.
    int created = 0;
    const QList<ArticleSummary> imported = *ArticleStore(*target).summaries();
    for (const ArticleSummary& article : imported) {
        const QList<HistoryEntry> history = *HistoryStore(*target).articleHistory(article.id);
        for (const HistoryEntry& entry : history)
            created += entry.event == HistoryEvent::Created;
    }
    QCOMPARE(created, int(after.mentions + after.partnerships));

    const QByteArray second = exportJson(*target, u"second.json"_s);
    QCOMPARE(withoutExportedAt(second), withoutExportedAt(first));
    QVERIFY(withoutExportedAt(first) != first);
}

void TestJsonRoundTrip::importingTwiceAddsOnlyDuplicates() {
    exportJson(*m_source, u"all.json"_s);
    auto target = open(u"twice.sqlite"_s);
    QVERIFY(JsonImporter(*target).importFile(m_dir->filePath(u"all.json"_s)).ok());
    const StoreStats once = stats(*target);
    auto again = JsonImporter(*target).importFile(m_dir->filePath(u"all.json"_s));
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->articlesAdded, 0);
    QCOMPARE(again->articlesPresent, 3);
    QCOMPARE(again->mentionsAdded, 0);
    QCOMPARE(again->mentionsDuplicate, int(once.mentions));
    QCOMPARE(again->partnershipsAdded, 0);
    QCOMPARE(again->partnershipsDuplicate, 3);
    QCOMPARE(again->companiesAdded, 0);
    QVERIFY(again->summary().contains(u"0 articles added, 3 already present"_s));
    const StoreStats twice = stats(*target);
    QCOMPARE(twice.mentions, once.mentions);
    QCOMPARE(twice.partnerships, once.partnerships);
    QCOMPARE(twice.notes, once.notes);
    QCOMPARE(twice.companies, once.companies);
}

void TestJsonRoundTrip::importMergesIntoAnArticleWithOtherAnnotations() {
    exportJson(*m_source, u"all.json"_s);
    auto target = open(u"merge.sqlite"_s);
    const QString raw = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    auto added = ArticleStore(*target).add(TestData::article(raw));
    QVERIFY(added.ok());
    CompanyStore companyStore(*target);
    MentionStore mentionStore(*target);
    NoteStore noteStore(*target);
    PartnershipStore partnershipStore(*target);
    // Its own company under another name that the file knows as an alias.
    auto own = companyStore.ensureCompany(u"Leica Camera AG"_s);
    QVERIFY(own.ok());
    const QString text = ArticleStore(*target).article(added->id)->clean.text();
    const TextSpan::Span span = TextSpan::occurrences(text, u"Sharp"_s).first();
    auto sharp = companyStore.ensureCompany(u"Sharp"_s);
    QVERIFY(mentionStore
                .addMention(added->id, sharp->id, TextSpan::anchorFor(text, span.start, span.end))
                .ok());
    QVERIFY(noteStore.setArticleNote(added->id, u"my own note"_s).ok());
    // Its clean text differs from the file's: the removed headline is back, offsets move.
    QVERIFY(ArticleStore(*target).restoreRemovedPiece(added->id, 0).ok());
    const QString restored = ArticleStore(*target).article(added->id)->clean.text();
    QVERIFY(restored != text);

    auto counts = JsonImporter(*target).importFile(m_dir->filePath(u"all.json"_s));
    QVERIFY2(counts.ok(), qPrintable(counts.errorMessage()));
    QCOMPARE(counts->articlesPresent, 1);
    QCOMPARE(counts->articlesAdded, 2);
    auto mentions = *mentionStore.mentions(added->id);
    auto sourceMentions = *MentionStore(*m_source).mentions(m_articles.first());
    QCOMPARE(mentions.size(), sourceMentions.size() + 1);
    QVERIFY(std::any_of(mentions.cbegin(), mentions.cend(),
                        [](const Mention& m) { return m.companyName == u"Sharp"_s; }));
    // "Leica" of the file is the database's "Leica Camera AG" (an alias there): no new company.
    QVERIFY(!companyStore.findCompany(u"Leica"_s)->value().name.compare(u"Leica Camera AG"_s));
    for (const Mention& m : mentions) {
        QVERIFY(m.anchor.anchored);
        QCOMPARE(restored.mid(m.anchor.start, m.anchor.length()), m.anchor.quote);
    }
    const QList<Partnership> partnerships = *partnershipStore.partnerships(added->id);
    QCOMPARE(partnerships.size(), 1);
    const TextAnchor& evidence = partnerships.first().evidence;
    QCOMPARE(restored.mid(evidence.start, evidence.length()), evidence.quote);
    QVERIFY(evidence.start >
            PartnershipStore(*m_source).partnerships(m_articles.first())->first().evidence.start);
    const QString note = *noteStore.articleNote(added->id);
    QVERIFY(note.startsWith(u"my own note"_s));
    QVERIFY(note.contains(u"article note <b>%1</b>"_s.arg(m_articles.first())));
}

void TestJsonRoundTrip::badFilesAreClearErrorsAndStoreNothing_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("malformed") << QByteArray("{\"format\": \"folio-export\",\n  \"version\": 1,,}")
                               << u"not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"not a Folio export"_s;
    QTest::newRow("wrong format") << QByteArray(
                                         R"({"format": "zotero", "version": 1, "articles": []})")
                                  << u"“format” is “zotero”"_s;
    QTest::newRow("wrong version")
        << QByteArray(R"({"format": "folio-export", "version": 2, "articles": []})")
        << u"unsupported version 2"_s;
    QTest::newRow("no articles") << QByteArray(R"({"format": "folio-export", "version": 1})")
                                 << u"missing field “articles”"_s;
    QTest::newRow("missing field")
        << QByteArray(R"({"format": "folio-export", "version": 1, "companies": [{"name": "A"}],
            "articles": [{"content_hash": "x", "title": "T", "raw_text": "T\n\nbody"}]})")
        << u"article 1 (“T”): missing field “clean_text”"_s;
    QTest::newRow("quote elsewhere")
        << QByteArray(R"({"format": "folio-export", "version": 1, "articles": [{"content_hash":
            "x", "title": "T", "raw_text": "r", "clean_text": "Acme and Bolt",
            "mentions": [{"company": "Acme", "start": 1, "end": 5, "quote": "Acme"}]}]})")
        << u"mention 1: the quote “Acme” is not at 1–5"_s;
}

void TestJsonRoundTrip::badFilesAreClearErrorsAndStoreNothing() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(u"bad.json"_s);
    QVERIFY(TestData::writeBytes(path, json));
    auto target = open(u"bad.sqlite"_s);
    auto counts = JsonImporter(*target).importFile(path);
    QVERIFY(!counts.ok());
    QVERIFY2(counts.errorMessage().startsWith(path + u':'), qPrintable(counts.errorMessage()));
    QVERIFY2(counts.errorMessage().contains(expected), qPrintable(counts.errorMessage()));
    const StoreStats after = stats(*target);
    QCOMPARE(after.articles + after.companies + after.mentions + after.notes, 0);
}

void TestJsonRoundTrip::articleImporterRoutesJsonFiles() {
    exportJson(*m_source, u"all.json"_s);
    const QString bad = m_dir->filePath(u"bad.JSON"_s);
    QVERIFY(TestData::writeBytes(bad, "{oops"));
    auto target = open(u"routed.sqlite"_s);
    const ImportReport report = ArticleImporter(*target).run({m_dir->filePath(u"all.json"_s), bad});
    QCOMPARE(report.items().size(), 2);
    QCOMPARE(report.items().at(0).outcome, ImportItem::Outcome::Imported);
    QVERIFY2(report.items().at(0).message.startsWith(u"3 articles added, 0 already present"_s),
             qPrintable(report.items().at(0).message));
    QCOMPARE(report.items().at(1).outcome, ImportItem::Outcome::Failed);
    QVERIFY(report.items().at(1).message.contains(u"not valid JSON"_s));
    QCOMPARE(stats(*target).articles, 3);
}

void TestJsonRoundTrip::partnershipOfOneCompanyHereIsSkipped() {
    auto target = open(u"aliases.sqlite"_s);
    CompanyStore companyStore(*target);
    MentionStore mentionStore(*target);
    auto acme = companyStore.ensureCompany(u"Acme"_s);
    QVERIFY(companyStore.setAliases(acme->id, {u"Acme Corp"_s}).ok());
    const QByteArray json = R"({"format": "folio-export", "version": 1, "articles": [{
        "content_hash": "h1", "title": "T", "raw_text": "T\n\nAcme Corp and Acme merge.",
        "clean_text": "Acme Corp and Acme merge.", "status": "reading",
        "mentions": [{"company": "ACME", "start": 14, "end": 18, "quote": "Acme"}],
        "partnerships": [{"a": "Acme Corp", "b": "Acme", "kind": "Merger", "evidence": null}]}]})";
    auto counts = JsonImporter(*target).importBytes(json, u"inline.json"_s);
    QVERIFY2(counts.ok(), qPrintable(counts.errorMessage()));
    QCOMPARE(counts->articlesAdded, 1);
    QCOMPARE(counts->mentionsAdded, 1);
    QCOMPARE(counts->partnershipsSkipped, 1);
    QCOMPARE(counts->companiesAdded, 0);
    QVERIFY(
        counts->summary().endsWith(u"; 1 partnership skipped (the two companies are one here)"_s));
    const QList<ArticleSummary> articles = *ArticleStore(*target).summaries();
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles.first().status, ReadingStatus::Reading);
    QCOMPARE(mentionStore.mentions(articles.first().id)->first().companyName, u"Acme"_s);
}

QTEST_GUILESS_MAIN(TestJsonRoundTrip)
#include "tst_jsonroundtrip.moc"
