#pragma once

#include "import/importreport.h"

#include <QDialog>

// The short report after an import: the summary, then what was skipped as a duplicate or
// failed, each with its reason, so nothing goes missing without the user knowing.
class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportReportDialog(const ImportReport& report, QWidget* parent = nullptr);
};
