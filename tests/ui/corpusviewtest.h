#pragma once

#include "store/database.h"

#include <QObject>
#include <QString>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

// The Companies and Partnerships views over a real database: what they list, how they filter,
// and the requests they send (they never write themselves). The fixture of the corpus views'
// tests: a fresh database with three articles, five companies, their mentions and partnerships.
class CorpusViewTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

protected:
    qint64 addArticle(const QString& raw);
    void mention(qint64 articleId, qint64 companyId, const QString& word, int occurrence = 0);
    qint64 partnership(qint64 articleId, qint64 a, qint64 b, const QString& evidenceOf = {});
    template <typename View> std::unique_ptr<View> open();
    template <typename T> T* child(QWidget* view, const QString& name) const {
        auto* widget = view->findChild<T*>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    static int rowOf(QTableWidget* table, const QString& name, int column = 0);
    static int visibleRows(QTableWidget* table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_sample = 0, m_deal0 = 0, m_deal2 = 0;
    qint64 m_xiaomi = 0, m_leica = 0, m_vivo = 0, m_zeiss = 0, m_huawei = 0;
    qint64 m_sampleDeal = 0, m_laterDeal = 0;
};

template <typename View> std::unique_ptr<View> CorpusViewTest::open() {
    auto view = std::make_unique<View>(*m_db, nullptr);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return {};
    return view;
}
