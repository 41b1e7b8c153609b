#include "annotate/companycolors.h"
#include "annotate/textspan.h"
#include "article/article.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "testdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;

class TestAnnotationStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createsFindsAndEnsuresCompanies();
    void companyNamesAreUnique();
    void renameKeepsTheOldNameAsAlias();
    void aliasesAreCleanedAndMayNotNameAnotherCompany();
    void deleteAndRestoreCompany();
    void addMentionReadsBackEverything();
    void addMentionErrorsChangeNothing();
    void removeAndRestoreMentionKeepIdAndNote();
    void partnershipWithItselfIsAClearError();
    void partnershipWithEvidenceFromTheSentence();
    void partnershipErrorsChangeNothing();
    void removeAndRestorePartnershipKeepIdAndNote();
    void partnershipKindsAreAnEditableList();
    void mergeMovesAnnotationsAndNames();
    void undoMergeRestoresExactly();
    void markAllOccurrencesInOneArticle();
    void markAllOccurrencesRespectsOtherMentions();
    void markAllOccurrencesAcrossArticles();
    void statsAndSummariesCount();
    void notesAreUpsertedAndDeleted();
    void deletingAnArticleDeletesItsAnnotations();
    void offsetsAfterEmojiAndCombiningMarksSurvive();

private:
    qint64 addArticle(const QString& raw);
    qint64 addSample();
    QString cleanText(qint64 articleId);
    // The anchor of the nth whole-word occurrence of `quote`, with only offsets and quote.
    TextAnchor bare(qint64 articleId, const QString& quote, int nth = 0);
    int rows(const QString& table);
    Company company(const QString& name, const QStringList& aliases = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AnnotationStore> m_store;
};

namespace {

TextAnchor anchorAt(int start, int end, const QString& quote) {
    TextAnchor anchor;
    anchor.start = start;
    anchor.end = end;
    anchor.quote = quote;
    return anchor;
}

QString describe(const TextAnchor& a) {
    return u"[%1,%2) '%3' '%4' '%5' %6 %7"_s.arg(a.start)
        .arg(a.end)
        .arg(a.quote, a.prefix, a.suffix, a.textHash)
        .arg(a.anchored);
}

QString describe(const Mention& m) {
    return u"mention %1 article %2 company %3 %4 %5 %6 note '%7' by %8 at %9"_s.arg(m.id)
        .arg(m.articleId)
        .arg(m.companyId)
        .arg(m.companyName, m.companyColor, describe(m.anchor), m.note, m.author,
             m.createdAt.toString(Qt::ISODateWithMs));
}

QString describe(const Partnership& p) {
    return u"partnership %1 article %2 %3 (%4) + %5 (%6) %7 %8 %9 note '%10' by %11 at %12"_s
        .arg(p.id)
        .arg(p.articleId)
        .arg(p.companyA)
        .arg(p.nameA)
        .arg(p.companyB)
        .arg(p.nameB, p.kind, p.status, describe(p.evidence), p.note, p.author,
             p.createdAt.toString(Qt::ISODateWithMs));
}

template <typename T> QStringList describeAll(const QList<T>& list) {
    QStringList lines;
    for (const T& item : list)
        lines.append(describe(item));
    return lines;
}

} // namespace

void TestAnnotationStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_store = std::make_unique<AnnotationStore>(*m_db);
    m_store->setAuthor(u"tester"_s);
}

