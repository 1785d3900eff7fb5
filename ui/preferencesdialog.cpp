#include "preferencesdialog.h"

#include "core/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa::ui {

namespace {
const QString kLanguageKey = u"ui/language"_s;

// A language under its own name, as people look for it ("Deutsch", "Français"); English
// without a country ("American English" would read as a choice of its own), and the C
// locale of a bare system as the English it falls back to.
QString languageName(const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QLocale::languageToString(QLocale::English);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));

    m_language->addItem(tr("System default (%1)").arg(languageName(QLocale::system())), QString());
    for (const QString &code : core::availableLanguages())
        m_language->addItem(languageName(QLocale(code)), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(savedLanguage())));

    auto *note
        = new QLabel(tr("Snapshot Auditor uses the new language the next time it starts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString PreferencesDialog::savedLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return core::availableLanguages().contains(code) ? code : QString();
}

void PreferencesDialog::save()
{
    QSettings settings;
    const QString code = m_language->currentData().toString();
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

} // namespace sa::ui
