#pragma once

#include "clicommands.h"

// Feed subscriptions: the only commands of folio-cli that use the network, and only `fetch`
// does; adding, listing and removing a subscription touch the database alone.
namespace CliCommands {
// subscribe URL: adds an http(s) feed; fetches nothing yet.
int subscribe(CliContext& context);
// subscriptions: id, URL, title and the last fetch of each (--json: an array).
int subscriptions(CliContext& context);
// unsubscribe ID|URL: removes the subscription; the articles it brought stay.
int unsubscribe(CliContext& context);
// fetch [ID|URL]...: fetches every enabled subscription, or the named ones, one line each:
// "fetched URL: 2 new, 1 updated" or "failed URL: reason"; exit 1 when one failed.
int fetch(CliContext& context);
} // namespace CliCommands
