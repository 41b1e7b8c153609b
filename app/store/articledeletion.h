#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

class Database;

// What deleting an article takes with it, for the question a user is asked and the line
// folio-cli prints: the annotations a person made on it.
struct ArticleContents {
    qint64 id = 0;
    QString title;
    int mentions = 0;
    int partnerships = 0;
    int notes = 0;

    int annotations() const { return mentions + partnerships + notes; }
};

// The rows of one table that a deletion took, exactly as they were stored (every column, the
// ids included), so that restoring them gives back the same rows.
struct DeletedRows {
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

// One deleted article: what it held, and its rows table by table, parents first.
struct DeletedArticle {
    ArticleContents contents;
    QString contentHash;
    QList<DeletedRows> tables;
};

// What ArticleDeletion::remove() took, in the order the ids were given; restore() puts it back.
struct DeletedArticles {
    QList<DeletedArticle> articles;

    bool isEmpty() const { return articles.isEmpty(); }
    QList<qint64> ids() const;
};

// Deleting articles with everything hanging on them (removed pieces, mentions, partnerships,
// notes, history; the search index follows through its triggers), and putting them back for
// undo. Companies stay: they belong to the whole corpus. Each call is one transaction, all or
// nothing; another program notices through its DatabaseWatcher like any other commit.
class ArticleDeletion final {
public:
    explicit ArticleDeletion(Database& database)
        : m_db(database) {}

    // What deleting `ids` would take, in their order (each id once). Fails, naming every id
    // that is not an article, when any is not.
    Result<QList<ArticleContents>> contents(const QList<qint64>& ids) const;

    // Runs inside remove()'s transaction on what it is about to delete; an error stops it.
    using Check = std::function<Result<void>(const QList<ArticleContents>&)>;

    // Deletes the articles and everything on them. Fails, deleting nothing, when any id is not
    // an article (the message names them all) or when `check` refuses what it would take (so
    // that "only without annotations" cannot race another program annotating meanwhile).
    Result<DeletedArticles> remove(const QList<qint64>& ids, const Check& check = {});

    // Puts back exactly what remove() took, under the same ids. Refuses, restoring nothing, when
    // an id has been given to another article since, the same text was imported again, or a
    // company the annotations name is gone.
    Result<void> restore(const DeletedArticles& deleted);

private:
    Result<DeletedArticle> take(const ArticleContents& contents);
    Result<void> checkRestorable(const DeletedArticle& article) const;
    Result<void> checkCompaniesExist(const DeletedArticle& article) const;
    Result<void> insert(const DeletedRows& rows);

    Database& m_db;
};
