#include "store/database.h"
#include "window/appsettings.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("folio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Folio"));
    QApplication::setApplicationVersion(QStringLiteral(FOLIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.folio"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Read news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Use the database at PATH."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QApplication::translate("main", "Files or folders to import."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    auto database = Database::open(path);
    if (!database) {
        QMessageBox::critical(nullptr, QStringLiteral("Folio"), database.errorMessage());
        return 1;
    }
    MainWindow window(std::move(database).value(), std::make_unique<AppSettings>());
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());
    return app.exec();
}
