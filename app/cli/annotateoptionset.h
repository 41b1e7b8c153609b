#pragma once

#include "clicommands.h"

#include <QCommandLineOption>

class QCommandLineParser;

// The options of `annotate` (and --company of `partnerships`) on folio-cli's parser. The parser
// knows them for every command; notReadBy() names one given to a command that ignores it.
class AnnotateOptionSet final {
public:
    explicit AnnotateOptionSet(QCommandLineParser& parser); // adds them
    AnnotateOptions values(const QCommandLineParser& parser) const;
    // The first option set on the command line that `command` does not read ("--quote"), or
    // an empty string.
    QString notReadBy(const QCommandLineParser& parser, const QString& command) const;

private:
    QCommandLineOption m_company;
    QCommandLineOption m_quote;
    QCommandLineOption m_all;
    QCommandLineOption m_start;
    QCommandLineOption m_end;
    QCommandLineOption m_partnership;
    QCommandLineOption m_kind;
    QCommandLineOption m_status;
    QCommandLineOption m_evidence;
    QCommandLineOption m_note;
};
