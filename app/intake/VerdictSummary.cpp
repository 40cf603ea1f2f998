#include "intake/VerdictSummary.h"

#include "cases/NoticeWindow.h"
#include "deadline/PromisedDeadline.h"

namespace onetrip {
namespace gui {

namespace {

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace

QString VerdictSummary::headline(const Verdict &verdict)
{
    if (!verdict.complete())
        return tr("Check not finished: %n material(s) still to check", nullptr,
                  int(verdict.pendingRows.size()));
    return tr("Recommended: %1").arg(displayName(verdict.recommended));
}

QString VerdictSummary::acceptanceDue(const QList<ServiceGuide> &guides, QDate today,
                                      const WorkdayCalendar &calendar)
{
    // With several items the case is due when the last of them is.
    const PromisedDeadline due = PromisedDeadline::forGuides(guides, today, calendar);
    if (due.basis == PromisedDeadline::Basis::Unknown)
        return {};
    QString text = due.describe(today);
    if (due.due.hasWarning())
        text += u' ' + due.due.warning();
    return text;
}

QString VerdictSummary::html(const Input &in)
{
    const Verdict &v = in.verdict;
    QString out;
    for (const QString &reason : v.reasons)
        out += paragraph(reason);

    if (!v.deficiencies.isEmpty()) {
        out += QStringLiteral("<p><b>") +
               tr("Deficiencies (%1), all listed on a correction notice:")
                   .arg(v.deficiencies.size())
                   .toHtmlEscaped() +
               QStringLiteral("</b></p><ol>");
        for (const Deficiency &d : v.deficiencies) {
            out += QStringLiteral("<li><b>") + d.materialName.toHtmlEscaped() +
                   QStringLiteral("</b>: ") + d.problem.toHtmlEscaped();
            if (!d.note.isEmpty())
                out += QStringLiteral(" (") + d.note.toHtmlEscaped() + u')';
            if (!d.howToFix.isEmpty())
                out += QStringLiteral("<br/><i>") + d.howToFix.toHtmlEscaped() +
                       QStringLiteral("</i>");
            out += QStringLiteral("</li>");
        }
        out += QStringLiteral("</ol>");
    } else if (v.complete()) {
        out += paragraph(tr("Every material is in order."));
    }

    // The dates each possible outcome would set.
    if (v.allows(Outcome::Accept)) {
        const QString due = acceptanceDue(in.guides, in.today, in.calendar);
        if (!due.isEmpty())
            out += paragraph(due);
    }
    if (v.allows(Outcome::AcceptWithDeferral) || in.supplementDays > 0) {
        if (in.supplementDays > 0) {
            const DueDate due = in.calendar.addWorkingDays(in.today, in.supplementDays);
            QString line =
                tr("Deferred materials due on %1 (%n working day(s)).", nullptr, in.supplementDays)
                    .arg(due.date.toString(Qt::ISODate));
            if (due.hasWarning())
                line += u' ' + due.warning();
            out += paragraph(line);
        }
        if (v.supplementLimitDays)
            out += paragraph(tr("A deferral may grant at most %n working day(s).", nullptr,
                                *v.supplementLimitDays));
    }
    if (v.allows(Outcome::CorrectionNeeded) && !v.deficiencies.isEmpty()) {
        const DueDate window = NoticeWindow::end(in.today, in.calendar);
        out += paragraph(tr("A correction notice must be given within five working days of "
                            "receipt (by %1, Art. 32 of the Administrative Licensing Law).")
                             .arg(window.date.toString(Qt::ISODate)));
    }
    return out;
}

} // namespace gui
} // namespace onetrip
