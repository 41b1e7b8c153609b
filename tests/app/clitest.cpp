#include "clitest.h"

#include "testdata.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

CliTest::Run CliTest::cli(const QStringList& args, const QProcessEnvironment& env) {
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(TestData::cliPath(), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString CliTest::db() const {
    return m_dir->filePath(u"folio.sqlite"_s);
}

CliTest::Run CliTest::ok(const QStringList& args) {
    Run run = cli(QStringList{u"--db"_s, db()} + args);
    if (run.status != 0)
        qWarning("folio-cli %s: exit %d: %s", qPrintable(args.join(u' ')), run.status,
                 qPrintable(run.err));
    return run;
}

QJsonObject CliTest::showJson(int id) {
    return QJsonDocument::fromJson(ok({u"--json"_s, u"show"_s, QString::number(id)}).out.toUtf8())
        .object();
}

QJsonArray CliTest::jsonArray(const QStringList& args) {
    return QJsonDocument::fromJson(ok(QStringList{u"--json"_s} + args).out.toUtf8()).array();
}

void CliTest::importSamples() {
    QCOMPARE(ok({u"import"_s, TestData::samplesDir()}).status, 0);
}

void CliTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}
