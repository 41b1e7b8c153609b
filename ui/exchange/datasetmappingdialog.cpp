#include "exchange/datasetmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// What the combo boxes offer, in the order a reader thinks of them.
const DatasetField offeredFields[] = {
    DatasetField::Title,    DatasetField::Text, DatasetField::Description, DatasetField::Source,
    DatasetField::Date,     DatasetField::Url,  DatasetField::Tags,        DatasetField::Byline,
    DatasetField::Language, DatasetField::Guid,
};

QString fieldLabel(DatasetField field) {
    switch (field) {
    case DatasetField::Title:
        return DatasetMappingDialog::tr("Title");
    case DatasetField::Text:
        return DatasetMappingDialog::tr("Text");
    case DatasetField::Description:
        return DatasetMappingDialog::tr("Summary");
    case DatasetField::Source:
        return DatasetMappingDialog::tr("Source");
    case DatasetField::Date:
        return DatasetMappingDialog::tr("Date");
    case DatasetField::Url:
        return DatasetMappingDialog::tr("URL");
    case DatasetField::Tags:
        return DatasetMappingDialog::tr("Tags");
    case DatasetField::Byline:
        return DatasetMappingDialog::tr("Author");
    case DatasetField::Language:
        return DatasetMappingDialog::tr("Language");
    case DatasetField::Guid:
        return DatasetMappingDialog::tr("ID");
    }
    return {};
}

// Long cells would make the table unreadable: a preview shows their start.
constexpr qsizetype cellChars = 120;
constexpr qsizetype textChars = 300;

QString shortened(const QString& text, qsizetype most) {
    const QString simple = text.simplified();
    return simple.size() <= most ? simple : simple.left(most) + QChar(u'…');
}

} // namespace

DatasetMappingDialog::DatasetMappingDialog(DatasetPreview preview, const QString& path,
                                           const std::optional<ColumnMapping>& remembered,
                                           QWidget* parent)
    : QDialog(parent)
    , m_preview(std::move(preview))
    , m_format(new QLabel(this))
    , m_how(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("datasetMappingDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    m_format->setObjectName(QStringLiteral("datasetFormat"));
    m_format->setText(
        tr("%1 reads as %2.").arg(QFileInfo(path).fileName(), m_preview.describeFormat()));
    m_how->setObjectName(QStringLiteral("datasetMappingHow"));
    m_table->setObjectName(QStringLiteral("datasetPreviewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // Tab goes from one column's combo box to the next, and on to the buttons.
    m_table->setTabKeyNavigation(false);
    m_title->setObjectName(QStringLiteral("firstArticleTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("firstArticleText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("datasetMappingWarning"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto* result = new QFormLayout;
    result->addRow(tr("First article:"), m_title);
    result->addRow(QString(), m_text);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_format);
    layout->addWidget(m_how);
    layout->addWidget(m_table, 1);
    layout->addLayout(result);
    layout->addWidget(m_warning);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillTable();
    ColumnChoice start = m_preview.automatic();
    m_how->setText(tr("Folio chose the columns below; change any of them."));
    if (remembered) {
        Result<ColumnChoice> mapped = ColumnChoice::fromMapping(*remembered, m_preview.header(),
                                                                m_preview.columnCount(), path);
        if (mapped) {
            start = *mapped;
            m_how->setText(tr("The columns below are as you chose them last time for a file "
                              "like this one; change any of them."));
        }
    }
    for (int column = 0; column < m_fields.size(); ++column) {
        for (const DatasetField field : offeredFields) {
            if (start.column(field) == column)
                setField(column, field);
        }
    }
    updateResult();
    if (!m_fields.isEmpty())
        m_fields.first()->setFocus();
    resize(900, 600);
}

void DatasetMappingDialog::fillTable() {
    const int columns = m_preview.columnCount();
    const QList<QStringList> rows = m_preview.rows();
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(rows.size()) + 1); // the first row holds the combo boxes
    QStringList names;
    for (int c = 0; c < columns; ++c) {
        const QString name = c < m_preview.header().size() ? m_preview.header().at(c) : QString();
        names << (name.isEmpty() ? tr("Column %1").arg(c + 1) : tr("%1 (%2)").arg(name).arg(c + 1));
    }
    m_table->setHorizontalHeaderLabels(names);
    QStringList rowNames{tr("Field")};
    for (int r = 0; r < rows.size(); ++r)
        rowNames << QString::number(r + 1);
    m_table->setVerticalHeaderLabels(rowNames);
    for (int c = 0; c < columns; ++c) {
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("datasetColumnField%1").arg(c + 1));
        combo->setAccessibleName(tr("What column %1 holds").arg(c + 1));
        combo->addItem(tr("(ignore)"), -1);
        for (const DatasetField field : offeredFields)
            combo->addItem(fieldLabel(field), static_cast<int>(field));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c] { onFieldChosen(c); });
        m_table->setCellWidget(0, c, combo);
        m_fields << combo;
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < columns; ++c) {
            auto* item = new QTableWidgetItem(shortened(rows[r][c], cellChars));
            item->setToolTip(shortened(rows[r][c], textChars));
            m_table->setItem(r + 1, c, item);
        }
    }
    m_table->horizontalHeader()->setDefaultSectionSize(180);
}

std::optional<DatasetField> DatasetMappingDialog::fieldOf(int column) const {
    const int value = m_fields.at(column)->currentData().toInt();
    if (value < 0)
        return std::nullopt;
    return static_cast<DatasetField>(value);
}

void DatasetMappingDialog::setField(int column, std::optional<DatasetField> field) {
    QComboBox* combo = m_fields.at(column);
    combo->setCurrentIndex(combo->findData(field ? static_cast<int>(*field) : -1));
}

void DatasetMappingDialog::onFieldChosen(int column) {
    // A field is one column's: the column that had it before lets go of it.
    if (const std::optional<DatasetField> field = fieldOf(column)) {
        for (int other = 0; other < m_fields.size(); ++other) {
            if (other != column && fieldOf(other) == field) {
                const QSignalBlocker blocker(m_fields.at(other));
                setField(other, std::nullopt);
            }
        }
    }
    updateResult();
}

ColumnChoice DatasetMappingDialog::choice() const {
    ColumnChoice choice;
    for (int column = 0; column < m_fields.size(); ++column) {
        if (const std::optional<DatasetField> field = fieldOf(column))
            choice.set(*field, column);
    }
    return choice;
}

ColumnMapping DatasetMappingDialog::mapping() const {
    return choice().asMapping();
}

void DatasetMappingDialog::updateResult() {
    const ColumnChoice columns = choice();
    const bool hasText = columns.has(DatasetField::Text) || columns.has(DatasetField::Description);
    const std::optional<ImportedArticle> first =
        hasText ? m_preview.firstArticle(columns) : std::nullopt;
    m_title->setText(first ? first->clean.title : QString());
    m_text->setText(first ? shortened(first->clean.paragraphs.join(u' '), textChars) : QString());
    m_warning->setText(!hasText ? tr("Choose the column that holds the articles' text.")
                       : !first ? tr("None of the rows shown has text in that column.")
                                : QString());
    m_warning->setVisible(!m_warning->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hasText);
}
