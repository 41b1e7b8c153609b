#pragma once

#include <QByteArray>

// Prepares markup for the parser with a light scan by the HTML tokenizer's rules (comments,
// quoted attribute values, the raw-text elements whose content is not markup), not a parser.
//
// It leaves the contents of <script> and <style> elements out: they are never text, a third to
// a half of a modern page's bytes, and Gumbo handles every byte of them as a token of its own.
// JSON-LD scripts stay (their metadata is read). The elements themselves stay, empty, so the
// tree is the same apart from that text.
//
// And it caps nesting: a start tag that would open more than maxOpenElements elements (by the
// tags' own count; elements the parser closes itself, as <p> and <li>, do not count) is left
// out with its end tag, its text kept. Gumbo searches its stack of open elements for each
// block start tag, so 100,000 nested <div>s took it a minute, and 20 MB of them would never
// end. HtmlDocument flattens everything below depth 256 anyway.
//
// Wherever the rules get subtle (a "<!--" inside a script, a self-closing <script/>) it leaves
// every script from there on in, since leaving a script in is always safe and cutting text
// never is; the nesting cap goes on.
class MarkupPrefilter final {
public:
    static constexpr int maxOpenElements = 2048;

    static QByteArray apply(const QByteArray& html);
};