void TestAnnotationStore::cleanup() {
    if (m_db) {
        auto problems = m_db->integrityProblems();
        QVERIFY(problems.ok());
        QCOMPARE(*problems, QStringList());
    }
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestAnnotationStore::addArticle(const QString& raw) {
    auto added = ArticleStore(*m_db).add(TestData::article(raw));
    if (!added.ok())
        qWarning("%s", qPrintable(added.errorMessage()));
    return added.ok() ? added->id : 0;
}

qint64 TestAnnotationStore::addSample() {
    return addArticle(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
}

QString TestAnnotationStore::cleanText(qint64 articleId) {
    auto article = ArticleStore(*m_db).article(articleId);
    return article.ok() ? article->clean.text() : QString();
}

TextAnchor TestAnnotationStore::bare(qint64 articleId, const QString& quote, int nth) {
    const QList<TextSpan::Span> spans = TextSpan::occurrences(cleanText(articleId), quote);
    if (nth >= spans.size())
        return {};
    TextAnchor anchor;
    anchor.start = spans.at(nth).start;
    anchor.end = spans.at(nth).end;
    anchor.quote = cleanText(articleId).mid(anchor.start, anchor.length());
    return anchor;
}

int TestAnnotationStore::rows(const QString& table) {
    QSqlQuery query(m_db->connection());
    // The table name is one of ours, never user input.
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Company TestAnnotationStore::company(const QString& name, const QStringList& aliases) {
    auto created = m_store->createCompany(name);
    if (!created.ok()) {
        qWarning("%s", qPrintable(created.errorMessage()));
        return {};
    }
    if (!aliases.isEmpty()) {
        auto set = m_store->setAliases(created->id, aliases);
        if (!set.ok())
            qWarning("%s", qPrintable(set.errorMessage()));
    }
    return *m_store->company(created->id);
}

void TestAnnotationStore::createsFindsAndEnsuresCompanies() {
    auto leica = m_store->createCompany(u"  Leica "_s);
    QVERIFY2(leica.ok(), qPrintable(leica.errorMessage()));
    QVERIFY(leica->id > 0);
    QCOMPARE(leica->name, u"Leica"_s);
    QCOMPARE(leica->color, CompanyColors::forIndex(0));
    auto xiaomi = m_store->createCompany(u"Xiaomi"_s);
    QVERIFY(xiaomi.ok());
    QCOMPARE(xiaomi->color, CompanyColors::forIndex(1));
    QVERIFY(xiaomi->color != leica->color);
    QVERIFY(m_store->setAliases(leica->id, {u"Leica Camera AG"_s, u"@leica_camera"_s}).ok());

    for (const QString& name :
         {u"Leica"_s, u"LEICA"_s, u"leica camera ag"_s, u" @Leica_Camera"_s}) {
        auto found = m_store->findCompany(name);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QVERIFY2(found->has_value(), qPrintable(name));
        QCOMPARE((*found)->id, leica->id);
    }
    QVERIFY(!m_store->findCompany(u"Nokia"_s)->has_value());
    QVERIFY(!m_store->findCompany(u"  "_s)->has_value());

    auto ensured = m_store->ensureCompany(u"leica camera ag"_s);
    QVERIFY(ensured.ok());
    QCOMPARE(ensured->id, leica->id);
    auto huawei = m_store->ensureCompany(u" Huawei "_s);
    QVERIFY(huawei.ok());
    QCOMPARE(huawei->name, u"Huawei"_s);
    QCOMPARE(huawei->color, CompanyColors::forIndex(2));

    // Letters beyond ASCII are found without regard to case as well.
    auto oel = m_store->createCompany(u"Ölwerke Süd"_s);
    QVERIFY(oel.ok());
    QCOMPARE((*m_store->findCompany(u"ÖLWERKE SÜD"_s))->id, oel->id);

    auto all = m_store->companies();
    QVERIFY(all.ok());
    QStringList names;
    for (const Company& c : *all)
        names.append(c.name);
    QCOMPARE(names, (QStringList{u"Huawei"_s, u"Leica"_s, u"Xiaomi"_s, u"Ölwerke Süd"_s}));
    QCOMPARE(all->at(1).aliases, (QStringList{u"@leica_camera"_s, u"Leica Camera AG"_s}));
    QCOMPARE(*m_store->company(leica->id), all->at(1));
    QVERIFY(m_store->company(999).errorMessage().contains(u"999"_s));
}

void TestAnnotationStore::companyNamesAreUnique() {
    company(u"Leica"_s, {u"Leica Camera AG"_s});
    auto again = m_store->createCompany(u"leica"_s);
    QVERIFY(!again.ok());
    QCOMPARE(again.errorMessage(), u"There is already a company called “leica”."_s);
    auto alias = m_store->createCompany(u"LEICA CAMERA AG"_s);
    QVERIFY(!alias.ok());
    QVERIFY2(
        alias.errorMessage().startsWith(u"There is already a company called “LEICA CAMERA AG”"_s),
        qPrintable(alias.errorMessage()));
    auto empty = m_store->createCompany(u"   "_s);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.errorMessage(), u"The name is empty."_s);
    QCOMPARE(rows(u"company"_s), 1);
}

void TestAnnotationStore::renameKeepsTheOldNameAsAlias() {
    const Company leica = company(u"Leica Camera"_s, {u"Leica"_s, u"@leica_camera"_s});
    const Company xiaomi = company(u"Xiaomi"_s, {u"Xiaomi Inc."_s});

    // The new name was an alias: it stops being one, the old name becomes one.
    QVERIFY(m_store->renameCompany(leica.id, u" Leica "_s).ok());
    Company renamed = *m_store->company(leica.id);
    QCOMPARE(renamed.name, u"Leica"_s);
    QCOMPARE(renamed.aliases, (QStringList{u"@leica_camera"_s, u"Leica Camera"_s}));
    QCOMPARE(renamed.color, leica.color);

    QVERIFY(m_store->renameCompany(leica.id, u"Leica AG"_s).ok());
    renamed = *m_store->company(leica.id);
    QCOMPARE(renamed.aliases, (QStringList{u"@leica_camera"_s, u"Leica"_s, u"Leica Camera"_s}));
    QCOMPARE((*m_store->findCompany(u"leica camera"_s))->id, leica.id);

    // A change of case only is no new alias.
    QVERIFY(m_store->renameCompany(leica.id, u"LEICA AG"_s).ok());
    QCOMPARE(m_store->company(leica.id)->aliases, renamed.aliases);

    for (const QString& taken : {u"xiaomi"_s, u"Xiaomi Inc."_s}) {
        auto clash = m_store->renameCompany(leica.id, taken);
        QVERIFY(!clash.ok());
        QVERIFY2(clash.errorMessage().contains(u"There is already a company called"_s),
                 qPrintable(clash.errorMessage()));
    }
    QVERIFY(!m_store->renameCompany(leica.id, u""_s).ok());
    QVERIFY(!m_store->renameCompany(999, u"Nokia"_s).ok());
    QCOMPARE(m_store->company(leica.id)->name, u"LEICA AG"_s);
    QCOMPARE(*m_store->company(xiaomi.id), xiaomi);
}

void TestAnnotationStore::aliasesAreCleanedAndMayNotNameAnotherCompany() {
    const Company leica = company(u"Leica"_s);
    const Company xiaomi = company(u"Xiaomi"_s, {u"Mi"_s});
    QVERIFY(m_store
                ->setAliases(leica.id, {u" Leica AG "_s, u"leica ag"_s, u""_s, u"  "_s, u"LEICA"_s,
                                        u"@leica_camera"_s})
                .ok());
    QCOMPARE(m_store->company(leica.id)->aliases, (QStringList{u"@leica_camera"_s, u"Leica AG"_s}));

    for (const QString& clash : {u"xiaomi"_s, u"MI"_s}) {
        auto set = m_store->setAliases(leica.id, {u"Leitz"_s, clash});
        QVERIFY(!set.ok());
        QVERIFY2(set.errorMessage().contains(u"Xiaomi"_s), qPrintable(set.errorMessage()));
    }
    QCOMPARE(m_store->company(leica.id)->aliases, (QStringList{u"@leica_camera"_s, u"Leica AG"_s}));
    QVERIFY(m_store->setAliases(leica.id, {}).ok());
    QVERIFY(m_store->company(leica.id)->aliases.isEmpty());
    QCOMPARE(*m_store->company(xiaomi.id), xiaomi);
    QVERIFY(!m_store->setAliases(999, {u"x"_s}).ok());
}

void TestAnnotationStore::deleteAndRestoreCompany() {
    const qint64 article = addSample();
    const Company leica = company(u"Leica"_s, {u"Leica Camera AG"_s});
    const Company zeiss = company(u"Zeiss"_s, {u"Carl Zeiss"_s});
    auto mention = m_store->addMention(article, leica.id, bare(article, u"Leica"_s));
    QVERIFY(mention.ok());
    auto refused = m_store->deleteCompany(leica.id);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(u"1 mention"_s), qPrintable(refused.errorMessage()));

    QVERIFY(m_store->deleteCompany(zeiss.id).ok());
    QVERIFY(!m_store->company(zeiss.id).ok());
    QCOMPARE(rows(u"company_alias"_s), 1);
    auto restored = m_store->restoreCompany(zeiss);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(*restored, zeiss);
    QVERIFY(!m_store->restoreCompany(zeiss).ok()); // it exists again
}

void TestAnnotationStore::addMentionReadsBackEverything() {
    const qint64 article = addSample();
    const QString text = cleanText(article);
    const Company leica = company(u"Leica"_s);
    const TextAnchor anchor = bare(article, u"Leica Camera AG"_s);
    QCOMPARE(anchor.quote, u"Leica Camera AG"_s);

    auto added = m_store->addMention(article, leica.id, anchor);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QVERIFY(added->id > 0);
    QCOMPARE(added->companyName, u"Leica"_s);
    QCOMPARE(added->companyColor, leica.color);
    QCOMPARE(added->author, u"tester"_s);

    auto mentions = m_store->mentions(article);
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
    auto second = m_store->addMention(article, leica.id, own);
    QVERIFY(second.ok());
    QCOMPARE(second->anchor.prefix, u"mine"_s);
    QCOMPARE(m_store->mentions(article)->first().id, second->id); // in text order
}

void TestAnnotationStore::addMentionErrorsChangeNothing() {
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
        auto added = m_store->addMention(c.article, c.company, c.anchor);
        QVERIFY(!added.ok());
        QVERIFY2(added.errorMessage().contains(c.error), qPrintable(added.errorMessage()));
        QCOMPARE(rows(u"mention"_s), 0);
    }
    QCOMPARE(rows(u"company"_s), 1);
    QVERIFY(m_store->addMention(article, leica.id, good).ok());
    QCOMPARE(rows(u"mention"_s), 1);
}

