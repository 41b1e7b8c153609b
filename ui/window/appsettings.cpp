#include "window/appsettings.h"

#include "exchange/exportrunner.h"

#include <QCryptographicHash>
#include <QFontDatabase>

#include <algorithm>

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString headerKey = QStringLiteral("list/header");
const QString listShownKey = QStringLiteral("window/listShown");
const QString panelShownKey = QStringLiteral("window/panelShown");
const QString readingModeKey = QStringLiteral("window/readingMode");
const QString themeKey = QStringLiteral("reader/theme");
const QString fontKey = QStringLiteral("reader/font");
const QString showRemovedKey = QStringLiteral("reader/showRemoved");
const QString lastArticleKey = QStringLiteral("reader/lastArticle");
const QString exportFormatKey = QStringLiteral("export/format");
const QString exportPathKey = QStringLiteral("export/path");
const QString exportWikiLinksKey = QStringLiteral("export/wikiLinks");
const QString datasetMappingGroup = QStringLiteral("datasetMappings/");

// A shape holds header names with any characters, '/' among them: hashed, it is one key.
QString datasetMappingKey(const QString& shapeKey) {
    return datasetMappingGroup +
           QString::fromLatin1(
               QCryptographicHash::hash(shapeKey.toUtf8(), QCryptographicHash::Sha1).toHex());
}
const QString fetchIntervalKey = QStringLiteral("subscriptions/fetchIntervalMinutes");

QFont defaultReaderFont() {
    // A serif face reads better in long columns; fall back to the system font if none is set up.
    QFont font(QStringLiteral("serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSize(13);
    return font;
}
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("folio"), QStringLiteral("folio"))) {}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

QByteArray AppSettings::windowGeometry() const {
    return m_settings->value(geometryKey).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray& value) {
    m_settings->setValue(geometryKey, value);
}
QByteArray AppSettings::windowState() const {
    return m_settings->value(stateKey).toByteArray();
}
void AppSettings::setWindowState(const QByteArray& value) {
    m_settings->setValue(stateKey, value);
}
QByteArray AppSettings::splitterState() const {
    return m_settings->value(splitterKey).toByteArray();
}
void AppSettings::setSplitterState(const QByteArray& value) {
    m_settings->setValue(splitterKey, value);
}
QByteArray AppSettings::listHeaderState() const {
    return m_settings->value(headerKey).toByteArray();
}
void AppSettings::setListHeaderState(const QByteArray& value) {
    m_settings->setValue(headerKey, value);
}
bool AppSettings::listShown() const {
    return m_settings->value(listShownKey, true).toBool();
}
void AppSettings::setListShown(bool value) {
    m_settings->setValue(listShownKey, value);
}
bool AppSettings::panelShown() const {
    return m_settings->value(panelShownKey, true).toBool();
}
void AppSettings::setPanelShown(bool value) {
    m_settings->setValue(panelShownKey, value);
}
bool AppSettings::readingMode() const {
    return m_settings->value(readingModeKey, false).toBool();
}
void AppSettings::setReadingMode(bool value) {
    m_settings->setValue(readingModeKey, value);
}

ThemeChoice AppSettings::theme() const {
    const QString name = m_settings->value(themeKey).toString();
    if (name == QLatin1String("light"))
        return ThemeChoice::Light;
    if (name == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

void AppSettings::setTheme(ThemeChoice value) {
    static const QString names[] = {QStringLiteral("system"), QStringLiteral("light"),
                                    QStringLiteral("dark")};
    m_settings->setValue(themeKey, names[int(value)]);
}

QFont AppSettings::readerFont() const {
    QFont font = defaultReaderFont();
    const QString stored = m_settings->value(fontKey).toString();
    if (!stored.isEmpty())
        font.fromString(stored);
    return font;
}

void AppSettings::setReaderFont(const QFont& value) {
    m_settings->setValue(fontKey, value.toString());
}
bool AppSettings::showRemoved() const {
    return m_settings->value(showRemovedKey, false).toBool();
}
void AppSettings::setShowRemoved(bool value) {
    m_settings->setValue(showRemovedKey, value);
}
qint64 AppSettings::lastArticleId() const {
    return m_settings->value(lastArticleKey, 0).toLongLong();
}
void AppSettings::setLastArticleId(qint64 value) {
    m_settings->setValue(lastArticleKey, value);
}
std::optional<ExportFormat> AppSettings::exportFormat() const {
    // Stored by name ("md"), so a file from another version still reads, or reads as none.
    return ExportFormats::fromName(m_settings->value(exportFormatKey).toString());
}
void AppSettings::setExportFormat(ExportFormat value) {
    m_settings->setValue(exportFormatKey, ExportFormats::name(value));
}
QString AppSettings::exportPath() const {
    return m_settings->value(exportPathKey).toString();
}
void AppSettings::setExportPath(const QString& value) {
    m_settings->setValue(exportPathKey, value);
}
bool AppSettings::exportWikiLinks() const {
    return m_settings->value(exportWikiLinksKey, false).toBool();
}
void AppSettings::setExportWikiLinks(bool value) {
    m_settings->setValue(exportWikiLinksKey, value);
}

QString AppSettings::datasetMapping(const QString& shapeKey) const {
    return m_settings->value(datasetMappingKey(shapeKey)).toString();
}
void AppSettings::setDatasetMapping(const QString& shapeKey, const QString& spec) {
    m_settings->setValue(datasetMappingKey(shapeKey), spec);
}

int AppSettings::fetchIntervalMinutes() const {
    return std::max(0, m_settings->value(fetchIntervalKey, 0).toInt());
}
void AppSettings::setFetchIntervalMinutes(int value) {
    m_settings->setValue(fetchIntervalKey, std::max(0, value));
}
