#pragma once

#include "util/result.h"

#include <QString>

// The sample articles ship inside the program (Qt resources); importing needs real files, so
// they are written out to a folder in the app's data location first.
namespace SampleArticles {
Result<QString> extract(); // the folder holding them
}
