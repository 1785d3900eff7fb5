#include "sqlscript_p.h"

using namespace Qt::StringLiterals;

namespace sa::core::Internal {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Index just past the closing `quote` of a literal opened at `i`; doubled quotes escape.
qsizetype skipQuoted(const QString &s, qsizetype i, QChar quote)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == quote) {
            if (i + 1 < s.size() && s[i + 1] == quote)
                ++i;
            else
                return i + 1;
        }
    }
    return i;
}

// A dollar-quote tag ("$$", "$body$") starting at `i`, or an empty string.
QString dollarTag(const QString &s, qsizetype i)
{
    qsizetype j = i + 1;
    while (j < s.size() && isWordChar(s[j]))
        ++j;
    return j < s.size() && s[j] == u'$' ? s.mid(i, j - i + 1) : QString();
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    qsizetype start = 0;
    int blockDepth = 0; // open BEGIN/CASE blocks of a trigger body
    qsizetype i = 0;
    const auto flush = [&](qsizetype end) {
        const QString statement = script.mid(start, end - start).trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        start = end + 1;
    };
    while (i < script.size()) {
        const QChar c = script[i];
        if (c == u'\'' || c == u'"') {
            i = skipQuoted(script, i, c);
        } else if (c == u'-' && script.mid(i, 2) == u"--") {
            const qsizetype end = script.indexOf(u'\n', i);
            i = end < 0 ? script.size() : end + 1;
        } else if (c == u'/' && script.mid(i, 2) == u"/*") {
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? script.size() : end + 2;
        } else if (c == u'$' && !dollarTag(script, i).isEmpty()) {
            const QString tag = dollarTag(script, i);
            const qsizetype end = script.indexOf(tag, i + tag.size());
            i = end < 0 ? script.size() : end + tag.size();
        } else if (isWordChar(c)) {
            qsizetype j = i;
            while (j < script.size() && isWordChar(script[j]))
                ++j;
            const QString word = script.mid(i, j - i).toUpper();
            if (word == u"BEGIN" || word == u"CASE")
                ++blockDepth;
            else if (word == u"END" && blockDepth > 0)
                --blockDepth;
            i = j;
        } else {
            if (c == u';' && blockDepth == 0)
                flush(i);
            ++i;
        }
    }
    flush(script.size());
    return statements;
}

} // namespace sa::core::Internal
