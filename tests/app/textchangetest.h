#pragma once

#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/mentionstore.h"
#include "store/partnershipstore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Text changes on real SQLite files: the text, the removed pieces, the annotations and their
// history change together, and no annotation is ever lost. The fixture of the text change tests:
// a fresh database and its stores for every test function.
class TextChangeTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

protected:
    qint64 addSample();
    QString cleanText(qint64 id) const { return m_articles->article(id)->clean.text(); }
    Mention mark(qint64 articleId, const QString& company, int start, int end);
    // Marks every whole-word occurrence of `name`; returns how many.
    int markAll(qint64 articleId, const QString& name);
    QList<HistoryEvent> eventsOf(qint64 mentionId) const;
    QList<TextAnchor> anchorsOf(qint64 articleId) const;
    void verifyAllAddressTheirQuotes(qint64 articleId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_articles;
    std::unique_ptr<CompanyStore> m_companies;
    std::unique_ptr<MentionStore> m_mentions;
    std::unique_ptr<PartnershipStore> m_partnerships;
};
