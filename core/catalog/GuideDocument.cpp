#include "catalog/GuideDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace onetrip {

namespace {

// Data goes through here: escaped, line breaks kept.
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : esc(text);
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("GuideDocument", "Yes")
                 : QCoreApplication::translate("GuideDocument", "No");
}

QString limitText(const std::optional<int> &days, const QString &text)
{
    QString out;
    if (!days)
        out = QCoreApplication::translate("GuideDocument", "Not published");
    else if (*days == 0)
        out = QCoreApplication::translate("GuideDocument", "On the spot");
    else if (*days == 1)
        out = QCoreApplication::translate("GuideDocument", "1 working day");
    else
        out = QCoreApplication::translate("GuideDocument", "%1 working days").arg(*days);
    out = QStringLiteral("<b>") + out.toHtmlEscaped() + QStringLiteral("</b>");
    if (!text.trimmed().isEmpty())
        out += QStringLiteral("<br/>") + esc(text);
    return out;
}

QString withNote(const QString &name, const QString &note)
{
    QString out = name.toHtmlEscaped();
    if (!note.trimmed().isEmpty())
        out += QStringLiteral("<br/><span style=\"font-size:small\">") + esc(note) +
               QStringLiteral("</span>");
    return out;
}

// The guide's own field names (catalog file keys) in words, for the provenance line.
QString fieldLabel(const QString &key)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"handlingForm", QT_TRANSLATE_NOOP("GuideDocument", "handling form")},
        {"caseType", QT_TRANSLATE_NOOP("GuideDocument", "case type")},
        {"legalLimit", QT_TRANSLATE_NOOP("GuideDocument", "legal time limit")},
        {"promisedLimit", QT_TRANSLATE_NOOP("GuideDocument", "promised time limit")},
        {"fee", QT_TRANSLATE_NOOP("GuideDocument", "fee")},
        {"materials", QT_TRANSLATE_NOOP("GuideDocument", "materials")},
        {"situations", QT_TRANSLATE_NOOP("GuideDocument", "situations")},
        {"conditions", QT_TRANSLATE_NOOP("GuideDocument", "conditions")},
        {"code", QT_TRANSLATE_NOOP("GuideDocument", "item code")},
    };
    for (const auto &[k, label] : labels) {
        if (key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0 ||
            key.startsWith(QLatin1String(k), Qt::CaseInsensitive))
            return QCoreApplication::translate("GuideDocument", label);
    }
    return key;
}

QString provenanceLine(const ProvenanceInfo &p)
{
    QString line;
    switch (p.record) {
    case Provenance::Real:
        line = QCoreApplication::translate("GuideDocument", "Source: published service guide.");
        break;
    case Provenance::Partial:
        line = QCoreApplication::translate(
            "GuideDocument",
            "Partly reconstructed: some values were rebuilt from the law for testing, "
            "not read from an official guide.");
        break;
    case Provenance::Reconstructed:
        line = QCoreApplication::translate(
            "GuideDocument", "Reconstructed for testing: this is not an official service guide.");
        break;
    }
    QString out = line.toHtmlEscaped();
    QStringList rebuilt;
    for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it) {
        if (it.value() != Provenance::Real)
            rebuilt << fieldLabel(it.key());
    }
    if (!rebuilt.isEmpty())
        out += u' ' + QCoreApplication::translate("GuideDocument", "Reconstructed values: %1.")
                          .arg(rebuilt.join(QCoreApplication::translate("GuideDocument", ", ")))
                          .toHtmlEscaped();
    if (!p.note.trimmed().isEmpty())
        out += u' ' + esc(p.note);
    if (!p.sources.isEmpty())
        out += QStringLiteral("<br/>") + QCoreApplication::translate("GuideDocument", "Sources: %1")
                                             .arg(p.sources.join(QStringLiteral("; ")))
                                             .toHtmlEscaped();
    return QStringLiteral("<p style=\"font-size:small; color:#555555\">") + out +
           QStringLiteral("</p>");
}

