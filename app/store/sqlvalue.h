#pragma once

#include <QString>
#include <QVariant>

// Values as the store binds them.
namespace SqlValue {

// Qt binds a null QString as SQL NULL; Folio's text columns are NOT NULL with '' for "none".
inline QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace SqlValue
