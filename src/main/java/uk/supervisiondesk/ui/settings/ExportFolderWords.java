package uk.supervisiondesk.ui.settings;

import uk.supervisiondesk.export.ExportFolder;
import uk.supervisiondesk.ui.Messages;

/** Says why an export folder was refused, and what to do, in the user's words. */
public final class ExportFolderWords {
    private ExportFolderWords() {
    }

    public static String of(ExportFolder.Refusal refusal) {
        return switch (refusal.problem()) {
            case EMPTY -> Messages.get("exportFolder.empty");
            case INVALID -> Messages.get("exportFolder.invalid", refusal.folder(), refusal.detail());
            case NOT_ABSOLUTE -> Messages.get("exportFolder.notAbsolute", refusal.folder());
            case IS_A_FILE -> Messages.get("exportFolder.isAFile", refusal.folder());
            case NOT_WRITABLE -> Messages.get("exportFolder.notWritable", refusal.folder(), refusal.detail());
        };
    }
}
