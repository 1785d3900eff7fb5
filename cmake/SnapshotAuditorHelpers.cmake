# Shared settings for every Snapshot Auditor target.

# Warnings on, and the Qt string hygiene of the house style.
function(sa_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER)
endfunction()

# Where the shared conformance suites live (next to the checkout).
set(SA_CONFORMANCE_DIR "${PROJECT_SOURCE_DIR}/../shared/conformance"
    CACHE PATH "Folder holding the public conformance suites")
set(SA_FIXTURES_DIR "${PROJECT_SOURCE_DIR}/../shared/fixtures"
    CACHE PATH "Folder holding shared database fixtures")
