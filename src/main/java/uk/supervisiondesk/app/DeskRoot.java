package uk.supervisiondesk.app;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import uk.supervisiondesk.export.ExportFolder;
import uk.supervisiondesk.importing.ImportKind;
import uk.supervisiondesk.importing.TrackerImport;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.DataFolderInUseException;
import uk.supervisiondesk.store.DataFolderLock;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.DisplayPreferences;
import uk.supervisiondesk.store.SettingsDao;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.store.Unlocker;
import uk.supervisiondesk.store.UserSetup;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Display;
import uk.supervisiondesk.ui.FxDialogService;
import uk.supervisiondesk.ui.FxTaskRunner;
import uk.supervisiondesk.ui.MainWindow;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.NavigationTarget;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.help.Guide;
import uk.supervisiondesk.ui.help.GuideWindow;
import uk.supervisiondesk.ui.importing.ImportTrackerAction;
import uk.supervisiondesk.ui.staff.StaffListViewModel;
import uk.supervisiondesk.ui.staff.StaffView;
import uk.supervisiondesk.ui.staff.StaffViewModel;
import uk.supervisiondesk.ui.staff.SuperviseeFormViewModel;
import uk.supervisiondesk.ui.unlock.InUseView;
import uk.supervisiondesk.ui.unlock.UnlockView;
import uk.supervisiondesk.ui.unlock.UnlockViewModel;
import uk.supervisiondesk.ui.welcome.WelcomeView;
import uk.supervisiondesk.ui.welcome.WelcomeViewModel;
import uk.supervisiondesk.safety.AutomaticBackup;
import uk.supervisiondesk.safety.Backups;
import uk.supervisiondesk.safety.DamagedDatabaseRecovery;
import uk.supervisiondesk.safety.IdleLockSettings;
import uk.supervisiondesk.ui.safety.DatabaseHost;
import uk.supervisiondesk.ui.safety.IdleWatch;

/**
 * The composition root of the desktop app: claims the data folder, shows the unlock screen,
 * and once the database is open wires every service and screen by constructor. One instance
 * per window; {@link #shutdown()} closes the database and releases the folder.
 */
public final class DeskRoot {

    /**
     * What differs between a real start and a test: the folder, the key cost, the clock, and the
     * dialogs (a test answers file choosers, which the headless toolkit cannot show).
     */
    public record Options(DataFolder folder, int keyIterations, Clock clock,
                          Function<Supplier<Window>, DialogService> dialogs) {
        public Options(DataFolder folder, int keyIterations, Clock clock) {
            this(folder, keyIterations, clock, FxDialogService::new);
        }

        public static Options standard(DataFolder folder) {
            return new Options(folder, DeskDatabase.DEFAULT_KEY_ITERATIONS, Clock.systemDefaultZone());
        }
    }

    private static final String STYLESHEET = "/uk/supervisiondesk/ui/desk.css";

    private final Options options;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final StatusMessages status;
    private DataFolderLock lock;
    private String lockProblem;
    private DeskDatabase database;
    private Display display;
    private Stage stage;
    private Scene scene;
    private MainWindow window;
    private boolean shutDown;
    private IdleWatch idle;
    private javafx.animation.Timeline dailyBackup;
    /** Where the main window opens next (after a restore or passphrase change: Settings), and what to say. */
    private NavigationTarget openOn = NavigationTarget.DASHBOARD;
    private String openingNotice;
    private Throwable openingProblem;

    public DeskRoot(Options options) {
        this.options = options;
        this.status = new StatusMessages(options.clock());
    }

    /** Claims the data folder. Quick file work, done before the window exists. */
    public void prepare() {
        display = new Display(DisplayPreferences.read(options.folder()), this::saveDisplay);
        try {
            lock = DataFolderLock.acquire(options.folder());
            lockProblem = null;
        } catch (DataFolderInUseException e) {
            lockProblem = e.getMessage();
        } catch (IOException e) {
            lockProblem = Messages.get("inUse.cannotUse", options.folder(), e.getMessage());
        }
    }

    /** Shows the first screen: unlock (or choose a passphrase), or why the folder cannot be used. */
    public void show(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        stage.setTitle(Messages.get("app.name"));
        scene = new Scene(firstScreen(), 1180, 780);
        scene.getStylesheets().add(DeskRoot.class.getResource(STYLESHEET).toExternalForm());
        display.attach(scene);
        stage.setScene(scene);
        stage.setMinWidth(860);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(e -> {
            e.consume();
            exit();
        });
        stage.show();
    }

