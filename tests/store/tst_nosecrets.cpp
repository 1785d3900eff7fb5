// No secret anywhere after a full session. The test server's app-role password (random per
// run, read from the fixture's PGPASSFILE) goes through every path that handles it:
// snapshotctl verbs with the password from PGPASSFILE, from PGPASSWORD (in the environment of
// that one child only) and typed at snapshotctl's prompt on a terminal; failed logins with a
// wrong password on each of those paths; and the store API given the password in code
// (openDatabase, ConnectionProvider, checkConnection as the GUI's "Test connection" calls
// it). Every log category is on (QT_LOGGING_RULES="sa.*=true"). Afterwards the password,
// the superuser's and the wrong one appear in none of the places checked below; each check
// says which place it covers. A failing check prints only where a password appeared.
//
// ctest registers this program behind no-secret-in-output.cmake, which covers the last
// place: the ctest output (this program's own stdout and stderr).
#include "snapshotctlrunner.h"
#include "storetestsupport.h"

#include "core/store/connectioncheck.h"
#include "core/store/connectionprovider.h"
#include "core/store/opendatabase.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::errorText;
using sa::tests::TestDatabase;

namespace {

const QByteArray kDocument1 = R"({"owners":[{"id":1,"name":"Ana"}],"zoning":"R1"})";
const QByteArray kDocument2 = R"({"owners":[{"id":1,"name":"Ana"},{"id":2,"name":"Ben"}],"zoning":"R2"})";

// Every secret of the run; the test's own log handler and messages redact them.
QList<QByteArray> s_secrets;
QMutex s_logMutex;
QByteArray s_log; // every message of this process, as emitted (before redaction)
QtMessageHandler s_previousHandler = nullptr;

QByteArray redacted(QByteArray text)
{
    for (const QByteArray &secret : std::as_const(s_secrets))
        text.replace(secret, "<password>");
    return text;
}

bool containsSecret(const QByteArray &text)
{
    return std::any_of(s_secrets.cbegin(), s_secrets.cend(),
                       [&](const QByteArray &secret) { return text.contains(secret); });
}

// Records each message of this process for the log check and passes it on redacted, so that
// not even a leak reaches the test output.
void recordingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray utf8 = message.toUtf8();
    {
        QMutexLocker lock(&s_logMutex);
        s_log += utf8 + '\n';
    }
    if (s_previousHandler)
        s_previousHandler(type, context, QString::fromUtf8(redacted(utf8)));
}

