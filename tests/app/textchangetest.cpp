#include "textchangetest.h"

#include "annotate/textspan.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;

void TextChangeTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_articles = std::make_unique<ArticleStore>(*m_db);
    m_companies = std::make_unique<CompanyStore>(*m_db);
    m_mentions = std::make_unique<MentionStore>(*m_db);
    m_partnerships = std::make_unique<PartnershipStore>(*m_db);
}

void TextChangeTest::cleanup() {
    m_partnerships.reset();
    m_mentions.reset();
    m_companies.reset();
    m_articles.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TextChangeTest::addSample() {
    const QString raw = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    auto added = m_articles->add(TestData::article(raw, u"/data/sample.txt"_s));
    return added ? added->id : 0;
}

Mention TextChangeTest::mark(qint64 articleId, const QString& company, int start, int end) {
    auto companyRow = m_companies->ensureCompany(company);
    if (!companyRow)
        return {};
    auto added = m_mentions->addMention(articleId, companyRow->id,
                                        TextSpan::anchorFor(cleanText(articleId), start, end));
    if (!added)
        qWarning("%s", qPrintable(added.errorMessage()));
    return added ? *added : Mention{};
}

int TextChangeTest::markAll(qint64 articleId, const QString& name) {
    const QString text = cleanText(articleId);
    int count = 0;
    for (const TextSpan::Span& span : TextSpan::occurrences(text, name))
        count += mark(articleId, name, span.start, span.end).id > 0 ? 1 : 0;
    return count;
}

QList<HistoryEvent> TextChangeTest::eventsOf(qint64 mentionId) const {
    QList<HistoryEvent> events;
    const QList<HistoryEntry> history = *HistoryStore(*m_db).mentionHistory(mentionId);
    for (const HistoryEntry& entry : history)
        events.append(entry.event);
    return events;
}

QList<TextAnchor> TextChangeTest::anchorsOf(qint64 articleId) const {
    QList<TextAnchor> anchors;
    const QList<Mention> mentions = *m_mentions->mentions(articleId);
    for (const Mention& m : mentions)
        anchors.append(m.anchor);
    return anchors;
}

void TextChangeTest::verifyAllAddressTheirQuotes(qint64 articleId) {
    const QString text = cleanText(articleId);
    const QString hash = TextSpan::textHash(text);
    const QList<Mention> mentions = *m_mentions->mentions(articleId);
    for (const Mention& m : mentions) {
        if (!m.anchor.anchored)
            continue;
        QCOMPARE(text.mid(m.anchor.start, m.anchor.length()), m.anchor.quote);
        QCOMPARE(m.anchor.textHash, hash);
        QCOMPARE(m.anchor, TextSpan::anchorFor(text, m.anchor.start, m.anchor.end));
    }
    const QList<Partnership> partnerships = *m_partnerships->partnerships(articleId);
    for (const Partnership& p : partnerships) {
        if (p.evidence.anchored && p.evidence.end > p.evidence.start)
            QCOMPARE(text.mid(p.evidence.start, p.evidence.length()), p.evidence.quote);
    }
}
