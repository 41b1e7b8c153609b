#pragma once

#include <QString>

// Highlight colours for companies: soft, distinct from each other and from the reader's selection
// and search highlight, and light enough that dark text stays readable on them. A new company
// gets forIndex(number of companies so far); after `count` companies the colours repeat.
namespace CompanyColors {

constexpr int count = 12;

// "#rrggbb"; any n (negative too) maps into the palette, repeating after `count`.
QString forIndex(int n);

} // namespace CompanyColors