void TestAnnotationStore::removeAndRestoreMentionKeepIdAndNote() {
    const qint64 article = addSample();
    const Company leica = company(u"Leica"_s);
    auto first = m_store->addMention(article, leica.id, bare(article, u"Leica"_s, 0));
    auto second = m_store->addMention(article, leica.id, bare(article, u"Leica"_s, 1));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(m_store->setMentionNote(first->id, u"Checked against the press release."_s).ok());
    const QStringList before = describeAll(*m_store->mentions(article));

    auto removed = m_store->removeMention(first->id);
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QCOMPARE(removed->id, first->id);
    QCOMPARE(removed->note, u"Checked against the press release."_s);
    QCOMPARE(rows(u"mention"_s), 1);
    QCOMPARE(rows(u"note"_s), 0);
    QVERIFY(!m_store->removeMention(first->id).ok());

    auto restored = m_store->restoreMention(*removed);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored->id, first->id);
    QCOMPARE(describeAll(*m_store->mentions(article)), before);
    QVERIFY(!m_store->restoreMention(*removed).ok()); // the id is taken again
    QCOMPARE(rows(u"mention"_s), 2);
    QCOMPARE(rows(u"note"_s), 1);
}

void TestAnnotationStore::partnershipWithItselfIsAClearError() {
    const qint64 article = addSample();
    const Company leica = company(u"Leica"_s);
    Partnership p;
    p.articleId = article;
    p.companyA = p.companyB = leica.id;
    auto added = m_store->addPartnership(p);
    QVERIFY(!added.ok());
    QCOMPARE(added.errorMessage(), u"A partnership needs two different companies."_s);
    p.id = 5;
    QCOMPARE(m_store->restorePartnership(p).errorMessage(),
             u"A partnership needs two different companies."_s);
    QCOMPARE(rows(u"partnership"_s), 0);
}

