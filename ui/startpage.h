#pragma once

#include <QWidget>

class QListWidget;

namespace sa::ui {

// What a new user sees first: open the demo database, a SQLite file or a PostgreSQL server,
// or one of the recent connections.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    // Reloads the recent connections from the settings.
    void refresh();

Q_SIGNALS:
    void demoRequested();
    void sqliteFileRequested();
    void postgresRequested();
    void recentConnectionChosen(const QString &url);

private:
    QListWidget *m_recent;
};

} // namespace sa::ui
