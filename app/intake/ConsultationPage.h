#pragma once

#include "auth/User.h"
#include "common/Result.h"
#include "documents/DocumentData.h"
#include "intake/EntryIntake.h"

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
class ConsultationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConsultationPage(AppContext &context, QWidget *parent = nullptr);
    ~ConsultationPage() override;

    Status startItem(const QString &itemCode);
    Status startBundle(const QString &bundleCode);
    void clear();

    bool hasIntake() const { return m_entry.isActive(); }
    QString entryCode() const;
    const QList<ChecklistRow> &rows() const { return m_entry.intake().rows(); }
    const QHash<QString, QString> &answers() const { return m_entry.intake().answers(); }

    // The consultation list (the tailored materials with how to obtain each).
    DocumentData consultationDocument() const;
    Status exportConsultationPdf(const QString &path);

Q_SIGNALS:
    // A consultation list was printed or saved (counted as a consultation).
    void consultationGiven(const QString &entryCode);
    // A consultation started, or the page was cleared.
    void intakeChanged(bool active);

protected:
    void changeEvent(QEvent *event) override;

private:
    Status start(const Result<IntakeEntry> &entry);
    void answersChanged();
    void refuseOutcome();
    void showMessage(const QString &text, bool error);
    void fillDocumentList();
    void retranslate();

    std::unique_ptr<Ui::ConsultationPage> ui;
    AppContext &m_context;
    User m_clerk;
    EntryIntake m_entry; // guides and answers; nothing is checked
    ApplicantPane *m_situationPane = nullptr;
    ChecklistPane *m_checklistPane = nullptr;
    DocumentsPane *m_documentsPane = nullptr;
};

} // namespace gui
} // namespace onetrip