void TestAnnotationStore::partnershipWithEvidenceFromTheSentence() {
    const qint64 article = addSample();
    const QString text = cleanText(article);
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);

    const TextSpan::Span sentence =
        TextSpan::sentenceAt(text, int(text.indexOf(u"@leica_camera haben eine globale"_s)));
    Partnership p;
    p.articleId = article;
    p.companyA = xiaomi.id;
    p.companyB = leica.id;
    p.kind = u"Collaboration"_s; // the list's own spelling wins
    p.status = u"current"_s;
    p.evidence.start = sentence.start;
    p.evidence.end = sentence.end;
    p.evidence.quote = text.mid(sentence.start, sentence.length());
    p.note = u"Lei Jun's tweet"_s;
    auto added = m_store->addPartnership(p);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QVERIFY(added->id > 0);
    QCOMPARE(added->nameA, u"Xiaomi"_s);
    QCOMPARE(added->nameB, u"Leica"_s);
    QCOMPARE(added->kind, u"collaboration"_s);
    QCOMPARE(added->status, u"current"_s);
    QCOMPARE(added->evidence, TextSpan::anchorFor(text, sentence.start, sentence.end));
    QVERIFY(added->evidence.quote.startsWith(u"Lei Jun"_s));
    QCOMPARE(added->note, u"Lei Jun's tweet"_s);
    QCOMPARE(added->author, u"tester"_s);
    QVERIFY(added->createdAt.isValid());

    // Without evidence: read back with an empty span, listed first.
    Partnership bare;
    bare.articleId = article;
    bare.companyA = leica.id;
    bare.companyB = xiaomi.id;
    auto plain = m_store->addPartnership(bare);
    QVERIFY2(plain.ok(), qPrintable(plain.errorMessage()));
    QCOMPARE(plain->evidence, TextAnchor{});
    QCOMPARE(plain->kind, u"partnership"_s);
    QCOMPARE(plain->status, u"announced"_s);

    auto list = m_store->partnerships(article);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(describe(list->at(0)), describe(*plain));
    QCOMPARE(describe(list->at(1)), describe(*added));
    QCOMPARE(describe(*m_store->partnership(added->id)), describe(*added));

    QVERIFY(m_store->updatePartnership(plain->id, u"supply"_s, u"former"_s).ok());
    QCOMPARE(m_store->partnership(plain->id)->status, u"former"_s);
    QCOMPARE(m_store->partnership(plain->id)->kind, u"supply"_s);
}

void TestAnnotationStore::partnershipErrorsChangeNothing() {
    const qint64 article = addSample();
    const QString text = cleanText(article);
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);
    Partnership good;
    good.articleId = article;
    good.companyA = xiaomi.id;
    good.companyB = leica.id;
    const QStringList kindsBefore = *m_store->partnershipKinds();

    Partnership badStatus = good;
    badStatus.status = u"planned"_s;
    Partnership noKind = good;
    noKind.kind = u"  "_s;
    Partnership noArticle = good;
    noArticle.articleId = 999;
    Partnership noCompany = good;
    noCompany.companyB = 999;
    Partnership badEvidence = good;
    badEvidence.evidence = anchorAt(10, 20, u"not the text"_s);
    Partnership outside = good;
    outside.evidence = anchorAt(int(text.size()) - 2, int(text.size()) + 5, u"xx"_s);
    const QList<QPair<Partnership, QString>> cases = {
        {badStatus, u"announced, current, former, rumoured"_s},
        {noKind, u"needs a kind"_s},
        {noArticle, u"There is no article with id 999."_s},
        {noCompany, u"There is no company with id 999."_s},
        {badEvidence, u"The quote does not match"_s},
        {outside, u"outside the article's text"_s},
    };
    for (const auto& [partnership, error] : cases) {
        auto added = m_store->addPartnership(partnership);
        QVERIFY(!added.ok());
        QVERIFY2(added.errorMessage().contains(error), qPrintable(added.errorMessage()));
        QCOMPARE(rows(u"partnership"_s), 0);
    }
    // A kind that fails with the rest is not added to the list either.
    Partnership newKindBadStatus = badStatus;
    newKindBadStatus.kind = u"licensing"_s;
    QVERIFY(!m_store->addPartnership(newKindBadStatus).ok());
    QCOMPARE(*m_store->partnershipKinds(), kindsBefore);

    auto added = m_store->addPartnership(good);
    QVERIFY(added.ok());
    auto update = m_store->updatePartnership(added->id, u"supply"_s, u"maybe"_s);
    QVERIFY(!update.ok());
    QVERIFY(update.errorMessage().contains(u"rumoured"_s));
    QVERIFY(!m_store->updatePartnership(added->id, u""_s, u"current"_s).ok());
    QVERIFY(!m_store->updatePartnership(999, u"supply"_s, u"current"_s).ok());
    QCOMPARE(describe(*m_store->partnership(added->id)), describe(*added));
    QCOMPARE(rows(u"partnership"_s), 1);
}

void TestAnnotationStore::removeAndRestorePartnershipKeepIdAndNote() {
    const qint64 article = addSample();
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);
    Partnership p;
    p.articleId = article;
    p.companyA = xiaomi.id;
    p.companyB = leica.id;
    p.evidence = bare(article, u"Leica Camera AG"_s);
    auto added = m_store->addPartnership(p);
    QVERIFY(added.ok());
    QVERIFY(m_store->setPartnershipNote(added->id, u"see the press release"_s).ok());
    const QStringList before = describeAll(*m_store->partnerships(article));

    auto removed = m_store->removePartnership(added->id);
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QCOMPARE(removed->note, u"see the press release"_s);
    QCOMPARE(rows(u"partnership"_s), 0);
    QCOMPARE(rows(u"note"_s), 0);

    auto restored = m_store->restorePartnership(*removed);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored->id, added->id);
    QCOMPARE(describeAll(*m_store->partnerships(article)), before);
    QCOMPARE(rows(u"note"_s), 1);
    QVERIFY(!m_store->removePartnership(999).ok());
}

