#pragma once

#include "cases/Applicant.h"
#include "catalog/ServiceGuide.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ApplicantPane;
}

class QComboBox;

namespace onetrip {
class Intake;
struct CaseRecord;
} // namespace onetrip

namespace onetrip {
namespace gui {

class AppContext;

// The intake's left pane: what is being applied for, the applicant and agent (live ID checks,
// returning applicants filled in) and the situation answers. It writes what is keyed into the
// page's Intake; the consultation page shows the situations only.
class ApplicantPane : public QWidget
{
    Q_OBJECT

public:
    enum class Parts
    {
        ApplicantAndSituations, // 受理
        SituationsOnly,         // 咨询: nobody is identified
    };

    ApplicantPane(Intake &intake, AppContext &context, Parts parts, QWidget *parent = nullptr);
    ~ApplicantPane() override;

    // Clears the inputs and builds the questions of the Intake's guides.
    void reset();
    // A reopened case: its answers, applicant and agent.
    void load(const CaseRecord &record);
    // A saved intake is read-only.
    void setLocked(bool locked);
    void setEntryText(const QString &text);
    QString entryText() const;
    // The widget the Tab key goes to after the last question.
    void setNextInFocusChain(QWidget *next);
    // Puts the cursor in the applicant's ID number (the first thing asked).
    void focusApplicant();
    QWidget *applicantField() const;
    void revalidate(); // the day changed: ID expiry

Q_SIGNALS:
    // The answers changed: the Intake has a new checklist.
    void answersChanged();
    // Something the verdict depends on changed (a past false commitment).
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildQuestions();
    void answerChanged(int question);
    void validateApplicantId();
    void validateAgentId();
    void applicantKindChanged();
    void showOrganisationFields(bool organisation);
    void agentToggled(bool on);
    void fillApplicant(const Applicant &applicant);
    void fillAgent(const std::optional<Agent> &agent);
    void store(); // applicant and agent into the Intake
    Applicant applicant() const;
    std::optional<Agent> agent() const;
    void retranslate();

    std::unique_ptr<Ui::ApplicantPane> ui;
    Intake &m_intake;
    AppContext &m_context;
    QWidget *m_next = nullptr;
    QList<Situation> m_questions;
    QList<QComboBox *> m_questionBoxes;
    bool m_syncingAgent = false; // the agent box and the "who applies" answer follow each other
};

} // namespace gui
} // namespace onetrip
