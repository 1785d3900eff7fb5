// The interface in German: ctest starts this program with LANG=de_DE.UTF-8 (and LC_ALL,
// LC_MESSAGES unset), and it installs the translations the way main() does. Every action of
// the main window must then read German, and dates and numbers must be in German form.
#include "ui/mainwindow.h"

#include "core/translations.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList actionTexts(const QWidget &window)
{
    QStringList texts;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (!action->isSeparator() && !action->text().isEmpty())
            texts << action->text();
    }
    return texts;
}

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void systemLanguageIsGerman();
    void mainWindowActionsAreGerman();
    void datesAndNumbersAreGerman();
    void preferenceOverridesTheSystem();

private:
    QStringList m_englishActions;
};

void tst_Translations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(qgetenv("LANG"), QByteArray("de_DE.UTF-8"));
    // The texts as written in the sources: a window made before any catalogue is installed.
    const sa::ui::MainWindow english;
    m_englishActions = actionTexts(english);
    QVERIFY(m_englishActions.size() > 20);
    QVERIFY(m_englishActions.contains(u"&Roll Back to This Version…"_s));
}

void tst_Translations::systemLanguageIsGerman()
{
    const QLocale locale = sa::core::installTranslations(*qApp);
    QCOMPARE(locale.language(), QLocale::German);
    QCOMPARE(QLocale().language(), QLocale::German);
}

void tst_Translations::mainWindowActionsAreGerman()
{
    const sa::ui::MainWindow german;
    QCOMPARE(menuTitles(german),
             QStringList({u"&Datei"_s, u"&Ansicht"_s, u"&Vergleichen"_s, u"V&ersion"_s, u"E&xtras"_s, u"&Hilfe"_s}));
    const QStringList texts = actionTexts(german);
    QCOMPARE(texts.size(), m_englishActions.size());
    // "Version" is German as well; every other action reads differently in German.
    const QStringList sameInGerman{u"V&ersion"_s};
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (!sameInGerman.contains(m_englishActions.at(i))) {
            QVERIFY2(texts.at(i) != m_englishActions.at(i),
                     qPrintable(u"not translated: "_s + m_englishActions.at(i)));
        }
    }
    QVERIFY(texts.contains(u"&Zurücksetzen auf diese Version …"_s));
}

void tst_Translations::datesAndNumbersAreGerman()
{
    QCOMPARE(QLocale().toString(QDate(2026, 3, 2), QLocale::ShortFormat), u"02.03.26"_s);
    QCOMPARE(QLocale().toString(1234567.5, 'f', 1), u"1.234.567,5"_s);
}

void tst_Translations::preferenceOverridesTheSystem()
{
    const QLocale french = sa::core::installTranslations(*qApp, u"fr"_s);
    QCOMPARE(french.language(), QLocale::French);
    const sa::ui::MainWindow window;
    QCOMPARE(menuTitles(window).constFirst(), u"&Fichier"_s);
    // Back to the system's language for whatever runs next.
    sa::core::installTranslations(*qApp);
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
