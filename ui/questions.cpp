#include "questions.h"

#include "core/store/migrator.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Questions)
};

} // namespace

std::optional<QDateTime> askAsOfTime(QWidget *parent, const QString &reportId)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(Tr::tr("Version Active As Of"));
    auto *edit = new QDateTimeEdit(QDateTime::currentDateTime(), &dialog);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(Tr::tr("Show the version of %1 that was active at:").arg(reportId), &dialog));
    layout->addWidget(edit);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->dateTime();
}

bool confirmCcp04Upgrade(QWidget *parent, const QString &database)
{
    QMessageBox box(QMessageBox::Question, Tr::tr("Upgrade CCP-04 Database"),
                    Tr::tr("Upgrade %1 to Snapshot Auditor's schema?").arg(database),
                    QMessageBox::Cancel, parent);
    QString details = u"<ul>"_s;
    for (const QString &line : core::Migrator::legacyUpgradeSummary())
        details += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    box.setInformativeText(details + u"</ul>"_s);
    QPushButton *upgrade = box.addButton(Tr::tr("&Upgrade"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == upgrade;
}

} // namespace sa::ui
