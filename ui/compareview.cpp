#include "compareview.h"

#include "changeoverview.h"
#include "diffstyle.h"
#include "difftreemodel.h"
#include "stringdiffdelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCompareView, "sa.ui.compare")

namespace sa::ui {
namespace {

// "Expand all changes" and the first view of a comparison open the ancestors of changes only
// as long as that builds no more than this many rows: a change at the end of a 100,000-element
// array is reached with F7 instead, and the first view of two 10 MB documents stays instant.
constexpr std::size_t kExpandAllRowBudget = 20000;
constexpr std::size_t kInitialRowBudget = 2000;
constexpr int kStatusColumnWidth = 26;
constexpr int kMinimumFontPoints = 10;

QString writeFile(const QString &fileName, const QByteArray &bytes)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_model(new DiffTreeModel(this))
{
    m_pool.setObjectName(u"compare"_s);
    m_pool.setMaxThreadCount(1);
    createActions();
    createLayout();
    synchronizeTrees();
    connect(&m_comparisonWatcher, &QFutureWatcherBase::finished, this,
            &CompareView::handleComparisonFinished);
    updateSummary();
    updatePosition();
    updateActions();
}

CompareView::~CompareView()
{
    m_comparisonWatcher.cancel();
    m_pool.waitForDone();
}

void CompareView::createActions()
{
    const auto makeAction
        = [this](const QString &text, const QKeySequence &shortcut, void (CompareView::*slot)()) {
              auto *action = new QAction(text, this);
              action->setShortcut(shortcut);
              action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              connect(action, &QAction::triggered, this, slot);
              addAction(action);
              return action;
          };
    m_previousAction = makeAction(tr("Previous change"), QKeySequence(Qt::SHIFT | Qt::Key_F7),
                                  &CompareView::goToPreviousChange);
    m_previousAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_nextAction
        = makeAction(tr("Next change"), QKeySequence(Qt::Key_F7), &CompareView::goToNextChange);
    m_nextAction->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_expandChangesAction
        = makeAction(tr("Expand all changes"), QKeySequence(Qt::CTRL | Qt::Key_Asterisk),
                     &CompareView::expandAllChanges);
    m_copyPathAction = makeAction(tr("Copy path"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                  &CompareView::copyPath);
    m_copyValueAction = makeAction(tr("Copy value"), QKeySequence::Copy, &CompareView::copyValue);

    m_onlyChangesAction = new QAction(tr("Only changes"), this);
    m_onlyChangesAction->setCheckable(true);
    m_onlyChangesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_onlyChangesAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_onlyChangesAction->setToolTip(tr("Hide the rows that did not change"));
    connect(m_onlyChangesAction, &QAction::toggled, this, &CompareView::setOnlyChanges);
    addAction(m_onlyChangesAction);

    m_exportPatchAction = new QAction(tr("Export as JSON Patch…"), this);
    connect(m_exportPatchAction, &QAction::triggered, this, [this] {
        const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export JSON Patch"), {}, tr("JSON Patch (*.json-patch *.json)"));
        if (!fileName.isEmpty())
            exportPatch(fileName);
    });
    m_exportHtmlAction = new QAction(tr("Export as HTML report…"), this);
    connect(m_exportHtmlAction, &QAction::triggered, this, [this] {
        const QString fileName
            = QFileDialog::getSaveFileName(this, tr("Export HTML report"), {}, tr("HTML (*.html)"));
        if (!fileName.isEmpty())
            exportHtmlReport(fileName);
    });
}

void CompareView::createLayout()
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summary"_s);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setWordWrap(true); // in a narrow window the counts wrap, the buttons stay
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(u"position"_s);
    m_positionLabel->setAlignment(Qt::AlignCenter);
    // Wide enough for the longest text positionText() makes, in the language on show.
    m_positionLabel->setMinimumWidth(fontMetrics().horizontalAdvance(
        tr("Change %1 of %2").arg(8888).arg(8888) + u" ("_s + tr("wrapped to the first") + u')'));

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Its full width when there is room; in a narrow window (or a wordier language) the last
    // buttons move into the toolbar's » menu rather than squeezing the docks beside the view.
    toolBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    toolBar->addAction(m_previousAction);
    toolBar->addWidget(m_positionLabel);
    toolBar->addAction(m_nextAction);
    toolBar->addSeparator();
    toolBar->addAction(m_onlyChangesAction);
    toolBar->addAction(m_expandChangesAction);
    toolBar->addSeparator();
    auto *exportButton = new QToolButton(toolBar);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(m_exportPatchAction);
    exportMenu->addAction(m_exportHtmlAction);
    exportButton->setMenu(exportMenu);
    toolBar->addWidget(exportButton);

    auto *topRow = new QHBoxLayout;
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop comparing and keep the comparison shown before"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &CompareView::cancelComparison);
    topRow->addWidget(m_summaryLabel, 1);
    topRow->addWidget(m_cancelButton);
    topRow->addWidget(toolBar);

    m_oldTitle = new QLabel(this);
    m_newTitle = new QLabel(this);
    m_oldTree = new QTreeView(this);
    m_newTree = new QTreeView(this);
    m_oldTree->setObjectName(u"oldTree"_s);
    m_newTree->setObjectName(u"newTree"_s);
    setUpTree(m_oldTree, true);
    setUpTree(m_newTree, false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    for (const auto &[title, tree] :
         {std::pair{m_oldTitle, m_oldTree}, std::pair{m_newTitle, m_newTree}}) {
        QFont titleFont = title->font();
        titleFont.setBold(true);
        title->setFont(titleFont);
        title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto *pane = new QWidget(splitter);
        auto *paneLayout = new QVBoxLayout(pane);
        paneLayout->setContentsMargins(0, 0, 0, 0);
        paneLayout->setSpacing(2);
        paneLayout->addWidget(title);
        if (tree == m_newTree) {
            auto *overview = new ChangeOverview(tree, pane);
            connect(overview, &ChangeOverview::markClicked, this, &CompareView::goToIndex);
            auto *treeRow = new QHBoxLayout;
            treeRow->setSpacing(2);
            treeRow->addWidget(tree);
            treeRow->addWidget(overview);
            paneLayout->addLayout(treeRow);
        } else {
            paneLayout->addWidget(tree);
        }
        splitter->addWidget(pane);
    }

    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(u"path"_s);
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(tr("Select a row to see its JSON Pointer"));
    m_pathEdit->setFont(m_oldTree->font());
    auto *pathLabel = new QLabel(tr("&Path:"), this);
    pathLabel->setBuddy(m_pathEdit);
    auto *copyPathButton = new QToolButton(this);
    copyPathButton->setDefaultAction(m_copyPathAction);
    auto *copyValueButton = new QToolButton(this);
    copyValueButton->setDefaultAction(m_copyValueAction);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(copyPathButton);
    pathRow->addWidget(copyValueButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(topRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(pathRow);
}

void CompareView::setUpTree(QTreeView *tree, bool oldSide)
{
    tree->setModel(m_model);
    tree->setItemDelegate(new StringDiffDelegate(
        oldSide ? StringDiffDelegate::Side::Old : StringDiffDelegate::Side::New, tree));
    tree->setUniformRowHeights(true);
    tree->setAllColumnsShowFocus(true);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    tree->setTextElideMode(Qt::ElideMiddle);
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    tree->addActions({m_copyPathAction, m_copyValueAction, m_expandChangesAction});

    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max<qreal>(kMinimumFontPoints, font.pointSizeF()));
    tree->setFont(font);

    QHeaderView *header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(DiffTreeModel::KeyColumn,
                          QFontMetrics(font).horizontalAdvance(u'x') * 26);
    const int valueColumn = oldSide ? DiffTreeModel::OldValueColumn : DiffTreeModel::NewValueColumn;
    header->setSectionResizeMode(valueColumn, QHeaderView::Stretch);
    tree->setColumnHidden(oldSide ? DiffTreeModel::NewValueColumn : DiffTreeModel::OldValueColumn,
                          true);
    // One change column, on the inner edge of the left pane: the gutter between the two sides.
    tree->setColumnHidden(DiffTreeModel::StatusColumn, !oldSide);
    if (oldSide) {
        header->setSectionResizeMode(DiffTreeModel::StatusColumn, QHeaderView::Fixed);
        header->resizeSection(DiffTreeModel::StatusColumn, kStatusColumnWidth);
        header->setMinimumSectionSize(kStatusColumnWidth);
        // The left pane scrolls with the right one's scroll bar.
        tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
}

void CompareView::synchronizeTrees()
{
    m_newTree->setSelectionModel(m_oldTree->selectionModel());
    for (auto [from, to] : {std::pair{m_oldTree, m_newTree}, std::pair{m_newTree, m_oldTree}}) {
        connect(from, &QTreeView::expanded, to, &QTreeView::expand);
        connect(from, &QTreeView::collapsed, to, &QTreeView::collapse);
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(),
                &QScrollBar::setValue);
        connect(from->header(), &QHeaderView::sectionResized, to, [to](int section, int, int size) {
            if (section == DiffTreeModel::KeyColumn)
                to->header()->resizeSection(section, size);
        });
    }
    // A range catches up after the other pane's: re-apply the leading position then.
    connect(m_oldTree->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        m_oldTree->verticalScrollBar()->setValue(m_newTree->verticalScrollBar()->value());
    });
    connect(m_oldTree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_positionNote.clear();
        updatePosition();
        updateActions();
        Q_EMIT currentPathChanged(currentPath());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updatePosition();
        updateActions();
    });
}

const ComparisonPtr &CompareView::comparison() const
{
    return m_model->comparison();
}

void CompareView::setComparison(ComparisonPtr comparison, const ComparisonTitles &titles)
{
    m_comparisonWatcher.cancel();
    m_comparisonWatcher.setFuture({}); // a running request must not replace this one
    m_requestPending = false;
    m_cancelButton->hide();
    m_titles = titles;
    showComparison(std::move(comparison));
}

void CompareView::compareDocuments(core::JsonDocumentPtr oldDocument,
                                   core::JsonDocumentPtr newDocument,
                                   const ComparisonTitles &titles, const core::DiffOptions &options)
{
    if (m_comparisonWatcher.isRunning()) {
        qCDebug(lcCompareView) << "a newer comparison replaces the one still running";
        m_comparisonWatcher.cancel();
    }
    m_pendingTitles = titles;
    // setFuture() disconnects the older future: its result, if any, is dropped.
    m_comparisonWatcher.setFuture(QtConcurrent::run(
        &m_pool, &prepareComparisonTask, std::move(oldDocument), std::move(newDocument), options));
    m_requestPending = true;
    m_summaryLabel->setText(tr("Comparing…"));
    m_cancelButton->show();
    Q_EMIT comparisonStarted();
}

void CompareView::cancelComparison()
{
    // Finished work may still have its result on the way: drop it too.
    if (!m_requestPending)
        return;
    m_requestPending = false;
    m_comparisonWatcher.cancel();
    m_comparisonWatcher.setFuture({});
    m_cancelButton->hide();
    updateSummary();
}

void CompareView::handleComparisonFinished()
{
    const auto future = m_comparisonWatcher.future();
    if (!m_requestPending || future.isCanceled() || future.resultCount() == 0)
        return;
    m_requestPending = false;
    m_cancelButton->hide();
    const core::Result<ComparisonPtr> result = future.result();
    if (!result) {
        qCWarning(lcCompareView) << "comparison failed:" << result.error().toString();
        m_summaryLabel->setText(tr("The comparison failed: %1").arg(result.error().message));
        Q_EMIT comparisonFailed(result.error().message);
        return;
    }
    m_titles = m_pendingTitles;
    showComparison(result.value());
}

void CompareView::showComparison(ComparisonPtr comparison)
{
    m_positionNote.clear();
    m_model->setComparison(std::move(comparison));
    // Untitled sides still say which is which.
    const QString oldTitle = m_titles.oldTitle.isEmpty() ? tr("Old version") : m_titles.oldTitle;
    const QString newTitle = m_titles.newTitle.isEmpty() ? tr("New version") : m_titles.newTitle;
    m_oldTitle->setText(oldTitle);
    m_newTitle->setText(newTitle);
    m_oldTitle->setToolTip(oldTitle);
    m_newTitle->setToolTip(newTitle);
    updateSummary();
    // The ancestors of changes open, unchanged subtrees stay folded to one line.
    expandChanges(kInitialRowBudget);
    m_newTree->scrollToTop();
    updatePosition();
    updateActions();
    Q_EMIT comparisonLoaded();
}

QString CompareView::summaryText() const
{
    const ComparisonPtr &current = comparison();
    const core::DiffSummary summary = current ? current->summary() : core::DiffSummary();
    return u"+%1 ~%2 −%3 ↔%4"_s.arg(summary.added)
        .arg(summary.modified)
        .arg(summary.deleted)
        .arg(summary.moved);
}

void CompareView::updateSummary()
{
    const ComparisonPtr &current = comparison();
    if (!current) {
        m_summaryLabel->setText(tr("No comparison"));
        return;
    }
    const core::DiffSummary &summary = current->summary();
    if (summary.total() == 0) {
        m_summaryLabel->setText(tr("The two versions are identical"));
        return;
    }
    // A chip wraps as a whole, never inside.
    const auto chip = [](DiffStatus status, const QString &text) {
        const QColor accent = DiffStyle::accent(status);
        return u"<span style=\"background-color:%1; color:%2; font-weight:600\">&nbsp;%3&nbsp;</span> "_s
            .arg(accent.name(), DiffStyle::textOn(accent).name(),
                 text.toHtmlEscaped().replace(u' ', u"&nbsp;"_s));
    };
    const qsizetype typeChanges = current->typeChangeCount();
    QString html = chip(DiffStatus::Added, tr("+%1 added").arg(summary.added))
                   + chip(DiffStatus::Modified, tr("~%1 modified").arg(summary.modified))
                   + chip(DiffStatus::Deleted, tr("−%1 deleted").arg(summary.deleted))
                   + chip(DiffStatus::Moved, tr("↔%1 moved").arg(summary.moved));
    if (typeChanges > 0)
        html += chip(DiffStatus::TypeChanged, tr("≠%1 of them type changes").arg(typeChanges));
    m_summaryLabel->setText(html);
    m_summaryLabel->setToolTip(summaryText());
}

QString CompareView::positionText() const
{
    const ComparisonPtr &current = comparison();
    const qsizetype total = current ? qsizetype(current->stops().size()) : 0;
    const qsizetype stop = m_model->stopAt(m_oldTree->currentIndex());
    if (stop < 0) // spelled out: without a loaded translation "%n change(s)" reads as written
        return total == 1 ? tr("1 change") : tr("%1 changes").arg(total);
    const QString text = tr("Change %1 of %2").arg(stop + 1).arg(total);
    return m_positionNote.isEmpty() ? text : text + u" ("_s + m_positionNote + u')';
}

void CompareView::updatePosition()
{
    m_positionLabel->setText(positionText());
    const QString path = currentPath();
    m_pathEdit->setText(path);
    m_pathEdit->setCursorPosition(0);
}

void CompareView::updateActions()
{
    const ComparisonPtr &current = comparison();
    const bool hasChanges = current && !current->stops().empty();
    m_nextAction->setEnabled(hasChanges);
    m_previousAction->setEnabled(hasChanges);
    m_expandChangesAction->setEnabled(hasChanges);
    m_onlyChangesAction->setEnabled(bool(current));
    m_exportPatchAction->setEnabled(bool(current));
    m_exportHtmlAction->setEnabled(bool(current));
    const bool hasRow = m_oldTree->currentIndex().isValid();
    m_copyPathAction->setEnabled(hasRow);
    m_copyValueAction->setEnabled(hasRow);
}

QString CompareView::currentPath() const
{
    const DiffRow *row = m_model->diffRow(m_oldTree->currentIndex());
    if (!row)
        return {};
    if (row->hasOld && row->hasNew && row->oldPath != row->newPath)
        return row->oldPath + u" → "_s + row->newPath;
    if (row->status == DiffStatus::Moved)
        return row->oldPath + u" → "_s + row->newPath;
    return row->hasNew ? row->newPath : row->oldPath;
}

void CompareView::goToNextChange()
{
    const ComparisonPtr &current = comparison();
    if (!current || current->stops().empty())
        return;
    qsizetype stop = m_model->nextStop(m_oldTree->currentIndex());
    const bool wrapped = stop < 0;
    if (wrapped)
        stop = 0;
    goToChange(stop);
    if (wrapped) {
        m_positionNote = tr("wrapped to the first");
        updatePosition();
    }
}

void CompareView::goToPreviousChange()
{
    const ComparisonPtr &current = comparison();
    if (!current || current->stops().empty())
        return;
    qsizetype stop = m_model->previousStop(m_oldTree->currentIndex());
    const bool wrapped = stop < 0;
    if (wrapped)
        stop = qsizetype(current->stops().size()) - 1;
    goToChange(stop);
    if (wrapped) {
        m_positionNote = tr("wrapped to the last");
        updatePosition();
    }
}

void CompareView::goToChange(qsizetype stop)
{
    goToIndex(m_model->indexOfStop(stop));
}

void CompareView::goToIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    expandToIndex(index);
    m_oldTree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
    m_newTree->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void CompareView::expandToIndex(const QModelIndex &index)
{
    std::vector<QModelIndex> ancestors;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ancestors.push_back(parent);
    for (auto it = ancestors.rbegin(); it != ancestors.rend(); ++it)
        m_oldTree->expand(*it); // the other pane follows
}

void CompareView::expandChanges(std::size_t rowBudget)
{
    const ComparisonPtr &current = comparison();
    if (!current)
        return;
    for (qsizetype stop = 0; stop < qsizetype(current->stops().size()); ++stop) {
        const std::size_t cost = m_model->rowsToReach(stop);
        if (cost > rowBudget)
            continue;
        rowBudget -= cost;
        expandToIndex(m_model->indexOfStop(stop));
    }
}

void CompareView::expandAllChanges()
{
    expandChanges(kExpandAllRowBudget);
}

void CompareView::setOnlyChanges(bool onlyChanges)
{
    if (m_model->onlyChanges() == onlyChanges)
        return;
    // The reset forgets rows: come back to the change the user was at.
    const QModelIndex current = m_oldTree->currentIndex();
    qsizetype stop = m_model->stopAt(current);
    if (stop < 0 && current.isValid())
        stop = m_model->nextStop(current);
    m_model->setOnlyChanges(onlyChanges);
    if (m_onlyChangesAction->isChecked() != onlyChanges)
        m_onlyChangesAction->setChecked(onlyChanges);
    expandChanges(kInitialRowBudget);
    if (stop >= 0)
        goToChange(stop);
}

void CompareView::copyPath()
{
    const DiffRow *row = m_model->diffRow(m_oldTree->currentIndex());
    if (row)
        QGuiApplication::clipboard()->setText(row->hasNew ? row->newPath : row->oldPath);
}

void CompareView::copyValue()
{
    const QModelIndex current = m_oldTree->currentIndex();
    if (!current.isValid())
        return;
    // The side the user is looking at; the new value when both would do.
    const bool oldSide
        = m_oldTree->hasFocus() || current.data(DiffTreeModel::NewJsonRole).toString().isEmpty();
    QGuiApplication::clipboard()->setText(
        current.data(oldSide ? DiffTreeModel::OldJsonRole : DiffTreeModel::NewJsonRole).toString());
}

void CompareView::exportPatch(const QString &fileName)
{
    exportInBackground(fileName, false);
}

void CompareView::exportHtmlReport(const QString &fileName)
{
    exportInBackground(fileName, true);
}

void CompareView::exportInBackground(const QString &fileName, bool html)
{
    const ComparisonPtr current = comparison();
    if (!current)
        return;
    // One watcher per export: several may run, and each reports its own file.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fileName] {
        const QString error = watcher->future().resultCount() > 0 ? watcher->result()
                                                                  : tr("The export was cancelled.");
        watcher->deleteLater();
        if (!error.isEmpty())
            qCWarning(lcCompareView) << "export to" << fileName << "failed:" << error;
        Q_EMIT exportFinished(fileName, error);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [current, titles = m_titles, fileName, html] {
        return writeFile(fileName,
                         html ? comparisonReportHtml(*current, titles).toUtf8() : current->patch());
    }));
}

} // namespace sa::ui
