#include "connectiondialog.h"

#include "keychainpasswords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace sa::ui {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_keychain(new KeychainPasswords(this))
    , m_profiles(new QComboBox(this))
    , m_host(new QLineEdit(u"localhost"_s, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_keychainNote(new QLabel(this))
    , m_readOnly(new QCheckBox(tr("Open &read-only (auditing: nothing can be changed)"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("database name"));
    m_user->setPlaceholderText(tr("role name (default: your login)"));
    for (const char *mode : {"prefer", "require", "verify-ca", "verify-full", "disable"})
        m_sslMode->addItem(QString::fromLatin1(mode));
    m_sslMode->setToolTip(tr("verify-full checks the server's certificate and host name against the CA file"));
    m_caFile->setPlaceholderText(tr("CA certificate for verify-ca / verify-full"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setVisible(false);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    m_profiles->addItem(tr("New connection"));
    for (const ConnectionProfile &profile : ConnectionSettings::profiles())
        m_profiles->addItem(profile.name, profile.config.toUrl());
    auto *saveButton = new QPushButton(tr("&Save as profile…"), this);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(saveButton);

    auto *caBrowse = new QPushButton(tr("Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caBrowse);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile:"), profileRow);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    auto *caLabel = new QLabel(tr("CA &file:"), this); // a row of widgets: name the buddy
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);
    form->addRow(QString(), m_readOnly);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(&m_testWatcher, &QFutureWatcherBase::finished, this, &ConnectionDialog::showTestResult);
    connect(saveButton, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(caBrowse, &QPushButton::clicked, this, &ConnectionDialog::chooseCaFile);
    connect(m_profiles, &QComboBox::activated, this, &ConnectionDialog::chooseProfile);
    for (QLineEdit *edit : {m_host, m_database})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateButtons);
    connect(m_keychain, &KeychainPasswords::passwordRead, this, [this](const QString &url, const QString &password) {
        if (url == config().toUrl() && m_password->text().isEmpty()) {
            m_password->setText(password);
            m_remember->setChecked(true);
        }
    });
    connect(m_keychain, &KeychainPasswords::keychainUnavailable, this,
            [this](const QString &reason) { setKeychainAvailable(false, reason); });
    updateButtons();
}

// A test still running owns copies of everything it needs: it ends on its own, unwaited.
ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    const core::DatabaseConfig &c = profile.config;
    m_host->setText(c.host);
    m_port->setValue(c.port);
    m_database->setText(c.database);
    m_user->setText(c.user);
    m_sslMode->setCurrentText(c.sslMode.isEmpty() ? u"prefer"_s : c.sslMode);
    m_caFile->setText(c.sslRootCert);
    m_readOnly->setChecked(profile.readOnly);
    m_password->clear();
    m_keychain->read(c.toUrl());
    updateButtons();
}

core::DatabaseConfig ConnectionDialog::config() const
{
    core::DatabaseConfig c;
    c.engine = core::DatabaseConfig::Engine::PostgreSql;
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.database = m_database->text().trimmed();
    c.user = m_user->text().trimmed();
    c.sslMode = m_sslMode->currentText();
    c.sslRootCert = m_caFile->text().trimmed();
    return c;
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

bool ConnectionDialog::readOnly() const
{
    return m_readOnly->isChecked();
}

bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isChecked() && m_remember->isEnabled();
}

void ConnectionDialog::accept()
{
    const QString url = config().toUrl();
    if (rememberPassword() && !password().isEmpty())
        m_keychain->store(url, password());
    else if (!m_remember->isChecked())
        m_keychain->forget(url);
    ConnectionSettings::addRecentConnection(config());
    QDialog::accept();
}

void ConnectionDialog::testConnection()
{
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(config().id()));
    m_testWatcher.setFuture(QtConcurrent::run(&core::checkConnection, config(), password()));
}

void ConnectionDialog::showTestResult()
{
    updateButtons();
    const auto result = m_testWatcher.result();
    const QString message = result ? tr("Connected as %1: %2").arg(result->user, result->serverVersion)
                                   : result.error().message;
    const QString colour = result ? u"#0072B2"_s : u"#D55E00"_s; // Okabe–Ito blue / vermillion
    m_testResult->setText(u"<span style='color:%1'>%2</span>"_s.arg(colour, message.toHtmlEscaped()));
    Q_EMIT connectionTested(result.hasValue(), message);
}

void ConnectionDialog::saveProfile()
{
    bool ok = false;
    const QString suggested = m_database->text() + u'@' + m_host->text();
    const QString name = QInputDialog::getText(this, tr("Save profile"), tr("Profile name:"), QLineEdit::Normal,
                                               suggested, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    ConnectionSettings::saveProfile({name.trimmed(), config(), readOnly()});
    if (m_profiles->findText(name.trimmed()) < 0)
        m_profiles->addItem(name.trimmed(), config().toUrl());
    m_profiles->setCurrentText(name.trimmed());
}

void ConnectionDialog::chooseProfile(int index)
{
    if (index <= 0)
        return;
    for (const ConnectionProfile &profile : ConnectionSettings::profiles()) {
        if (profile.name == m_profiles->itemText(index)) {
            setProfile(profile);
            return;
        }
    }
}

void ConnectionDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                      tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void ConnectionDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_testButton->setEnabled(complete && !m_testWatcher.isRunning());
}

void ConnectionDialog::setKeychainAvailable(bool available, const QString &reason)
{
    m_remember->setEnabled(available);
    if (!available)
        m_remember->setChecked(false);
    m_keychainNote->setVisible(!available);
    m_keychainNote->setText(tr("No system keychain is available (%1). The password will be asked for each "
                               "time and is never written to a file.").arg(reason));
}

} // namespace sa::ui