    private Parent firstScreen() {
        if (lockProblem != null) {
            return new InUseView(lockProblem, this::retryLock, this::exit).root();
        }
        UnlockViewModel.Mode mode = options.folder().hasDatabase()
                ? UnlockViewModel.Mode.UNLOCK : UnlockViewModel.Mode.CREATE;
        UnlockViewModel model = new UnlockViewModel(mode, new Unlocker(options.folder(), options.clock(), "desktop app"),
                passphrase -> DeskDatabase.create(options.folder(), passphrase, options.keyIterations(), null),
                tasks, options.clock(), this::unlocked);
        model.offerBackupsWhenDamaged(new UnlockViewModel.BackupOffer() {
            @Override
            public java.util.Optional<uk.supervisiondesk.safety.BackupFile> newest() {
                return DamagedDatabaseRecovery.newestBackup(options.folder(), null);
            }

            @Override
            public void restore(uk.supervisiondesk.safety.BackupFile backup, char[] passphrase) throws Exception {
                new Backups(options.clock(), AppVersion.get()).restore(options.folder(), backup.path(), passphrase);
            }
        });
        return new UnlockView(model, options.folder().toString()).root();
    }

    /** Covers the window at once, then closes the database behind the drafts' last saves. */
    private void lock() {
        if (window == null || database == null) {
            return;
        }
        stopSafetyTimers();
        window.navigator().saveWhatSavesItself();
        // A dialog left open over the records (a question, the guide) closes too, as if cancelled.
        new java.util.ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage && w.isShowing())
                .forEach(Window::hide);
        DeskDatabase closing = database;
        database = null;
        window = null;
        openOn = NavigationTarget.DASHBOARD;
        scene.setRoot(firstScreen());
        tasks.run(Messages.get("lock.closing"), () -> {
            closing.close();
            return closing;
        }, closed -> { }, e -> { });
    }

    private void stopSafetyTimers() {
        if (idle != null) {
            idle.stop();
        }
        if (dailyBackup != null) {
            dailyBackup.stop();
        }
    }

    private void startSafetyTimers(java.time.Duration idleTime) {
        if (idle == null) {
            idle = new IdleWatch(scene, Clock.systemUTC(), this::lock);
        }
        idle.start(idleTime);
        if (dailyBackup == null) {
            dailyBackup = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.minutes(1),
                    e -> backUpIfDue()));
            dailyBackup.setCycleCount(javafx.animation.Animation.INDEFINITE);
        }
        dailyBackup.play();
    }

    /** Checked every minute: a backup once a day while the app runs. */
    private void backUpIfDue() {
        DeskDatabase db = database;
        if (db == null) {
            return;
        }
        tasks.run(Messages.get("backup.automatic"), () -> automaticBackup().ifDue(db),
                made -> made.ifPresent(m -> status.show(Messages.get("backup.automatic.done", m.backup().path()))),
                e -> status.show(Messages.get("backup.automatic.failed", String.valueOf(e.getMessage()))));
    }

    private AutomaticBackup automaticBackup() {
        return new AutomaticBackup(new Backups(options.clock(), AppVersion.get()), options.clock());
    }

    /** A database reopened after work on the closed folder, with what to tell the user. */
    private record Reopened(DeskDatabase database, String message, Throwable failure) {
    }

    private void whileClosed(String description, char[] passphraseIfItFails, DatabaseHost.ClosedWork work) {
        if (window == null || database == null) {
            return;
        }
        stopSafetyTimers();
        window.navigator().saveWhatSavesItself();
        window.root().setDisable(true);
        DeskDatabase closing = database;
        database = null;
        tasks.run(description, () -> {
            closing.close();
            try {
                DatabaseHost.Reopen reopen = work.run(options.folder());
                return new Reopened(reopenWith(reopen.passphrase()), reopen.message(), null);
            } catch (Exception e) {
                if (passphraseIfItFails == null) {
                    throw e;
                }
                try {
                    return new Reopened(reopenWith(passphraseIfItFails), null, e);
                } catch (Exception again) {
                    throw e;
                }
            }
        }, reopened -> {
            window = null;
            openOn = NavigationTarget.SETTINGS;
            openingNotice = reopened.message();
            openingProblem = reopened.failure();
            unlocked(reopened.database());
        }, e -> {
            window = null;
            scene.setRoot(firstScreen());
            options.dialogs().apply(() -> stage).showError(Messages.get("safety.closedWork.failed.title"),
                    String.valueOf(e.getMessage()), Messages.get("safety.closedWork.failed.todo"));
        });
    }

    private DeskDatabase reopenWith(char[] passphrase) throws Exception {
        Unlocker.Outcome outcome = new Unlocker(options.folder(), options.clock(), "desktop app").unlock(passphrase);
        if (outcome instanceof Unlocker.Opened opened) {
            return opened.database();
        }
        throw new IllegalStateException(Messages.get("safety.reopen.refused"));
    }

    /** What the safety screens ask of the app. */
    private final class Host implements DatabaseHost {
        @Override
        public void lockNow() {
            lock();
        }

        @Override
        public void idleTimeChanged(java.time.Duration idleTime) {
            if (idle != null) {
                idle.setIdleTime(idleTime);
            }
        }

        @Override
        public void whileClosed(String description, char[] passphraseIfItFails, ClosedWork work) {
            DeskRoot.this.whileClosed(description, passphraseIfItFails, work);
        }
    }

    private void saveDisplay(DisplayPreferences preferences) {
        tasks.run(Messages.get("display.saving"), () -> {
            preferences.save(options.folder());
            return preferences;
        }, saved -> { }, e -> status.show(Messages.get("display.notSaved", String.valueOf(e.getMessage()))));
    }

    private void retryLock() {
        prepare();
        scene.setRoot(firstScreen());
    }

    /** What the main window needs from the database before it can be drawn. */
    private record Opening(String userName, PolicyInUse policy, BundledTemplates templates,
                           java.time.Duration idleTime) {
    }

    private void unlocked(DeskDatabase db) {
        this.database = db;
        UserSetup setup = new UserSetup(db, options.clock());
        tasks.run(Messages.get("app.starting"), setup::isDue,
                due -> {
                    if (due) {
                        showWelcome(setup);
                    } else {
                        open(false);
                    }
                }, this::openingFailed);
    }

    /** The first-run questions; the main window opens (with sample data if asked for) once they are saved. */
    private void showWelcome(UserSetup setup) {
        WelcomeViewModel welcome = new WelcomeViewModel(setup, new PolicyPackLoader(), tasks,
                options.dialogs().apply(() -> stage), ExportFolder.suggested().toString(),
                outcome -> open(outcome.loadSampleData()));
        scene.setRoot(new WelcomeView(welcome).root());
    }

    private void open(boolean loadSampleData) {
        DeskDatabase db = database;
        tasks.run(Messages.get("app.starting"), () -> new Opening(
                        db.dao(SettingsDao.class).get(SettingsDao.USER_NAME).orElse(""),
                        PolicyInUse.load(new PolicySettings(db, options.clock()), new PolicyPackLoader()),
                        new BundledTemplates().load(), new IdleLockSettings(db, options.clock()).idleTime()),
                opening -> showMainWindow(opening, loadSampleData), this::openingFailed);
    }

    private void openingFailed(Throwable e) {
        options.dialogs().apply(() -> stage).showError(Messages.get("app.openFailed.title"), String.valueOf(e.getMessage()),
                Messages.get("app.openFailed.todo"));
        exit();
    }

    private void showMainWindow(Opening opening, boolean loadSampleData) {
        StringProperty userName = new SimpleStringProperty(opening.userName());
        CurrentPolicy policy = new CurrentPolicy(opening.policy());
        DialogService dialogs = options.dialogs().apply(() -> stage);
        MainWindowActions actions = new MainWindowActions();
        window = new MainWindow(tasks, status, actions, display, options.folder().toString(), options.clock());

        StaffViewModel staff = new StaffViewModel(new StaffListViewModel(options.clock()),
                new SuperviseeFormViewModel(options.clock()), new StaffRegister(database, options.clock()), tasks, dialogs,
                status, userName::get);
        StaffView staffView = new StaffView(staff);
        SampleDataAction sample = new SampleDataAction(database, policy, tasks, dialogs, status, options.clock(),
                () -> window.navigator().navigateTo(NavigationTarget.STAFF, staff::refresh));
        ImportTrackerAction importer = new ImportTrackerAction(new TrackerImport(database, options.clock()), tasks,
                dialogs, status, () -> window.navigator().refreshCurrent());
        actions.bind(window, staffView, sample, importer, dialogs);
        actions.exporting = uk.supervisiondesk.ui.exporting.ExportActions.create(database, options.clock(), policy,
                userName::get, tasks, dialogs, status,
                () -> window.navigator().navigateTo(NavigationTarget.SETTINGS), () -> window.root());
        staffView.addExportButton(actions.exporting::exportSupervisee);

        Runnable offerDrafts = Screens.register(window.navigator(), new Screens.Services(database, options.clock(), tasks,
                dialogs, status, policy, userName, opening.templates(), display, new Host(), actions.exporting::fileRecord), staffView, sample::run);
        scene.setRoot(window.root());
        window.navigator().navigateTo(openOn);
        status.show(Messages.get("status.unlocked"));
        startSafetyTimers(opening.idleTime());
        if (openingProblem != null) {
            dialogs.showError(Messages.get("safety.closedWork.failed.title"), String.valueOf(openingProblem.getMessage()),
                    Messages.get("safety.closedWork.failed.unchanged"));
        } else if (openingNotice != null) {
            dialogs.showInformation(Messages.get("safety.closedWork.done.title"), openingNotice);
        }
        boolean returning = openOn != NavigationTarget.DASHBOARD;
        openOn = NavigationTarget.DASHBOARD;
        openingNotice = null;
        openingProblem = null;
        if (!returning) {
            offerDrafts.run();
        }
        if (loadSampleData) {
            sample.loadWithoutAsking();
        }
    }

    /** Leaves once the current screen has nothing unsaved (asking the user if it has). */
    public void exit() {
        Runnable close = () -> {
            shutdown();
            stage.close(); // the last window closing ends the JavaFX application
        };
        if (window == null) {
            close.run();
        } else {
            window.navigator().requestLeaveCurrent(() -> backUpThen(close));
        }
    }

    /** The backup made on leaving; leaving goes ahead even if it fails, after saying so. */
    private void backUpThen(Runnable close) {
        DeskDatabase db = database;
        if (db == null) {
            close.run();
            return;
        }
        stopSafetyTimers();
        window.navigator().saveWhatSavesItself();
        window.root().setDisable(true);
        tasks.run(Messages.get("backup.onExit"), () -> automaticBackup().now(db), made -> close.run(), e -> {
            options.dialogs().apply(() -> stage).showError(Messages.get("backup.onExit.failed.title"),
                    String.valueOf(e.getMessage()), Messages.get("backup.onExit.failed.todo"));
            close.run();
        });
    }

    /** Finishes queued work, closes the database and releases the data folder. Safe to call twice. */
    public void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        stopSafetyTimers();
        if (window != null) {
            // An open record saves what was typed in the last moment before the database closes.
            window.navigator().saveWhatSavesItself();
        }
        tasks.close();
        if (database != null) {
            database.close();
        }
        if (lock != null) {
            lock.close();
        }
    }

    /** The open database, for tests that check what the screens saved. */
    public DeskDatabase database() {
        return database;
    }

    /** Menu actions that need the screens, bound once the main window exists. */
    private final class MainWindowActions implements MainWindow.Actions {
        private final GuideWindow guide = new GuideWindow(Guide.bundled());
        private MainWindow mainWindow;
        private StaffView staffView;
        private SampleDataAction sample;
        private ImportTrackerAction importer;
        private DialogService dialogs;
        private uk.supervisiondesk.ui.exporting.ExportActions exporting;

        void bind(MainWindow mainWindow, StaffView staffView, SampleDataAction sample, ImportTrackerAction importer,
                  DialogService dialogs) {
            this.mainWindow = mainWindow;
            this.staffView = staffView;
            this.sample = sample;
            this.importer = importer;
            this.dialogs = dialogs;
        }

        @Override
        public void importStaff() {
            importer.run(ImportKind.STAFF);
        }

        @Override
        public void importSessions() {
            importer.run(ImportKind.SESSIONS);
        }

        @Override
        public void exportEverythingNew() {
            exporting.exportEverythingNew();
        }

        @Override
        public void newSupervisee() {
            mainWindow.navigator().navigateTo(NavigationTarget.STAFF, staffView::startNew);
        }

        @Override
        public void loadSampleData() {
            sample.run();
        }

        @Override
        public void showGuide() {
            guide.show(stage);
        }

        @Override
        public void verifyPdf() {
            uk.supervisiondesk.ui.signing.VerifyPdfWindow.open(mainWindow.root(), tasks, dialogs);
        }

        @Override
        public void showShortcuts() {
            dialogs.showInformation(Messages.get("shortcuts.title"), Messages.get("shortcuts.text"));
        }

        @Override
        public void showAbout() {
            dialogs.showInformation(Messages.get("about.title"),
                    Messages.get("about.text", AppVersion.get(), options.folder()));
        }

        @Override
        public void exit() {
            DeskRoot.this.exit();
        }

        @Override
        public void lock() {
            DeskRoot.this.lock();
        }
    }
}
