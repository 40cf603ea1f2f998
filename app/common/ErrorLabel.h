#pragma once

#include <QLabel>
#include <QString>

namespace onetrip {
namespace gui {

// A dialog's refusal, shown in its error label (the dialog stays open): one look for all of
// them, the red of a warning.
inline void showErrorIn(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setStyleSheet(QStringLiteral("color: #a40000"));
    label->show();
}

} // namespace gui
} // namespace onetrip
