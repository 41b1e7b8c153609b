#include "reader/welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("welcomePage"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto* title = new QLabel(tr("Welcome to Folio"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* text = new QLabel(tr("Read news articles as clean text and record which companies they "
                               "name and who partners with whom.\nStart with your own articles "
                               "(plain-text files or folders of them) or with the samples."),
                            this);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addSpacing(16);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    auto* importButton = new QPushButton(tr("Import articles…"), this);
    importButton->setObjectName(QStringLiteral("welcomeImportButton"));
    importButton->setDefault(true);
    auto* samplesButton = new QPushButton(tr("Open the sample articles"), this);
    samplesButton->setObjectName(QStringLiteral("welcomeSamplesButton"));
    buttons->addWidget(importButton);
    buttons->addWidget(samplesButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto* hint = new QLabel(tr("You can also drop files and folders onto this window."), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false);
    layout->addWidget(hint);
    layout->addStretch(3);

    connect(importButton, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(samplesButton, &QPushButton::clicked, this, &WelcomePage::samplesRequested);
}
