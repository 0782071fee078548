package uk.supervisiondesk.ui.signing;

import java.time.Clock;
import uk.supervisiondesk.filing.RecordFiling;
import uk.supervisiondesk.filing.SigningIdentities;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/** What the signing screens work with: one filing service, the task runner, dialogs and status bar. */
public record SigningServices(RecordFiling filing, SigningIdentities identities, TaskRunner tasks,
                              DialogService dialogs, StatusMessages status, Clock clock,
                              java.util.function.Consumer<uk.supervisiondesk.domain.SupervisionRecord>
                                      fileToExportFolder) {
}
