#pragma once

#include "import/dataset/columnmapping.h"
#include "import/dataset/datasetpreview.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

// Before a dataset is imported from the window: how Folio read the file (delimiter, quote,
// header), its first rows under a row of combo boxes that say which column is which (filled in
// with Folio's own choice, or with `remembered`, the mapping chosen last time for a file of the
// same shape), and the first article the columns give. OK imports with the columns shown; Enter
// takes it, Escape cancels. Without a text column OK is off.
class DatasetMappingDialog final : public QDialog {
    Q_OBJECT
public:
    DatasetMappingDialog(DatasetPreview preview, const QString& path,
                         const std::optional<ColumnMapping>& remembered, QWidget* parent = nullptr);

    // The columns as the combo boxes say them, by number.
    ColumnMapping mapping() const;
    ColumnChoice choice() const;

    // The field `column` (0-based) stands for; none: ignored.
    std::optional<DatasetField> fieldOf(int column) const;
    void setField(int column, std::optional<DatasetField> field);

private:
    void fillTable();
    void onFieldChosen(int column);
    void updateResult();

    DatasetPreview m_preview;
    QLabel* m_format;
    QLabel* m_how;
    QTableWidget* m_table;
    QList<QComboBox*> m_fields;
    QLabel* m_title;
    QLabel* m_text;
    QLabel* m_warning;
    QDialogButtonBox* m_buttons;
};
