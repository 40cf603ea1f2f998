#include "worklist/DeskPage.h"

#include "ui_DeskPage.h"

#include "auth/User.h"
#include "common/LightColours.h"
#include "shell/AppContext.h"
#include "storage/Database.h"
#include "sync/SyncStore.h"
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
{
    ui->setupUi(this);
    buildButtons();
    connect(ui->dueTodayPushButton, &QPushButton::clicked, this, [this] {
        WorklistFilter f;
        f.dueFrom = f.dueUntil = m_today;
        Q_EMIT worklistRequested(dueList(), f);
    });
    connect(ui->dueNextPushButton, &QPushButton::clicked, this, [this] {
        WorklistFilter f;
        f.dueFrom = f.dueUntil = m_next;
        Q_EMIT worklistRequested(dueList(), f);
    });
    m_reloadTimer = ReloadOnChange::install(this, context, &DeskPage::reload);
}

DeskPage::~DeskPage() = default;

// An agent's lights and due days are those of their own 代办 (their commitment dates); the
// hall's staff see the hall's cases in progress and everything falling due.
WorklistKind DeskPage::lightsList() const
{
    return m_context.user().role == Role::Agent ? WorklistKind::MyProxyCases
                                                : WorklistKind::InProgress;
}

WorklistKind DeskPage::dueList() const
{
    return m_context.user().role == Role::Agent ? WorklistKind::MyProxyCases : WorklistKind::All;
}

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
    // The person's own queue first, then the hall's lists.
    QList<WorklistKind> kinds = worklistsFor(m_context.user().role);
    if (kinds.removeOne(WorklistKind::MineToday))
        kinds.prepend(WorklistKind::MineToday);
    for (WorklistKind kind : std::as_const(kinds)) {
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
            Q_EMIT worklistRequested(lightsList(), f);
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
    m_today = m_context.clock().today();
    m_next = m_context.calendar().addWorkingDays(m_today, 1).date;
    ui->greetingLabel->setText(
        tr("<b>%1</b> · %2 · %3")
            .arg(user.displayName.toHtmlEscaped(), displayName(user.role).toHtmlEscaped(),
                 locale.toString(m_today, QLocale::LongFormat).toHtmlEscaped()));
    ui->deskSyncLabel->setText(syncText());
    if (lightsList() == WorklistKind::MyProxyCases)
        ui->lightsGroupBox->setTitle(tr("My 代办 by commitment date"));

    auto query = currentWorklistQuery(m_context);
    if (!query) {
        ui->deskErrorLabel->setText(query.message());
        return;
    }
    QStringList errors;
    auto count = [&](WorklistKind kind, const WorklistFilter &f) {
        auto n = query.value()->count(kind, f);
        if (!n) {
            errors << n.message();
            return QStringLiteral("?");
        }
        return QString::number(n.value());
    };
    for (auto it = m_listButtons.cbegin(); it != m_listButtons.cend(); ++it)
        it.value()->setText(tr("%1: %2").arg(displayName(it.key()), count(it.key(), {})));
    auto lights = query.value()->countByLight(lightsList(), {});
    if (!lights)
        errors << lights.message();
    for (auto it = m_lightButtons.cbegin(); it != m_lightButtons.cend(); ++it)
        it.value()->setText(
            tr("● %1: %2")
                .arg(displayName(it.key()),
                     lights ? QString::number(lights->value(it.key())) : QStringLiteral("?")));
    WorklistFilter today;
    today.dueFrom = today.dueUntil = m_today;
    ui->dueTodayPushButton->setText(
        tr("Due today (%1): %2")
            .arg(locale.toString(m_today, QLocale::ShortFormat), count(dueList(), today)));
    WorklistFilter next;
    next.dueFrom = next.dueUntil = m_next;
    ui->dueNextPushButton->setText(
        tr("Due on the next working day (%1): %2")
            .arg(locale.toString(m_next, QLocale::ShortFormat), count(dueList(), next)));
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

void DeskPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void DeskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        if (isVisible())
            reload();
    }
    QWidget::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
