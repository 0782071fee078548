package uk.supervisiondesk.ui.controls;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.domain.Supervisee;

/**
 * The "whose file" drop-down of a screen that shows one supervisee at a time (Agreements,
 * Observations): the people on the register, leavers only when asked for, and the one chosen,
 * kept when the register is read again. {@code load} runs whenever the screen should show the
 * chosen person afresh: they changed, or the register was read again.
 */
public final class SuperviseePicker {
    private final ObservableList<Choice<Supervisee>> people = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Supervisee>> person = new SimpleObjectProperty<>();
    private final BooleanProperty includeLeavers = new SimpleBooleanProperty(false);
    private final Clock clock;
    private final Runnable load;
    private List<Supervisee> everyone = List.of();
    private Long wanted;

    public SuperviseePicker(Clock clock, Runnable load) {
        this.clock = clock;
        this.load = load;
        person.addListener(o -> load.run());
        includeLeavers.addListener(o -> showPeople());
    }

    /** Shows the register as just read, keeping the person chosen, or choosing the one asked for. */
    public void showRegister(List<Supervisee> register) {
        everyone = register;
        showPeople();
    }

    /** The next time the register is shown, chooses this person (a screen opened from another). */
    public void ask(long superviseeId) {
        wanted = superviseeId;
    }

    /** The person chosen, or null when the register is empty. */
    public Supervisee selected() {
        return person.get() == null ? null : person.get().value();
    }

    private void showPeople() {
        Long keep = wanted != null ? wanted : selected() == null ? null : selected().id();
        wanted = null;
        people.setAll(SuperviseeChoices.of(everyone, includeLeavers.get(), LocalDate.now(clock)));
        Choice<Supervisee> chosen = people.stream().filter(c -> keep != null && c.value().id().equals(keep))
                .findFirst().orElse(people.isEmpty() ? null : people.get(0));
        if (chosen == person.get()) {
            load.run();
        } else {
            person.set(chosen);
        }
    }

    public ObservableList<Choice<Supervisee>> people() {
        return people;
    }

    public ObjectProperty<Choice<Supervisee>> personProperty() {
        return person;
    }

    public BooleanProperty includeLeaversProperty() {
        return includeLeavers;
    }
}
