#pragma once

#include <QFuture>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sa::ui {

class DatabaseSession;

// Search across a report's history: the versions in which the value at a JSON Pointer
// changed (a field's history), or in which a text was added or removed. Results open the
// comparison at that change; a field's versions can scope the time-line slider.
class HistorySearchPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { FieldChanged, TextAddedOrRemoved };

    explicit HistorySearchPanel(QWidget *parent = nullptr);

    void setSession(DatabaseSession *session); // not owned; null when closed
    void setReport(const QString &reportId);
    void search(Mode mode, const QString &query);
    QStandardItemModel *results() const { return m_results; }

Q_SIGNALS:
    // Open the comparison of `fromVersion` (0: none) and `toVersion` at `pointer`.
    void changeChosen(int fromVersion, int toVersion, const QString &pointer);
    // Let the slider stop only at these versions.
    void scopeRequested(const std::vector<int> &versions);
    void searchFinished(int hits);

private:
    void start();
    void cancel();
    void setRunning(bool running);

    DatabaseSession *m_session = nullptr; // not owned
    QString m_reportId;
    QComboBox *m_mode;
    QLineEdit *m_query;
    QPushButton *m_run;
    QPushButton *m_scope;
    QLabel *m_status;
    QStandardItemModel *m_results;
    QTableView *m_view;
    QFuture<void> m_running; // the search itself: cancel() stops it
    // What runs on the search's result. Kept alive as long as m_running: Qt 6.4's cancel()
    // walks the search's pointer to its continuation, which must not have been freed (a
    // discarded then() future was, and cancelling a finished search crashed).
    QFuture<void> m_continuation;
    quint64 m_request = 0;
};

} // namespace sa::ui
