#include "articledeletiontest.h"

#include "articlelist/articlelistmodel.h"
#include "store/articlestore.h"
#include "store/mentionstore.h"
#include "window/mainwindow.h"

#include <QDialog>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

QList<qint64> ArticleDeletionTest::importArticles(int count) {
    m_check.reset();
    openWindow();
    if (!m_window)
        return {};
    auto check = Database::open(db());
    if (!check)
        return {};
    m_check = std::move(check).value();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({writeArticles(u"in"_s, 0, count)});
    if (!finished.wait(60000))
        return {};
    for (QWidget* dialog : m_window->findChildren<QDialog*>())
        dialog->close();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return {};
    return listedIds();
}

QList<qint64> ArticleDeletionTest::listedIds() const {
    ArticleListModel* model = m_window->articleModel();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->articleId(row);
    return ids;
}

void ArticleDeletionTest::clickRow(int row, Qt::KeyboardModifiers modifiers) {
    ArticleListView* view = list();
    const QModelIndex index = m_window->articleModel()->index(row, ArticleListModel::TitleColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->visualRect(index).center());
}

void ArticleDeletionTest::pressDeleteInList() {
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Delete);
}

bool ArticleDeletionTest::exists(qint64 id) const {
    return ArticleStore(*m_check).article(id).ok();
}

int ArticleDeletionTest::mentionsOf(qint64 id) const {
    return int(MentionStore(*m_check).mentions(id).value().size());
}

QUndoStack* ArticleDeletionTest::undoStack() const {
    return m_window->findChild<QUndoStack*>();
}

void ArticleDeletionTest::annotate(qint64 id, const QStringList& args) {
    const Run run = cli(QStringList{u"annotate"_s, QString::number(id)} + args);
    QVERIFY2(run.status == 0, qPrintable(run.err));
}

QString ArticleDeletionTest::status() const {
    return m_window->statusBar()->currentMessage();
}
