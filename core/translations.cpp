#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTranslations, "sa.translations", QtWarningMsg)

namespace sa::core {

QStringList availableLanguages()
{
    return { u"en"_s, u"de"_s, u"fr"_s };
}

namespace {
const QString kTranslatorName = u"sa-translator"_s;
} // namespace

QLocale installTranslations(QCoreApplication &app, const QString &languageCode)
{
    // A second call switches language: the catalogues of the first go.
    for (QTranslator *previous :
         app.findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    const QLocale locale = languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);
    QLocale::setDefault(locale);

    // Ours are compiled in (translations/CMakeLists.txt); Qt's own (standard buttons, the
    // command-line parser's texts) come from the qt6-translations-l10n package when present.
    const struct
    {
        QString name;
        QString folder;
    } catalogues[] = { { u"snapshotauditor"_s, u":/i18n"_s },
                       { u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath) } };
    for (const auto &catalogue : catalogues) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(kTranslatorName);
        // A language we have no catalogue for falls back to English, whose catalogue holds
        // the plural forms ("1 change", "2 changes").
        if (translator->load(locale, catalogue.name, u"_"_s, catalogue.folder)
            || translator->load(QLocale(QLocale::English), catalogue.name, u"_"_s,
                                catalogue.folder)) {
            QCoreApplication::installTranslator(translator);
        } else {
            qCInfo(lcTranslations)
                << "no" << catalogue.name << "translation for" << locale.uiLanguages();
            delete translator;
        }
    }
    return locale;
}

} // namespace sa::core
