#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace onetrip {
namespace gui {

// A deliberately small template language for the printed documents (resources/templates):
//   {{field}}             the field's value, HTML-escaped (every value, always)
//   {{#block}}…{{/block}}  repeated once per row of `block`; inside, a row's fields shadow
//                         the outer ones. A block with one row is an "if", with none it is
//                         left out.
//   {{^block}}…{{/block}}  only when `block` has no rows (e.g. "none").
//   {{>partial}}          the text of a partial (a shared piece of template), then filled;
//                         partials may use partials.
// Blocks nest (a block inside another of the same name does not). An unknown field, block or
// partial is an error, so a misspelt template fails loudly in the tests instead of printing an
// empty line.
class TemplateRenderer
{
public:
    using Values = QHash<QString, QString>;

    struct Context
    {
        Values values;                        // field -> plain (unescaped) text
        QHash<QString, QList<Values>> blocks; // block -> its rows
        QHash<QString, QString> partials;     // partial -> template text
    };

    // The filled template, or an error naming the first unknown or malformed tag.
    static Result<QString> render(const QString &templateText, const Context &context);

    // `text` with & < > " ' escaped and line breaks as <br/>.
    static QString escape(const QString &text);
};

} // namespace gui
} // namespace onetrip
