#include "printing/TemplateRenderer.h"

#include <QCoreApplication>

#include <optional>

namespace onetrip {
namespace gui {

namespace {

const QLatin1String Open("{{");
const QLatin1String Close("}}");

Error templateError(const QString &tag)
{
    return Error{QCoreApplication::translate(
                     "TemplateRenderer",
                     "A document template is broken (%1). Reinstall OneTrip or report this "
                     "to the administrator.")
                     .arg(tag),
                 QStringLiteral("template tag: ") + tag};
}

constexpr int MaxPartialDepth = 4; // deep enough for any template, stops a cycle

// Replaces every {{>name}} by the partial's text, itself expanded.
Result<QString> expandPartials(const QString &text, const QHash<QString, QString> &partials,
                               int depth = 0)
{
    if (depth > MaxPartialDepth)
        return templateError(QStringLiteral("{{>…}} nested too deep"));
    QString out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{>"), pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(Close, open);
        if (close < 0)
            return templateError(text.mid(open, 20));
        const QString name = text.mid(open + 3, close - open - 3).trimmed();
        const auto partial = partials.constFind(name);
        if (partial == partials.cend())
            return templateError(QStringLiteral("{{>") + name + Close);
        auto inner = expandPartials(*partial, partials, depth + 1);
        if (!inner)
            return inner;
        out += QStringView(text).mid(pos, open - pos);
        out += inner.value();
        pos = close + 2;
    }
    out += QStringView(text).mid(pos);
    return out;
}

// The rows of a block: its own rows, or for a plain field one empty row when the field is
// not empty (an "if") and none when it is.
std::optional<QList<TemplateRenderer::Values>> rowsOf(const QString &name,
                                                      const TemplateRenderer::Values &values,
                                                      const TemplateRenderer::Context &context)
{
    const auto block = context.blocks.constFind(name);
    if (block != context.blocks.cend())
        return *block;
    const auto value = values.constFind(name);
    if (value == values.cend())
        return std::nullopt;
    if (value->isEmpty())
        return QList<TemplateRenderer::Values>();
    return QList<TemplateRenderer::Values>{TemplateRenderer::Values()};
}

Result<QString> fill(const QString &text, const TemplateRenderer::Values &values,
                     const TemplateRenderer::Context &context)
{
    QString out;
    out.reserve(text.size() + text.size() / 2);
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(Open, pos);
        if (open < 0)
            break;
        out += QStringView(text).mid(pos, open - pos);
        const qsizetype close = text.indexOf(Close, open + 2);
        if (close < 0)
            return templateError(text.mid(open, 20));
        const QString tag = text.mid(open + 2, close - open - 2).trimmed();
        pos = close + 2;
        if (tag.isEmpty())
            return templateError(Open + Close);
        const QChar sigil = tag.at(0);
        if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
            const QString name = tag.mid(1).trimmed();
            const QString end = QStringLiteral("{{/") + name + Close;
            const qsizetype endAt = text.indexOf(end, pos);
            if (endAt < 0)
                return templateError(Open + tag + Close);
            const auto rows = rowsOf(name, values, context);
            if (!rows)
                return templateError(Open + tag + Close);
            const QString inner = text.mid(pos, endAt - pos);
            pos = endAt + end.size();
            if (sigil == QLatin1Char('^')) {
                if (!rows->isEmpty())
                    continue;
                auto part = fill(inner, values, context);
                if (!part)
                    return part.error();
                out += part.value();
                continue;
            }
            for (const TemplateRenderer::Values &row : *rows) {
                TemplateRenderer::Values merged = values;
                merged.insert(row);
                auto part = fill(inner, merged, context);
                if (!part)
                    return part.error();
                out += part.value();
            }
            continue;
        }
        const auto value = values.constFind(tag);
        if (value == values.cend())
            return templateError(Open + tag + Close); // also a stray {{/x}} or {{>x}}
        out += TemplateRenderer::escape(*value);
    }
    out += QStringView(text).mid(pos);
    return out;
}

} // namespace

Result<QString> TemplateRenderer::render(const QString &templateText, const Context &context)
{
    auto expanded = expandPartials(templateText, context.partials);
    if (!expanded)
        return expanded;
    return fill(expanded.value(), context.values, context);
}

QString TemplateRenderer::escape(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    out.replace(QLatin1String("\r\n"), QLatin1String("<br/>"));
    out.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return out;
}

} // namespace gui
} // namespace onetrip
