#include "jsontext.h"

#include "core/json/canonicaljson.h"
#include "core/json/ecmascriptnumber.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sa::ui {
namespace {

struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(JsonText)
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

QString displayText(const core::JsonValue &value, int maxCharacters)
{
    switch (value.type()) {
    case core::JsonType::Null:
        return u"null"_s;
    case core::JsonType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case core::JsonType::Number: {
        char buffer[core::kMaxEcmaScriptNumberLength];
        return QString::fromLatin1(buffer, qsizetype(core::formatEcmaScriptNumber(value.toNumber(), buffer)));
    }
    case core::JsonType::String: {
        // Cut before decoding: a 10 MB string must not be converted whole for one cell.
        const std::string_view text = value.toString();
        const bool cut = text.size() > std::size_t(maxCharacters) * 4;
        QString shown = fromUtf8(cut ? text.substr(0, std::size_t(maxCharacters) * 4) : text);
        if (cut || shown.size() > maxCharacters)
            shown = shown.left(maxCharacters) + u"…"_s;
        shown.replace(u'\n', u"⏎"_s);
        return u'"' + shown + u'"';
    }
    case core::JsonType::Array:
        // Spelled out: without a loaded translation "%n item(s)" would read as written.
        return value.size() == 1 ? JsonText::tr("[1 item]") : JsonText::tr("[%1 items]").arg(value.size());
    case core::JsonType::Object:
        return value.size() == 1 ? JsonText::tr("{1 member}") : JsonText::tr("{%1 members}").arg(value.size());
    }
    return {};
}

QString typeText(const core::JsonValue &value)
{
    return QString::fromLatin1(core::jsonTypeName(value.type()));
}

QString memberLabel(std::string_view name)
{
    return fromUtf8(name);
}

QString elementLabel(qsizetype index)
{
    return u"[%1]"_s.arg(index);
}

QString jsonText(const core::JsonValue &value)
{
    return QString::fromUtf8(core::canonicalJson(value));
}

} // namespace sa::ui
