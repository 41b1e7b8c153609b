#pragma once

#include <QByteArray>

// Leaves the contents of <script> and <style> elements out of markup before it is parsed:
// they are never text, a third to a half of a modern page's bytes, and Gumbo handles every
// byte of them as a token of its own. JSON-LD scripts stay (their metadata is read). The
// elements themselves stay, empty, so the tree is the same apart from that text.
//
// This is a light scan by the HTML tokenizer's rules (comments, quoted attribute values, the
// raw-text elements whose content is not markup), not a parser: wherever the rules get
// subtle (a "<!--" inside a script, a self-closing <script/>) it stops and leaves the rest
// of the page as it was, since leaving a script in is always safe and cutting text never is.
class ScriptStripper final {
public:
    static QByteArray strip(const QByteArray& html);
};
