#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sa::core {

// The languages Snapshot Auditor ships translations for, as ISO 639 codes ("en" first: the
// language of the sources).
QStringList availableLanguages();

// Picks the language for `languageCode` ("de", "fr", "en"), or for the system locale when it
// is empty, makes that locale the default (dates, times and numbers follow it) and installs
// Snapshot Auditor's and Qt's own translations into `app`. Returns the locale chosen.
// Call from main() before any window or message is made; a later call replaces the
// catalogues of the earlier one (windows made before keep their texts).
QLocale installTranslations(QCoreApplication &app, const QString &languageCode = {});

} // namespace sa::core
