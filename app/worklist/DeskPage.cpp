#include "worklist/DeskPage.h"

#include "ui_DeskPage.h"

#include "auth/User.h"
#include "common/LightColours.h"
#include "shell/AppContext.h"
#include "storage/Database.h"
#include "sync/SyncStore.h"
#include "worklist/ClockIndexKeeper.h"
#include "worklist/DeskCounter.h"
#include "worklist/ReloadOnChange.h"
#include "worklist/WorklistSource.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace onetrip {
namespace gui {

DeskPage::DeskPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::DeskPage>())
    , m_context(context)
    , m_plan(DeskPlan::forRole(context.user().role, context.clock().today(), context.calendar()))
    , m_counter(new DeskCounter(context.database().path(), this))
{
    ui->setupUi(this);
    m_pendingPlan = m_plan;
    buildButtons();
    connect(ui->dueTodayPushButton, &QPushButton::clicked, this, [this] {
        WorklistFilter f;
        f.dueFrom = f.dueUntil = m_plan.today;
        Q_EMIT worklistRequested(m_plan.dueList, f);
    });
    connect(ui->dueNextPushButton, &QPushButton::clicked, this, [this] {
        WorklistFilter f;
        f.dueFrom = f.dueUntil = m_plan.next;
        Q_EMIT worklistRequested(m_plan.dueList, f);
    });
    connect(m_counter, &DeskCounter::counted, this, [this](int request, const DeskCounts &counts) {
        if (request != m_request)
            return; // overtaken by a newer count
        m_request = 0;
        m_plan = m_pendingPlan;
        m_counts = counts;
        showFigures();
        Q_EMIT counted();
    });
    m_reloadTimer = ReloadOnChange::install(this, context, &DeskPage::reload);
    showFigures();
    connect(&context.clockIndex(), &ClockIndexKeeper::progressed, this, &DeskPage::showIndexState);
    showIndexState();
}

DeskPage::~DeskPage() = default;

QPushButton *DeskPage::dueTodayButton() const
{
    return ui->dueTodayPushButton;
}

QPushButton *DeskPage::dueNextButton() const
{
    return ui->dueNextPushButton;
}

void DeskPage::buildButtons()
{
    int i = 0;
    for (WorklistKind kind : std::as_const(m_plan.lists)) {
        auto *button = new QPushButton(ui->queueGroupBox);
        button->setObjectName(toKey(kind) + QStringLiteral("PushButton"));
        connect(button, &QPushButton::clicked, this,
                [this, kind] { Q_EMIT worklistRequested(kind, {}); });
        static_cast<QGridLayout *>(ui->queueGroupBox->layout())->addWidget(button, i / 4, i % 4);
        m_listButtons.insert(kind, button);
        ++i;
    }
    for (DeadlineLight light :
         {DeadlineLight::Red, DeadlineLight::Yellow, DeadlineLight::Green, DeadlineLight::Paused}) {
        auto *button = new QPushButton(ui->lightsGroupBox);
        button->setObjectName(toKey(light) + QStringLiteral("PushButton"));
        // Colour only for status (DESIGN §4): the word is on the button too.
        button->setStyleSheet(QStringLiteral("color: %1").arg(lightColour(light).name()));
        connect(button, &QPushButton::clicked, this, [this, light] {
            WorklistFilter f;
            f.light = light;
            Q_EMIT worklistRequested(m_plan.lightsList, f);
        });
        ui->lightsLayout->addWidget(button);
        m_lightButtons.insert(light, button);
    }
}

