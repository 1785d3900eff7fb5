#pragma once

#include "core/error.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sa::ui {

class DatabaseSession;
class ReportListModel;

// The reports of the open database with an incremental filter; pages are fetched from the
// session as the list scrolls, so 100,000 reports cost one page at a time.
class ReportsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPanel(QWidget *parent = nullptr);

    // Not owned; null when no database is open.
    void setSession(DatabaseSession *session);
    void reload();
    void selectReport(const QString &reportId);
    ReportListModel *model() const { return m_model; }
    void focusFilter();

Q_SIGNALS:
    void reportChosen(const QString &reportId);
    void loadFailed(const core::Error &error);

private:
    void requestPage(qint64 offset);

    DatabaseSession *m_session = nullptr; // not owned
    ReportListModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    QTimer *m_filterDelay;
    quint64 m_request = 0; // latest wins
};

} // namespace sa::ui
