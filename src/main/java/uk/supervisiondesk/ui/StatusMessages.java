package uk.supervisiondesk.ui;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The last thing the app did, shown in the status bar ("Saved Jane Smith at 17:05"). */
public final class StatusMessages {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Clock clock;

    public StatusMessages(Clock clock) {
        this.clock = clock;
    }

    public void show(String text) {
        message.set(Messages.get("status.withTime", text, TIME.format(LocalTime.now(clock))));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