void TestAnnotationStore::partnershipKindsAreAnEditableList() {
    const QStringList defaults = *m_store->partnershipKinds();
    QCOMPARE(defaults.first(), u"partnership"_s);
    QVERIFY(defaults.contains(u"joint venture"_s));

    // Using a new kind adds it at the end.
    const qint64 article = addSample();
    Partnership p;
    p.articleId = article;
    p.companyA = company(u"Xiaomi"_s).id;
    p.companyB = company(u"Leica"_s).id;
    p.kind = u" licensing "_s;
    auto added = m_store->addPartnership(p);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QCOMPARE(added->kind, u"licensing"_s);
    QCOMPARE(*m_store->partnershipKinds(), defaults + QStringList{u"licensing"_s});

    QVERIFY(m_store->setPartnershipKinds({u"supply"_s, u" alliance "_s, u"Supply"_s, u""_s}).ok());
    QCOMPARE(*m_store->partnershipKinds(), (QStringList{u"supply"_s, u"alliance"_s}));
    auto empty = m_store->setPartnershipKinds({u"  "_s});
    QVERIFY(!empty.ok());
    QCOMPARE(*m_store->partnershipKinds(), (QStringList{u"supply"_s, u"alliance"_s}));
    QCOMPARE(m_store->partnership(added->id)->kind, u"licensing"_s); // records keep theirs
}

void TestAnnotationStore::mergeMovesAnnotationsAndNames() {
    const qint64 article = addSample();
    const Company leica = company(u"Leica"_s, {u"Leica Camera AG"_s});
    const Company camera = company(u"Leica Camera"_s, {u"@leica_camera"_s, u"Leitz"_s});
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company huawei = company(u"Huawei"_s);

    auto kept = m_store->addMention(article, leica.id, bare(article, u"Leica"_s));
    auto moved = m_store->addMention(article, camera.id, bare(article, u"@leica_camera"_s));
    QVERIFY(kept.ok() && moved.ok());
    const auto partner = [&](qint64 a, qint64 b) {
        Partnership p;
        p.articleId = article;
        p.companyA = a;
        p.companyB = b;
        auto added = m_store->addPartnership(p);
        return added.ok() ? added->id : 0;
    };
    const qint64 onB = partner(xiaomi.id, camera.id);
    const qint64 onA = partner(camera.id, huawei.id);
    const qint64 self = partner(camera.id, leica.id);
    const qint64 selfReversed = partner(leica.id, camera.id);
    const qint64 untouched = partner(xiaomi.id, huawei.id);
    QVERIFY(onB && onA && self && selfReversed && untouched);
    QVERIFY(m_store->setPartnershipNote(self, u"same company, really"_s).ok());

    auto merge = m_store->mergeCompanies(leica.id, camera.id);
    QVERIFY2(merge.ok(), qPrintable(merge.errorMessage()));
    QCOMPARE(merge->kept, leica);
    QCOMPARE(merge->removed, camera);
    QCOMPARE(merge->movedMentions, QList<qint64>{moved->id});
    QCOMPARE(merge->movedPartnershipsA, QList<qint64>{onA});
    QCOMPARE(merge->movedPartnershipsB, QList<qint64>{onB});
    QCOMPARE(merge->droppedPartnerships.size(), 2);
    QCOMPARE(merge->droppedPartnerships.at(0).id, self);
    QCOMPARE(merge->droppedPartnerships.at(0).note, u"same company, really"_s);
    QCOMPARE(merge->droppedPartnerships.at(1).id, selfReversed);

    QVERIFY(!m_store->company(camera.id).ok());
    const Company after = *m_store->company(leica.id);
    QCOMPARE(after.name, u"Leica"_s);
    QCOMPARE(after.aliases, (QStringList{u"@leica_camera"_s, u"Leica Camera"_s,
                                         u"Leica Camera AG"_s, u"Leitz"_s}));
    QCOMPARE((*m_store->findCompany(u"leitz"_s))->id, leica.id);
    const QList<Mention> mentions = *m_store->mentions(article);
    for (const Mention& m : mentions) {
        QCOMPARE(m.companyId, leica.id);
        QCOMPARE(m.companyName, u"Leica"_s);
    }
    QCOMPARE(m_store->partnership(onB)->companyB, leica.id);
    QCOMPARE(m_store->partnership(onA)->companyA, leica.id);
    QCOMPARE(m_store->partnership(onA)->nameA, u"Leica"_s);
    QVERIFY(!m_store->partnership(self).ok());
    QVERIFY(!m_store->partnership(selfReversed).ok());
    QCOMPARE(m_store->partnership(untouched)->companyA, xiaomi.id);
    QCOMPARE(rows(u"partnership"_s), 3);
    QCOMPARE(rows(u"note"_s), 0);

    QVERIFY(!m_store->mergeCompanies(leica.id, leica.id).ok());
    QVERIFY(!m_store->mergeCompanies(leica.id, camera.id).ok()); // gone
    QVERIFY(!m_store->mergeCompanies(999, xiaomi.id).ok());
    QCOMPARE(rows(u"company"_s), 3);
}

