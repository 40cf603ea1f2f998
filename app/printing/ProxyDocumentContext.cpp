#include "printing/ProxyDocumentContext.h"

#include "printing/OfficialDate.h"

namespace onetrip {
namespace gui {

namespace {

QString one(bool on)
{
    return on ? QStringLiteral("1") : QString();
}

// "申请书 1份；营业执照 2份"
QString materialsText(const QList<HandedMaterial> &materials)
{
    QStringList parts;
    for (const HandedMaterial &m : materials)
        parts << QStringLiteral("%1 %2份").arg(m.name).arg(m.copies);
    return parts.join(QStringLiteral("；"));
}

int copies(const QList<HandedMaterial> &materials)
{
    int total = 0;
    for (const HandedMaterial &m : materials)
        total += m.copies;
    return total;
}

} // namespace

QString ProxyDocumentContext::partyLabel(const Party &party)
{
    switch (party.kind) {
    case Party::Kind::Applicant:
        return QStringLiteral("申请人 ") + party.name;
    case Party::Kind::Agent:
        return QStringLiteral("代办员 ") + party.name;
    case Party::Kind::Department:
        return QStringLiteral("部门窗口 ") + party.name;
    }
    return party.name;
}

void ProxyDocumentContext::add(TemplateRenderer::Context &c, const DocumentData &d)
{
    const ProxyCase p = d.proxy.value_or(ProxyCase{});
    const Handover link = d.proxyLink >= 0 && d.proxyLink < p.handovers.size()
                              ? p.handovers.at(d.proxyLink)
                              : Handover{};
    c.values.insert(TemplateRenderer::Values{
        {QStringLiteral("proxyAgentName"), p.agentName},
        {QStringLiteral("proxyAgentLogin"), p.agentLogin},
        {QStringLiteral("applicantPhone"), p.applicantPhone},
        {QStringLiteral("proxyTakenOn"), officialDate(p.takenOn)},
        {QStringLiteral("proxyCommitDate"), officialDate(p.commitDate)},
        {QStringLiteral("proxyCompletedOn"), officialDate(p.completedOn)},
        {QStringLiteral("proxySummary"), p.summary},
        {QStringLiteral("proxyOnTime"),
         d.proxyLate ? QStringLiteral("超过承诺办结日期") : QStringLiteral("按期办结")},
        {QStringLiteral("proxyLate"), one(d.proxyLate)},
        {QStringLiteral("fromLabel"), partyLabel(link.from)},
        {QStringLiteral("toLabel"), partyLabel(link.to)},
        {QStringLiteral("handedAt"), officialDateTime(link.at)},
        {QStringLiteral("handoverNote"), link.note},
        {QStringLiteral("reassignment"), one(link.reassignment)},
        {QStringLiteral("linkNumber"), QString::number(d.proxyLink + 1)},
        {QStringLiteral("materialCount"), QString::number(link.materials.size())},
        {QStringLiteral("copiesTotal"), QString::number(copies(link.materials))},
        {QStringLiteral("chainCount"), QString::number(p.handovers.size())},
        {QStringLiteral("hasRelay"), one(!p.steps.isEmpty())},
        {QStringLiteral("hasReassignments"), one(!p.reassignments.isEmpty())},
    });

    // What the 委托书 delegates, each line printed whether delegated or not.
    const std::pair<const char *, bool> scope[] = {{"递交申请材料", p.scope.submission},
                                                   {"补正材料", p.scope.corrections},
                                                   {"领取办理结果", p.scope.pickup}};
    QList<TemplateRenderer::Values> scopeRows;
    for (const auto &[name, delegated] : scope)
        scopeRows.append({{QStringLiteral("scopeIndex"), QString::number(scopeRows.size() + 1)},
                          {QStringLiteral("scopeName"), QString::fromUtf8(name)},
                          {QStringLiteral("scopeDelegated"),
                           delegated ? QStringLiteral("委托") : QStringLiteral("不委托")}});
    c.blocks.insert(QStringLiteral("scope"), scopeRows);

    QList<TemplateRenderer::Values> materials;
    for (const HandedMaterial &m : link.materials)
        materials.append({{QStringLiteral("materialIndex"), QString::number(materials.size() + 1)},
                          {QStringLiteral("materialName"), m.name},
                          {QStringLiteral("materialCopies"), QString::number(m.copies)}});
    c.blocks.insert(QStringLiteral("materials"), materials);

    QList<TemplateRenderer::Values> chain;
    for (const Handover &h : p.handovers)
        chain.append({{QStringLiteral("chainIndex"), QString::number(chain.size() + 1)},
                      {QStringLiteral("chainAt"), officialDateTime(h.at)},
                      {QStringLiteral("chainFrom"), partyLabel(h.from)},
                      {QStringLiteral("chainTo"), partyLabel(h.to)},
                      {QStringLiteral("chainMaterials"),
                       (h.reassignment ? QStringLiteral("（改派）") : QString()) +
                           materialsText(h.materials)}});
    c.blocks.insert(QStringLiteral("chain"), chain);

    QList<TemplateRenderer::Values> relay;
    for (const ProxyStep &s : p.steps)
        relay.append({{QStringLiteral("relayIndex"), QString::number(relay.size() + 1)},
                      {QStringLiteral("relayAt"), officialDateTime(s.at)},
                      {QStringLiteral("relayDepartment"), s.department},
                      {QStringLiteral("relayText"), s.text}});
    c.blocks.insert(QStringLiteral("relay"), relay);

    QList<TemplateRenderer::Values> reassignments;
    for (const ProxyReassignment &r : p.reassignments)
        reassignments.append({{QStringLiteral("reassignedAt"), officialDateTime(r.at)},
                              {QStringLiteral("reassignedFrom"), r.from.name},
                              {QStringLiteral("reassignedTo"), r.to.name},
                              {QStringLiteral("reassignedWhy"), r.reason}});
    c.blocks.insert(QStringLiteral("reassignments"), reassignments);
}

} // namespace gui
} // namespace onetrip
