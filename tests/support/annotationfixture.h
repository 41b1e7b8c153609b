#pragma once

#include "annotate/annotation.h"
#include "store/companystore.h"
#include "store/corpusstatistics.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "store/notestore.h"
#include "store/partnershipstore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// What the tests of the annotation stores share: a new database for every test with each store
// on it (writing as "tester"), articles to annotate, anchors to name and rows to count. A Qt Test
// class derives from it and inherits init() and cleanup(), which Qt Test calls around each test.
class AnnotationFixture : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup(); // after checking that the test left the database sound

protected:
    qint64 addArticle(const QString& raw);
    qint64 addSample();
    QString cleanText(qint64 articleId);
    // The anchor of the nth whole-word occurrence of `quote`, with only offsets and quote.
    TextAnchor bare(qint64 articleId, const QString& quote, int nth = 0);
    int rows(const QString& table);
    Company company(const QString& name, const QStringList& aliases = {});

    static TextAnchor anchorAt(int start, int end, const QString& quote);
    static QString describe(const TextAnchor& a);
    static QString describe(const Mention& m);
    static QString describe(const Partnership& p);
    template <typename T> static QStringList describeAll(const QList<T>& list) {
        QStringList lines;
        for (const T& item : list)
            lines.append(describe(item));
        return lines;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CompanyStore> m_companies;
    std::unique_ptr<MentionStore> m_mentions;
    std::unique_ptr<PartnershipStore> m_partnerships;
    std::unique_ptr<NoteStore> m_notes;
    std::unique_ptr<CorpusStatistics> m_statistics;
};
