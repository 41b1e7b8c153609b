#include "annotate/companycolors.h"
#include "annotationfixture.h"
#include "testdata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;

class TestCompanyStore : public AnnotationFixture {
    Q_OBJECT
private slots:
    void createsFindsAndEnsuresCompanies();
    void companyNamesAreUnique();
    void renameKeepsTheOldNameAsAlias();
    void aliasesAreCleanedAndMayNotNameAnotherCompany();
    void aliasesStoredTwiceByAnOlderFolioAreReadOnce();
    void deleteAndRestoreCompany();
    void mergeMovesAnnotationsAndNames();
    void undoMergeRestoresExactly();
};

void TestCompanyStore::createsFindsAndEnsuresCompanies() {
    auto leica = m_companies->createCompany(u"  Leica "_s);
    QVERIFY2(leica.ok(), qPrintable(leica.errorMessage()));
    QVERIFY(leica->id > 0);
    QCOMPARE(leica->name, u"Leica"_s);
    QCOMPARE(leica->color, CompanyColors::forIndex(0));
    auto xiaomi = m_companies->createCompany(u"Xiaomi"_s);
    QVERIFY(xiaomi.ok());
    QCOMPARE(xiaomi->color, CompanyColors::forIndex(1));
    QVERIFY(xiaomi->color != leica->color);
    QVERIFY(m_companies->setAliases(leica->id, {u"Leica Camera AG"_s, u"@leica_camera"_s}).ok());

    for (const QString& name : {u"Leica"_s, u"LEICA"_s, u"leica camera ag"_s, u" @Leica_Camera"_s,
                                u"leica_camera"_s, u"#leica_camera"_s}) {
        auto found = m_companies->findCompany(name);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QVERIFY2(found->has_value(), qPrintable(name));
        QCOMPARE((*found)->id, leica->id);
    }
    QVERIFY(!m_companies->findCompany(u"Nokia"_s)->has_value());
    QVERIFY(!m_companies->findCompany(u"  "_s)->has_value());

    auto ensured = m_companies->ensureCompany(u"leica camera ag"_s);
    QVERIFY(ensured.ok());
    QCOMPARE(ensured->id, leica->id);
    auto huawei = m_companies->ensureCompany(u" Huawei "_s);
    QVERIFY(huawei.ok());
    QCOMPARE(huawei->name, u"Huawei"_s);
    QCOMPARE(huawei->color, CompanyColors::forIndex(2));

    // Letters beyond ASCII are found without regard to case as well.
    auto oel = m_companies->createCompany(u"Ölwerke Süd"_s);
    QVERIFY(oel.ok());
    QCOMPARE((*m_companies->findCompany(u"ÖLWERKE SÜD"_s))->id, oel->id);

    auto all = m_companies->companies();
    QVERIFY(all.ok());
    QStringList names;
    for (const Company& c : *all)
        names.append(c.name);
    QCOMPARE(names, (QStringList{u"Huawei"_s, u"Leica"_s, u"Xiaomi"_s, u"Ölwerke Süd"_s}));
    QCOMPARE(all->at(1).aliases, (QStringList{u"Leica Camera AG"_s, u"leica_camera"_s}));
    QCOMPARE(*m_companies->company(leica->id), all->at(1));
    QVERIFY(m_companies->company(999).errorMessage().contains(u"999"_s));
}

void TestCompanyStore::companyNamesAreUnique() {
    company(u"Leica"_s, {u"Leica Camera AG"_s});
    auto again = m_companies->createCompany(u"leica"_s);
    QVERIFY(!again.ok());
    QCOMPARE(again.errorMessage(), u"There is already a company called “leica”."_s);
    auto alias = m_companies->createCompany(u"LEICA CAMERA AG"_s);
    QVERIFY(!alias.ok());
    QVERIFY2(
        alias.errorMessage().startsWith(u"There is already a company called “LEICA CAMERA AG”"_s),
        qPrintable(alias.errorMessage()));
    auto empty = m_companies->createCompany(u"   "_s);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.errorMessage(), u"The name is empty."_s);
    QCOMPARE(rows(u"company"_s), 1);
}

