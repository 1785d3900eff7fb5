#pragma once

#include <QDialog>

class QComboBox;

namespace sa::ui {

// Preferences that outlive a session. For now the language of the user interface: the system's
// (the default) or one Snapshot Auditor ships. A change takes effect at the next start, when
// main() installs the translations before any window exists.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The language chosen in the preferences ("de", "fr", "en"), empty for the system's.
    static QString savedLanguage();

private:
    void save();

    QComboBox *m_language = nullptr;
};

} // namespace sa::ui
