#pragma once

#include <QString>
#include <QStringList>

namespace sa::core::Internal {

// Splits a migration file into statements at top-level semicolons: not inside quotes,
// comments, PostgreSQL dollar-quoted bodies, or SQLite trigger bodies (BEGIN ... END,
// with CASE ... END inside). The SQLite driver runs one statement per exec(), so
// migrations are executed statement by statement on both engines.
QStringList splitSqlScript(const QString &script);

} // namespace sa::core::Internal
