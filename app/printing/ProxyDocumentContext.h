#pragma once

#include "documents/DocumentData.h"
#include "printing/TemplateRenderer.h"

namespace onetrip {
namespace gui {

// The fields and blocks of the 代办 documents (代办委托书, 材料交接单, 代办办结单) from the
// 代办 a document carries, always in Chinese (an official document). Every field is set, empty
// without a 代办, so a template never meets an unknown one.
class ProxyDocumentContext
{
public:
    static void add(TemplateRenderer::Context &context, const DocumentData &data);

    // "代办员 李强", "申请人 王某", "部门窗口 济南市市场监督管理局".
    static QString partyLabel(const Party &party);
};

} // namespace gui
} // namespace onetrip