void TestAnnotationStore::undoMergeRestoresExactly() {
    const qint64 first = addSample();
    const qint64 second = addArticle(TestData::generatedArticle(0)); // Xiaomi and Leica
    const Company leica = company(u"Leica"_s, {u"Leica Camera AG"_s, u"Leitz"_s});
    const Company camera = company(u"Leica Camera"_s, {u"@leica_camera"_s});
    const Company xiaomi = company(u"Xiaomi"_s);
    {
        // Older data: both companies share an alias, which the merge must not duplicate.
        QSqlQuery query(m_db->connection());
        query.prepare(u"INSERT INTO company_alias (company_id, alias) VALUES (?, 'leitz')"_s);
        query.addBindValue(camera.id);
        QVERIFY(query.exec());
    }
    QVERIFY(m_store->markAllOccurrences(camera.id, first).ok());
    QVERIFY(m_store->markAllOccurrences(leica.id, 0).ok());
    QVERIFY(m_store->markAllOccurrences(xiaomi.id, 0).ok());
    const QList<Mention> mentions = *m_store->mentions(first);
    QVERIFY(m_store->setMentionNote(mentions.first().id, u"first one"_s).ok());
    const QList<std::tuple<qint64, qint64, qint64>> pairs = {{xiaomi.id, camera.id, first},
                                                             {camera.id, leica.id, first},
                                                             {leica.id, camera.id, second},
                                                             {camera.id, xiaomi.id, second},
                                                             {xiaomi.id, leica.id, second}};
    for (const auto& [a, b, article] : pairs) {
        Partnership p;
        p.articleId = article;
        p.companyA = a;
        p.companyB = b;
        p.evidence = bare(article, u"Xiaomi"_s);
        p.note = u"%1 with %2"_s.arg(a).arg(b);
        QVERIFY(m_store->addPartnership(p).ok());
    }
    QVERIFY(m_store->setArticleNote(first, u"about the deal"_s).ok());

    const auto snapshot = [&]() {
        QStringList state;
        const QList<Company> companies = *m_store->companies();
        for (const Company& c : companies)
            state << u"company %1 %2 %3 %4"_s.arg(c.id).arg(c.name, c.color, c.aliases.join(u'|'));
        for (qint64 article : {first, second}) {
            state << describeAll(*m_store->mentions(article));
            state << describeAll(*m_store->partnerships(article));
            // Restored notes are new rows: same text on the same target, new id and time.
            const QList<Note> notes = *m_store->notes(article);
            QStringList noteLines;
            for (const Note& n : notes)
                noteLines << u"note %1 %2 %3 %4"_s.arg(n.articleId)
                                 .arg(n.mentionId)
                                 .arg(n.partnershipId)
                                 .arg(n.body);
            noteLines.sort();
            state << noteLines;
        }
        QSqlQuery query(m_db->connection());
        query.exec(u"SELECT id, created_at FROM company ORDER BY id"_s);
        while (query.next())
            state << query.value(0).toString() + u' ' + query.value(1).toString();
        return state;
    };
    const QStringList before = snapshot();
    QVERIFY(before.size() > 20);

    auto merge = m_store->mergeCompanies(leica.id, camera.id);
    QVERIFY2(merge.ok(), qPrintable(merge.errorMessage()));
    QVERIFY(!merge->movedMentions.isEmpty());
    QCOMPARE(merge->droppedPartnerships.size(), 2);
    QVERIFY(snapshot() != before);

    auto undone = m_store->undoMerge(*merge);
    QVERIFY2(undone.ok(), qPrintable(undone.errorMessage()));
    QCOMPARE(snapshot(), before);
    QVERIFY(!m_store->undoMerge(*merge).ok()); // the company exists again
    QCOMPARE(snapshot(), before);
}

void TestAnnotationStore::markAllOccurrencesInOneArticle() {
    const qint64 article = addSample();
    const QString text = cleanText(article);
    const Company leica = company(u"Leica"_s, {u"Leica Camera AG"_s});
    const int leicas = int(TextSpan::occurrences(text, u"Leica"_s).size());
    QVERIFY(leicas >= 8);
    QCOMPARE(TextSpan::occurrences(text, u"Leica Camera AG"_s).size(), 1);

    // One is marked by hand already.
    auto manual = m_store->addMention(article, leica.id, bare(article, u"Leica"_s, 2));
    QVERIFY(manual.ok());

    auto added = m_store->markAllOccurrences(leica.id, article);
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

    const QList<Mention> all = *m_store->mentions(article);
    QCOMPARE(all.size(), leicas);
    QStringList quotes;
    for (int i = 0; i < all.size(); ++i) {
        quotes.append(all.at(i).anchor.quote);
        if (i > 0)
            QVERIFY(all.at(i - 1).anchor.end <= all.at(i).anchor.start); // no overlaps
    }
    QCOMPARE(quotes.count(u"Leica Camera AG"_s), 1);
    QCOMPARE(quotes.count(u"Leica"_s), leicas - 1);

    auto again = m_store->markAllOccurrences(leica.id, article);
    QVERIFY(again.ok());
    QCOMPARE(again->size(), 0);
    QCOMPARE(rows(u"mention"_s), leicas);

    QVERIFY(!m_store->markAllOccurrences(leica.id, 999).ok());
    QVERIFY(!m_store->markAllOccurrences(999, article).ok());
    QCOMPARE(rows(u"mention"_s), leicas);
}

void TestAnnotationStore::markAllOccurrencesRespectsOtherMentions() {
    const qint64 article = addSample();
    const QString text = cleanText(article);
    const Company leica = company(u"Leica"_s, {u"Leica Camera AG"_s});
    const Company other = company(u"Camera AG"_s);
    const Company xiaomi = company(u"Xiaomi"_s);
    // Someone marked "Camera AG" as a company of its own: "Leica Camera AG" cannot be marked,
    // but the "Leica" before it still can.
    auto camera = m_store->addMention(article, other.id, bare(article, u"Camera AG"_s));
    QVERIFY(camera.ok());
    auto added = m_store->markAllOccurrences(leica.id, article);
    QVERIFY(added.ok());
    QCOMPARE(added->size(), TextSpan::occurrences(text, u"Leica"_s).size());
    for (const Mention& m : *added)
        QCOMPARE(m.anchor.quote, u"Leica"_s);

    // "Xiaomi" inside "Xiaomi-Smartphone" counts; the handle "@Xiaomi" too.
    auto xiaomis = m_store->markAllOccurrences(xiaomi.id, article);
    QVERIFY(xiaomis.ok());
    QCOMPARE(xiaomis->size(), TextSpan::occurrences(text, u"Xiaomi"_s).size());
    const int hyphenated = int(text.indexOf(u"Xiaomi-Smartphone"_s));
    QVERIFY(std::any_of(xiaomis->cbegin(), xiaomis->cend(),
                        [&](const Mention& m) { return m.anchor.start == hyphenated; }));
}

