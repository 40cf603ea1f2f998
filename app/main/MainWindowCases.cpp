// MainWindow: the hall setup, starting intakes from the catalog, opening cases by number and
// printing the shown guide — what crosses pages.
#include "main/MainWindow.h"

#include "auth/Permissions.h"
#include "auth/UserRepository.h"
#include "cases/CaseChooserDialog.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseLookup.h"
#include "cases/CaseSearch.h"
#include "cases/CaseService.h"
#include "cases/CaseTimeline.h"
#include "cases/ConsultationLog.h"
#include "cases/HallSetupDialog.h"
#include "cases/ProxyNoteDialog.h"
#include "catalog/CatalogBrowserWidget.h"
#include "common/MessageBoxes.h"
#include "deadline/DeadlineSettings.h"
#include "intake/ConsultationPage.h"
#include "intake/IntakePage.h"
#include "printing/GuidePrinter.h"
#include "printing/PrintService.h"
#include "proxy/ProxyRules.h"
#include "shell/AppContext.h"
#include "sync/SyncStore.h"

#include <QDir>
#include <QLineEdit>
#include <QStatusBar>

namespace onetrip {
namespace gui {

void MainWindow::countConsultation(const QString &entryCode)
{
    const std::optional<HallSetup> &hall = m_context.hall();
    const Clock &clock = m_context.clock();
    ConsultationLog log(m_context.database());
    const Status recorded =
        log.record(entryCode, m_context.user().login, hall ? hall->hall.code : QString(),
                   hall ? hall->terminal.terminalCode : QString(), clock);
    const Result<int> today = log.countOn(clock.today());
    if (!recorded || !today) {
        // The list was given all the same; only the count is missing.
        statusBar()->showMessage(recorded ? today.message() : recorded.message(), 10000);
        return;
    }
    statusBar()->showMessage(tr("Consultation list given (consultation %1 today): the applicant "
                                "can come once, with everything.")
                                 .arg(today.value()),
                             10000);
}

HallSetupDialog *MainWindow::promptHallSetupIfNeeded()
{
    if (m_context.hallError()) {
        showHallError();
        return nullptr;
    }
    return m_context.hall() ? nullptr : openHallSetup();
}

void MainWindow::showHallError()
{
    const std::optional<Error> &error = m_context.hallError();
    MessageBoxes::instance().critical(
        this, tr("Hall settings cannot be read"),
        tr("%1\n\nThe hall and terminal settings of this store cannot be read, so intake and case "
           "numbers are not available. The first-run setup is not offered: it could replace a "
           "saved hall. Restart OneTrip; if this stays, check the store with onetripctl db "
           "check.")
            .arg(error ? error->message : QString()));
}

HallSetupDialog *MainWindow::openHallSetup()
{
    if (m_context.hallError()) {
        m_context.loadHall(); // read again: the store may be back
        if (m_context.hallError()) {
            showHallError();
            return nullptr;
        }
    }
    if (m_hallDialog) {
        m_hallDialog->raise();
        m_hallDialog->activateWindow();
        return m_hallDialog;
    }
    m_hallDialog = new HallSetupDialog(m_context.database(), m_offerDemoHall, this);
    m_hallDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_hallDialog, &QDialog::accepted, this, &MainWindow::hallSaved);
    connect(m_hallDialog, &QDialog::rejected, this, [this] {
        m_pendingIntake.reset();
        if (!m_context.hall()) {
            statusBar()->showMessage(tr("The hall is not set up: the catalog works, intake "
                                        "waits for Settings › Hall and terminal."),
                                     15000);
        }
    });
    m_hallDialog->open();
    m_hallDialog->activateWindow(); // also when opened from a shortcut of another window
    return m_hallDialog;
}

void MainWindow::hallSaved()
{
    m_context.loadHall(); // the pages and the status bar hear of it
    if (m_pendingIntake) {
        const PendingIntake pending = *m_pendingIntake;
        m_pendingIntake.reset();
        static_cast<void>(startIntake(pending.code, pending.isBundle, false));
    }
}

Status MainWindow::startIntake(const QString &code, bool isBundle, bool consultation)
{
    const QStringView id = consultation ? u"consultation" : u"intake";
    IntakePage *intake = intakePage();
    ConsultationPage *consultationPage = this->consultationPage();
    if (consultation ? !consultationPage : !intake) {
        // Not this role's page: nothing to set up, nothing started.
        const Status refused = showPage(id);
        MessageBoxes::instance().warning(this, tr("Cannot start the intake"), refused.message());
        return refused;
    }
    CaseService *service = m_context.caseService();
    if (!consultation && !service && m_context.hallError()) {
        showHallError();
        return Status::failure(m_context.hallError()->message);
    }
    if (!consultation && !service) {
        m_pendingIntake = PendingIntake{code, isBundle};
        openHallSetup();
        return Status::failure(tr("Set up the hall and this terminal first: case numbers and "
                                  "documents need them."));
    }
    if (!confirmDiscard(id))
        return Status::failure(tr("The intake in progress was kept."));
    static_cast<void>(showPage(id));
    Status started =
        consultation
            ? (isBundle ? consultationPage->startBundle(code) : consultationPage->startItem(code))
            : (isBundle ? intake->startBundle(code) : intake->startItem(code));
    if (!started) {
        MessageBoxes::instance().warning(this, tr("Cannot start the intake"), started.message());
        return started;
    }
    return {};
}

CaseChooserDialog *MainWindow::caseChooser() const
{
    return m_caseChooser;
}

Status MainWindow::openCase(const QString &number)
{
    const auto refuse = [this](const QString &message) {
        MessageBoxes::instance().warning(this, tr("Case not opened"), message);
        m_openCaseField->setFocus();
        m_openCaseField->selectAll();
        return Status::failure(message);
    };
    CaseService *service = m_context.caseService();
    if (!service && m_context.hallError())
        return refuse(m_context.hallError()->message);
    if (!service) {
        openHallSetup();
        return refuse(tr("Set up the hall and this terminal first (Settings › Hall and "
                         "terminal)."));
    }
    const bool agent = m_context.user().role == Role::Agent;
    if (!CaseLookup::isNumber(number) && !number.trimmed().isEmpty()) {
        // An agent sees only the cases they carry: no search over the hall's applicants.
        if (agent)
            return refuse(tr("Agents open their cases by number or from 我的代办."));
        auto searched = CaseSearch::find(m_context.database(), number);
        if (!searched)
            return refuse(searched.message());
        if (searched->hits.isEmpty())
            return refuse(tr("No case found for “%1”. Check the spelling, or type the case "
                             "number or the full ID number.")
                              .arg(number.trimmed()));
        if (searched->hits.size() == 1)
            return openCase(searched->hits.constFirst().number);
        if (m_caseChooser)
            m_caseChooser->close();
        m_caseChooser = new CaseChooserDialog(number, searched.value(), this);
        m_caseChooser->setAttribute(Qt::WA_DeleteOnClose);
        m_caseChooser->setWindowModality(Qt::WindowModal);
        connect(m_caseChooser, &CaseChooserDialog::caseChosen, this,
                [this](const QString &chosen) { static_cast<void>(openCase(chosen)); });
        m_openCaseField->clear();
        m_caseChooser->show();
        return {};
    }
    const Result<CaseLookup> found = CaseLookup::find(*service, number);
    if (!found)
        return refuse(found.message());
    if (!ProxyRules::mayHandle(found->record, m_context.user()))
        return refuse(tr("Case %1 is not carried by you: an agent opens only their own 代办.")
                          .arg(found->record.number));

    if (found->resumesIntake()) {
        // The applicant is back with the corrections listed on this notice.
        IntakePage *intake = intakePage();
        if (!intake)
            return refuse(showPage(u"intake").message());
        if (!confirmDiscard(u"intake"))
            return Status::failure(tr("The intake in progress was kept."));
        static_cast<void>(showPage(u"intake"));
        if (Status resumed = intake->resumeCase(found->documentNumber); !resumed)
            return refuse(resumed.message());
        m_openCaseField->clear();
        statusBar()->showMessage(tr("Case %1 reopened: check the materials listed on the notice.")
                                     .arg(found->record.number),
                                 10000);
        return {};
    }

    if (m_caseDialog)
        m_caseDialog->close();
    m_caseDialog = new CaseDocumentsDialog(found->record, m_context.printing(), this);
    m_caseDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_caseDialog->setDeemedAcceptance(
        service->queries().deemedAccepted(found->record, m_context.clock().today()));
    connect(m_caseDialog, &CaseDocumentsDialog::resumeRequested, this, &MainWindow::resumeInIntake);
    connect(m_caseDialog, &CaseDocumentsDialog::stopClockRequested, this,
            &MainWindow::stopCaseClock);
    connect(m_caseDialog, &CaseDocumentsDialog::restartClockRequested, this,
            &MainWindow::restartCaseClock);
    connect(m_caseDialog, &CaseDocumentsDialog::routeRequested, this, &MainWindow::routeCase);
    connect(m_caseDialog, &CaseDocumentsDialog::decideRequested, this, &MainWindow::decideCase);
    connect(m_caseDialog, &CaseDocumentsDialog::handOutRequested, this, &MainWindow::handOutCase);
    connect(m_caseDialog, &CaseDocumentsDialog::rateRequested, this, &MainWindow::rateVisit);
    connect(m_caseDialog, &CaseDocumentsDialog::followUpRequested, this,
            [this](const QString &c, int trip) { followUpComplaint(c, trip, false); });
    connect(m_caseDialog, &CaseDocumentsDialog::appealRequested, this,
            [this](const QString &c, int trip) { followUpComplaint(c, trip, true); });
    connect(m_caseDialog, &CaseDocumentsDialog::revealIdRequested, this, &MainWindow::revealId);
    connect(m_caseDialog, &CaseDocumentsDialog::takeProxyRequested, this, &MainWindow::takeAsProxy);
    connect(m_caseDialog, &CaseDocumentsDialog::handOverMaterialsRequested, this,
            &MainWindow::handOverMaterials);
    connect(m_caseDialog, &CaseDocumentsDialog::proxyStepRequested, this,
            [this](const QString &c) { proxyNote(c, int(ProxyNoteDialog::Mode::Step)); });
    connect(m_caseDialog, &CaseDocumentsDialog::reassignProxyRequested, this,
            [this](const QString &c) { proxyNote(c, int(ProxyNoteDialog::Mode::Reassign)); });
    connect(m_caseDialog, &CaseDocumentsDialog::completeProxyRequested, this,
            [this](const QString &c) { proxyNote(c, int(ProxyNoteDialog::Mode::Complete)); });
    m_caseDialog->setMayProgress(
        Permissions::mayRecord(m_context.user().role, QLatin1String(CaseEventType::Decided)));
    // The history: every event with who and when (names from the staff list).
    if (auto events = service->queries().events(found->record.number)) {
        QHash<QString, QString> names;
        if (auto users = UserRepository(m_context.database()).users()) {
            for (const User &u : users.value())
                names.insert(u.login, u.displayName);
        }
        QSet<QString> refused;
        if (const auto &hall = m_context.hall()) {
            auto open =
                SyncStore(m_context.database(), hall->terminal, m_context.clock()).conflicts();
            for (const SyncStore::Conflict &c :
                 open ? open.value() : QList<SyncStore::Conflict>()) {
                if (c.caseNumber == found->record.number)
                    refused.insert(c.eventId);
            }
        }
        if (auto timeline = CaseTimeline::of(events.value()))
            m_caseDialog->setTimeline(timeline.value(), names, refused);
        else
            statusBar()->showMessage(timeline.message(), 15000);
    }
    // The lights of the deadlines and of a 差评's follow-up, with the hall's warning window.
    if (const auto policy = DeadlineSettings::load(m_context.database()); policy) {
        showCaseDeadlines(policy.value());
        showCaseVisits(policy.value());
    } else {
        statusBar()->showMessage(policy.message(), 15000);
    }
    showCaseProxy();
    if (const auto &hall = m_context.hall()) {
        auto sync = SyncStore(m_context.database(), hall->terminal, m_context.clock())
                        .caseSync(found->record.number);
        if (!sync)
            m_caseDialog->setSyncState(sync.message(), true);
        else if (sync->conflicts > 0)
            m_caseDialog->setSyncState(tr("%1 change(s) in conflict: a supervisor settles them "
                                          "(Sync conflicts)")
                                           .arg(sync->conflicts),
                                       true);
        else if (!sync->registered)
            m_caseDialog->setSyncState(tr("Standalone terminal: kept on this computer only"),
                                       false);
        else if (sync->waiting > 0)
            m_caseDialog->setSyncState(
                tr("%1 change(s) waiting to be sent to the central server").arg(sync->waiting),
                false);
        else
            m_caseDialog->setSyncState(tr("Sent: the central server has every change"), false);
    }
    m_caseDialog->show();
    m_caseDialog->raise();
    m_caseDialog->activateWindow();
    m_openCaseField->clear();
    return {};
}

void MainWindow::resumeInIntake(const QString &caseNumber)
{
    IntakePage *intake = intakePage();
    if (!intake) {
        MessageBoxes::instance().warning(this, tr("Case not opened"),
                                         showPage(u"intake").message());
        return;
    }
    if (!confirmDiscard(u"intake"))
        return;
    static_cast<void>(showPage(u"intake"));
    if (Status resumed = intake->resumeCase(caseNumber); !resumed)
        MessageBoxes::instance().warning(this, tr("Case not opened"), resumed.message());
}

CaseDocumentsDialog *MainWindow::caseDialog() const
{
    return m_caseDialog.data();
}

void MainWindow::reportPrinting(const Status &status)
{
    if (!status)
        MessageBoxes::instance().critical(this, tr("Not printed"), status.message());
}

void MainWindow::printPreview()
{
    const CatalogBrowserWidget *catalog = catalogBrowser();
    if (!catalog || !catalog->hasEntry())
        return;
    const auto job = GuidePrinter::job(catalog->documentHtml(), catalog->entryName());
    const Result<PrintOutcome> printed = m_context.printing().preview(job, this);
    reportPrinting(printed ? Status() : Status(printed.error()));
}

void MainWindow::print()
{
    const CatalogBrowserWidget *catalog = catalogBrowser();
    if (!catalog || !catalog->hasEntry())
        return;
    const auto job = GuidePrinter::job(catalog->documentHtml(), catalog->entryName());
    const Result<PrintOutcome> printed = m_context.printing().print(job, this);
    reportPrinting(printed ? Status() : Status(printed.error()));
}

void MainWindow::exportPdf()
{
    const CatalogBrowserWidget *catalog = catalogBrowser();
    if (!catalog || !catalog->hasEntry())
        return;
    const auto job = GuidePrinter::job(catalog->documentHtml(), catalog->entryName());
    const Result<QString> saved = m_context.printing().exportPdf(job, this);
    if (!saved) {
        MessageBoxes::instance().critical(this, tr("Export failed"), saved.message());
        return;
    }
    if (!saved->isEmpty())
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(saved.value())), 8000);
}

Status MainWindow::exportGuidePdf(const QString &path)
{
    const CatalogBrowserWidget *catalog = catalogBrowser();
    if (!catalog || !catalog->hasEntry())
        return Status::failure(tr("Choose an item first: there is no guide to export."));
    return m_context.printing().writePdf(
        GuidePrinter::job(catalog->documentHtml(), catalog->entryName()), path);
}

} // namespace gui
} // namespace onetrip