// The last field of each PGPASSFILE line whose user is `user`; empty: none.
QByteArray passwordOf(const QByteArray &user)
{
    QFile file(qEnvironmentVariable("PGPASSFILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(':');
        if (fields.size() == 5 && fields[3] == user)
            return fields[4];
    }
    return {};
}

struct Run
{
    QString what; // names the run in messages (no secret)
    QStringList commandLine; // program and arguments, as handed to the OS
    QByteArray procCmdline; // /proc/PID/cmdline of the running child, when it was still there
    int exitCode = -1;
    QByteArray out;
    QByteArray err; // for a run on a terminal: empty (everything is in `out`)
};

QByteArray describe(const Run &run)
{
    return redacted(run.what.toUtf8() + ": exit " + QByteArray::number(run.exitCode) + "\nstdout: " + run.out
                    + "\nstderr: " + run.err);
}

QByteArray readProcCmdline(qint64 pid)
{
    QFile file(u"/proc/%1/cmdline"_s.arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_NoSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullSession();
    void noSecretInProcessOutput();
    void noSecretInTestLog();
    void noSecretInSettingsFiles();
    void noSecretInProcessArguments();
    void cleanupTestCase();

private:
    enum class Source { PassFile, Environment, Prompt };
    // The environment of one snapshotctl child: a fresh HOME and XDG folders (so that any file
    // it writes is found), every log category on, and the password source asked for.
    QProcessEnvironment childEnvironment(Source source, const QByteArray &password = {}) const;
    Run run(const QString &what, const QStringList &arguments, Source source, const QByteArray &password = {},
            const QByteArray &input = {});
    // snapshotctl on a terminal of its own; `typed` is typed once the prompt has turned echo off.
    Run runOnTerminal(const QString &what, const QStringList &arguments, const QByteArray &typed);
    QString write(const QString &name, const QByteArray &content);

    QByteArray m_password; // the app role's
    QByteArray m_wrongPassword;
    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_files;
    QTemporaryDir m_home; // HOME of every child
    QList<Run> m_runs;
};

void tst_NoSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SnapshotAuditorTests"_s);
    QSettings().clear(); // this process's own (test-mode) settings start empty
    QLoggingCategory::setFilterRules(u"sa.*=true"_s);
    QVERIFY(m_files.isValid() && m_home.isValid());

    m_password = passwordOf("snapshot_app");
    QVERIFY2(m_password.size() >= 32, "no app-role password in PGPASSFILE: run this through ctest (fixture postgres)");
    const QByteArray superPassword = passwordOf("postgres");
    QVERIFY(!superPassword.isEmpty());
    m_wrongPassword = "wrong-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "-pw";
    s_secrets = {m_password, superPassword, m_wrongPassword};
    s_previousHandler = qInstallMessageHandler(recordingHandler);

    auto database = TestDatabase::create(u"postgresql"_s);
    QVERIFY2(database, errorText(database).constData());
    m_database = std::move(*database);
}

void tst_NoSecrets::cleanupTestCase()
{
    m_database.reset(); // drops the schema while the handler still records
    qInstallMessageHandler(s_previousHandler);
}

QString tst_NoSecrets::write(const QString &name, const QByteArray &content)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QProcessEnvironment tst_NoSecrets::childEnvironment(Source source, const QByteArray &password) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"SNAPSHOT_DB"_s);
    environment.remove(u"PGPASSWORD"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"sa.*=true"_s);
    environment.insert(u"HOME"_s, m_home.path());
    for (const auto &[variable, folder] : {std::pair{u"XDG_CONFIG_HOME"_s, u".config"_s},
                                           {u"XDG_DATA_HOME"_s, u".local/share"_s},
                                           {u"XDG_STATE_HOME"_s, u".local/state"_s},
                                           {u"XDG_CACHE_HOME"_s, u".cache"_s}})
        environment.insert(variable, m_home.filePath(folder));
    if (source != Source::PassFile)
        environment.remove(u"PGPASSFILE"_s); // and ~/.pgpass is not in the fresh HOME
    if (source == Source::Environment)
        environment.insert(u"PGPASSWORD"_s, QString::fromUtf8(password));
    return environment;
}

