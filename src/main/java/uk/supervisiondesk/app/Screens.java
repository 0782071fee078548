package uk.supervisiondesk.app;

import java.time.Clock;
import javafx.beans.property.StringProperty;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import uk.supervisiondesk.filing.FilingLetterhead;
import uk.supervisiondesk.filing.RecordFiling;
import uk.supervisiondesk.filing.SigningIdentities;
import uk.supervisiondesk.monitoring.ComplianceOverview;
import uk.supervisiondesk.templates.TemplateLoader;
import uk.supervisiondesk.ui.signing.SigningIdentityPane;
import uk.supervisiondesk.ui.signing.SigningServices;
import uk.supervisiondesk.monitoring.MonthlyReturnBuilder;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Display;
import uk.supervisiondesk.ui.FxTaskRunner;
import uk.supervisiondesk.ui.NavigationTarget;
import uk.supervisiondesk.ui.Navigator;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.actions.ActionsView;
import uk.supervisiondesk.ui.actions.ActionsViewModel;
import uk.supervisiondesk.ui.agreements.AgreementsView;
import uk.supervisiondesk.ui.agreements.AgreementsViewModel;
import uk.supervisiondesk.ui.dashboard.DashboardView;
import uk.supervisiondesk.ui.dashboard.DashboardViewModel;
import uk.supervisiondesk.ui.observations.ObservationsView;
import uk.supervisiondesk.ui.observations.ObservationsViewModel;
import uk.supervisiondesk.ui.placeholder.ComingView;
import uk.supervisiondesk.ui.prompts.PromptLibrary;
import uk.supervisiondesk.ui.records.CalendarExportAction;
import uk.supervisiondesk.ui.records.DraftRecovery;
import uk.supervisiondesk.ui.records.FxDebouncer;
import uk.supervisiondesk.ui.records.RecordLauncher;
import uk.supervisiondesk.ui.reports.MonthlyReturnView;
import uk.supervisiondesk.ui.reports.MonthlyReturnViewModel;
import uk.supervisiondesk.ui.sessions.MonitoringSheetView;
import uk.supervisiondesk.ui.sessions.MonitoringSheetViewModel;
import uk.supervisiondesk.ui.settings.PolicySettingsViewModel;
import uk.supervisiondesk.ui.settings.SettingsView;
import uk.supervisiondesk.ui.settings.SettingsViewModel;
import uk.supervisiondesk.ui.staff.StaffView;
import uk.supervisiondesk.safety.Backups;
import uk.supervisiondesk.ui.safety.AuditView;
import uk.supervisiondesk.ui.safety.AuditViewModel;
import uk.supervisiondesk.ui.safety.DatabaseHost;
import uk.supervisiondesk.ui.safety.SecuritySettingsView;
import uk.supervisiondesk.ui.safety.SecuritySettingsViewModel;

/**
 * Builds every screen of the main window from the services, by constructor, and registers it
 * with the navigator; screens that lead to one another are connected here and nowhere else.
 */
final class Screens {
    private Screens() {
    }

    /** What the screens are built from. */
    record Services(DeskDatabase database, Clock clock, FxTaskRunner tasks, DialogService dialogs,
                    StatusMessages status, CurrentPolicy policy, StringProperty userName, BundledTemplates templates,
                    Display display, DatabaseHost safetyHost,
                    java.util.function.Consumer<uk.supervisiondesk.domain.SupervisionRecord> fileToExportFolder) {
    }