void TestCompanyStore::renameKeepsTheOldNameAsAlias() {
    const Company leica = company(u"Leica Camera"_s, {u"Leica"_s, u"@leica_camera"_s});
    const Company xiaomi = company(u"Xiaomi"_s, {u"Xiaomi Inc."_s});

    // The new name was an alias: it stops being one, the old name becomes one.
    QVERIFY(m_companies->renameCompany(leica.id, u" Leica "_s).ok());
    Company renamed = *m_companies->company(leica.id);
    QCOMPARE(renamed.name, u"Leica"_s);
    QCOMPARE(renamed.aliases, (QStringList{u"Leica Camera"_s, u"leica_camera"_s}));
    QCOMPARE(renamed.color, leica.color);

    QVERIFY(m_companies->renameCompany(leica.id, u"Leica AG"_s).ok());
    renamed = *m_companies->company(leica.id);
    QCOMPARE(renamed.aliases, (QStringList{u"Leica"_s, u"Leica Camera"_s, u"leica_camera"_s}));
    QCOMPARE((*m_companies->findCompany(u"leica camera"_s))->id, leica.id);

    // A change of case only is no new alias.
    QVERIFY(m_companies->renameCompany(leica.id, u"LEICA AG"_s).ok());
    QCOMPARE(m_companies->company(leica.id)->aliases, renamed.aliases);

    for (const QString& taken : {u"xiaomi"_s, u"Xiaomi Inc."_s}) {
        auto clash = m_companies->renameCompany(leica.id, taken);
        QVERIFY(!clash.ok());
        QVERIFY2(clash.errorMessage().contains(u"There is already a company called"_s),
                 qPrintable(clash.errorMessage()));
    }
    QVERIFY(!m_companies->renameCompany(leica.id, u""_s).ok());
    QVERIFY(!m_companies->renameCompany(999, u"Nokia"_s).ok());
    QCOMPARE(m_companies->company(leica.id)->name, u"LEICA AG"_s);
    QCOMPARE(*m_companies->company(xiaomi.id), xiaomi);
}

void TestCompanyStore::aliasesAreCleanedAndMayNotNameAnotherCompany() {
    const Company leica = company(u"Leica"_s);
    const Company xiaomi = company(u"Xiaomi"_s, {u"Mi"_s});
    QVERIFY(m_companies
                ->setAliases(leica.id, {u" Leica AG "_s, u"leica ag"_s, u""_s, u"  "_s, u"LEICA"_s,
                                        u"@leica_camera"_s, u"Leica_Camera"_s, u"#leica_camera"_s})
                .ok());
    QCOMPARE(m_companies->company(leica.id)->aliases,
             (QStringList{u"Leica AG"_s, u"leica_camera"_s}));

    for (const QString& clash : {u"xiaomi"_s, u"MI"_s}) {
        auto set = m_companies->setAliases(leica.id, {u"Leitz"_s, clash});
        QVERIFY(!set.ok());
        QVERIFY2(set.errorMessage().contains(u"Xiaomi"_s), qPrintable(set.errorMessage()));
    }
    QCOMPARE(m_companies->company(leica.id)->aliases,
             (QStringList{u"Leica AG"_s, u"leica_camera"_s}));
    QVERIFY(m_companies->setAliases(leica.id, {}).ok());
    QVERIFY(m_companies->company(leica.id)->aliases.isEmpty());
    QCOMPARE(*m_companies->company(xiaomi.id), xiaomi);
    QVERIFY(!m_companies->setAliases(999, {u"x"_s}).ok());
}

void TestCompanyStore::aliasesStoredTwiceByAnOlderFolioAreReadOnce() {
    const Company leica = company(u"Leica"_s);
    QSqlQuery query(m_db->connection());
    for (const QString& alias : {u"leica_camera"_s, u"@leica_camera"_s}) {
        QVERIFY(query.prepare(u"INSERT INTO company_alias (company_id, alias) VALUES (?, ?)"_s));
        query.addBindValue(leica.id);
        query.addBindValue(alias);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QCOMPARE(m_companies->company(leica.id)->aliases, QStringList{u"leica_camera"_s});
    QCOMPARE(m_companies->companies()->first().aliases, QStringList{u"leica_camera"_s});
}

void TestCompanyStore::deleteAndRestoreCompany() {
    const qint64 article = addSample();
    const Company leica = company(u"Leica"_s, {u"Leica Camera AG"_s});
    const Company zeiss = company(u"Zeiss"_s, {u"Carl Zeiss"_s});
    auto mention = m_mentions->addMention(article, leica.id, bare(article, u"Leica"_s));
    QVERIFY(mention.ok());
    auto refused = m_companies->deleteCompany(leica.id);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(u"1 mention"_s), qPrintable(refused.errorMessage()));

    QVERIFY(m_companies->deleteCompany(zeiss.id).ok());
    QVERIFY(!m_companies->company(zeiss.id).ok());
    QCOMPARE(rows(u"company_alias"_s), 1);
    auto restored = m_companies->restoreCompany(zeiss);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(*restored, zeiss);
    QVERIFY(!m_companies->restoreCompany(zeiss).ok()); // it exists again
}

