#pragma once

#include "connectionsettings.h"

#include "core/result.h"
#include "core/store/connectioncheck.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sa::ui {

class KeychainPasswords;

// Connection settings for a PostgreSQL database: host, port, database, user, sslmode and CA
// file, a password that may be remembered in the system keychain (never in a file), a
// read-only mode for auditors, saved profiles, and "Test connection" on a worker thread.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setProfile(const ConnectionProfile &profile);

    core::DatabaseConfig config() const;
    QString password() const;
    bool readOnly() const;
    bool rememberPassword() const;

    void accept() override;

Q_SIGNALS:
    void connectionTested(bool ok, const QString &message);

private:
    void testConnection();
    void showTestResult();
    void saveProfile();
    void chooseProfile(int index);
    void chooseCaFile();
    void updateButtons();
    void setKeychainAvailable(bool available, const QString &reason);

    KeychainPasswords *m_keychain; // child
    QComboBox *m_profiles;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_caFile;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QCheckBox *m_readOnly;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<core::Result<core::ConnectionCheck>> m_testWatcher;
};

} // namespace sa::ui
