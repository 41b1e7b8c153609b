#pragma once

#include "store/articlefilter.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// The fixture of the ArticleQuery tests: a fresh database for every test function, and quick ways
// to fill it.
class ArticleQueryTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

protected:
    // Adds `n` generated articles, imported one minute apart (three at a time share a minute, to
    // exercise the id tie-break), and returns their ids.
    QList<qint64> addArticles(int n);
    qint64 addCompany(const QString& name);
    void addMention(qint64 articleId, qint64 companyId);
    void addPartnership(qint64 articleId, qint64 companyA, qint64 companyB);
    QList<ArticleSummary> all(const ArticleFilter& filter, ArticleSort sort = ArticleSort::Date,
                              Qt::SortOrder order = Qt::AscendingOrder);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<QString> m_titles; // by generated number
};
