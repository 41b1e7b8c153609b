#include "cliapplication.h"

#include "clicommands.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <map>

namespace {

using Command = int (*)(CliContext&);

const std::map<QString, Command>& commands() {
    static const std::map<QString, Command> table{
        {QStringLiteral("import"), &CliCommands::importPaths},
        {QStringLiteral("list"), &CliCommands::list},
        {QStringLiteral("show"), &CliCommands::show},
        {QStringLiteral("search"), &CliCommands::search},
        {QStringLiteral("stats"), &CliCommands::stats},
        {QStringLiteral("check"), &CliCommands::check},
    };
    return table;
}

const char* const helpText = R"(
Commands:
  import PATH...   import .txt articles from files and folders (recursively)
  list             id, title, source and reading status of every article
  show ID          the clean article (with --json: text, paragraphs, removed pieces, annotations)
  search QUERY     full-text search, best matches first, with a snippet
  stats            how many articles, companies, mentions, partnerships and notes
  check            check that the database is sound

Exit status: 0 success, 1 something failed, 2 usage error.
)";

} // namespace

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr) {
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int CliApplication::usageError(const QString& message) {
    m_err << "folio-cli: " << message << "\nTry 'folio-cli --help'.\n";
    m_err.flush();
    return UsageError;
}

int CliApplication::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Folio on the command line: import, read and search news articles."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Use the database at PATH (default: %1).").arg(Database::defaultPath()),
        QStringLiteral("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print data as JSON."));
    parser.addOption(dbOption);
    parser.addOption(jsonOption);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (below)."),
                                 QStringLiteral("COMMAND [ARGS...]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText() << helpText;
        return Success;
    }
    if (parser.isSet(versionOption)) {
        m_out << "folio-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString name = positional.takeFirst();
    const auto command = commands().find(name);
    if (command == commands().end())
        return usageError(QStringLiteral("unknown command '%1'").arg(name));

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    auto database = Database::open(path);
    if (!database) {
        m_err << "folio-cli: " << database.errorMessage() << '\n';
        return Failure;
    }
    CliContext context{**database, positional, parser.isSet(jsonOption), m_out, m_err};
    const int status = command->second(context);
    m_out.flush();
    m_err.flush();
    return status;
}
