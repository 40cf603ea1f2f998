#include "cases/SupervisorApprovalDialog.h"

#include "ui_SupervisorApprovalDialog.h"

#include "auth/UserRepository.h"
#include "storage/Database.h"

#include <QEvent>
#include <QPushButton>
#include <QShortcut>

namespace onetrip {
namespace gui {

SupervisorApprovalDialog::SupervisorApprovalDialog(const Database &db,
                                                   const QStringList &newDeficiencies,
                                                   QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SupervisorApprovalDialog>())
    , m_db(db)
    , m_deficiencies(newDeficiencies)
{
    ui->setupUi(this);
    ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    ui->errorLabel->hide();
    ui->reasonPlainTextEdit->setMaximumHeight(ui->reasonPlainTextEdit->fontMetrics().height() * 5);
    showDeficiencies();
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Approve"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, [this] { static_cast<void>(tryApprove()); });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter writes a new line in the reason; Ctrl+Enter approves from anywhere.
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *approve = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(approve, &QShortcut::activated, this, [this] { static_cast<void>(tryApprove()); });
    }
    connect(ui->passwordLineEdit, &QLineEdit::textEdited, ui->errorLabel, &QWidget::hide);
    ui->loginLineEdit->setFocus();
}

SupervisorApprovalDialog::~SupervisorApprovalDialog() = default;

std::optional<SupervisorApproval> SupervisorApprovalDialog::ask(const Database &db,
                                                                const QStringList &newDeficiencies,
                                                                QWidget *parent)
{
    SupervisorApprovalDialog dialog(db, newDeficiencies, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.approval();
}

Status SupervisorApprovalDialog::tryApprove()
{
    const QString login = ui->loginLineEdit->text().trimmed();
    const QString password = ui->passwordLineEdit->text();
    const QString reason = ui->reasonPlainTextEdit->toPlainText().trimmed();
    QString problem;
    QWidget *focus = nullptr;
    if (login.isEmpty() || password.isEmpty()) {
        problem = tr("Enter the supervisor's login and password.");
        focus = login.isEmpty() ? static_cast<QWidget *>(ui->loginLineEdit)
                                : static_cast<QWidget *>(ui->passwordLineEdit);
    } else if (reason.isEmpty()) {
        problem = tr("Write the reason for the second notice: it is logged with the case.");
        focus = ui->reasonPlainTextEdit;
    } else if (const Result<User> user = UserRepository(m_db).authenticate(login, password);
               !user) {
        problem = user.message();
        focus = ui->passwordLineEdit;
    } else if (user->role != Role::Supervisor) {
        problem = tr("%1 is not a supervisor: only a supervisor may approve a second notice.")
                      .arg(user->displayName);
        focus = ui->loginLineEdit;
    }
    if (!problem.isEmpty()) {
        showError(problem);
        if (focus == ui->passwordLineEdit)
            ui->passwordLineEdit->clear();
        focus->setFocus();
        return Status::failure(problem);
    }
    m_approval = SupervisorApproval{login, password, reason};
    accept();
    return {};
}

QString SupervisorApprovalDialog::errorText() const
{
    return ui->errorLabel->isHidden() ? QString() : ui->errorLabel->text();
}

void SupervisorApprovalDialog::showDeficiencies()
{
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &d : std::as_const(m_deficiencies))
        html += QStringLiteral("<li>") + d.toHtmlEscaped() + QStringLiteral("</li>");
    ui->deficienciesLabel->setText(html + QStringLiteral("</ul>"));
}

void SupervisorApprovalDialog::showError(const QString &message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

void SupervisorApprovalDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Approve"));
    }
    QDialog::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