QString header(const QString &hallName, const QString &title, const QString &subtitle)
{
    QString out;
    if (!hallName.isEmpty())
        out += QStringLiteral("<p align=\"center\">") + esc(hallName) + QStringLiteral("</p>");
    out += QStringLiteral("<h2 align=\"center\">") + esc(title) + QStringLiteral("</h2>");
    out +=
        QStringLiteral("<p align=\"center\">") + subtitle.toHtmlEscaped() + QStringLiteral("</p>");
    return out;
}

const QString kTable =
    QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"99%\" "
                   "style=\"border-collapse:collapse; border-color:#808080\">");

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th align=\"left\" width=\"18%\">") + label.toHtmlEscaped() +
           QStringLiteral("</th><td colspan=\"3\">") + valueHtml + QStringLiteral("</td></tr>");
}

QString row2(const QString &l1, const QString &v1, const QString &l2, const QString &v2)
{
    return QStringLiteral("<tr><th align=\"left\" width=\"18%\">") + l1.toHtmlEscaped() +
           QStringLiteral("</th><td width=\"32%\">") + v1 +
           QStringLiteral("</td><th align=\"left\" width=\"18%\">") + l2.toHtmlEscaped() +
           QStringLiteral("</th><td width=\"32%\">") + v2 + QStringLiteral("</td></tr>");
}

QString requirementText(const MaterialRequirement &m, const ServiceGuide *guide)
{
    QString out = displayName(m.requirement).toHtmlEscaped();
    if (m.requirement == Requirement::Situational && !m.appliesWhen.isEmpty() && guide)
        out += QStringLiteral("<br/>") + QCoreApplication::translate("GuideDocument", "when %1")
                                             .arg(GuideDocument::conditionText(m, *guide))
                                             .toHtmlEscaped();
    return out;
}

QString sourceText(const MaterialRequirement &m)
{
    QString out = displayName(m.source).toHtmlEscaped();
    if (!m.sourceNote.trimmed().isEmpty())
        out += QStringLiteral("<br/>") + esc(m.sourceNote);
    return out;
}