Run tst_NoSecrets::run(const QString &what, const QStringList &arguments, Source source,
                       const QByteArray &password, const QByteArray &input)
{
    Run result;
    result.what = what;
    result.commandLine = QStringList{sa::tests::snapshotctlPath()} + arguments;
    QProcess process;
    process.setProcessEnvironment(childEnvironment(source, password));
    process.start(sa::tests::snapshotctlPath(), arguments);
    if (!process.waitForStarted()) {
        result.err = "could not start snapshotctl";
        return result;
    }
    result.procCmdline = readProcCmdline(process.processId());
    process.write(input);
    process.closeWriteChannel();
    if (process.waitForFinished(60'000) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    else
        process.kill();
    process.waitForFinished();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    m_runs.append(result);
    return result;
}

Run tst_NoSecrets::runOnTerminal(const QString &what, const QStringList &arguments, const QByteArray &typed)
{
    Run result;
    result.what = what;
    result.commandLine = QStringList{sa::tests::snapshotctlPath()} + arguments;
    int master = -1;
    int terminal = -1;
    if (openpty(&master, &terminal, nullptr, nullptr, nullptr) != 0) {
        result.err = "openpty failed";
        return result;
    }
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    QProcess process;
    process.setProcessEnvironment(childEnvironment(Source::Prompt));
    // The terminal becomes the child's controlling terminal and its stdin, stdout and stderr.
    process.setChildProcessModifier([terminal] {
        setsid();
        ioctl(terminal, TIOCSCTTY, 0);
        dup2(terminal, STDIN_FILENO);
        dup2(terminal, STDOUT_FILENO);
        dup2(terminal, STDERR_FILENO);
    });
    process.start(sa::tests::snapshotctlPath(), arguments);
    const bool started = process.waitForStarted();
    close(terminal);
    if (!started) {
        close(master);
        result.err = "could not start snapshotctl";
        return result;
    }
    result.procCmdline = readProcCmdline(process.processId());

    // Types only once the prompt is there and echo is off (tcgetattr on the master reads the
    // terminal's modes): what the terminal shows is then what a person would see.
    bool typedIn = false;
    QDeadlineTimer deadline(60'000);
    const auto drain = [&] {
        char buffer[4096];
        for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;)
            result.out.append(buffer, n);
    };
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        pollfd readable{master, POLLIN, 0};
        ::poll(&readable, 1, 20);
        drain();
        termios modes{};
        if (!typedIn && result.out.contains("Password for ") && tcgetattr(master, &modes) == 0
            && !(modes.c_lflag & ECHO)) {
            typedIn = ::write(master, typed.constData(), size_t(typed.size())) == typed.size();
        }
        process.waitForFinished(0);
    }
    if (process.state() != QProcess::NotRunning)
        process.kill();
    process.waitForFinished();
    drain();
    close(master);
    if (process.exitStatus() == QProcess::NormalExit && !deadline.hasExpired())
        result.exitCode = process.exitCode();
    if (!typedIn)
        result.err = "(the prompt never appeared with echo off)";
    m_runs.append(result);
    return result;
}

// Every path that handles the password, each also failing once with a wrong one.
void tst_NoSecrets::fullSession()
{
    const QString url = m_database->config().toUrl();
    const QStringList db = {u"--db"_s, url};
    const QString v1 = write(u"v1.json"_s, kDocument1);
    const QString v2 = write(u"v2.json"_s, kDocument2);

    // Password from PGPASSFILE: the whole life cycle of a report.
    const QList<std::pair<QString, QStringList>> passFileSession = {
        {u"init"_s, {u"init"_s}},
        {u"create v1"_s, {u"create"_s, u"parcel-1"_s, v1}},
        {u"create v2"_s, {u"create"_s, u"parcel-1"_s, v2, u"--json"_s}},
        {u"import"_s, {u"import"_s, v1, u"--report"_s, u"parcel-2"_s}},
        {u"reports"_s, {u"reports"_s}},
        {u"log"_s, {u"log"_s, u"parcel-1"_s, u"--json"_s}},
        {u"show"_s, {u"show"_s, u"parcel-1"_s}},
        {u"diff"_s, {u"diff"_s, u"parcel-1"_s, u"1"_s, u"2"_s}},
        {u"rollback"_s, {u"rollback"_s, u"parcel-1"_s, u"--to"_s, u"1"_s, u"--reason"_s, u"test"_s, u"--yes"_s}},
        {u"deprecate"_s, {u"deprecate"_s, u"parcel-1"_s, u"--version"_s, u"2"_s, u"--reason"_s, u"old"_s, u"--yes"_s}},
        {u"verify"_s, {u"verify"_s, u"--all"_s}},
        {u"activity"_s, {u"activity"_s, u"--json"_s}},
    };
    for (const auto &[what, arguments] : passFileSession) {
        const Run done = run(u"PGPASSFILE "_s + what, arguments + db, Source::PassFile);
        QVERIFY2(done.exitCode == (what == u"diff" ? 1 : 0), describe(done).constData()); // diff: 1 = different
    }
    // ... and from stdin as the document.
    Run done = run(u"PGPASSFILE create from stdin"_s, QStringList{u"create"_s, u"parcel-3"_s, u"-"_s} + db,
                   Source::PassFile, {}, kDocument2);
    QVERIFY2(done.exitCode == 0, describe(done).constData());

    // Password from PGPASSWORD, in this child's environment only.
    for (const QStringList &arguments : {QStringList{u"reports"_s}, QStringList{u"log"_s, u"parcel-1"_s},
                                         QStringList{u"create"_s, u"parcel-4"_s, v1}}) {
        done = run(u"PGPASSWORD "_s + arguments.first(), arguments + db, Source::Environment, m_password);
        QVERIFY2(done.exitCode == 0, describe(done).constData());
    }
    done = run(u"PGPASSWORD wrong"_s, QStringList{u"reports"_s} + db, Source::Environment, m_wrongPassword);
    QVERIFY2(done.exitCode == 2 && done.err.contains("snapshotctl: DATABASE_UNAVAILABLE: ")
                 && done.err.contains("password"),
             describe(done).constData());

    // Password typed at the prompt, on a terminal.
    done = runOnTerminal(u"prompt log"_s, QStringList{u"log"_s, u"parcel-1"_s} + db, m_password + '\n');
    QVERIFY2(done.exitCode == 0 && done.out.contains("Password for postgresql://") && done.out.contains("VERSION"),
             describe(done).constData());
    done = runOnTerminal(u"prompt wrong"_s, QStringList{u"reports"_s} + db, m_wrongPassword + '\n');
    QVERIFY2(done.exitCode == 2 && done.out.contains("Password for postgresql://")
                 && done.out.contains("DATABASE_UNAVAILABLE"),
             describe(done).constData());

    // The store API with the password given in code (no PGPASSFILE behind it).
    const QByteArray passFile = qgetenv("PGPASSFILE");
    qunsetenv("PGPASSFILE");
    const auto restorePassFile = qScopeGuard([&] { qputenv("PGPASSFILE", passFile); });
    const DatabaseConfig config = m_database->config();
    const QString password = QString::fromUtf8(m_password);
    {
        const auto opened = openDatabase(config, password, SchemaPolicy::Migrate);
        QVERIFY2(opened, redacted(errorText(opened)).constData());
        auto connection = opened->connections->database();
        QVERIFY2(connection, redacted(errorText(connection)).constData());
        QSqlQuery query(*connection);
        QVERIFY(query.exec(u"SELECT count(*) FROM report_snapshots"_s) && query.next());
        QVERIFY(query.value(0).toInt() >= 4);
    }
    const auto checked = checkConnection(config, password);
    QVERIFY2(checked, redacted(errorText(checked)).constData());
    const auto wrong = openDatabase(config, QString::fromUtf8(m_wrongPassword), SchemaPolicy::LeaveAsIs);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::DatabaseUnavailable);
    qInfo().noquote() << "the store's error for a wrong password:" << wrong.error().toString();
    const auto wrongCheck = checkConnection(config, QString::fromUtf8(m_wrongPassword));
    QVERIFY(!wrongCheck);
    qInfo().noquote() << "the connection check's error for a wrong password:" << wrongCheck.error().toString();
}

