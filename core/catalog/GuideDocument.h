#pragma once

#include "catalog/ServiceGuide.h"

#include <QString>

namespace onetrip {

// The full service guide as HTML for QTextDocument: screen (QTextBrowser) and print.
class GuideDocument
{
public:
    // `hallName` heads the printed page; `answers` (optional) marks which materials apply.
    static QString toHtml(const ServiceGuide &guide, const QString &hallName = {});
};

} // namespace onetrip
