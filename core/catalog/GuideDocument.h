#pragma once

#include "catalog/Bundle.h"
#include "catalog/ServiceGuide.h"

#include <QString>

namespace onetrip {

// The full service guide as HTML for QTextDocument: screen (QTextBrowser) and print.
class GuideDocument
{
public:
    // `hallName` heads the printed page; `answers` (optional) marks which materials apply.
    static QString toHtml(const ServiceGuide &guide, const QString &hallName = {});
    // A bundle (一件事): its items and the merged material list, shared materials once.
    static QString bundleToHtml(const Bundle &bundle, const QList<ServiceGuide> &guides,
                                const QString &hallName = {});
    // When a situational material applies, in words: "由谁办理？委托代理人办理".
    static QString conditionText(const MaterialRequirement &material, const ServiceGuide &guide);
};

} // namespace onetrip
