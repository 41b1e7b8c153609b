#pragma once

#include "import/importreport.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QObject>
#include <QString>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

// The real window on the offscreen platform, driven as a user drives it, with the results read
// back from the database file. The fixture of the MainWindow tests: a fresh folder, database and
// window for every test function.
class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    void openWindow();
    ImportReport importFolderAndWait(const QString& folder);
    QString writeArticles(const QString& name, int count);
    QTableView* list() const;
    QAction* action(const char* name) const {
        return m_window->findChild<QAction*>(QString::fromLatin1(name));
    }
    Article storedArticle(qint64 id) const { return *ArticleStore(*m_check).article(id); }
    int rowOfTitleContaining(const QString& text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Database> m_check; // a second connection, as another reader would have
};
