#pragma once

#include <QString>

// The name a person reads for an ISO 639-1 code ("de": German), for the list and its filter; an
// empty or unknown code reads "Language not known".
QString languageDisplayName(const QString& code);
