// snapshot-auditor: the desktop application.
#include "core/allocation.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"

#include "core/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    sa::core::keepLargeAllocations(); // before any thread: the allocator's settings are global
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"SnapshotAuditor"_s);
    QApplication::setApplicationName(u"snapshot-auditor"_s);
    QApplication::setApplicationDisplayName(u"Snapshot Auditor"_s);
    QApplication::setApplicationVersion(QStringLiteral(SA_VERSION));
    QApplication::setDesktopFileName(u"io.github.snapshotauditor.SnapshotAuditor"_s);
    QIcon fallbackIcon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        fallbackIcon.addFile(u":/icons/%1.png"_s.arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QApplication::desktopFileName(), fallbackIcon));
    sa::core::installTranslations(app, sa::ui::PreferencesDialog::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Browse, compare, verify and roll back versioned JSON snapshots."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"DATABASE"_s, QApplication::translate("main", "A SQLite file or a postgresql:// URL to open."),
                                 u"[DATABASE]"_s);
    const QCommandLineOption demo(u"demo"_s, QApplication::translate("main", "Open the demo database (created on first use)."));
    parser.addOption(demo);
    parser.process(app);

    sa::ui::MainWindow window;
    window.show();
    const QStringList locations = parser.positionalArguments();
    // Open after the event loop starts, so the window paints first and the work is async.
    QTimer::singleShot(0, &window, [&] {
        if (!locations.isEmpty())
            window.openLocation(locations.constFirst());
        else if (parser.isSet(demo))
            window.openDemoDatabase();
    });
    return app.exec();
}
