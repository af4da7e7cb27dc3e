#pragma once

#include <QFont>
#include <QStringList>
#include <QtGlobal>

namespace sn::doc {

// Documents are laid out in device-independent units of 0.1 point (1/720 inch), so page breaks and line
// breaks are the same on a PDF, a printer and a test QImage. Fonts use pixel sizes in these units: a
// 10.5 pt font is 105 units. Document::paintPage scales the painter from units to the target device.
constexpr qreal UnitsPerInch = 720.0;
constexpr qreal UnitsPerMm = UnitsPerInch / 25.4;
constexpr qreal mm(qreal millimetres) { return millimetres * UnitsPerMm; }
constexpr qreal pt(qreal points) { return points * 10.0; }

enum class Face {
    Title,    // bold Song (serif): titles, as official documents have
    Serif,    // Song: running text of letters
    Sans,     // Hei: tables
    SansBold, // Hei bold: table labels and headers
};

// The face in the first installed family of its list (Noto CJK on Debian, SimSun/SimHei on Windows, ...).
QFont font(Face face, qreal points);

} // namespace sn::doc
