#pragma once

#include "window/mainwindow.h"

#include <QAction>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// The window in a child process: a test binary whose main() sees FOLIO_WINDOW_DB set returns
// this instead of running its tests.
int runWindowProcess();

// The window and folio-cli on one database file at the same time, as people use them: a script
// imports or annotates while they read. Every other program here is a real folio-cli process.
// The fixture of the two-programs tests: a fresh folder for every test function.
class TwoProgramsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    struct Run {
        int status = -1;
        QString out;
        QString err;
    };
    QString db() const;
    Run cli(const QStringList& args) const;
    QJsonObject showJson(qint64 id) const;
    QString writeArticles(const QString& name, int from, int to) const;
    void openWindow();
    qint64 importAndOpen(const QString& raw);
    void markSelectionAs(const QString& company);
    QString takeErrorMessage();
    QAction* action(const char* name) const {
        return m_window->findChild<QAction*>(QString::fromLatin1(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};