// The materials table. `usedBy` (bundles) adds the items each material serves.
QString materialsTable(const QList<MaterialRequirement> &materials,
                       const QList<const ServiceGuide *> &guideOf,
                       const QList<QStringList> &usedBy = {})
{
    // The attributes the window checks come right after the name; widths in percent.
    struct Column
    {
        const char *heading;
        int width;
        bool centred;
    };
    static const Column columns[] = {
        {QT_TRANSLATE_NOOP("GuideDocument", "No."), 4, true},
        {QT_TRANSLATE_NOOP("GuideDocument", "Material"), 25, false},
        {QT_TRANSLATE_NOOP("GuideDocument", "Required"), 11, false},
        {QT_TRANSLATE_NOOP("GuideDocument", "Main / secondary"), 9, false},
        {QT_TRANSLATE_NOOP("GuideDocument", "Defer"), 6, true},
        {QT_TRANSLATE_NOOP("GuideDocument", "Pledge"), 6, true},
        {QT_TRANSLATE_NOOP("GuideDocument", "Shared"), 6, true},
        {QT_TRANSLATE_NOOP("GuideDocument", "Original / copy"), 9, false},
        {QT_TRANSLATE_NOOP("GuideDocument", "Copies"), 6, true},
        {QT_TRANSLATE_NOOP("GuideDocument", "Medium"), 8, false},
        {QT_TRANSLATE_NOOP("GuideDocument", "Source"), 10, false},
    };
    QString out = kTable + QStringLiteral("<thead><tr>");
    for (const Column &c : columns)
        out += QStringLiteral("<th width=\"%1%\">").arg(c.width) +
               QCoreApplication::translate("GuideDocument", c.heading).toHtmlEscaped() +
               QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>");
    for (qsizetype i = 0; i < materials.size(); ++i) {
        const MaterialRequirement &m = materials.at(i);
        QString name = QStringLiteral("<b>") + esc(m.name) + QStringLiteral("</b>");
        if (m.provenance != Provenance::Real)
            name += u' ' +
                    QCoreApplication::translate("GuideDocument", "(reconstructed)").toHtmlEscaped();
        // The details a notice repeats, in a smaller size under the name.
        QStringList details;
        if (!m.howToObtain.trimmed().isEmpty())
            details << QCoreApplication::translate("GuideDocument", "How to obtain: %1")
                           .arg(m.howToObtain)
                           .toHtmlEscaped();
        if (!m.remarks.trimmed().isEmpty())
            details << QCoreApplication::translate("GuideDocument", "Remarks: %1")
                           .arg(m.remarks)
                           .toHtmlEscaped();
        if (i < usedBy.size() && !usedBy.at(i).isEmpty())
            details << QCoreApplication::translate("GuideDocument", "Needed for: %1")
                           .arg(usedBy.at(i).join(
                               QCoreApplication::translate("GuideDocument", ", ")))
                           .toHtmlEscaped();
        for (const QString &d : std::as_const(details))
            name += QStringLiteral("<br/><span style=\"font-size:small\">") + d +
                    QStringLiteral("</span>");
        const QStringList cells = {
            QString::number(i + 1),
            name,
            requirementText(m, guideOf.value(i)),
            (m.main ? QCoreApplication::translate("GuideDocument", "Main")
                    : QCoreApplication::translate("GuideDocument", "Secondary"))
                .toHtmlEscaped(),
            yesNo(m.deferrable).toHtmlEscaped(),
            yesNo(m.commitmentInLieu).toHtmlEscaped(),
            yesNo(m.obtainedBySharing).toHtmlEscaped(),
            displayName(m.originalOrCopy).toHtmlEscaped(),
            QString::number(m.copies),
            displayName(m.medium).toHtmlEscaped(),
            sourceText(m),
        };
        out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < cells.size(); ++c) {
            out += (columns[c].centred ? QStringLiteral("<td align=\"center\">")
                                       : QStringLiteral("<td>")) +
                   cells.at(c) + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table><p style=\"font-size:small\">") +
           QCoreApplication::translate(
               "GuideDocument",
               "Defer: may be brought later under a signed commitment (容缺). Pledge: a signed "
               "commitment may replace it (告知承诺). Shared: the government obtains it by data "
               "sharing; it is not asked for (免提交).")
               .toHtmlEscaped() +
           QStringLiteral("</p>");
    return out;
}

// The materials an option brings in: situational ones whose condition on this question
// includes the option.
QStringList materialsFor(const ServiceGuide &guide, const Situation &s, const SituationOption &o)
{
    QStringList names;
    for (const MaterialRequirement &m : guide.materials) {
        for (const SituationCondition &c : m.appliesWhen) {
            if (c.situationId == s.id && c.optionIds.contains(o.id))
                names << m.name;
        }
    }
    return names;
}

QString situationsHtml(const ServiceGuide &guide)
{
    QString out;
    for (const Situation &s : guide.situations) {
        out += QStringLiteral("<p><b>") + esc(s.question) + QStringLiteral("</b></p><ul>");
        for (const SituationOption &o : s.options) {
            out += QStringLiteral("<li>") + esc(o.label);
            if (o.id == s.defaultOption)
                out +=
                    u' ' +
                    QCoreApplication::translate("GuideDocument", "(usual answer)").toHtmlEscaped();
            const QStringList brings = materialsFor(guide, s, o);
            if (!brings.isEmpty())
                out += QStringLiteral(" — ") +
                       QCoreApplication::translate("GuideDocument", "also requires: %1")
                           .arg(brings.join(QCoreApplication::translate("GuideDocument", ", ")))
                           .toHtmlEscaped();
            out += QStringLiteral("</li>");
        }
        out += QStringLiteral("</ul>");
    }
    return out;
}

