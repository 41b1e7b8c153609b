#pragma once

#include <QWidget>

// What an empty database shows: a way in, either the user's own articles or the samples.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void importRequested();
    void samplesRequested();
};
