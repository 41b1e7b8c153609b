#include "cliapplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("folio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOLIO_VERSION));
    return CliApplication().run(QCoreApplication::arguments());
}
