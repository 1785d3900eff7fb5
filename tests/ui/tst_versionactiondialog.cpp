#include "ui/versionactiondialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sa::core;
using namespace sa::ui;
using namespace Qt::StringLiterals;

class tst_VersionActionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confirmNeedsReasonAndTypedVersion_data();
    void confirmNeedsReasonAndTypedVersion();
    void deprecatedTargetNeedsConsent();
    void conflictOffersReload();
    void successCloses();
    void otherErrorsAllowRetry();
};

static RollbackPlan plan(bool deprecated = false)
{
    RollbackPlan p;
    p.current.reportId = u"RPT-7"_s;
    p.current.version = 12;
    p.current.createdBy = u"alice"_s;
    p.current.createdAt = QDateTime(QDate(2026, 3, 2), QTime(14, 5), Qt::UTC);
    p.target = p.current;
    p.target.version = 7;
    p.target.createdBy = u"bob"_s;
    if (deprecated) {
        p.target.deprecatedAt = p.current.createdAt;
        p.target.deprecatedReason = u"wrong owner <b>import</b>"_s;
    }
    p.changes = {3, 5, 1, 0};
    p.targetDeprecated = deprecated;
    return p;
}

static QPushButton *button(QDialog &dialog, const QString &textPart)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(u'&').contains(textPart))
            return b;
    }
    return nullptr;
}

void tst_VersionActionDialog::confirmNeedsReasonAndTypedVersion_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("nothing") << QString() << QString() << false;
    QTest::newRow("reason only") << u"bad import"_s << QString() << false;
    QTest::newRow("wrong version") << u"bad import"_s << u"12"_s << false;
    QTest::newRow("version only") << QString() << u"7"_s << false;
    QTest::newRow("blank reason") << u"   "_s << u"7"_s << false;
    QTest::newRow("both") << u"bad import"_s << u"7"_s << true;
}

void tst_VersionActionDialog::confirmNeedsReasonAndTypedVersion()
{
    QFETCH(QString, reason);
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    VersionActionDialog dialog(plan());
    QVERIFY(dialog.findChild<QLabel *>()->text().contains(u"+3 added"_s));
    dialog.findChild<QPlainTextEdit *>()->setPlainText(reason);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(), typed);
    QPushButton *confirm = button(dialog, u"Roll Back"_s);
    QVERIFY(confirm);
    QCOMPARE(confirm->isEnabled(), enabled);
}

void tst_VersionActionDialog::deprecatedTargetNeedsConsent()
{
    VersionActionDialog dialog(plan(true));
    QVERIFY(dialog.findChild<QLabel *>()->text().contains(u"wrong owner &lt;b&gt;import&lt;/b&gt;"_s));
    dialog.findChild<QPlainTextEdit *>()->setPlainText(u"restore"_s);
    dialog.findChild<QLineEdit *>()->setText(u"7"_s);
    QPushButton *confirm = button(dialog, u"Roll Back"_s);
    QVERIFY(!confirm->isEnabled());
    dialog.findChild<QCheckBox *>()->setChecked(true);
    QVERIFY(confirm->isEnabled());
    QVERIFY(dialog.allowDeprecatedTarget());
}

void tst_VersionActionDialog::conflictOffersReload()
{
    VersionActionDialog dialog(plan());
    QSignalSpy confirmed(&dialog, &VersionActionDialog::confirmed);
    QSignalSpy reload(&dialog, &VersionActionDialog::reloadRequested);
    dialog.findChild<QPlainTextEdit *>()->setPlainText(u"bad import"_s);
    dialog.findChild<QLineEdit *>()->setText(u"7"_s);
    QPushButton *confirm = button(dialog, u"Roll Back"_s);
    confirm->click();
    QCOMPARE(confirmed.size(), 1);
    QVERIFY(!confirm->isEnabled()); // busy: one job at a time
    QCOMPARE(dialog.reason(), u"bad import"_s);
    dialog.finished(Error{ErrorCode::VersionConflict, u"expected active version 12, actual 13"_s});
    QVERIFY(dialog.findChild<QLabel *>()->text().contains(u"actual 13"_s));
    QPushButton *reloadButton = button(dialog, u"Reload"_s);
    QVERIFY(reloadButton && reloadButton->isVisible() == !dialog.isHidden());
    QVERIFY(!reloadButton->isHidden());
    QVERIFY(!confirm->isEnabled());
    reloadButton->click();
    QCOMPARE(reload.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_VersionActionDialog::successCloses()
{
    SnapshotSummary version;
    version.reportId = u"RPT-7"_s;
    version.version = 4;
    VersionActionDialog dialog(version);
    QCOMPARE(dialog.action(), VersionActionDialog::Action::Deprecate);
    dialog.findChild<QPlainTextEdit *>()->setPlainText(u"duplicate upload"_s);
    dialog.findChild<QLineEdit *>()->setText(u"4"_s);
    button(dialog, u"Deprecate"_s)->click();
    dialog.finished(version);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_VersionActionDialog::otherErrorsAllowRetry()
{
    VersionActionDialog dialog(plan());
    dialog.findChild<QPlainTextEdit *>()->setPlainText(u"x"_s);
    dialog.findChild<QLineEdit *>()->setText(u"7"_s);
    button(dialog, u"Roll Back"_s)->click();
    dialog.finished(Error{ErrorCode::DatabaseUnavailable, u"connection lost"_s});
    QVERIFY(button(dialog, u"Reload"_s)->isHidden());
    QVERIFY(button(dialog, u"Roll Back"_s)->isEnabled());
}

QTEST_MAIN(tst_VersionActionDialog)
#include "tst_versionactiondialog.moc"
