#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

class QWidget;

// The main window's modal questions, each one dialog that returns the answer.
namespace sa::ui {

// "Version active as of…": the moment to look at, or nothing when cancelled.
std::optional<QDateTime> askAsOfTime(QWidget *parent, const QString &reportId);

// Whether to upgrade the CCP-04 database `database`, after listing what the upgrade adds and
// keeps (core::Migrator::legacyUpgradeSummary()). Cancel is the default.
bool confirmCcp04Upgrade(QWidget *parent, const QString &database);

} // namespace sa::ui