QString deliveryText(const QList<DeliveryMode> &modes)
{
    QStringList names;
    for (DeliveryMode d : modes)
        names << displayName(d);
    return names.isEmpty()
               ? QStringLiteral("—")
               : names.join(QCoreApplication::translate("GuideDocument", ", ")).toHtmlEscaped();
}

QString noGuideText()
{
    return QStringLiteral("<p><i>") +
           QCoreApplication::translate(
               "GuideDocument",
               "This catalog entry has no published guide yet: its materials are not in the "
               "catalog. Ask the department before accepting an application.")
               .toHtmlEscaped() +
           QStringLiteral("</i></p>");
}

} // namespace

QString GuideDocument::conditionText(const MaterialRequirement &material, const ServiceGuide &guide)
{
    QStringList parts;
    for (const SituationCondition &c : material.appliesWhen) {
        const Situation *s = guide.situation(c.situationId);
        QStringList options;
        for (const QString &id : c.optionIds) {
            const SituationOption *o = s ? s->option(id) : nullptr;
            options << (o ? o->label : id);
        }
        const QString question = s ? s->question : c.situationId;
        const QString answers = options.join(QCoreApplication::translate("GuideDocument", " or "));
        // "由谁办理？委托代理人办理" needs no colon after the question mark.
        if (question.endsWith(u'?') || question.endsWith(QChar(0xFF1F)))
            parts << question + u' ' + answers;
        else
            parts << QCoreApplication::translate("GuideDocument", "%1: %2").arg(question, answers);
    }
    return parts.join(QCoreApplication::translate("GuideDocument", "; "));
}

QString GuideDocument::toHtml(const ServiceGuide &guide, const QString &hallName)
{
    QString subtitle =
        QCoreApplication::translate("GuideDocument", "Item code: %1").arg(guide.code);
    if (guide.version > 0)
        subtitle +=
            QStringLiteral("    ") +
            QCoreApplication::translate("GuideDocument", "Guide version %1").arg(guide.version);

    QString html = QStringLiteral("<html><body>") + header(hallName, guide.name, subtitle);
    html += kTable;
    html +=
        row2(QCoreApplication::translate("GuideDocument", "Department"), orDash(guide.department),
             QCoreApplication::translate("GuideDocument", "Item type"), orDash(guide.itemType));
    html += row2(QCoreApplication::translate("GuideDocument", "Handling form"),
                 withNote(displayName(guide.handlingForm), guide.handlingFormNote),
                 QCoreApplication::translate("GuideDocument", "Case type"),
                 withNote(displayName(guide.caseType), guide.caseTypeNote));
    html += row(QCoreApplication::translate("GuideDocument", "Legal time limit"),
                limitText(guide.legalLimitDays, guide.legalLimitText));
    html += row(QCoreApplication::translate("GuideDocument", "Promised time limit"),
                limitText(guide.promisedLimitDays, guide.promisedLimitText));
    html += row(QCoreApplication::translate("GuideDocument", "Fee"), orDash(guide.fee));
    html +=
        row(QCoreApplication::translate("GuideDocument", "Conditions"), orDash(guide.conditions));
    html += row(QCoreApplication::translate("GuideDocument", "Delivery of the result"),
                deliveryText(guide.deliveryModes));
    html += row2(QCoreApplication::translate("GuideDocument", "Result"), orDash(guide.result),
                 QCoreApplication::translate("GuideDocument", "Validity"), orDash(guide.validity));
    QStringList basis;
    for (const QString &b : guide.legalBasis)
        basis << esc(b);
    html += row(QCoreApplication::translate("GuideDocument", "Legal basis"),
                basis.isEmpty() ? QStringLiteral("—") : basis.join(QStringLiteral("<br/>")));
    if (!guide.aliases.isEmpty())
        html += row(QCoreApplication::translate("GuideDocument", "Also known as"),
                    esc(guide.aliases.join(QCoreApplication::translate("GuideDocument", ", "))));
    html += QStringLiteral("</table>");

    if (guide.hasGuideText()) {
        html += QStringLiteral("<h3>") +
                QCoreApplication::translate("GuideDocument", "Application materials (%1)")
                    .arg(guide.materials.size())
                    .toHtmlEscaped() +
                QStringLiteral("</h3>");
        const QList<const ServiceGuide *> guideOf(guide.materials.size(), &guide);
        html += materialsTable(guide.materials, guideOf);
    } else {
        html += noGuideText();
    }
    if (!guide.situations.isEmpty()) {
        html += QStringLiteral("<h3>") +
                QCoreApplication::translate("GuideDocument", "Situations").toHtmlEscaped() +
                QStringLiteral("</h3>") + situationsHtml(guide);
    }
    html += provenanceLine(guide.provenance);
    return html + QStringLiteral("</body></html>");
}

