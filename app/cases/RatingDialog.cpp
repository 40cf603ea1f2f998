#include "cases/RatingDialog.h"

#include "ui_RatingDialog.h"

#include "common/ErrorLabel.h"

namespace onetrip {
namespace gui {

RatingDialog::RatingDialog(const QString &caseNumber, int trip, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::RatingDialog>())
{
    ui->setupUi(this);
    ui->introLabel->setText(tr("Case %1, visit %2: how the applicant rated it. 不满意 and "
                               "非常不满意 open a follow-up (回访, 整改, the rater's view).")
                                .arg(caseNumber)
                                .arg(trip));
    for (RatingLevel level : allRatingLevels())
        ui->levelComboBox->addItem(displayName(level), int(level));
    ui->levelComboBox->setCurrentIndex(ui->levelComboBox->findData(int(RatingLevel::Satisfied)));
    for (QComboBox *box : {ui->efficiencyComboBox, ui->attitudeComboBox, ui->guidanceComboBox}) {
        box->addItem(tr("not given"), 0);
        for (int stars = 5; stars >= 1; --stars)
            box->addItem(tr("%n star(s)", nullptr, stars), stars);
    }
    ui->errorLabel->hide();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &RatingDialog::ratingRequested);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RatingDialog::~RatingDialog() = default;

RatingLevel RatingDialog::level() const
{
    return RatingLevel(ui->levelComboBox->currentData().toInt());
}

SubRatings RatingDialog::sub() const
{
    return {ui->efficiencyComboBox->currentData().toInt(),
            ui->attitudeComboBox->currentData().toInt(),
            ui->guidanceComboBox->currentData().toInt()};
}

QString RatingDialog::comment() const
{
    return ui->commentPlainTextEdit->toPlainText().trimmed();
}

void RatingDialog::setLevel(RatingLevel level)
{
    ui->levelComboBox->setCurrentIndex(ui->levelComboBox->findData(int(level)));
}

void RatingDialog::setSub(const SubRatings &sub)
{
    const std::pair<QComboBox *, int> boxes[] = {{ui->efficiencyComboBox, sub.efficiency},
                                                 {ui->attitudeComboBox, sub.attitude},
                                                 {ui->guidanceComboBox, sub.guidance}};
    for (const auto &[box, value] : boxes)
        box->setCurrentIndex(box->findData(value));
}

void RatingDialog::setComment(const QString &comment)
{
    ui->commentPlainTextEdit->setPlainText(comment);
}

void RatingDialog::showError(const QString &message)
{
    showErrorIn(ui->errorLabel, message);
}

} // namespace gui
} // namespace onetrip
