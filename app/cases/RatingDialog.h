#pragma once

#include "rating/VisitRating.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RatingDialog;
}

namespace onetrip {
namespace gui {

// 好差评: the applicant's rating of one visit, as the rating pad or the applicant says it:
// the level, the optional sub-ratings (1 to 5 stars) and a comment. CaseService::rate checks
// it (one per visit); a 差评 opens its follow-up.
class RatingDialog : public QDialog
{
    Q_OBJECT

public:
    RatingDialog(const QString &caseNumber, int trip, QWidget *parent = nullptr);
    ~RatingDialog() override;

    RatingLevel level() const;
    SubRatings sub() const;
    QString comment() const;
    void setLevel(RatingLevel level);
    void setSub(const SubRatings &sub);
    void setComment(const QString &comment);
    void showError(const QString &message);

Q_SIGNALS:
    void ratingRequested();

private:
    std::unique_ptr<Ui::RatingDialog> ui;
};

} // namespace gui
} // namespace onetrip