void TestAnnotationStore::markAllOccurrencesAcrossArticles() {
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

    auto added = m_store->markAllOccurrences(leica.id, 0);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    int total = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(m_store->mentions(it.key())->size(), it.value());
        total += it.value();
    }
    QCOMPARE(added->size(), total);
    QCOMPARE(*m_store->articlesOfCompany(leica.id),
             (QList<qint64>{sample, withLeicaSecond, withLeicaFirst}));

    auto again = m_store->markAllOccurrences(leica.id, 0);
    QVERIFY(again.ok());
    QCOMPARE(again->size(), 0);

    // Names with quotes or FTS5 syntax do not break the search.
    const Company odd = company(u"\"Leica\" OR NEAR("_s, {u"Vivo"_s});
    auto odds = m_store->markAllOccurrences(odd.id, 0);
    QVERIFY2(odds.ok(), qPrintable(odds.errorMessage()));
    qsizetype vivos = 0;
    for (qint64 article : {sample, withLeicaSecond, withLeicaFirst, without})
        vivos += TextSpan::occurrences(cleanText(article), u"Vivo"_s).size();
    QVERIFY(vivos >= 3);
    QCOMPARE(odds->size(), vivos);
}

void TestAnnotationStore::statsAndSummariesCount() {
    const qint64 first = addSample();
    const qint64 second = addArticle(TestData::generatedArticle(0));
    const qint64 third = addArticle(TestData::generatedArticle(1));
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);
    const Company huawei = company(u"Huawei"_s);
    const Company zeiss = company(u"Zeiss"_s);
    QVERIFY(m_store->markAllOccurrences(leica.id, first).ok());
    QVERIFY(m_store->markAllOccurrences(leica.id, second).ok());
    const int leicaMentions =
        int(m_store->mentions(first)->size() + m_store->mentions(second)->size());

    const auto partner = [&](qint64 article, qint64 a, qint64 b, const QString& kind,
                             const QString& status) {
        Partnership p;
        p.articleId = article;
        p.companyA = a;
        p.companyB = b;
        p.kind = kind;
        p.status = status;
        auto added = m_store->addPartnership(p);
        return added.ok() ? added->id : 0;
    };
    const qint64 p1 = partner(first, xiaomi.id, leica.id, u"partnership"_s, u"announced"_s);
    const qint64 p2 = partner(first, leica.id, xiaomi.id, u"partnership"_s, u"announced"_s);
    const qint64 p3 = partner(second, leica.id, xiaomi.id, u"partnership"_s, u"current"_s);
    const qint64 p4 = partner(first, huawei.id, leica.id, u"partnership"_s, u"former"_s);
    const qint64 p5 = partner(third, leica.id, zeiss.id, u"supply"_s, u"rumoured"_s);
    QVERIFY(p1 && p2 && p3 && p4 && p5);

    auto stats = m_store->companyStats();
    QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
    QCOMPARE(stats->size(), 4);
    QHash<QString, CompanyStats> byName;
    for (const CompanyStats& s : *stats)
        byName.insert(s.company.name, s);
    QCOMPARE(stats->at(0).company.name, u"Huawei"_s); // by name
    QCOMPARE(byName[u"Leica"_s].company, leica);
    QCOMPARE(byName[u"Leica"_s].mentionCount, leicaMentions);
    QCOMPARE(byName[u"Leica"_s].articleCount, 3); // third only through a partnership
    QCOMPARE(byName[u"Leica"_s].partnershipCount, 5);
    QCOMPARE(byName[u"Xiaomi"_s].mentionCount, 0);
    QCOMPARE(byName[u"Xiaomi"_s].articleCount, 2);
    QCOMPARE(byName[u"Xiaomi"_s].partnershipCount, 3);
    QCOMPARE(byName[u"Huawei"_s].partnershipCount, 1);
    QCOMPARE(byName[u"Zeiss"_s].articleCount, 1);
    QCOMPARE(*m_store->articlesOfCompany(leica.id), (QList<qint64>{first, second, third}));
    QCOMPARE(*m_store->articlesOfCompany(zeiss.id), QList<qint64>{third});

    auto summaries = m_store->partnershipSummaries();
    QVERIFY2(summaries.ok(), qPrintable(summaries.errorMessage()));
    QCOMPARE(summaries->size(), 3);
    const PartnershipSummary& top = summaries->first();
    QCOMPARE(top.companyA, xiaomi.id); // the lower id first
    QCOMPARE(top.companyB, leica.id);
    QCOMPARE(top.nameA, u"Xiaomi"_s);
    QCOMPARE(top.nameB, u"Leica"_s);
    QCOMPARE(top.kind, u"partnership"_s);
    QCOMPARE(top.articleCount, 2);
    QCOMPARE(top.partnershipIds, (QList<qint64>{p1, p2, p3}));
    QCOMPARE(top.status, u"current"_s); // of the latest
    QVERIFY(top.firstSeen <= top.lastSeen);
    QCOMPARE(top.firstSeen, m_store->partnership(p1)->createdAt);
    QCOMPARE(top.lastSeen, m_store->partnership(p3)->createdAt);
    QCOMPARE(summaries->at(1).nameA, u"Leica"_s); // one article each: by names
    QCOMPARE(summaries->at(1).nameB, u"Huawei"_s);
    QCOMPARE(summaries->at(2).kind, u"supply"_s);

    auto ofHuawei = m_store->partnershipSummaries(huawei.id);
    QVERIFY(ofHuawei.ok());
    QCOMPARE(ofHuawei->size(), 1);
    QCOMPARE(ofHuawei->first().partnershipIds, QList<qint64>{p4});
    QCOMPARE(ofHuawei->first().status, u"former"_s);
    QCOMPARE(m_store->partnershipSummaries(leica.id)->size(), 3);
}

