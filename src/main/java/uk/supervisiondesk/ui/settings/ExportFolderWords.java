package uk.supervisiondesk.ui.settings;

import uk.supervisiondesk.export.ExportFolder;
import uk.supervisiondesk.ui.Messages;

/** Says why an export folder was refused, and what to do, in the user's words. */
public final class ExportFolderWords {
    private ExportFolderWords() {
    }

    /**
     * An example of where a session record will be filed, so the user sees the naming scheme
     * (person, numbered section of the file in the policy's order, dated and versioned name).
     */
    public static String namingExample(String folder, uk.supervisiondesk.monitoring.PolicyInUse policy) {
        var order = policy.pack().supervisionFile();
        if (order.isEmpty()) {
            return "";
        }
        var layout = new uk.supervisiondesk.export.SupervisionFileLayout(order.get());
        var item = uk.supervisiondesk.domain.SupervisionFileItem.INDIVIDUAL;
        String sep = java.io.File.separator;
        String root = folder == null || folder.isBlank() ? Messages.get("settings.exportFolder.naming.root") : folder.strip();
        String example = root + sep + Messages.get("settings.exportFolder.naming.person") + sep
                + layout.sectionFolder(item) + sep + layout.fileName(item, java.time.LocalDate.of(2026, 11, 20), 1, "pdf");
        return Messages.get("settings.exportFolder.naming", example, policy.pack().name(), order.get().source());
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
