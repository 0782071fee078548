package uk.supervisiondesk.filing;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import uk.supervisiondesk.pdf.PdfResources;
import uk.supervisiondesk.pdf.RecordPdfRenderer;
import uk.supervisiondesk.pdf.RecordSigner;
import uk.supervisiondesk.pdf.SignatureRequest;
import uk.supervisiondesk.pdf.SigningFailedException;
import uk.supervisiondesk.pdf.SigningIdentity;
import uk.supervisiondesk.pdf.UnreadablePdfException;
import uk.supervisiondesk.store.RecordFiles;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateException;
import uk.supervisiondesk.templates.TemplateLoader;

/** Turns a stored record into its PDF, and signs PDFs: the rendering half of filing. */
final class RecordPrinting {
    private final TemplateLoader templates;
    private final Supplier<FilingLetterhead> letterhead;
    private final RecordPdfRenderer renderer = new RecordPdfRenderer();

    FilingLetterhead letterhead() {
        return letterhead.get();
    }

    RecordPrinting(TemplateLoader templates, Supplier<FilingLetterhead> letterhead) {
        this.templates = templates;
        this.letterhead = letterhead;
    }

    byte[] render(RecordFiles.Contents contents, SignatureMarks marks, DocumentOptions options) {
        DocumentOptions withCorrection = contents.correctionReason().isBlank() ? options
                : options.correcting(contents.correctionReason());
        return renderer.render(RecordDocuments.of(template(contents.record().templateKey()), contents.record(),
                contents.supervisee(), contents.actions(), contents.disagreements(), letterhead.get(), marks,
                withCorrection));
    }

    /**
     * @throws FilingRefusedException the certificate cannot sign today, or signing failed
     */
    byte[] sign(byte[] pdf, SigningIdentity identity, SignatureRequest request, Clock clock) {
        try {
            return new RecordSigner(PdfResources.shared(), clock).sign(pdf, identity, request);
        } catch (SigningFailedException e) {
            throw new FilingRefusedException(FilingRefusedException.Reason.SIGNING_FAILED, e.getMessage(), e);
        } catch (UnreadablePdfException e) {
            // Our own rendering: unreadable means a fault here, not the user's.
            throw new IllegalStateException("The record's PDF could not be read back for signing: " + e.getMessage(), e);
        }
    }

    /** Who signs as the supervisor: the agreement's named supervisor, the front sheet's, or the user. */
    String supervisorName(RecordFiles.Contents contents) {
        Object named = contents.record().values().get("supervisor");
        if (named instanceof Map<?, ?> person && person.get("name") != null && !person.get("name").toString().isBlank()) {
            return person.get("name").toString().strip();
        }
        String onFile = contents.supervisee().employment().supervisorName();
        if (!onFile.isBlank()) {
            return onFile;
        }
        String user = letterhead.get().userName();
        return user.isBlank() ? "Supervisor" : user;
    }

    /** Whose name a new signing identity carries: the user's if known, else the supervisor's on record. */
    String signerName(RecordFiles.Contents contents) {
        String user = letterhead.get().userName();
        return user.isBlank() ? supervisorName(contents) : user;
    }

    private RecordTemplate template(String key) {
        try {
            return templates.allBundled().stream().filter(t -> t.key().equals(key)).findFirst()
                    .orElseGet(() -> bundled(key));
        } catch (TemplateException e) {
            throw new IllegalStateException("The record forms shipped with the app cannot be read: " + e.getMessage(), e);
        }
    }

    private RecordTemplate bundled(String key) {
        try {
            return templates.bundled(key);
        } catch (TemplateException e) {
            throw new IllegalStateException("The form '" + key + "' this record was written on cannot be found: "
                    + e.getMessage(), e);
        }
    }
}
