#include "corpusviewtest.h"

#include "annotate/textspan.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/mentionstore.h"
#include "store/partnershipstore.h"
#include "testdata.h"

using namespace Qt::StringLiterals;

void CorpusViewTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_sample = addArticle(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    m_deal0 = addArticle(TestData::generatedArticle(0)); // Xiaomi and Leica
    m_deal2 = addArticle(TestData::generatedArticle(2)); // Vivo and Zeiss
    QVERIFY(m_sample > 0 && m_deal0 > 0 && m_deal2 > 0);

    CompanyStore store(*m_db);
    const auto id = [&](const QString& name) {
        const auto company = store.ensureCompany(name);
        if (!company)
            qWarning("%s", qPrintable(company.errorMessage()));
        return company ? company->id : 0;
    };
    m_xiaomi = id(u"Xiaomi"_s), m_leica = id(u"Leica"_s), m_vivo = id(u"Vivo"_s);
    m_zeiss = id(u"Zeiss"_s), m_huawei = id(u"Huawei"_s);
    QVERIFY(m_xiaomi && m_leica && m_vivo && m_zeiss && m_huawei);
    QVERIFY(store.setAliases(m_leica, {u"Leica Camera AG"_s}).ok());

    // Xiaomi: 3 mentions in 2 articles; Leica: 2 in 2; Zeiss: 2 in 2; Vivo: 1 in 1; Huawei: none.
    mention(m_sample, m_xiaomi, u"Xiaomi"_s, 0);
    mention(m_sample, m_xiaomi, u"Xiaomi"_s, 1);
    mention(m_sample, m_leica, u"Leica"_s);
    mention(m_sample, m_vivo, u"Vivo"_s);
    mention(m_sample, m_zeiss, u"Zeiss"_s);
    mention(m_deal0, m_xiaomi, u"Xiaomi"_s);
    mention(m_deal0, m_leica, u"Leica"_s);
    mention(m_deal2, m_zeiss, u"Zeiss"_s);
    // Xiaomi–Leica in two articles (the later record in deal0), Vivo–Zeiss in one.
    m_sampleDeal = partnership(m_sample, m_xiaomi, m_leica, u"Xiaomi und @leica_camera"_s);
    partnership(m_sample, m_vivo, m_zeiss);
    m_laterDeal = partnership(m_deal0, m_xiaomi, m_leica);
    QVERIFY(m_sampleDeal && m_laterDeal);
}

void CorpusViewTest::cleanup() {
    m_db.reset();
    m_dir.reset();
}

qint64 CorpusViewTest::addArticle(const QString& raw) {
    const auto added = ArticleStore(*m_db).add(TestData::article(raw));
    return added ? added->id : 0;
}

void CorpusViewTest::mention(qint64 articleId, qint64 companyId, const QString& word,
                             int occurrence) {
    const QString text = ArticleStore(*m_db).article(articleId)->clean.text();
    int start = text.indexOf(word);
    for (int n = 0; n < occurrence; ++n)
        start = text.indexOf(word, start + 1);
    QVERIFY2(start >= 0, qPrintable(word));
    const auto added = MentionStore(*m_db).addMention(
        articleId, companyId, TextSpan::anchorFor(text, start, start + int(word.size())));
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
}

qint64 CorpusViewTest::partnership(qint64 articleId, qint64 a, qint64 b,
                                   const QString& evidenceOf) {
    Partnership partnership;
    partnership.articleId = articleId;
    partnership.companyA = a;
    partnership.companyB = b;
    if (!evidenceOf.isEmpty()) {
        const QString text = ArticleStore(*m_db).article(articleId)->clean.text();
        const TextSpan::Span sentence = TextSpan::sentenceAt(text, int(text.indexOf(evidenceOf)));
        partnership.evidence = TextSpan::anchorFor(text, sentence.start, sentence.end);
    }
    const auto added = PartnershipStore(*m_db).addPartnership(partnership);
    if (!added)
        qWarning("%s", qPrintable(added.errorMessage()));
    return added ? added->id : 0;
}

int CorpusViewTest::rowOf(QTableWidget* table, const QString& name, int column) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column)->text() == name)
            return row;
    }
    return -1;
}

int CorpusViewTest::visibleRows(QTableWidget* table) {
    int count = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        count += table->isRowHidden(row) ? 0 : 1;
    return count;
}
