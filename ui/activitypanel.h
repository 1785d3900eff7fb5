#pragma once

#include "core/error.h"

#include <QWidget>

class QCheckBox;
class QTableView;

namespace sa::ui {

class ActivityModel;
class DatabaseSession;

// The activity log: who created, rolled back or deprecated what, when and why; for the
// report on show or for the whole database.
class ActivityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(QWidget *parent = nullptr);

    void setSession(DatabaseSession *session); // not owned; null when closed
    void setReport(const QString &reportId);
    void reload();
    ActivityModel *model() const { return m_model; }

Q_SIGNALS:
    void versionChosen(const QString &reportId, int version);
    void loadFailed(const core::Error &error);

private:
    void requestPage(qint64 offset);
    QString filterReport() const;

    DatabaseSession *m_session = nullptr; // not owned
    QString m_reportId;
    ActivityModel *m_model;
    QTableView *m_view;
    QCheckBox *m_onlyThisReport;
    quint64 m_request = 0;
};

} // namespace sa::ui