void DeskPage::reload()
{
    m_reloadTimer->stop();
    const User &user = m_context.user();
    const QLocale locale;
    m_pendingPlan = DeskPlan::forRole(user.role, m_context.clock().today(), m_context.calendar());
    ui->greetingLabel->setText(
        tr("<b>%1</b> · %2 · %3")
            .arg(user.displayName.toHtmlEscaped(), displayName(user.role).toHtmlEscaped(),
                 locale.toString(m_pendingPlan.today, QLocale::LongFormat).toHtmlEscaped()));
    ui->deskSyncLabel->setText(syncText());
    if (m_pendingPlan.lightsList == WorklistKind::MyProxyCases)
        ui->lightsGroupBox->setTitle(tr("My 代办 by commitment date"));

    // The deadline index is brought up to date here, on the window's connection, or counted by
    // the keeper's thread (the figures are counted again when it ends): the counting thread
    // only reads.
    auto query = currentWorklistQuery(m_context);
    m_queryError = query ? QString() : query.message();
    if (!query) {
        m_request = 0;
        showFigures();
        return;
    }
    m_request = m_counter->count(m_pendingPlan, *query.value());
}

// The figures of the last count, "…" before the first and "?" for one that failed.
void DeskPage::showFigures()
{
    const QLocale locale;
    const DeskCounts *counts = m_counts ? &*m_counts : nullptr;
    const QString waiting = QStringLiteral("…");
    const QString failed = QStringLiteral("?");
    auto figure = [&](std::optional<int> n) {
        if (!counts)
            return waiting;
        return n ? QString::number(*n) : failed;
    };
    for (auto it = m_listButtons.cbegin(); it != m_listButtons.cend(); ++it) {
        std::optional<int> n;
        if (counts && counts->lists.contains(it.key()))
            n = counts->lists.value(it.key());
        it.value()->setText(tr("%1: %2").arg(displayName(it.key()), figure(n)));
    }
    for (auto it = m_lightButtons.cbegin(); it != m_lightButtons.cend(); ++it) {
        std::optional<int> n;
        if (counts && counts->lights)
            n = counts->lights->value(it.key());
        it.value()->setText(tr("● %1: %2").arg(displayName(it.key()), figure(n)));
    }
    ui->dueTodayPushButton->setText(tr("Due today (%1): %2")
                                        .arg(locale.toString(m_plan.today, QLocale::ShortFormat),
                                             figure(counts ? counts->dueToday : std::nullopt)));
    ui->dueNextPushButton->setText(tr("Due on the next working day (%1): %2")
                                       .arg(locale.toString(m_plan.next, QLocale::ShortFormat),
                                            figure(counts ? counts->dueNext : std::nullopt)));
    QStringList errors;
    if (!m_queryError.isEmpty())
        errors << m_queryError;
    if (counts)
        errors << counts->errors;
    errors.removeDuplicates();
    ui->deskErrorLabel->setText(errors.join(QLatin1Char('\n')));
}

QString DeskPage::syncText() const
{
    const auto &hall = m_context.hall();
    if (!hall)
        return tr("This terminal is not set up yet.");
    SyncStore store(m_context.database(), hall->terminal, m_context.clock());
    auto state = store.state();
    auto counts = store.counts();
    if (!state || !counts)
        return state ? counts.message() : state.message();
    if (state->serverUrl.isEmpty())
        return tr("Standalone: this terminal keeps its cases in its own store and is not "
                  "connected to a central server.");
    QString text = tr("Server %1 · %n change(s) waiting to be sent", nullptr, int(counts->waiting))
                       .arg(state->serverUrl);
    if (!state->lastSuccess.isEmpty()) {
        const QDateTime at = QDateTime::fromString(state->lastSuccess, Qt::ISODateWithMs);
        text += QStringLiteral(" · ") +
                tr("last synchronised %1").arg(QLocale().toString(at, QLocale::ShortFormat));
    }
    if (counts->conflicts > 0)
        text +=
            QStringLiteral(" · ") + tr("%n conflict(s) to settle", nullptr, int(counts->conflicts));
    if (!state->lastError.isEmpty())
        text += QStringLiteral("\n") + state->lastError;
    return text;
}

void DeskPage::showIndexState()
{
    const ClockIndexKeeper &keeper = m_context.clockIndex();
    ui->deskIndexLabel->setText(keeper.stateText());
    ui->deskIndexLabel->setVisible(keeper.isCounting());
}

void DeskPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void DeskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        showIndexState();
        showFigures();
        if (isVisible())
            reload();
    }
    QWidget::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
