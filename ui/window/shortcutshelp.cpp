#include "window/shortcutshelp.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsHelp::ShortcutsHelp(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("shortcutsHelp"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Everything in Folio can be done from the keyboard:"), this));
    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    list->setRootIsDecorated(false);
    for (const QAction* action : actions) {
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        new QTreeWidgetItem(list, {text, keys.join(tr(" or "))});
    }
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 520);
}
