#pragma once

#include <QString>

// Highlight colours for companies: soft, distinct and light enough that dark text stays
// readable on them. A new company gets forIndex(number of companies so far).
namespace CompanyColors {

constexpr int count = 12;

// "#rrggbb"; any n (negative too) maps into the palette, repeating after `count`.
QString forIndex(int n);

} // namespace CompanyColors
