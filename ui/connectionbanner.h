#pragma once

#include <QFrame>

class QLabel;

namespace sa::ui {

// A strip across the top of the window while the database cannot be reached: what
// happened, that reconnecting is under way, and a button to try at once.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    void showLost(const QString &reason);

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_text;
};

} // namespace sa::ui