QString GuideDocument::bundleToHtml(const Bundle &bundle, const QList<ServiceGuide> &guides,
                                    const QString &hallName)
{
    QString html = QStringLiteral("<html><body>") +
                   header(hallName, bundle.name,
                          QCoreApplication::translate("GuideDocument", "Bundle (一件事) · code %1")
                              .arg(bundle.code));
    if (!bundle.description.trimmed().isEmpty())
        html += QStringLiteral("<p>") + esc(bundle.description) + QStringLiteral("</p>");

    html += QStringLiteral("<h3>") +
            QCoreApplication::translate("GuideDocument", "Items in this bundle (%1)")
                .arg(guides.size())
                .toHtmlEscaped() +
            QStringLiteral("</h3>") + kTable + QStringLiteral("<thead><tr><th>") +
            QCoreApplication::translate("GuideDocument", "Item").toHtmlEscaped() +
            QStringLiteral("</th><th>") +
            QCoreApplication::translate("GuideDocument", "Department").toHtmlEscaped() +
            QStringLiteral("</th><th>") +
            QCoreApplication::translate("GuideDocument", "Promised time limit").toHtmlEscaped() +
            QStringLiteral("</th></tr></thead>");
    QHash<QString, QString> nameOf;
    QHash<QString, const ServiceGuide *> guideByCode;
    for (const ServiceGuide &g : guides) {
        nameOf.insert(g.code, g.name);
        guideByCode.insert(g.code, &g);
        html += QStringLiteral("<tr><td>") + esc(g.name) + QStringLiteral("<br/>") + esc(g.code) +
                QStringLiteral("</td><td>") + orDash(g.department) + QStringLiteral("</td><td>") +
                limitText(g.promisedLimitDays, {}) + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");

    const QList<BundleMaterial> merged = mergeBundleMaterials(guides);
    QList<MaterialRequirement> materials;
    QList<const ServiceGuide *> guideOf;
    QList<QStringList> usedBy;
    for (const BundleMaterial &bm : merged) {
        materials << bm.material;
        guideOf << guideByCode.value(bm.usedBy.constFirst().first);
        QStringList items;
        for (const auto &[code, id] : bm.usedBy) {
            Q_UNUSED(id);
            const QString name = nameOf.value(code, code);
            if (!items.contains(name))
                items << name;
        }
        usedBy << items;
    }
    html += QStringLiteral("<h3>") +
            QCoreApplication::translate("GuideDocument",
                                        "Application materials, each asked for once (%1)")
                .arg(materials.size())
                .toHtmlEscaped() +
            QStringLiteral("</h3>");
    html += materials.isEmpty() ? noGuideText() : materialsTable(materials, guideOf, usedBy);
    for (const ServiceGuide &g : guides) {
        if (g.situations.isEmpty())
            continue;
        html += QStringLiteral("<h3>") +
                QCoreApplication::translate("GuideDocument", "Situations: %1")
                    .arg(g.name)
                    .toHtmlEscaped() +
                QStringLiteral("</h3>") + situationsHtml(g);
    }
    html += provenanceLine(bundle.provenance);
    return html + QStringLiteral("</body></html>");
}

} // namespace onetrip
