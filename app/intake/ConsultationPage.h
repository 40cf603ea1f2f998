#pragma once

#include "auth/User.h"
#include "common/Result.h"
#include "documents/DocumentData.h"
#include "intake/EntryPage.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ConsultationPage;
}

namespace onetrip {
namespace gui {

class AppContext;
class ApplicantPane;
class ChecklistPane;
class DocumentsPane;

// 咨询: the situation questions and the material list they give (the checklist pane, nothing
// checked), printed for the applicant as the consultation list with how to obtain each
// material. Nobody is identified and no case is opened.
class ConsultationPage : public EntryPage
{
    Q_OBJECT

public:
    explicit ConsultationPage(AppContext &context, QWidget *parent = nullptr);
    ~ConsultationPage() override;

    void clear() override;

    // The consultation list (the tailored materials with how to obtain each).
    DocumentData consultationDocument() const;
    Status exportConsultationPdf(const QString &path);

Q_SIGNALS:
    // A consultation list was printed or saved (counted as a consultation).
    void consultationGiven(const QString &entryCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void started(const IntakeEntry &entry) override;
    void answersChanged();
    void refuseOutcome();
    void showMessage(const QString &text, bool error);
    void fillDocumentList();
    void retranslate();

    std::unique_ptr<Ui::ConsultationPage> ui;
    User m_clerk;
    ApplicantPane *m_situationPane = nullptr;
    ChecklistPane *m_checklistPane = nullptr;
    DocumentsPane *m_documentsPane = nullptr;
};

} // namespace gui
} // namespace onetrip
