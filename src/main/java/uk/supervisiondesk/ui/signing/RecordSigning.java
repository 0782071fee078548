package uk.supervisiondesk.ui.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.supervisiondesk.domain.FiledDocument;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.RecordVersion;
import uk.supervisiondesk.domain.SigningMode;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.filing.PaperScan;
import uk.supervisiondesk.filing.RecordFiling;
import uk.supervisiondesk.store.AtomicFiles;
import uk.supervisiondesk.ui.Messages;

/**
 * Signing one record, for the record form: where it stands (not signed, waiting for the
 * supervisee, signed by both and locked), and each way to sign it, correct it and see its
 * versions. Every step that renders, signs or touches the database or disk runs in the
 * background; the form is frozen while anyone's signature stands on the version it shows.
 */
public final class RecordSigning {
    private final SigningServices s;
    private final Supplier<SupervisionRecord> record;
    private final Runnable saveFirst;
    private final Consumer<SupervisionRecord> reopen;
    private final String superviseeName;
    private final String supervisorName;
    private final ReadOnlyObjectWrapper<RecordFiling.SigningState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    /** Why nothing may be signed or corrected: the supervisee has left and the file is archived; null if open. */
    private final ReadOnlyObjectWrapper<String> archived = new ReadOnlyObjectWrapper<>();

    /**
     * @param record    the record as the form last saved it
     * @param saveFirst queues the form's last keystrokes for saving, before anything is rendered
     * @param reopen    opens the form again on a record that moved to a new version
     */
    public RecordSigning(SigningServices services, Supplier<SupervisionRecord> record, Runnable saveFirst,
                         Consumer<SupervisionRecord> reopen, String superviseeName, String supervisorName) {
        this.s = services;
        this.record = record;
        this.saveFirst = saveFirst;
        this.reopen = reopen;
        this.superviseeName = superviseeName;
        this.supervisorName = supervisorName;
    }

    /**
     * The supervisee has left, so their file is archived: the record can be previewed, its
     * versions read and saved, and it can be filed to the export folder, but it cannot be signed,
     * sent, taken back in or corrected. {@code note} says why, for whoever tries.
     */
    public void archive(String note) {
        archived.set(note);
    }

    public BooleanBinding archived() {
        return Bindings.createBooleanBinding(() -> archived.get() != null, archived);
    }

    /** Refuses a signing step in an archived file, saying why; true if refused. */
    private boolean refusedAsArchived() {
        if (archived.get() == null) {
            return false;
        }
        s.dialogs().showInformation(Messages.get("record.archived.title"), archived.get());
        return true;
    }

    /** Reads where the record stands, in the background. */
    public void refresh() {
        SupervisionRecord r = record.get();
        if (r.id() == null) {
            return;
        }
        s.tasks().run(Messages.get("signing.checking"), () -> s.filing().state(r.id()), this::showState,
                e -> summary.set(Messages.get("signing.state.unknown", message(e))));
    }

    private void showState(RecordFiling.SigningState now) {
        state.set(now);
        SupervisionRecord r = record.get();
        Optional<FiledDocument> standing = now.standing().filter(d -> d.signing() != SigningMode.UNSIGNED);
        String version = Messages.get("signing.version", now.version());
        // In an archived file the state is said without the next step, which can no longer be taken.
        String state = archived.get() == null ? "signing.state." : "signing.archived.";
        if (standing.isEmpty()) {
            summary.set(version + (r.status() == RecordStatus.DRAFT ? Messages.get(state + "draft")
                    : Messages.get(state + "unsigned")));
        } else if (standing.get().signing() == SigningMode.REMOTE_PENDING) {
            summary.set(version + Messages.get(state + "awaiting", superviseeName));
        } else {
            summary.set(version + Messages.get(state + "signed", mode(standing.get().signing()),
                    standing.get().signedOnDate().map(UkDates::format).orElse("")));
        }
    }

    static String mode(SigningMode mode) {
        return switch (mode) {
            case IN_PERSON -> Messages.get("signing.mode.inPerson");
            case REMOTE_PENDING -> Messages.get("signing.mode.remotePending");
            case REMOTE_COMPLETE -> Messages.get("signing.mode.remote");
            case PAPER -> Messages.get("signing.mode.paper");
            case UNSIGNED -> Messages.get("signing.mode.unsigned");
        };
    }

    /** The record is completed (as last read), so it can be filed into the export folder. */
    public BooleanBinding completeProperty() {
        return Bindings.createBooleanBinding(() -> state.get() != null
                && record.get().status() == RecordStatus.COMPLETE, state);
    }

    /** Files this record (every version of it) into the export folder. */
    public void fileToExportFolder() {
        SupervisionRecord r = record.get();
        if (r.id() != null && r.status() == RecordStatus.COMPLETE) {
            s.fileToExportFolder().accept(r);
        }
    }

