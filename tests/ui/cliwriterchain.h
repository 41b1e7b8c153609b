#pragma once

#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;
class QProcess;

// One writer beside the window: real folio-cli runs, each started when the previous one
// finished, from the event loop, so the window's thread is never blocked waiting for a process.
struct CliWriterChain {
    QString name;
    std::function<QStringList(int run)> args;
    std::function<void(const QStringList& args, const QString& out)> succeeded;
    QProcess* process = nullptr; // the run going on, if any
    int runs = 0;

    // Starts the next run on `database` unless `deadline` has passed; a run that fails (exit
    // status, crash, anything on stderr) is told to `fail` with its command and output.
    void startNext(QObject* context, const QString& database, QDeadlineTimer deadline,
                   std::function<void(const QString&)> fail);
};
