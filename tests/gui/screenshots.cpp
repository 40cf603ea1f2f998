// onetrip-screenshots [OUTPUT_DIR]: renders the real windows offscreen at 1366x768 with the
// demo data and writes the PNGs of docs/screenshots (login, the first run's hall setup, main
// window in Chinese and English, the intake page, a case opened by number, and a printed guide
// rendered from its PDF).
#include "auth/UserRepository.h"
#include "calendar/CalendarRepository.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseRebuild.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "cases/HallSetupDialog.h"
#include "cases/HandOutDialog.h"
#include "cases/IntakeSample.h"
#include "catalog/CatalogBrowserWidget.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSearchModel.h"
#include "common/Fonts.h"
#include "common/Paths.h"
#include "common/StoreOpener.h"
#include "common/Translations.h"
#include "demo/CaseGenerator.h"
#include "demo/DemoData.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "shell/AppContext.h"
#include "storage/Database.h"
#include "sync/ConflictsPage.h"
#include "sync/ConnectServerDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncPasswordDialog.h"
#include "sync/SyncStatusLabel.h"
#include "worklist/ClockIndexKeeper.h"
#include "worklist/DeskPage.h"
#include "worklist/WorklistPage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>

using namespace onetrip;
using namespace onetrip::gui;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget *w, const QString &path)
{
    settle();
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "onetrip-screenshots: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString out =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(ONETRIP_SCREENSHOT_DIR);
    QDir().mkpath(out);

    QTemporaryDir temp;
    auto db = Database::open(temp.filePath(QStringLiteral("store.sqlite")));
    if (!db)
        return fail(db.error().message);
    if (Status demo = DemoData::ensure(*db.value(), Paths::dataDirectory(), SystemClock()); !demo)
        return fail(demo.message());
    AppSettings settings(temp.filePath(QStringLiteral("settings.ini")));

    QLocale::setDefault(QLocale(QStringLiteral("zh_CN"))); // dates and numbers as the app shows
    Translations::install(QStringLiteral("zh_CN"));
    Fonts::applyToApplication();

    LoginDialog login(*db.value(), true);
    login.setLogin(QStringLiteral("clerk01"));
    login.show();
    bool ok = save(&login, out + QStringLiteral("/login-zh_CN.png"));
    login.hide();
    // Before the login, on a store of an older version: the upgrade's busy dialog.
    {
        const auto busy = StoreOpener::busyDialog(StoreOpener::Work::Upgrade);
        busy->show();
        ok = save(busy.get(), out + QStringLiteral("/store-upgrade-zh_CN.png")) && ok;
    }

    const Result<User> user =
        UserRepository(*db.value())
            .authenticate(QStringLiteral("clerk01"), DemoData::demoPassword());
    if (!user)
        return fail(user.message());
    // First run of the terminal: the hall setup, filled in as a clerk would.
    {
        HallSetupDialog setup(*db.value());
        const std::pair<const char *, QString> fields[] = {
            {"hallCodeLineEdit", QStringLiteral("JNLX")},
            {"hallNameLineEdit", QStringLiteral("历下区政务服务中心")},
            {"addressLineEdit", QStringLiteral("济南市历下区龙鼎大道1号")},
            {"phoneLineEdit", QStringLiteral("0531-12345678")},
            {"terminalCodeLineEdit", QStringLiteral("T01")},
        };
        for (const auto &[name, text] : fields)
            setup.findChild<QLineEdit *>(QString::fromLatin1(name))->setText(text);
        setup.show();
        ok = save(&setup, out + QStringLiteral("/hall-setup-zh_CN.png")) && ok;
        if (Status saved = setup.trySave(); !saved)
            return fail(saved.message());
    }

    AppContext context(*db.value(), settings);
    context.setUser(user.value());
    MainWindow window(context);
    if (Status loaded = window.loadCatalog(); !loaded)
        return fail(loaded.message());
    window.resize(1366, 768);
    window.show();

    // Find 个体工商户设立登记 the way a clerk does: pinyin initials.
    CatalogBrowserWidget *browser = window.catalogBrowser();
    browser->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))
        ->setText(QStringLiteral("gtgs"));
    QString code;
    for (int row = 0; row < browser->searchModel()->rowCount(); ++row) {
        const SearchEntry *e = browser->searchModel()->entryAt(row);
        if (!e->isBundle && e->item.materialCount > 0 &&
            e->item.name.startsWith(QStringLiteral("个体工商户设立登记"))) {
            code = e->item.code;
            break;
        }
    }
    if (code.isEmpty() || !browser->showCode(code))
        return fail(QStringLiteral("个体工商户设立登记 not found in the demo catalog"));
    ok = save(&window, out + QStringLiteral("/main-window-zh_CN.png")) && ok;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("guideTabWidget"));
    tabs->setCurrentIndex(1);
    ok = save(&window, out + QStringLiteral("/main-window-materials-zh_CN.png")) && ok;
    tabs->setCurrentIndex(2);
    ok = save(&window, out + QStringLiteral("/main-window-situations-zh_CN.png")) && ok;
    tabs->setCurrentIndex(0);

    const QString pdf = temp.filePath(QStringLiteral("guide.pdf"));
    if (Status exported = window.exportGuidePdf(pdf); !exported)
        return fail(exported.message());
    const int rendered = QProcess::execute(QStringLiteral("pdftoppm"),
                                           {QStringLiteral("-r"), QStringLiteral("80"),
                                            QStringLiteral("-png"), QStringLiteral("-singlefile"),
                                            pdf, out + QStringLiteral("/guide-print-zh_CN")});
    std::printf("%s %s/guide-print-zh_CN.png\n", rendered == 0 ? "wrote" : "FAILED",
                qPrintable(out));
    ok = ok && rendered == 0;

    // A bundle (一件事): its items and the merged materials.
    browser->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))
        ->setText(QStringLiteral("一件事"));
    for (int row = 0; row < browser->searchModel()->rowCount(); ++row) {
        const SearchEntry *e = browser->searchModel()->entryAt(row);
        if (e->isBundle && browser->showCode(e->item.code)) {
            tabs->setCurrentIndex(1);
            ok = save(&window, out + QStringLiteral("/main-window-bundle-zh_CN.png")) && ok;
            tabs->setCurrentIndex(0);
            break;
        }
    }
    browser->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))
        ->setText(QStringLiteral("gtgs"));
    browser->showCode(code);

    // F2 from the catalog: the intake page of the same item.
    if (Status started = window.startIntake(code, false); !started)
        return fail(started.message());
    ok = save(&window, out + QStringLiteral("/main-window-intake-zh_CN.png")) && ok;

    // A case opened by its number (typed or scanned): its header and documents to reprint.
    {
        const auto hall = HallSettings(*db.value()).load();
        const auto guide = CatalogRepository(*db.value()).guide(code);
        if (!hall || !hall->has_value() || !guide)
            return fail(QStringLiteral("no hall or guide for the case view"));
        const Result<WorkdayCalendar> calendar = CalendarRepository(*db.value()).load();
        CaseService service(*db.value(), context.clock(),
                            calendar ? calendar.value() : WorkdayCalendar(), hall->value().hall,
                            hall->value().terminal);
        const Result<CaseRecord> record = service.confirm(
            IntakeSample::acceptance({guide.value()}, IntakeSample::person(1), user.value()));
        if (!record)
            return fail(record.message());
        if (Status opened = window.openCase(record->number); !opened)
            return fail(opened.message());
        ok = save(window.caseDialog(), out + QStringLiteral("/case-view-zh_CN.png")) && ok;
        window.caseDialog()->close();

        // 红黄牌 with stopped time: a licence with a promised limit, stopped for an expert
        // review.
        const auto pharmacy = CatalogRepository(*db.value()).guide(QStringLiteral("JN-SG08"));
        if (!pharmacy)
            return fail(pharmacy.message());
        const Result<CaseRecord> licence = service.confirm(
            IntakeSample::acceptance({pharmacy.value()}, IntakeSample::person(3), user.value()));
        if (!licence)
            return fail(licence.message());
        if (auto paused = service.pauseClock(licence->number, user.value(), PauseKind::ExpertReview,
                                             QStringLiteral("组织专家对经营场所进行现场评审"));
            !paused)
            return fail(paused.message());
        if (Status opened = window.openCase(licence->number); !opened)
            return fail(opened.message());
        ok =
            save(window.caseDialog(), out + QStringLiteral("/case-view-deadlines-zh_CN.png")) && ok;
        window.caseDialog()->close();

        // 一口出: a licence sent to the department, approved, and collected at the window.
        const Result<CaseRecord> collected = service.confirm(
            IntakeSample::acceptance({pharmacy.value()}, IntakeSample::person(4), user.value()));
        if (!collected ||
            !service.route(collected->number, user.value(), QStringLiteral("济南市市场监督管理局"),
                           context.clock().today().addDays(7)) ||
            !service.decide(collected->number, user.value(), true,
                            QStringLiteral("鲁DA5310200123")))
            return fail(QStringLiteral("no decided case for the hand-out"));
        if (Status opened = window.openCase(collected->number); !opened)
            return fail(opened.message());
        window.caseDialog()->findChild<QPushButton *>(QStringLiteral("handOutPushButton"))->click();
        if (!window.handOutDialog())
            return fail(QStringLiteral("no hand-out dialog"));
        window.handOutDialog()->setTypedId(IntakeSample::person(4).idNumber);
        settle();
        ok = save(window.handOutDialog(), out + QStringLiteral("/hand-out-zh_CN.png")) && ok;
        window.handOutDialog()
            ->findChild<QDialogButtonBox *>()
            ->button(QDialogButtonBox::Ok)
            ->click();
        if (!window.caseDialog() || window.caseDialog()->record().status != CaseStatus::HandedOut)
            return fail(QStringLiteral("not handed out"));
        settle();
        ok = save(window.caseDialog(), out + QStringLiteral("/case-view-handed-out-zh_CN.png")) &&
             ok;
        window.caseDialog()->close();

        // 好差评: the first visit rated 满意, the collecting visit 不满意, its 回访 made by the
        // supervisor; the visits tab with the follow-up's light.
        const User supervisor{0, QStringLiteral("super01"), QStringLiteral("张华"),
                              Role::Supervisor};
        if (!service.rate(collected->number, user.value(), 1, RatingLevel::Satisfied, {5, 5, 4}) ||
            !service.rate(collected->number, user.value(), 2, RatingLevel::Dissatisfied, {2, 4, 3},
                          QStringLiteral("出件时排队较久，叫号屏未显示")) ||
            !service.followUpComplaint(collected->number, supervisor, 2,
                                       ComplaintFollowUpKind::ReturnVisit,
                                       QStringLiteral("电话回访：午间只开一个出件窗口")))
            return fail(QStringLiteral("no rated case"));
        if (Status opened = window.openCase(collected->number); !opened)
            return fail(opened.message());
        window.caseDialog()->showVisit(2);
        settle();
        ok = save(window.caseDialog(), out + QStringLiteral("/case-view-ratings-zh_CN.png")) && ok;
        window.caseDialog()->close();

        // 代办: a licence carried by the agent 李强 — the materials from the applicant, a relay
        // step, on to the department's window; the 代办 tab with the chain and the holder.
        const Result<CaseRecord> carried = service.confirm(
            IntakeSample::acceptance({pharmacy.value()}, IntakeSample::person(5), user.value()));
        const User agent{0, QStringLiteral("agent01"), QStringLiteral("李强"), Role::Agent};
        const Party carrier = Party::agent(agent.login, agent.displayName);
        const QList<HandedMaterial> handed{{QStringLiteral("药品经营许可证申请表"), 1},
                                           {QStringLiteral("营业执照副本复印件"), 1},
                                           {QStringLiteral("药学技术人员资格证明"), 2}};
        if (!carried ||
            !service.takeAsProxy(carried->number, user.value(), agent.login,
                                 ProxyScope{true, true, true}, QStringLiteral("13800000005"),
                                 context.clock().today().addDays(10)) ||
            !service.handOver(carried->number, agent, Party::applicant(carried->applicant.name),
                              carrier, handed, QStringLiteral("原件核对后退回")) ||
            !service.recordProxyStep(carried->number, agent, QStringLiteral("济南市市场监督管理局"),
                                     QStringLiteral("预约窗口，核对材料")) ||
            !service.handOver(carried->number, agent, carrier,
                              Party::department(QStringLiteral("济南市市场监督管理局窗口")),
                              handed))
            return fail(QStringLiteral("no carried case"));
        if (Status opened = window.openCase(carried->number); !opened)
            return fail(opened.message());
        window.caseDialog()->showProxy();
        settle();
        ok = save(window.caseDialog(), out + QStringLiteral("/case-view-proxy-zh_CN.png")) && ok;
        window.caseDialog()->close();

        // Joined to a server, offline for a while: a withdrawal refused because another
        // window changed the case first (as a push answer leaves it), three changes waiting.
        const Result<CaseRecord> other = service.receive(
            IntakeSample::acceptance({guide.value()}, IntakeSample::person(2), user.value()));
        if (!other ||
            !service.withdraw(other->number, user.value(), QStringLiteral("申请人撤回申请")))
            return fail(QStringLiteral("no case for the conflict"));
        for (const QString &sql :
             {QStringLiteral("UPDATE sync_state SET server_url = "
                             "'https://sync.jinan.example:8443', terminal_key = 'shown-only', "
                             "last_success = '2026-11-23T08:58:00'"),
              QStringLiteral("INSERT INTO case_conflict (event_id, case_number, code, reason, "
                             "detected_at) SELECT id, case_number, 'stale', '办件 ' || "
                             "case_number || ' 在此期间已由终端 T02 修改（现为第 4 "
                             "版）；此变更基于旧的状态。', '2026-11-23T09:30:00' FROM case_event "
                             "WHERE case_number = '%1' AND base_version >= (SELECT base_version "
                             "FROM case_event WHERE case_number = '%1' AND type = 'case.status')")
                  .arg(other->number)}) {
            if (Status s = db.value()->exec(sql); !s)
                return fail(s.describe());
        }
        if (auto rebuilt = CaseRebuild::run(*db.value()); !rebuilt)
            return fail(rebuilt.describe());
        BackgroundSync::Status status;
        status.registered = true;
        status.online = false;
        status.waiting = 3;
        status.conflicts = 1;
        status.lastSuccess = QStringLiteral("2026-11-23T08:58:00");
        window.syncStatusLabel()->setStatus(status);
        ok = save(&window, out + QStringLiteral("/main-window-sync-zh_CN.png")) && ok;
        ConflictsPage conflicts(context);
        conflicts.resize(1100, 420);
        conflicts.show();
        ok = save(&conflicts, out + QStringLiteral("/conflicts-zh_CN.png")) && ok;
        if (Status opened = window.openCase(other->number); !opened)
            return fail(opened.message());
        ok = save(window.caseDialog(), out + QStringLiteral("/case-view-conflict-zh_CN.png")) && ok;
        window.caseDialog()->close();

        // A lived-in hall: a month of cases of every kind on four windows (the real
        // commands, as `onetripctl generate`), then the desk and a worklist as of today.
        CaseGenerator::Options options;
        options.cases = 400;
        options.from = context.clock().today().addDays(-35);
        options.to = context.clock().today();
        options.supervisor = SupervisorApproval{QStringLiteral("super01"), QStringLiteral("demo"),
                                                QStringLiteral("申请人补充新情形，经核准二次告知")};
        if (auto generated =
                CaseGenerator::run(*db.value(), hall->value().hall, user.value(), options);
            !generated)
            return fail(generated.describe());
        if (Status shown = window.showPage(u"desk"); !shown)
            return fail(shown.message());
        // The desk counts on a thread of its own, and so may the deadline index of the
        // generated cases: wait for both.
        auto *desk = qobject_cast<DeskPage *>(window.page(u"desk"));
        QDeadlineTimer patience(20000);
        while (desk && (desk->isCounting() || context.clockIndex().isCounting()) &&
               !patience.hasExpired())
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!desk || desk->isCounting() || context.clockIndex().isCounting())
            return fail(QStringLiteral("the desk did not count"));
        settle();
        ok = save(&window, out + QStringLiteral("/desk-zh_CN.png")) && ok;
        auto *worklists = qobject_cast<WorklistPage *>(window.page(u"worklists"));
        if (!worklists || !window.showPage(u"worklists"))
            return fail(QStringLiteral("no worklist page"));
        worklists->showList(WorklistKind::InProgress);
        settle();
        ok = save(&window, out + QStringLiteral("/worklists-zh_CN.png")) && ok;

        // A holiday published (the next working day off): the lists while every open case
        // is counted again on the keeper's thread. The store held for that moment, so the
        // count cannot end before the picture is taken.
        const WorkdayCalendar inUse = context.calendar();
        WorkdayCalendar published = inUse;
        QDate off = context.clock().today().addDays(1);
        while (!published.isWorkingDay(off))
            off = off.addDays(1);
        if (std::optional<CalendarYear> year = published.year(off.year())) {
            year->weekdayOffDays << off;
            published.setYear(*year);
            context.clockIndex().setWindowLimit(1);
            {
                WriteTransaction hold(*db.value());
                if (Status held = hold.begin(); !held)
                    return fail(held.describe());
                context.setCalendar(published);
                ok = save(&window, out + QStringLiteral("/worklists-recounting-zh_CN.png")) && ok;
            }
            QDeadlineTimer counted(20000);
            while (context.clockIndex().isCounting() && !counted.hasExpired())
                QApplication::processEvents(QEventLoop::AllEvents, 50);
            context.clockIndex().setWindowLimit(ClockIndexKeeper::kWindowLimit);
            context.setCalendar(inUse);
            while (context.clockIndex().isCounting() && !counted.hasExpired())
                QApplication::processEvents(QEventLoop::AllEvents, 50);
        }
    }
    {
        // Settings › Connect to the central server, filled in as a supervisor would, and
        // the prompt shown when the server no longer takes the sign-in.
        SyncController sync(*db.value(), context.clock());
        ConnectServerDialog connect(sync, QStringLiteral("super01"), &window);
        connect.findChild<QLineEdit *>(QStringLiteral("serverUrlLineEdit"))
            ->setText(QStringLiteral("https://sync.jinan.example:8443"));
        connect.findChild<QLineEdit *>(QStringLiteral("pinLineEdit"))
            ->setText(QStringLiteral("3f:9a:5c:07:e2:41:b8:6d:0c:aa:12:7e:59:c3:f0:8b:"
                                     "44:d1:2e:96:7a:bc:05:63:e8:1f:d4:90:2b:77:c6:3a"));
        connect.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))
            ->setText(QStringLiteral("password"));
        connect.show();
        ok = save(&connect, out + QStringLiteral("/connect-server-zh_CN.png")) && ok;
        connect.close();
        SyncPasswordDialog prompt(sync, user->login, &window);
        prompt.setReason(QCoreApplication::translate(
            "Server", "This sign-in has ended (signed out, or the password or the account was "
                      "changed); sign in again."));
        prompt.show();
        ok = save(&prompt, out + QStringLiteral("/sync-password-zh_CN.png")) && ok;
        prompt.close();
    }
    static_cast<void>(window.showPage(u"catalog"));

    window.setLanguage(QStringLiteral("en"));
    ok = save(&window, out + QStringLiteral("/main-window-en.png")) && ok;
    return ok ? 0 : 1;
}
