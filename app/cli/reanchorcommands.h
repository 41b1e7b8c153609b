#pragma once

#include "clicommands.h"

// The commands that change an article's clean text and re-anchor its annotations.
namespace CliCommands {
// reclean [ID...]: clean articles (all without IDs) again from their raw text with the current
// cleaner; per article "article 3: kept 5, moved 1, review 0" (or "unchanged"), then a total.
int reclean(CliContext& context);
// restore ID INDEX: put back the removed piece at INDEX of show --json's "removed" array.
int restore(CliContext& context);
} // namespace CliCommands
