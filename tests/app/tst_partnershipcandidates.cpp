#include "annotate/partnershipcandidates.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What the partnership dialog offers first: the pair the evidence sentence names.
class TestPartnershipCandidates : public QObject {
    Q_OBJECT
private slots:
    void companiesInTheSentenceComeFirstThenTheArticlesThenAll();
    void eachNameOnce();
};

namespace {
Mention mention(const QString& company, int start, int end) {
    Mention m;
    m.companyName = company;
    m.anchor.start = start;
    m.anchor.end = end;
    return m;
}
} // namespace

void TestPartnershipCandidates::companiesInTheSentenceComeFirstThenTheArticlesThenAll() {
    const QList<Mention> mentions{mention(u"Huawei"_s, 0, 6), mention(u"Xiaomi"_s, 40, 46),
                                  mention(u"Leica"_s, 60, 65)};
    const auto names = PartnershipCandidates::names(
        mentions, {u"Apple"_s, u"Leica"_s, u"Zeiss"_s, u"Huawei"_s}, 30, 80);
    QCOMPARE(names.inEvidence, (QStringList{u"Xiaomi"_s, u"Leica"_s}));
    QCOMPARE(names.all,
             (QStringList{u"Xiaomi"_s, u"Leica"_s, u"Huawei"_s, u"Apple"_s, u"Zeiss"_s}));
}

void TestPartnershipCandidates::eachNameOnce() {
    const QList<Mention> mentions{mention(u"Leica"_s, 0, 5), mention(u"Leica"_s, 10, 15),
                                  mention(u"Vivo"_s, 20, 24)};
    const auto names = PartnershipCandidates::names(mentions, {u"Vivo"_s, u"Leica"_s}, 0, 30);
    QCOMPARE(names.inEvidence, (QStringList{u"Leica"_s, u"Vivo"_s}));
    QCOMPARE(names.all, (QStringList{u"Leica"_s, u"Vivo"_s}));
    // A selection outside every mark offers the article's companies, none as the pair.
    QVERIFY(PartnershipCandidates::names(mentions, {}, 100, 120).inEvidence.isEmpty());
}

QTEST_GUILESS_MAIN(TestPartnershipCandidates)
#include "tst_partnershipcandidates.moc"
