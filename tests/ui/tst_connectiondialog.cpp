#include "ui/connectiondialog.h"
#include "ui/connectionsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sa::core;
using namespace sa::ui;
using namespace Qt::StringLiterals;

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formGivesConfig();
    void profilesKeepNoSecret();
    void failedTestSaysWhy();
    void withoutKeychainPasswordIsNotRemembered();
};

void tst_ConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SnapshotAuditorTests"_s);
    QSettings().clear();
}

static QLineEdit *edit(QDialog &dialog, const QString &placeholderPart)
{
    for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
        if (e->placeholderText().contains(placeholderPart))
            return e;
    }
    return nullptr;
}

void tst_ConnectionDialog::formGivesConfig()
{
    ConnectionDialog dialog;
    ConnectionProfile profile{u"prod"_s, *parseDatabaseUrl(u"postgresql://alice@db.example:6543/parcels?sslmode=verify-full"_s), true};
    dialog.setProfile(profile);
    const DatabaseConfig config = dialog.config();
    QCOMPARE(config.host, u"db.example"_s);
    QCOMPARE(config.port, 6543);
    QCOMPARE(config.database, u"parcels"_s);
    QCOMPARE(config.user, u"alice"_s);
    QCOMPARE(config.sslMode, u"verify-full"_s);
    QVERIFY(dialog.readOnly());

    edit(dialog, u"database name"_s)->clear();
    auto *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!connect->isEnabled()); // no database: nothing to connect to
}

void tst_ConnectionDialog::profilesKeepNoSecret()
{
    const auto config = parseDatabaseUrl(u"postgresql://bob@localhost:5433/audit"_s);
    QVERIFY(config.hasValue());
    ConnectionSettings::saveProfile({u"team/audit"_s, *config, false});
    ConnectionSettings::addRecentConnection(*config);
    const auto profiles = ConnectionSettings::profiles();
    QCOMPARE(profiles.size(), std::size_t(1));
    QCOMPARE(profiles[0].name, u"team/audit"_s);
    QCOMPARE(profiles[0].config, *config);
    QCOMPARE(ConnectionSettings::recentConnections(), QStringList{config->toUrl()});

    ConnectionDialog dialog;
    edit(dialog, u"database name"_s)->setText(u"audit"_s);
    const QString secret = u"correct horse battery staple"_s;
    for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
        if (e->echoMode() == QLineEdit::Password)
            e->setText(secret);
    }
    dialog.accept();
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    // The file the dialog saved to (its recent connection and the profile are in it), without
    // the typed password.
    QVERIFY2(saved.contains("/audit") && saved.contains("team"), qPrintable(settings.fileName()));
    QVERIFY2(!saved.contains(secret.toUtf8()), "the typed password appeared in the saved settings file");
}

void tst_ConnectionDialog::failedTestSaysWhy()
{
    ConnectionDialog dialog;
    edit(dialog, u"database name"_s)->setText(u"nothing"_s);
    for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
        if (e->text() == u"localhost"_s)
            e->setText(u"127.0.0.1"_s);
    }
    auto *port = dialog.findChild<QSpinBox *>();
    port->setValue(1); // nothing listens there
    QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
    QPushButton *test = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().contains(u"Test"_s))
            test = b;
    }
    QVERIFY(test);
    test->click();
    QVERIFY(!test->isEnabled()); // one test at a time, and the dialog stays responsive
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.at(0).at(0).toBool(), false);
    const QString message = tested.at(0).at(1).toString();
    QVERIFY2(message.contains(u"127.0.0.1"_s), qPrintable(message));
    QVERIFY(test->isEnabled());
}

// Tests run without a session bus, so no Secret Service answers: the dialog must say so and
// refuse to "remember" rather than fall back to a file.
void tst_ConnectionDialog::withoutKeychainPasswordIsNotRemembered()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    ConnectionDialog dialog;
    dialog.setProfile({u"x"_s, *parseDatabaseUrl(u"postgresql://carol@localhost/db"_s), false});
    QCheckBox *remember = nullptr;
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->text().contains(u"keychain"_s))
            remember = box;
    }
    QVERIFY(remember);
    QTRY_VERIFY_WITH_TIMEOUT(!remember->isEnabled(), 10000);
    QVERIFY(!dialog.rememberPassword());
    bool noteShown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        noteShown |= label->text().contains(u"No system keychain is available"_s) && !label->isHidden();
    QVERIFY(noteShown);
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
