#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// folio-cli as scripts use it: a real process on a real database file. The fixture of the test
// classes of folio-cli's commands: every test function gets a fresh folder.
class CliTest : public QObject {
    Q_OBJECT
private slots:
    void init();

protected:
    struct Run {
        int status = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QProcessEnvironment& env = {});
    QString db() const; // folio.sqlite in the test's folder
    // folio-cli --db db() ARGS, expecting exit status 0.
    Run ok(const QStringList& args);
    QJsonObject showJson(int id);
    QJsonArray jsonArray(const QStringList& args);
    void importSamples();

    std::unique_ptr<QTemporaryDir> m_dir;
};