void TestAnnotationStore::notesAreUpsertedAndDeleted() {
    const qint64 article = addSample();
    const qint64 other = addArticle(TestData::generatedArticle(5));
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);
    auto mention = m_store->addMention(article, leica.id, bare(article, u"Leica"_s));
    Partnership p;
    p.articleId = article;
    p.companyA = xiaomi.id;
    p.companyB = leica.id;
    auto partnership = m_store->addPartnership(p);
    QVERIFY(mention.ok() && partnership.ok());

    QCOMPARE(*m_store->articleNote(article), QString());
    QVERIFY(m_store->setArticleNote(article, u"first thoughts"_s).ok());
    QVERIFY(m_store->setArticleNote(article, u"second thoughts"_s).ok());
    QCOMPARE(*m_store->articleNote(article), u"second thoughts"_s);
    QCOMPARE(rows(u"note"_s), 1);
    QVERIFY(m_store->setMentionNote(mention->id, u"the camera maker"_s).ok());
    QVERIFY(m_store->setPartnershipNote(partnership->id, u"global"_s).ok());
    QVERIFY(m_store->setPartnershipNote(partnership->id, u"global, strategic"_s).ok());
    QVERIFY(m_store->setArticleNote(other, u"elsewhere"_s).ok());
    QCOMPARE(rows(u"note"_s), 4);
    // Notes on annotations are not the article's note.
    QCOMPARE(*m_store->articleNote(article), u"second thoughts"_s);
    QCOMPARE(m_store->mentions(article)->first().note, u"the camera maker"_s);
    QCOMPARE(m_store->partnership(partnership->id)->note, u"global, strategic"_s);

    auto notes = m_store->notes(article);
    QVERIFY(notes.ok());
    QCOMPARE(notes->size(), 3);
    QCOMPARE(notes->at(0).body, u"second thoughts"_s);
    QCOMPARE(notes->at(0).mentionId, qint64(0));
    QCOMPARE(notes->at(0).partnershipId, qint64(0));
    QCOMPARE(notes->at(1).mentionId, mention->id);
    QCOMPARE(notes->at(2).partnershipId, partnership->id);
    QCOMPARE(notes->at(2).body, u"global, strategic"_s);
    for (const Note& n : *notes) {
        QCOMPARE(n.articleId, article);
        QVERIFY(n.updatedAt.isValid());
    }

    QVERIFY(m_store->setArticleNote(article, u"  \n "_s).ok());
    QVERIFY(m_store->setMentionNote(mention->id, QString()).ok());
    QCOMPARE(*m_store->articleNote(article), QString());
    QCOMPARE(m_store->notes(article)->size(), 1);
    QCOMPARE(*m_store->articleNote(other), u"elsewhere"_s);

    QVERIFY(m_store->setMentionNote(999, u"x"_s).errorMessage().contains(u"999"_s));
    QVERIFY(m_store->setPartnershipNote(999, u"x"_s).errorMessage().contains(u"999"_s));
    QCOMPARE(m_store->setArticleNote(999, u"x"_s).errorMessage(),
             u"There is no article with id 999."_s);
    QCOMPARE(rows(u"note"_s), 2);
}

void TestAnnotationStore::deletingAnArticleDeletesItsAnnotations() {
    const qint64 article = addSample();
    const qint64 kept = addArticle(TestData::generatedArticle(0));
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);
    QVERIFY(m_store->markAllOccurrences(leica.id, 0).ok());
    Partnership p;
    p.articleId = article;
    p.companyA = xiaomi.id;
    p.companyB = leica.id;
    p.note = u"on the partnership"_s;
    QVERIFY(m_store->addPartnership(p).ok());
    QVERIFY(m_store->setMentionNote(m_store->mentions(article)->first().id, u"m"_s).ok());
    QVERIFY(m_store->setArticleNote(article, u"a"_s).ok());
    const int keptMentions = int(m_store->mentions(kept)->size());
    QVERIFY(keptMentions > 0);

    QSqlQuery query(m_db->connection());
    query.prepare(u"DELETE FROM article WHERE id = ?"_s);
    query.addBindValue(article);
    QVERIFY(query.exec());
    QCOMPARE(rows(u"mention"_s), keptMentions);
    QCOMPARE(rows(u"partnership"_s), 0);
    QCOMPARE(rows(u"note"_s), 0);
    QCOMPARE(rows(u"company"_s), 2);
    QCOMPARE(*m_db->integrityProblems(), QStringList());
    QVERIFY(m_store->mentions(article)->isEmpty());
}

void TestAnnotationStore::offsetsAfterEmojiAndCombiningMarksSurvive() {
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
    auto added = m_store->addMention(article, leica.id, anchor);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    auto read = m_store->mentions(article);
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
    auto marked = m_store->markAllOccurrences(cafeCompany.id, article);
    QVERIFY(marked.ok());
    QCOMPARE(marked->size(), 1);
    QCOMPARE(marked->first().anchor.quote, cafeWord);
    auto more = m_store->markAllOccurrences(leica.id, 0);
    QVERIFY(more.ok());
    QCOMPARE(more->size(), 1);
    QCOMPARE(text.mid(more->first().anchor.start, 5), u"Leica"_s);
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