void TestCompanyStore::mergeMovesAnnotationsAndNames() {
    const qint64 article = addSample();
    const Company leica = company(u"Leica"_s, {u"Leica Camera AG"_s});
    const Company camera = company(u"Leica Camera"_s, {u"@leica_camera"_s, u"Leitz"_s});
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company huawei = company(u"Huawei"_s);

    auto kept = m_mentions->addMention(article, leica.id, bare(article, u"Leica"_s));
    auto moved = m_mentions->addMention(article, camera.id, bare(article, u"@leica_camera"_s));
    QVERIFY(kept.ok() && moved.ok());
    const auto partner = [&](qint64 a, qint64 b) {
        Partnership p;
        p.articleId = article;
        p.companyA = a;
        p.companyB = b;
        auto added = m_partnerships->addPartnership(p);
        return added.ok() ? added->id : 0;
    };
    const qint64 onB = partner(xiaomi.id, camera.id);
    const qint64 onA = partner(camera.id, huawei.id);
    const qint64 self = partner(camera.id, leica.id);
    const qint64 selfReversed = partner(leica.id, camera.id);
    const qint64 untouched = partner(xiaomi.id, huawei.id);
    QVERIFY(onB && onA && self && selfReversed && untouched);
    QVERIFY(m_notes->setPartnershipNote(self, u"same company, really"_s).ok());

    auto merge = m_companies->mergeCompanies(leica.id, camera.id);
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

    QVERIFY(!m_companies->company(camera.id).ok());
    const Company after = *m_companies->company(leica.id);
    QCOMPARE(after.name, u"Leica"_s);
    QCOMPARE(after.aliases,
             (QStringList{u"Leica Camera"_s, u"Leica Camera AG"_s, u"leica_camera"_s, u"Leitz"_s}));
    QCOMPARE((*m_companies->findCompany(u"leitz"_s))->id, leica.id);
    const QList<Mention> mentions = *m_mentions->mentions(article);
    for (const Mention& m : mentions) {
        QCOMPARE(m.companyId, leica.id);
        QCOMPARE(m.companyName, u"Leica"_s);
    }
    QCOMPARE(m_partnerships->partnership(onB)->companyB, leica.id);
    QCOMPARE(m_partnerships->partnership(onA)->companyA, leica.id);
    QCOMPARE(m_partnerships->partnership(onA)->nameA, u"Leica"_s);
    QVERIFY(!m_partnerships->partnership(self).ok());
    QVERIFY(!m_partnerships->partnership(selfReversed).ok());
    QCOMPARE(m_partnerships->partnership(untouched)->companyA, xiaomi.id);
    QCOMPARE(rows(u"partnership"_s), 3);
    QCOMPARE(rows(u"note"_s), 0);

    QVERIFY(!m_companies->mergeCompanies(leica.id, leica.id).ok());
    QVERIFY(!m_companies->mergeCompanies(leica.id, camera.id).ok()); // gone
    QVERIFY(!m_companies->mergeCompanies(999, xiaomi.id).ok());
    QCOMPARE(rows(u"company"_s), 3);
}

void TestCompanyStore::undoMergeRestoresExactly() {
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
    QVERIFY(m_mentions->markAllOccurrences(camera.id, first).ok());
    QVERIFY(m_mentions->markAllOccurrences(leica.id, 0).ok());
    QVERIFY(m_mentions->markAllOccurrences(xiaomi.id, 0).ok());
    const QList<Mention> mentions = *m_mentions->mentions(first);
    QVERIFY(m_notes->setMentionNote(mentions.first().id, u"first one"_s).ok());
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
        QVERIFY(m_partnerships->addPartnership(p).ok());
    }
    QVERIFY(m_notes->setArticleNote(first, u"about the deal"_s).ok());

    const auto snapshot = [&]() {
        QStringList state;
        const QList<Company> companies = *m_companies->companies();
        for (const Company& c : companies)
            state << u"company %1 %2 %3 %4"_s.arg(c.id).arg(c.name, c.color, c.aliases.join(u'|'));
        for (qint64 article : {first, second}) {
            state << describeAll(*m_mentions->mentions(article));
            state << describeAll(*m_partnerships->partnerships(article));
            // Restored notes are new rows: same text on the same target, new id and time.
            const QList<Note> notes = *m_notes->notes(article);
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

    auto merge = m_companies->mergeCompanies(leica.id, camera.id);
    QVERIFY2(merge.ok(), qPrintable(merge.errorMessage()));
    QVERIFY(!merge->movedMentions.isEmpty());
    QCOMPARE(merge->droppedPartnerships.size(), 2);
    QVERIFY(snapshot() != before);

    auto undone = m_companies->undoMerge(*merge);
    QVERIFY2(undone.ok(), qPrintable(undone.errorMessage()));
    QCOMPARE(snapshot(), before);
    QVERIFY(!m_companies->undoMerge(*merge).ok()); // the company exists again
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestCompanyStore)
#include "tst_companystore.moc"
