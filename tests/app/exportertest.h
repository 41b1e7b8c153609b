#pragma once

#include "exchange/exportedarticle.h"
#include "store/database.h"

#include <QDir>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// The fixture of the exporters' tests: a fresh database holding an article whose title, text and
// notes carry everything an export must escape, with its mentions, partnership and notes loaded
// for export.
class ExporterTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

protected:
    static const QString title;
    // The text between code points [start, end): how brat and W3C readers slice it.
    static QString byCodePoints(const QString& text, int start, int end);
    static QStringList sorted(QStringList list);
    // A tiny RFC 4180 reader: quoted fields, doubled quotes, CRLF between records.
    static QList<QStringList> readCsv(const QString& text);
    QStringList entries() const {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ExportedArticle m_article;
};
