#include "annotationfixture.h"
#include "store/articlestore.h"
#include "testdata.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCorpusStatistics : public AnnotationFixture {
    Q_OBJECT
private slots:
    void statsAndSummariesCount();
    void evidenceOfPairListsEveryRecordWithItsArticle();
};

void TestCorpusStatistics::statsAndSummariesCount() {
    const qint64 first = addSample();
    const qint64 second = addArticle(TestData::generatedArticle(0));
    const qint64 third = addArticle(TestData::generatedArticle(1));
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);
    const Company huawei = company(u"Huawei"_s);
    const Company zeiss = company(u"Zeiss"_s);
    QVERIFY(m_mentions->markAllOccurrences(leica.id, first).ok());
    QVERIFY(m_mentions->markAllOccurrences(leica.id, second).ok());
    const int leicaMentions =
        int(m_mentions->mentions(first)->size() + m_mentions->mentions(second)->size());

    const auto partner = [&](qint64 article, qint64 a, qint64 b, const QString& kind,
                             const QString& status) {
        Partnership p;
        p.articleId = article;
        p.companyA = a;
        p.companyB = b;
        p.kind = kind;
        p.status = status;
        auto added = m_partnerships->addPartnership(p);
        return added.ok() ? added->id : 0;
    };
    const qint64 p1 = partner(first, xiaomi.id, leica.id, u"partnership"_s, u"announced"_s);
    const qint64 p2 = partner(first, leica.id, xiaomi.id, u"partnership"_s, u"announced"_s);
    const qint64 p3 = partner(second, leica.id, xiaomi.id, u"partnership"_s, u"current"_s);
    const qint64 p4 = partner(first, huawei.id, leica.id, u"partnership"_s, u"former"_s);
    const qint64 p5 = partner(third, leica.id, zeiss.id, u"supply"_s, u"rumoured"_s);
    QVERIFY(p1 && p2 && p3 && p4 && p5);

    auto stats = m_statistics->companyStats();
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
    QCOMPARE(*m_statistics->articlesOfCompany(leica.id), (QList<qint64>{first, second, third}));
    QCOMPARE(*m_statistics->articlesOfCompany(zeiss.id), QList<qint64>{third});

    auto summaries = m_statistics->partnershipSummaries();
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
    QCOMPARE(top.firstSeen, m_partnerships->partnership(p1)->createdAt);
    QCOMPARE(top.lastSeen, m_partnerships->partnership(p3)->createdAt);
    QCOMPARE(summaries->at(1).nameA, u"Leica"_s); // one article each: by names
    QCOMPARE(summaries->at(1).nameB, u"Huawei"_s);
    QCOMPARE(summaries->at(2).kind, u"supply"_s);

    auto ofHuawei = m_statistics->partnershipSummaries(huawei.id);
    QVERIFY(ofHuawei.ok());
    QCOMPARE(ofHuawei->size(), 1);
    QCOMPARE(ofHuawei->first().partnershipIds, QList<qint64>{p4});
    QCOMPARE(ofHuawei->first().status, u"former"_s);
    QCOMPARE(m_statistics->partnershipSummaries(leica.id)->size(), 3);
}

void TestCorpusStatistics::evidenceOfPairListsEveryRecordWithItsArticle() {
    const qint64 first = addSample();
    const qint64 second = addArticle(TestData::generatedArticle(0));
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);
    const Company zeiss = company(u"Zeiss"_s);
    const auto partner = [&](qint64 article, qint64 a, qint64 b, const QString& kind,
                             const QString& status, const QString& evidenceQuote) {
        Partnership p;
        p.articleId = article;
        p.companyA = a;
        p.companyB = b;
        p.kind = kind;
        p.status = status;
        if (!evidenceQuote.isEmpty())
            p.evidence = bare(article, evidenceQuote);
        auto added = m_partnerships->addPartnership(p);
        if (!added)
            qWarning("%s", qPrintable(added.errorMessage()));
        return added.ok() ? *added : Partnership();
    };
    const Partnership p1 =
        partner(first, xiaomi.id, leica.id, u"partnership"_s, u"announced"_s, u"Xiaomi"_s);
    const Partnership p2 = partner(second, leica.id, xiaomi.id, u"partnership"_s, u"current"_s, {});
    const Partnership other = partner(first, xiaomi.id, leica.id, u"supply"_s, u"announced"_s, {});
    const Partnership third = partner(first, leica.id, zeiss.id, u"partnership"_s, u"former"_s, {});
    QVERIFY(p1.id && p2.id && other.id && third.id);

    // The pair in either order, only its kind, newest first (the later id on a tie).
    for (const auto& [a, b] : {std::pair{xiaomi.id, leica.id}, std::pair{leica.id, xiaomi.id}}) {
        auto rows = m_statistics->partnershipEvidence(a, b, u"partnership"_s);
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), 2);
        const PartnershipEvidence& latest = rows->at(0);
        const PartnershipEvidence& earlier = rows->at(1);
        QCOMPARE(latest.partnershipId, p2.id);
        QCOMPARE(latest.articleId, second);
        QCOMPARE(latest.articleTitle, ArticleStore(*m_db).article(second)->title);
        QCOMPARE(latest.status, u"current"_s);
        QVERIFY(latest.evidence.end <= latest.evidence.start); // stated without a sentence
        QCOMPARE(earlier.partnershipId, p1.id);
        QCOMPARE(earlier.articleId, first);
        QCOMPARE(earlier.articleTitle, ArticleStore(*m_db).article(first)->title);
        QCOMPARE(earlier.status, u"announced"_s);
        QCOMPARE(earlier.evidence.quote, p1.evidence.quote);
        QCOMPARE(earlier.evidence.start, p1.evidence.start);
        QCOMPARE(earlier.evidence.end, p1.evidence.end);
        QVERIFY(earlier.evidence.anchored);
        QCOMPARE(earlier.recordedAt, p1.createdAt);
        QVERIFY(earlier.articleDate.isValid());
    }
    QCOMPARE(m_statistics->partnershipEvidence(xiaomi.id, leica.id, u"supply"_s)->size(), 1);
    QCOMPARE(m_statistics->partnershipEvidence(xiaomi.id, zeiss.id, u"partnership"_s)->size(), 0);
}

QTEST_GUILESS_MAIN(TestCorpusStatistics)
#include "tst_corpusstatistics.moc"
