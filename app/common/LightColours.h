#pragma once

#include "deadline/DeadlineLight.h"

#include <QColor>

namespace onetrip {
namespace gui {

// The one palette of the deadline lights (DESIGN §4: colour only for status), dark enough to
// read as text on white; the word is always shown beside it.
inline QColor lightColour(DeadlineLight light)
{
    switch (light) {
    case DeadlineLight::Red:
        return QColor(0xc6, 0x28, 0x28);
    case DeadlineLight::Yellow:
        return QColor(0xb2, 0x6a, 0x00);
    case DeadlineLight::Paused:
        return QColor(0x54, 0x6e, 0x7a);
    case DeadlineLight::Green:
        break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

} // namespace gui
} // namespace onetrip