    /** Registers the screens; returns what offers unfinished drafts once the window is up. */
    static Runnable register(Navigator navigator, Services s, StaffView staffView, Runnable loadSampleData) {
        for (NavigationTarget target : NavigationTarget.values()) {
            navigator.register(target, () -> new ComingView(target));
        }
        StaffRegister register = new StaffRegister(s.database(), s.clock());
        SessionLog sessionLog = new SessionLog(s.database(), s.clock());
        RecordBook records = new RecordBook(s.database(), s.clock());
        ComplianceOverview overview = new ComplianceOverview(register, sessionLog, records);
        SigningServices signing = signing(s);
        RecordLauncher launcher = new RecordLauncher(records, sessionLog, s.policy(), s.templates(), s.tasks(),
                s.dialogs(), s.status(), s.clock(), s.userName()::get, FxDebouncer::new, Screens::copyToClipboard,
                new CalendarExportAction(s.tasks(), s.dialogs(), s.status(), s.clock()),
                new PromptLibrary(s.database().folder().userQuestionsFile()), signing);

        MonitoringSheetView sheet = new MonitoringSheetView(new MonitoringSheetViewModel(register, sessionLog,
                overview, s.policy(), records, launcher, s.tasks(), s.dialogs(), s.status(), s.clock()));
        navigator.register(NavigationTarget.STAFF, () -> staffView);
        navigator.register(NavigationTarget.SESSIONS, () -> sheet);
        navigator.register(NavigationTarget.DASHBOARD, () -> new DashboardView(new DashboardViewModel(overview,
                s.policy(), s.tasks(), s.dialogs(), s.clock(),
                id -> navigator.navigateTo(NavigationTarget.SESSIONS, () -> sheet.show(id)),
                id -> navigator.navigateTo(NavigationTarget.STAFF, () -> staffView.openSupervisee(id)))));
        AgreementsView agreements = new AgreementsView(new AgreementsViewModel(register, records, overview, launcher,
                s.policy(), s.tasks(), s.dialogs(), s.clock()), s.templates());
        navigator.register(NavigationTarget.AGREEMENTS, () -> agreements);
        ObservationsView observations = new ObservationsView(new ObservationsViewModel(register, records, overview,
                launcher, s.policy(), s.tasks(), s.dialogs(), s.clock(), s.templates()), s.templates());
        navigator.register(NavigationTarget.OBSERVATIONS, () -> observations);
        navigator.register(NavigationTarget.ACTIONS, () -> new ActionsView(new ActionsViewModel(register, records,
                s.tasks(), s.dialogs(), s.clock(),
                id -> navigator.navigateTo(NavigationTarget.SESSIONS, () -> sheet.show(id)))));
        navigator.register(NavigationTarget.REPORTS, () -> new MonthlyReturnView(new MonthlyReturnViewModel(
                new MonthlyReturnBuilder(overview), s.policy(), s.tasks(), s.dialogs(), s.status(), s.clock())));
        navigator.register(NavigationTarget.SETTINGS, () -> {
            SettingsView settings = new SettingsView(
                    new SettingsViewModel(s.database(), s.userName(), s.tasks(), s.dialogs(), s.status()), s.display(),
                    new PolicySettingsViewModel(new PolicySettings(s.database(), s.clock()), new PolicyPackLoader(),
                            s.policy(), s.tasks(), s.dialogs(), s.status()), AppVersion.get(), loadSampleData,
                    new SigningIdentityPane(signing).root());
            SecuritySettingsView security = new SecuritySettingsView(new SecuritySettingsViewModel(s.database(),
                    s.clock(), new Backups(s.clock(), AppVersion.get()), s.tasks(), s.dialogs(), s.status(),
                    s.safetyHost()));
            settings.addSection(security.root(), security::refresh);
            return settings;
        });
        navigator.register(NavigationTarget.AUDIT, () -> new AuditView(new AuditViewModel(s.database(), s.clock(),
                s.policy(), s.tasks(), s.dialogs(), s.status())));

        DraftRecovery drafts = new DraftRecovery(records, register, s.templates(), s.tasks(), s.dialogs(), s.clock());
        return () -> drafts.offer((draft, who) -> {
            if (draft.recordType().equals(ComplianceOverview.AGREEMENT)) {
                navigator.navigateTo(NavigationTarget.AGREEMENTS, () -> agreements.showRecord(who.id(), draft.id()));
            } else if (ObservationsView.SHOWS.contains(draft.recordType())) {
                navigator.navigateTo(NavigationTarget.OBSERVATIONS, () -> observations.showRecord(who.id(), draft.id()));
            } else {
                navigator.navigateTo(NavigationTarget.SESSIONS, () -> sheet.showRecord(who.id(), draft.id()));
            }
        });
    }

    /**
     * Signing and filing for the screens. The letterhead is read when a record is rendered, so a
     * changed policy or name shows on the next PDF; both are set on the FX thread and only read here.
     */
    private static SigningServices signing(Services s) {
        SigningIdentities identities = new SigningIdentities(s.database(), s.clock());
        java.util.concurrent.atomic.AtomicReference<FilingLetterhead> letterhead = new java.util.concurrent.atomic
                .AtomicReference<>(FilingLetterhead.of(s.policy().get(), s.userName().get()));
        s.policy().property().addListener((obs, old, now) -> letterhead.set(FilingLetterhead.of(now, s.userName().get())));
        s.userName().addListener((obs, old, now) -> letterhead.set(FilingLetterhead.of(s.policy().get(), now)));
        RecordFiling filing = new RecordFiling(s.database(), s.clock(), identities, new TemplateLoader(), letterhead::get);
        return new SigningServices(filing, identities, s.tasks(), s.dialogs(), s.status(), s.clock(),
                s.fileToExportFolder());
    }

    private static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
