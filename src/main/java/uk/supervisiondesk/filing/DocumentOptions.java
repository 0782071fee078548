package uk.supervisiondesk.filing;

/**
 * Choices about what a record's PDF holds beyond the record itself.
 *
 * @param includePersonalNote the higher-confidentiality personal note is printed, in its own
 *                            marked section; only ever when the user chose it (capability 11)
 * @param personalNote        the note's text, used only when included
 * @param correctionReason    for a corrected version, why it was corrected; empty otherwise
 */
public record DocumentOptions(boolean includePersonalNote, String personalNote, String correctionReason) {
    /** The record as filed: no personal note, no correction. */
    public static final DocumentOptions STANDARD = new DocumentOptions(false, "", "");

    public DocumentOptions {
        personalNote = personalNote == null ? "" : personalNote.strip();
        correctionReason = correctionReason == null ? "" : correctionReason.strip();
    }

    /** The personal note printed too, in its own section: only when the user explicitly asks. */
    public DocumentOptions includingPersonalNote(String note) {
        return new DocumentOptions(true, note, correctionReason);
    }

    public DocumentOptions correcting(String reason) {
        return new DocumentOptions(includePersonalNote, personalNote, reason);
    }
}
