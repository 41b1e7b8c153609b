#pragma once

#include <QStringList>
#include <QTextStream>

// folio-cli's front door: parses `folio-cli [--db PATH] [--json] COMMAND ARGS...`, opens the
// database and hands over to the command. Exit status: 0 success, 1 failure, 2 usage error.
class CliApplication final {
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CliApplication();
    int run(const QStringList& arguments);

private:
    int usageError(const QString& message);

    QTextStream m_out;
    QTextStream m_err;
};