    /** Someone's signature stands on this version: its content may not change. */
    public BooleanBinding frozen() {
        return Bindings.createBooleanBinding(() -> state.get() != null && state.get().standing()
                .map(d -> d.signing().locksRecord()).orElse(false), state);
    }

    /** Complete, nobody has signed yet, and not archived: it can be signed in any of the three ways. */
    public BooleanBinding canSign() {
        return Bindings.createBooleanBinding(() -> state.get() != null && record.get().status() == RecordStatus.COMPLETE
                && archived.get() == null
                && state.get().standing().map(d -> !d.signing().locksRecord()).orElse(true), state, archived);
    }

    /** Sent to the supervisee and not back yet, in a file still open: the returned copy can be taken in. */
    public BooleanBinding awaitingSupervisee() {
        return Bindings.createBooleanBinding(() -> state.get() != null && state.get().awaitingSupervisee()
                && archived.get() == null, state, archived);
    }

    /** Someone's signature stands and the file is not archived: a correction can be started. */
    public BooleanBinding canCorrect() {
        return Bindings.createBooleanBinding(() -> frozen().get() && archived.get() == null, state, archived);
    }

    public BooleanBinding lockedByBoth() {
        return Bindings.createBooleanBinding(() -> state.get() != null && state.get().isLocked(), state);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecordFiling.SigningState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    String superviseeName() {
        return superviseeName;
    }

    String supervisorName() {
        return supervisorName;
    }

    LocalDate today() {
        return LocalDate.now(s.clock());
    }

    SigningServices services() {
        return s;
    }

    String title() {
        return Messages.get("signing.recordTitle", superviseeName, UkDates.format(record.get().recordDate()));
    }

    /** The record as it would print now (the filed copy once there is one), for the preview. */
    void previewBytes(Consumer<byte[]> show, Consumer<Throwable> failed) {
        saveFirst.run();
        long id = record.get().id();
        s.tasks().run(Messages.get("signing.preparingPreview"), () -> s.filing().preview(id, false), show, failed);
    }

    /** Both drew (or typed) their signature: seal and file the record, which locks it. */
    void signInPerson(SignaturePad.Pixels supervisor, String supervisorTyped, SignaturePad.Pixels supervisee,
                      String superviseeTyped, Runnable done, Consumer<String> refused) {
        if (archived.get() != null) {
            refused.accept(archived.get());
            return;
        }
        saveFirst.run();
        SupervisionRecord r = record.get();
        LocalDate today = today();
        s.tasks().run(Messages.get("signing.signing"), () -> s.filing().signInPerson(r, supervisor.png(),
                supervisee.png(), superviseeTyped, supervisorTyped, today), filed -> {
            s.status().show(Messages.get("signing.signedInPerson", superviseeName));
            refresh();
            done.run();
        }, e -> refused.accept(message(e)));
    }

    /** The supervisor signs and the copy for the supervisee is saved where the user chooses. */
    public void sendForSigning() {
        if (refusedAsArchived()) {
            return;
        }
        saveFirst.run();
        SupervisionRecord r = record.get();
        s.dialogs().chooseFileToSave(Messages.get("signing.remote.saveTitle"), fileName("for signing"),
                Messages.get("reports.pdfKind"), "pdf").ifPresent(path -> s.tasks().run(
                Messages.get("signing.signing"), () -> {
                    byte[] pdf = s.filing().prepareRemote(r);
                    AtomicFiles.write(path, pdf);
                    return path;
                }, saved -> {
                    s.status().show(Messages.get("signing.remote.saved", saved.getFileName()));
                    refresh();
                    s.dialogs().showInformation(Messages.get("signing.remote.savedTitle"),
                            Messages.get("signing.remote.savedMessage", saved, superviseeName));
                }, e -> failed(Messages.get("signing.remote.failed"), e)));
    }

    /** Asks for the returned PDF and takes it in. */
    public void importReturned() {
        if (refusedAsArchived()) {
            return;
        }
        s.dialogs().chooseFileToOpen(Messages.get("signing.import.title"), Messages.get("reports.pdfKind"), "pdf")
                .ifPresent(this::importReturned);
    }

    /** Takes in a PDF the supervisee signed and returned (chosen, or dropped on the form). */
    public void importReturned(Path file) {
        if (refusedAsArchived()) {
            return;
        }
        SupervisionRecord r = record.get();
        s.tasks().run(Messages.get("signing.import.checking"), () -> s.filing().importRemote(r, Files.readAllBytes(file)),
                imported -> {
                    refresh();
                    s.status().show(Messages.get("signing.import.done", imported.signerName()));
                    s.dialogs().showInformation(Messages.get("signing.import.doneTitle"), Messages.get(
                            "signing.import.doneMessage", imported.signerName(), UkDates.format(imported.signedOn())));
                }, e -> failed(Messages.get("signing.import.failed"), e));
    }

    /** Saves the record with lines to sign by hand, to print. */
    public void printForPaper() {
        if (refusedAsArchived()) {
            return;
        }
        saveFirst.run();
        SupervisionRecord r = record.get();
        s.dialogs().chooseFileToSave(Messages.get("signing.paper.saveTitle"), fileName("to sign on paper"),
                Messages.get("reports.pdfKind"), "pdf").ifPresent(path -> s.tasks().run(
                Messages.get("signing.paper.preparing"), () -> {
                    AtomicFiles.write(path, s.filing().printForPaper(r));
                    return path;
                }, saved -> s.dialogs().showInformation(Messages.get("signing.paper.savedTitle"),
                        Messages.get("signing.paper.savedMessage", saved)),
                e -> failed(Messages.get("signing.paper.failed"), e)));
    }

    /** Both signed the printout: keep the scan and the day, which locks the record. */
    void recordPaper(LocalDate signedOn, Path scan, Runnable done, Consumer<String> refused) {
        if (archived.get() != null) {
            refused.accept(archived.get());
            return;
        }
        SupervisionRecord r = record.get();
        s.tasks().run(Messages.get("signing.signing"), () -> s.filing().recordPaper(r, signedOn, scan), filed -> {
            s.status().show(Messages.get("signing.paper.recorded", UkDates.format(signedOn)));
            refresh();
            done.run();
        }, e -> refused.accept(message(e)));
    }

    /** Every version with its filed copies, oldest first. */
    void versions(Consumer<List<RecordVersion>> show) {
        long id = record.get().id();
        s.tasks().run(Messages.get("signing.versions.loading"), () -> s.filing().versions(id), show,
                e -> failed(Messages.get("signing.versions.failed"), e));
    }

    /** The PDF that stands for a version. */
    void versionPdf(int version, Consumer<byte[]> show, Consumer<Throwable> failed) {
        long id = record.get().id();
        s.tasks().run(Messages.get("signing.preparingPreview"), () -> s.filing().filedPdf(id, version).orElseThrow(
                () -> new IllegalStateException(Messages.get("signing.versions.noPdf", version))), show, failed);
    }

    /** Saves a version's PDF (and its scan, if signed on paper) where the user chooses. */
    void saveVersion(int version) {
        long id = record.get().id();
        s.dialogs().chooseFileToSave(Messages.get("signing.versions.saveTitle"), fileName("version " + version),
                Messages.get("reports.pdfKind"), "pdf").ifPresent(path -> s.tasks().run(
                Messages.get("signing.versions.saving"), () -> {
                    AtomicFiles.write(path, s.filing().filedPdf(id, version).orElseThrow(
                            () -> new IllegalStateException(Messages.get("signing.versions.noPdf", version))));
                    Optional<PaperScan> scan = s.filing().scan(id, version);
                    if (scan.isPresent()) {
                        String name = path.getFileName().toString().replaceFirst("\\.pdf$", "");
                        AtomicFiles.write(path.resolveSibling(name + " (scan)" + PaperScan.extensionFor(
                                scan.get().mimeType())), scan.get().bytes());
                    }
                    return path;
                }, saved -> s.status().show(Messages.get("signing.versions.saved", saved.getFileName())),
                e -> failed(Messages.get("signing.versions.saveFailed"), e)));
    }

    /** Starts a correction: the signed version is kept and the form opens on the new one. */
    void correct(String reason, Runnable done, Consumer<String> refused) {
        if (archived.get() != null) {
            refused.accept(archived.get());
            return;
        }
        SupervisionRecord r = record.get();
        s.tasks().run(Messages.get("signing.correct.starting"), () -> s.filing().correct(r, reason), next -> {
            s.status().show(Messages.get("signing.correct.started", next.version()));
            done.run();
            reopen.accept(next);
        }, e -> refused.accept(message(e)));
    }

    private String fileName(String what) {
        SupervisionRecord r = record.get();
        return (superviseeName + " " + r.recordDate() + " " + what).replaceAll("[\\\\/:*?\"<>|]", " ") + ".pdf";
    }

    private void failed(String title, Throwable e) {
        s.dialogs().showError(title, message(e), Messages.get("signing.nothingChanged"));
    }

    /** What went wrong in the words of whoever refused; never a stack trace. */
    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException || t instanceof java.io.UncheckedIOException
                || t.getMessage() == null)) {
            t = t.getCause();
        }
        if (t instanceof java.nio.file.NoSuchFileException missing) {
            return Messages.get("signing.noSuchFile", missing.getFile());
        }
        if (t instanceof java.io.IOException io) {
            return Messages.get("signing.ioFailed", String.valueOf(io.getMessage()));
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
