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
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));

    const QLocale system = QLocale::system();
    m_language->addItem(tr("System default (%1)").arg(system.nativeLanguageName()), QString());
    // Each language under its own name, as people look for it.
    for (const QString &code : core::availableLanguages()) {
        const QLocale language(code);
        QString name = language.nativeLanguageName();
        name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(savedLanguage())));

    auto *note = new QLabel(tr("Snapshot Auditor uses the new language the next time it starts."), this);
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
