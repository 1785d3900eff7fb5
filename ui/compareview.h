#pragma once

#include "comparereport.h"
#include "jsoncomparison.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QToolButton;
class QTreeView;

namespace sa::ui {

class DiffTreeModel;

// Two versions of a document side by side: the old one on the left, the new one on the
// right, rows aligned, scrolled, expanded and selected together, every change marked with a
// symbol and a colour. A summary bar counts the changes; F7 / Shift+F7 walk through them;
// "Only changes" hides unchanged rows; the comparison exports as an RFC 6902 JSON Patch or an
// HTML report. It never diffs on the GUI thread: feed it a prepared comparison, or let
// compareDocuments() prepare one on its own worker thread. GUI thread only.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // Shows a comparison prepared elsewhere (prepareComparison() on a worker thread).
    // A request still running in compareDocuments() is cancelled.
    void setComparison(ComparisonPtr comparison, const ComparisonTitles &titles);
    // Diffs the two documents on a worker thread and shows the result when it arrives. A newer
    // request, or setComparison(), drops the result of an older one.
    void compareDocuments(core::JsonDocumentPtr oldDocument, core::JsonDocumentPtr newDocument,
                          const ComparisonTitles &titles, const core::DiffOptions &options = {});
    // True from compareDocuments() until its result is shown, fails or is cancelled.
    bool isComparing() const { return m_requestPending; }

    const ComparisonPtr &comparison() const;
    const ComparisonTitles &titles() const { return m_titles; }
    DiffTreeModel *model() const { return m_model; }
    QTreeView *oldTree() const { return m_oldTree; }
    QTreeView *newTree() const { return m_newTree; }

    // "+2 ~5 −1 ↔1": added, modified, deleted, moved.
    QString summaryText() const;
    // "Change 3 of 12", or how many changes there are when no change is selected.
    QString positionText() const;
    // The JSON Pointer of the current row ("old → new" when the two differ).
    QString currentPath() const;

    // Exports, written by a worker thread; exportFinished() tells how it went.
    void exportPatch(const QString &fileName);
    void exportHtmlReport(const QString &fileName);

    // For menus and toolbars of the window around the view.
    QAction *nextChangeAction() const { return m_nextAction; }
    QAction *previousChangeAction() const { return m_previousAction; }
    QAction *onlyChangesAction() const { return m_onlyChangesAction; }
    QAction *expandChangesAction() const { return m_expandChangesAction; }
    QAction *copyPathAction() const { return m_copyPathAction; }
    QAction *copyValueAction() const { return m_copyValueAction; }
    QAction *exportPatchAction() const { return m_exportPatchAction; }
    QAction *exportHtmlAction() const { return m_exportHtmlAction; }

public Q_SLOTS:
    // Stops a compareDocuments() request; the comparison shown before stays.
    void cancelComparison();
    void goToNextChange();
    void goToPreviousChange();
    // Selects change `stop` of comparison()->stops(), opening its ancestors and centring it.
    void goToChange(qsizetype stop);
    void setOnlyChanges(bool onlyChanges);
    void expandAllChanges();
    void copyPath();
    void copyValue();

Q_SIGNALS:
    void comparisonStarted();
    void comparisonLoaded();
    void comparisonFailed(const QString &message);
    void currentPathChanged(const QString &path);
    void exportFinished(const QString &fileName, const QString &errorMessage);

private:
    void createActions();
    void createLayout();
    void setUpTree(QTreeView *tree, bool oldSide);
    void synchronizeTrees();
    void showComparison(ComparisonPtr comparison);
    void handleComparisonFinished();
    void goToIndex(const QModelIndex &index);
    void expandToIndex(const QModelIndex &index);
    void expandChanges(std::size_t rowBudget);
    void updateSummary();
    void updatePosition();
    void updateActions();
    void exportInBackground(const QString &fileName, bool html);

    DiffTreeModel *m_model = nullptr;
    QTreeView *m_oldTree = nullptr;
    QTreeView *m_newTree = nullptr;
    QLabel *m_oldTitle = nullptr;
    QLabel *m_newTitle = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_positionLabel = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_onlyChangesAction = nullptr;
    QAction *m_expandChangesAction = nullptr;
    QAction *m_copyPathAction = nullptr;
    QAction *m_copyValueAction = nullptr;
    QAction *m_exportPatchAction = nullptr;
    QAction *m_exportHtmlAction = nullptr;
    ComparisonTitles m_titles;
    ComparisonTitles m_pendingTitles;
    QString m_positionNote;
    bool m_requestPending = false; // "wrapped to the first change", until the selection moves
    QThreadPool m_pool;     // before the watcher: destroyed after it, waiting for running work
    QFutureWatcher<core::Result<ComparisonPtr>> m_comparisonWatcher;
};

} // namespace sa::ui
