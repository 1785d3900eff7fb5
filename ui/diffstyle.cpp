#include "diffstyle.h"

#include "jsontext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sa::ui::DiffStyle {
namespace {

struct DiffStyleText
{
    Q_DECLARE_TR_FUNCTIONS(DiffStyle)
};

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    const auto mix = [amount](int a, int b) {
        return int(std::lround(a + (b - a) * amount));
    };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                  mix(base.blue(), tint.blue()));
}

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
           + 0.0722 * channel(color.blueF());
}

} // namespace

QString symbol(DiffStatus status)
{
    switch (status) {
    case DiffStatus::Unchanged:
        return {};
    case DiffStatus::ContainsChanges:
        return u"•"_s;
    case DiffStatus::Added:
        return u"+"_s;
    case DiffStatus::Deleted:
        return u"−"_s;
    case DiffStatus::Modified:
        return u"~"_s;
    case DiffStatus::TypeChanged:
        return u"≠"_s;
    case DiffStatus::Moved:
        return u"↔"_s;
    }
    return {};
}

QString statusName(DiffStatus status)
{
    switch (status) {
    case DiffStatus::Unchanged:
        return DiffStyleText::tr("unchanged");
    case DiffStatus::ContainsChanges:
        return DiffStyleText::tr("contains changes");
    case DiffStatus::Added:
        return DiffStyleText::tr("added");
    case DiffStatus::Deleted:
        return DiffStyleText::tr("deleted");
    case DiffStatus::Modified:
        return DiffStyleText::tr("modified");
    case DiffStatus::TypeChanged:
        return DiffStyleText::tr("type changed");
    case DiffStatus::Moved:
        return DiffStyleText::tr("moved");
    }
    return {};
}

QColor accent(DiffStatus status)
{
    switch (status) {
    case DiffStatus::Unchanged:
        return {};
    case DiffStatus::ContainsChanges:
        return QColor(0x99, 0x99, 0x99);
    case DiffStatus::Added:
        return QColor(0x00, 0x72, 0xB2); // Okabe–Ito blue
    case DiffStatus::Deleted:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case DiffStatus::Modified:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    case DiffStatus::TypeChanged:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case DiffStatus::Moved:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    }
    return {};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor rowBackground(DiffStatus status, const QPalette &palette)
{
    if (!isChange(status))
        return {};
    // Yellow is light already: it needs more of itself to show on white, less on black.
    const bool dark = isDark(palette);
    const double amount
        = status == DiffStatus::Modified ? (dark ? 0.22 : 0.45) : (dark ? 0.30 : 0.20);
    return blend(palette.color(QPalette::Base), accent(status), amount);
}

QColor spanBackground(DiffStatus status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const double amount
        = status == DiffStatus::Modified ? (dark ? 0.45 : 0.85) : (dark ? 0.50 : 0.45);
    return blend(palette.color(QPalette::Base), accent(status), amount);
}

QString numberDelta(const core::JsonValue &oldValue, const core::JsonValue &newValue)
{
    if (!oldValue.isNumber() || !newValue.isNumber() || oldValue.toNumber() == newValue.toNumber())
        return {};
    const double delta = newValue.toNumber() - oldValue.toNumber();
    // Decimals as written, so 23649.51 - 23185.8 reads 463.71, not 463.7099999999991.
    const auto decimals = [](const core::JsonValue &value) -> qsizetype {
        const QString text = displayText(value);
        if (text.contains(u'e'))
            return -1;
        const qsizetype point = text.indexOf(u'.');
        return point < 0 ? 0 : text.size() - point - 1;
    };
    const qsizetype oldDecimals = decimals(oldValue);
    const qsizetype newDecimals = decimals(newValue);
    const QLocale locale;
    const QString magnitude
        = oldDecimals < 0 || newDecimals < 0
              ? locale.toString(std::abs(delta), 'g', 15)
              : locale.toString(std::abs(delta), 'f', int(std::max(oldDecimals, newDecimals)));
    return (delta > 0 ? u"+"_s : u"−"_s) + magnitude;
}

QColor textOn(const QColor &background)
{
    return contrastRatio(background, Qt::black) >= contrastRatio(background, Qt::white)
               ? QColor(Qt::black)
               : QColor(Qt::white);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace sa::ui::DiffStyle
