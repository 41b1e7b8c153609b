#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

// Writing an export so that a failure or a cancel leaves nothing half-written: files go into a
// hidden temporary folder next to the target, which becomes the target at commit() (or, when
// the target folder exists, whose files replace their namesakes in it, leaving other files
// alone). Destroyed without commit(), it removes everything it wrote.
class FolderOutput final {
public:
    ~FolderOutput();
    FolderOutput(FolderOutput&&) noexcept;

    // Errors: "Cannot write to /x: ..." when /x is a file or its folder cannot be made.
    static Result<FolderOutput> begin(const QString& folder);

    Result<void> write(const QString& fileName, const QByteArray& bytes);
    Result<void> commit();

    QString folder() const { return m_folder; }
    const QStringList& files() const { return m_files; }

private:
    explicit FolderOutput(QString folder);

    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_temp;
    QStringList m_files;
};

namespace ExportOutput {

// Writes `bytes` to `path` through QSaveFile: the old file stays until the new one is whole.
Result<void> writeFile(const QString& path, const QByteArray& bytes);

// "Cannot write to <path>: <why>"
Error cannotWrite(const QString& path, const QString& why);

} // namespace ExportOutput
