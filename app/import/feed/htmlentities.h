#pragma once

#include <QStringView>

// The named character references of HTML that real feeds and their HTML content use (&nbsp;,
// &auml;, &rsquo;, …): not all of HTML's 2,231, but the Latin-1 set, typography and a few
// symbols. Both the XML decoding (undeclared entities) and the HTML fallback need them.
namespace HtmlEntities {
// The code point of `name` (without '&' and ';'), or 0 when it is not in the table.
char32_t codePoint(QStringView name);
} // namespace HtmlEntities
