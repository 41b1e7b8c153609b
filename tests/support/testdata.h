#pragma once

#include <QByteArray>
#include <QString>

// Where tests find their fixtures, and small helpers to write real files for them.
namespace TestData {
QString path(const QString& relative);            // tests/data/<relative>
QString samplesDir();                              // resources/samples
QByteArray readBytes(const QString& path);         // QFAILs are the caller's business: empty on error
bool writeBytes(const QString& path, const QByteArray& bytes);
QString cliPath();                                 // the built folio-cli
} // namespace TestData