// Covers: the captured standard output and error of every snapshotctl process (for the
// terminal runs, everything the terminal showed).
void tst_NoSecrets::noSecretInProcessOutput()
{
    QVERIFY(m_runs.size() >= 19);
    for (const Run &done : std::as_const(m_runs)) {
        QVERIFY2(!containsSecret(done.out), qPrintable(u"the password appeared in the stdout of "_s + done.what));
        QVERIFY2(!containsSecret(done.err), qPrintable(u"the password appeared in the stderr of "_s + done.what));
    }
}

// Covers: this test process's own log (every qDebug/qInfo/qWarning of the store and the
// test, all categories on), as recorded by the message handler before any redaction.
void tst_NoSecrets::noSecretInTestLog()
{
    QMutexLocker lock(&s_logMutex);
    QVERIFY(s_log.contains("for a wrong password")); // the handler did record
    QVERIFY2(!containsSecret(s_log), "the password appeared in the test's log output");
}

// Covers: the settings files the programs could write. snapshotctl ran with HOME and the XDG
// folders in a fresh folder: it must write no QSettings file there, and no file at all that
// holds the password. This process (test mode) and the real ~/.config files of both programs
// hold no password either.
void tst_NoSecrets::noSecretInSettingsFiles()
{
    QStringList files;
    QDirIterator children(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (children.hasNext())
        files.append(children.next());
    for (const QString &file : std::as_const(files)) {
        QVERIFY2(!file.endsWith(u".conf"_s) && !file.endsWith(u".ini"_s),
                 qPrintable(u"snapshotctl wrote a settings file: "_s + file));
    }

    QSettings ownSettings;
    ownSettings.sync();
    files.append(ownSettings.fileName());
    QDirIterator testMode(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), QDir::Files,
                          QDirIterator::Subdirectories);
    while (testMode.hasNext())
        files.append(testMode.next());
    const QString realConfig = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + u"/.config"_s);
    files += {realConfig + u"/snapshotctl.conf"_s, realConfig + u"/SnapshotAuditor/snapshot-auditor.conf"_s,
              realConfig + u"/SnapshotAuditor/snapshotctl.conf"_s};

    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!containsSecret(file.readAll()), qPrintable(u"the password appeared in the file "_s + path));
    }
}

// Covers: the process arguments, both the argument list this runner handed to QProcess and
// the child's /proc/PID/cmdline as other users' `ps` would have seen it.
void tst_NoSecrets::noSecretInProcessArguments()
{
    QVERIFY(!m_runs.isEmpty());
    int seenInProc = 0;
    for (const Run &done : std::as_const(m_runs)) {
        QVERIFY2(!containsSecret(done.commandLine.join(u'\0').toUtf8()),
                 qPrintable(u"the password appeared in the arguments of "_s + done.what));
        QVERIFY2(!containsSecret(done.procCmdline),
                 qPrintable(u"the password appeared in /proc/PID/cmdline of "_s + done.what));
        seenInProc += done.procCmdline.isEmpty() ? 0 : 1;
    }
    QVERIFY(seenInProc > 0);
}

QTEST_GUILESS_MAIN(tst_NoSecrets)
#include "tst_nosecrets.moc"
