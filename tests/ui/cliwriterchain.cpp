#include "cliwriterchain.h"

#include "testdata.h"

#include <QProcess>

using namespace Qt::StringLiterals;

void CliWriterChain::startNext(QObject* context, const QString& database, QDeadlineTimer deadline,
                               std::function<void(const QString&)> fail) {
    process = nullptr;
    if (deadline.hasExpired())
        return;
    const QStringList command = QStringList{u"--db"_s, database} + args(runs);
    auto* started = new QProcess(context);
    process = started;
    QObject::connect(started, &QProcess::finished, context,
                     [this, context, database, deadline, fail, started,
                      command](int code, QProcess::ExitStatus status) {
                         const QString out = QString::fromUtf8(started->readAllStandardOutput());
                         const QString err = QString::fromUtf8(started->readAllStandardError());
                         started->deleteLater();
                         ++runs;
                         if (status != QProcess::NormalExit || code != 0 || !err.isEmpty())
                             fail(u"%1 run %2: folio-cli %3: %4 %5, stderr: %6"_s.arg(
                                 name, QString::number(runs), command.mid(2).join(u' '),
                                 status == QProcess::NormalExit ? u"exit"_s : u"crashed"_s,
                                 QString::number(code), err.trimmed()));
                         else if (succeeded)
                             succeeded(command, out);
                         startNext(context, database, deadline, fail);
                     });
    QObject::connect(
        started, &QProcess::errorOccurred, context,
        [this, fail, started](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            fail(u"%1: folio-cli did not start: %2"_s.arg(name, started->errorString()));
            process = nullptr; // the chain ends here
            started->deleteLater();
        });
    started->start(TestData::cliPath(), command);
}
