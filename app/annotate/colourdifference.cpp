#include "annotate/colourdifference.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ColourDifference {

namespace {

double linear(quint32 channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

struct Xyz {
    double x, y, z;
};

Xyz xyzFromRgb(quint32 rgb) {
    const double r = linear((rgb >> 16) & 0xff), g = linear((rgb >> 8) & 0xff),
                 b = linear(rgb & 0xff);
    return {0.4124564 * r + 0.3575761 * g + 0.1804375 * b,
            0.2126729 * r + 0.7151522 * g + 0.0721750 * b,
            0.0193339 * r + 0.1191920 * g + 0.9503041 * b};
}

double radians(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}

double degrees(double radians) {
    return radians * 180.0 / std::numbers::pi;
}

double hueAngle(double b, double a) {
    if (a == 0 && b == 0)
        return 0;
    const double h = degrees(std::atan2(b, a));
    return h < 0 ? h + 360 : h;
}

} // namespace

Lab labFromRgb(quint32 rgb) {
    const Xyz xyz = xyzFromRgb(rgb);
    constexpr double xn = 0.95047, yn = 1.0, zn = 1.08883; // D65 white
    auto f = [](double t) {
        constexpr double delta = 6.0 / 29.0;
        return t > delta * delta * delta ? std::cbrt(t) : t / (3 * delta * delta) + 4.0 / 29.0;
    };
    const double fx = f(xyz.x / xn), fy = f(xyz.y / yn), fz = f(xyz.z / zn);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

// Sharma, Wu and Dalal, "The CIEDE2000 Color-Difference Formula: Implementation Notes,
// Supplementary Test Data, and Mathematical Observations" (2005), with kL = kC = kH = 1.
double ciede2000(const Lab& first, const Lab& second) {
    const double c1 = std::hypot(first.a, first.b), c2 = std::hypot(second.a, second.b);
    const double cMean7 = std::pow((c1 + c2) / 2, 7);
    const double g = 0.5 * (1 - std::sqrt(cMean7 / (cMean7 + std::pow(25.0, 7))));
    const double a1 = (1 + g) * first.a, a2 = (1 + g) * second.a;
    const double c1p = std::hypot(a1, first.b), c2p = std::hypot(a2, second.b);
    const double h1p = hueAngle(first.b, a1), h2p = hueAngle(second.b, a2);

    const double dL = second.l - first.l;
    const double dC = c2p - c1p;
    double dh = 0;
    if (c1p * c2p != 0) {
        dh = h2p - h1p;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dH = 2 * std::sqrt(c1p * c2p) * std::sin(radians(dh / 2));

    const double lMean = (first.l + second.l) / 2;
    const double cMeanP = (c1p + c2p) / 2;
    double hMean = h1p + h2p;
    if (c1p * c2p != 0) {
        hMean = (h1p + h2p) / 2;
        if (std::abs(h1p - h2p) > 180)
            hMean += h1p + h2p < 360 ? 180 : -180;
    }
    const double t = 1 - 0.17 * std::cos(radians(hMean - 30)) +
                     0.24 * std::cos(radians(2 * hMean)) + 0.32 * std::cos(radians(3 * hMean + 6)) -
                     0.20 * std::cos(radians(4 * hMean - 63));
    const double dTheta = 30 * std::exp(-std::pow((hMean - 275) / 25, 2));
    const double cMeanP7 = std::pow(cMeanP, 7);
    const double rC = 2 * std::sqrt(cMeanP7 / (cMeanP7 + std::pow(25.0, 7)));
    const double lOffset = (lMean - 50) * (lMean - 50);
    const double sL = 1 + 0.015 * lOffset / std::sqrt(20 + lOffset);
    const double sC = 1 + 0.045 * cMeanP;
    const double sH = 1 + 0.015 * cMeanP * t;
    const double rT = -std::sin(radians(2 * dTheta)) * rC;
    const double l = dL / sL, c = dC / sC, h = dH / sH;
    return std::sqrt(l * l + c * c + h * h + rT * c * h);
}

double ciede2000(quint32 first, quint32 second) {
    return ciede2000(labFromRgb(first), labFromRgb(second));
}

double contrastRatio(quint32 first, quint32 second) {
    auto luminance = [](quint32 rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) +
               0.0722 * linear(rgb & 0xff);
    };
    const double a = luminance(first), b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace ColourDifference
