#include "exchange/importreportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString outcomeLabel(ImportItem::Outcome outcome) {
    switch (outcome) {
    case ImportItem::Outcome::Imported:
        return QObject::tr("Imported");
    case ImportItem::Outcome::Duplicate:
        return QObject::tr("Duplicate");
    case ImportItem::Outcome::Skipped:
        return QObject::tr("Skipped");
    case ImportItem::Outcome::Failed:
        return QObject::tr("Failed");
    case ImportItem::Outcome::Subscribed:
        return QObject::tr("Subscribed");
    }
    return {};
}
} // namespace

ImportReportDialog::ImportReportDialog(const ImportReport& report, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import Finished"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(report.summary(), this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto* items = new QTreeWidget(this);
    items->setObjectName(QStringLiteral("importItems"));
    items->setHeaderLabels({tr("Result"), tr("File"), tr("Reason")});
    items->setRootIsDecorated(false);
    for (const ImportItem& item : report.items()) {
        if (item.outcome == ImportItem::Outcome::Imported)
            continue;
        auto* row =
            new QTreeWidgetItem(items, {outcomeLabel(item.outcome), item.path, item.message});
        row->setToolTip(2, item.message);
    }
    items->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    items->setVisible(items->topLevelItemCount() > 0);
    layout->addWidget(items);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, items->isVisible() ? 360 : 120);
}
