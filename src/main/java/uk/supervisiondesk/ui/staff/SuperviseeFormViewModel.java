package uk.supervisiondesk.ui.staff;

import static uk.supervisiondesk.domain.SuperviseeField.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.domain.EmergencyContact;
import uk.supervisiondesk.domain.Employment;
import uk.supervisiondesk.domain.FieldProblem;
import uk.supervisiondesk.domain.PersonalDetails;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SuperviseeField;
import uk.supervisiondesk.domain.SuperviseeRules;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.ui.Messages;

/**
 * The front sheet being edited: a copy of a supervisee taken apart into editable text, put
 * back together (and checked) on save. Dates and hours are held as typed, so a mistake stays
 * visible with a message beside it instead of vanishing. Required-field messages wait for the
 * first save attempt; other problems show as soon as they are typed.
 */
public final class SuperviseeFormViewModel {
    /** The fields edited as text (dates and hours included: they are parsed on save). */
    private static final List<SuperviseeField> TEXT_FIELDS = List.of(
            EMPLOYEE_NUMBER, TITLE, FORENAMES, SURNAME, PREVIOUS_NAMES, DATE_OF_BIRTH, HOME_ADDRESS, HOME_PHONE,
            MOBILE_PHONE, JOB_TITLE, TEAM, WORKPLACE_ADDRESS, WORK_MOBILE, HOURS_PER_WEEK, EMPLOYMENT_START,
            CURRENT_POST_START, SUPERVISOR, ASYE_START, LEAVING_DATE, EMERGENCY_NAME, EMERGENCY_RELATIONSHIP,
            EMERGENCY_DAYTIME_PHONE, EMERGENCY_EVENING_PHONE, EMERGENCY_MOBILE_PHONE, EMERGENCY_ADDRESS);
    private static final List<SuperviseeField> DATE_FIELDS =
            List.of(DATE_OF_BIRTH, EMPLOYMENT_START, CURRENT_POST_START, ASYE_START, LEAVING_DATE);

    private final Clock clock;
    private final Map<SuperviseeField, StringProperty> text = new EnumMap<>(SuperviseeField.class);
    private final Map<SuperviseeField, ReadOnlyStringWrapper> errors = new EnumMap<>(SuperviseeField.class);
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final BooleanProperty partTime = new SimpleBooleanProperty(false);
    private final ObservableList<RoleAssignment> earlierRoles = FXCollections.observableArrayList();

    private final ObjectProperty<Role> earlierRole = new SimpleObjectProperty<>();
    private final StringProperty earlierFrom = new SimpleStringProperty("");
    private final StringProperty earlierTo = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper earlierRoleError = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editingExisting = new ReadOnlyBooleanWrapper(false);

    private Supervisee loaded;
    private RoleAssignment loadedCurrentRole;
    private List<Object> cleanSnapshot = List.of();
    private boolean attemptedSave;
    private boolean loading;

    public SuperviseeFormViewModel(Clock clock) {
        this.clock = clock;
        for (SuperviseeField f : SuperviseeField.values()) {
            text.put(f, new SimpleStringProperty(""));
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        List<Observable> watched = new ArrayList<>(text.values());
        watched.add(role);
        watched.add(partTime);
        watched.add(earlierRoles);
        watched.forEach(o -> o.addListener(changed -> onEdit()));
        startNew("");
    }

    // ----- loading -----

    /** Starts a blank front sheet, offering the user as supervisor. */
    public void startNew(String defaultSupervisor) {
        loading = true;
        loaded = null;
        loadedCurrentRole = null;
        text.values().forEach(p -> p.set(""));
        text.get(SUPERVISOR).set(defaultSupervisor == null ? "" : defaultSupervisor);
        role.set(null);
        partTime.set(false);
        earlierRoles.clear();
        clearEarlierRoleInputs();
        finishLoading(Messages.get("staff.form.newHeading"));
    }

    public void load(Supervisee s) {
        loading = true;
        loaded = s;
        PersonalDetails p = s.personal();
        Employment e = s.employment();
        EmergencyContact c = s.emergencyContact();
        set(EMPLOYEE_NUMBER, s.employeeNumber());
        set(TITLE, p.title());
        set(FORENAMES, p.forenames());
        set(SURNAME, p.surname());
        set(PREVIOUS_NAMES, p.previousNames());
        set(DATE_OF_BIRTH, UkDates.format(p.dateOfBirth()));
        set(HOME_ADDRESS, p.homeAddress());
        set(HOME_PHONE, p.homePhone());
        set(MOBILE_PHONE, p.mobilePhone());
        set(JOB_TITLE, e.jobTitle());
        set(TEAM, e.team());
        set(WORKPLACE_ADDRESS, e.workplaceAddress());
        set(WORK_MOBILE, e.workMobile());
        partTime.set(e.isPartTime());
        set(HOURS_PER_WEEK, e.isPartTime() ? e.hoursPerWeek().stripTrailingZeros().toPlainString() : "");
        set(EMPLOYMENT_START, UkDates.format(e.employmentStart()));
        set(CURRENT_POST_START, UkDates.format(e.currentPostStart()));
        set(SUPERVISOR, e.supervisorName());
        set(ASYE_START, UkDates.format(e.asyeStart()));
        set(LEAVING_DATE, UkDates.format(e.leavingDate()));
        set(EMERGENCY_NAME, c.name());
        set(EMERGENCY_RELATIONSHIP, c.relationship());
        set(EMERGENCY_DAYTIME_PHONE, c.daytimePhone());
        set(EMERGENCY_EVENING_PHONE, c.eveningPhone());
        set(EMERGENCY_MOBILE_PHONE, c.mobilePhone());
        set(EMERGENCY_ADDRESS, c.address());
        List<RoleAssignment> history = s.roleHistory();
        loadedCurrentRole = history.isEmpty() ? null : history.get(history.size() - 1);
        role.set(loadedCurrentRole == null ? null : loadedCurrentRole.role());
        earlierRoles.setAll(history.isEmpty() ? List.of() : history.subList(0, history.size() - 1));
        clearEarlierRoleInputs();
        finishLoading(s.fullName());
    }

    /** After a successful save: the saved record becomes the clean state. */
    public void markSaved(Supervisee saved) {
        load(saved);
    }

    /** Puts back what was last loaded or saved. */
    public void revert() {
        if (loaded == null) {
            startNew(text.get(SUPERVISOR).get());
        } else {
            load(loaded);
        }
    }

    private void finishLoading(String title) {
        attemptedSave = false;
        loading = false;
        heading.set(title);
        editingExisting.set(loaded != null);
        cleanSnapshot = snapshot();
        dirty.set(false);
        errors.values().forEach(e -> e.set(""));
    }

    private void set(SuperviseeField field, String value) {
        text.get(field).set(value == null ? "" : value);
    }

    private void onEdit() {
        if (loading) {
            return;
        }
        dirty.set(!snapshot().equals(cleanSnapshot));
        publish(collectProblems());
    }

    private List<Object> snapshot() {
        List<Object> values = new ArrayList<>();
        TEXT_FIELDS.forEach(f -> values.add(text.get(f).get().strip()));
        values.add(role.get());
        values.add(partTime.get());
        values.add(List.copyOf(earlierRoles));
        return values;
    }

    // ----- saving -----

    /**
     * Puts the front sheet together and checks every rule. On failure every problem is shown
     * beside its field and nothing is returned.
     */
    public Optional<Supervisee> validatedSupervisee() {
        attemptedSave = true;
        Map<SuperviseeField, String> problems = collectProblems();
        publish(problems);
        return problems.isEmpty() ? Optional.of(build(new EnumMap<>(SuperviseeField.class))) : Optional.empty();
    }

    /** The store found the employee number on someone else. */
    public void showEmployeeNumberTaken(String number, String holder) {
        errors.get(EMPLOYEE_NUMBER).set(SuperviseeRules.employeeNumberTaken(number, holder).message());
    }

    /** The first field with a problem, to move the focus there after a failed save. */
    public Optional<SuperviseeField> firstProblem() {
        return errors.entrySet().stream().filter(e -> !e.getValue().get().isEmpty()).map(Map.Entry::getKey)
                .findFirst();
    }

    private Map<SuperviseeField, String> collectProblems() {
        Map<SuperviseeField, String> problems = new EnumMap<>(SuperviseeField.class);
        Supervisee candidate = build(problems);
        for (FieldProblem p : SuperviseeRules.check(candidate, LocalDate.now(clock))) {
            problems.putIfAbsent(p.field(), p.message());
        }
        if (role.get() != null && problems.containsKey(ROLE) && problems.containsKey(EMPLOYMENT_START)) {
            problems.remove(ROLE); // the role is chosen; it only lacks a start date, reported there
        }
        if (!attemptedSave) {
            problems.keySet().removeIf(this::isBlank);
        }
        return problems;
    }

    private boolean isBlank(SuperviseeField field) {
        if (field == ROLE) {
            return role.get() == null;
        }
        return field != ROLE_HISTORY && text.get(field).get().isBlank();
    }

    private void publish(Map<SuperviseeField, String> problems) {
        errors.forEach((field, message) -> message.set(problems.getOrDefault(field, "")));
    }

    private Supervisee build(Map<SuperviseeField, String> problems) {
        Map<SuperviseeField, LocalDate> dates = new EnumMap<>(SuperviseeField.class);
        for (SuperviseeField f : DATE_FIELDS) {
            parseDate(text.get(f).get(), f, problems).ifPresent(d -> dates.put(f, d));
        }
        BigDecimal hours = partTime.get() ? parseHours(problems) : null;
        PersonalDetails personal = new PersonalDetails(value(TITLE), value(FORENAMES), value(SURNAME),
                value(PREVIOUS_NAMES), dates.get(DATE_OF_BIRTH), value(HOME_ADDRESS), value(HOME_PHONE),
                value(MOBILE_PHONE));
        Employment employment = new Employment(value(JOB_TITLE), value(TEAM), value(WORKPLACE_ADDRESS),
                value(WORK_MOBILE), hours, dates.get(EMPLOYMENT_START), dates.get(CURRENT_POST_START),
                value(SUPERVISOR), dates.get(ASYE_START), dates.get(LEAVING_DATE));
        EmergencyContact emergency = new EmergencyContact(value(EMERGENCY_NAME), value(EMERGENCY_RELATIONSHIP),
                value(EMERGENCY_DAYTIME_PHONE), value(EMERGENCY_EVENING_PHONE), value(EMERGENCY_MOBILE_PHONE),
                value(EMERGENCY_ADDRESS));
        List<RoleAssignment> history = roleHistory(dates, problems);
        return new Supervisee(loaded == null ? null : loaded.id(), value(EMPLOYEE_NUMBER), personal, employment,
                emergency, history);
    }

    /**
     * Earlier roles plus the current one. When the role has changed since loading, the previous
     * role is closed the day before the new post started, so a promotion keeps its history.
     */
    private List<RoleAssignment> roleHistory(Map<SuperviseeField, LocalDate> dates,
                                             Map<SuperviseeField, String> problems) {
        List<RoleAssignment> history = new ArrayList<>(earlierRoles);
        Role current = role.get();
        if (current == null) {
            return history;
        }
        LocalDate from = dates.getOrDefault(CURRENT_POST_START, dates.get(EMPLOYMENT_START));
        if (from == null) {
            return history;
        }
        if (loadedCurrentRole != null && current != loadedCurrentRole.role()) {
            if (!from.isAfter(loadedCurrentRole.from())) {
                problems.putIfAbsent(CURRENT_POST_START, Messages.get("staff.form.roleChangeNeedsDate",
                        loadedCurrentRole.role().displayName(), UkDates.format(loadedCurrentRole.from())));
                return history;
            }
            history.add(new RoleAssignment(loadedCurrentRole.role(), loadedCurrentRole.from(), from.minusDays(1)));
        } else if (loadedCurrentRole != null && loadedCurrentRole.to() != null && dates.get(LEAVING_DATE) == null) {
            // They were a leaver and the leaving date was cleared: the role is open again.
            from = loadedCurrentRole.from().isBefore(from) ? loadedCurrentRole.from() : from;
        }
        history.add(new RoleAssignment(current, from, dates.get(LEAVING_DATE)));
        return history;
    }

    private Optional<LocalDate> parseDate(String typed, SuperviseeField field, Map<SuperviseeField, String> problems) {
        try {
            return UkDates.parse(typed);
        } catch (DateTimeParseException e) {
            problems.put(field, Messages.get("form.badDate", typed.strip()));
            return Optional.empty();
        }
    }

    private BigDecimal parseHours(Map<SuperviseeField, String> problems) {
        String typed = value(HOURS_PER_WEEK).replace(',', '.');
        if (typed.isEmpty()) {
            problems.put(HOURS_PER_WEEK, Messages.get("staff.form.hoursRequired"));
            return null;
        }
        try {
            return new BigDecimal(typed);
        } catch (NumberFormatException e) {
            problems.put(HOURS_PER_WEEK, Messages.get("staff.form.hoursNotNumber", typed));
            return null;
        }
    }

    private String value(SuperviseeField field) {
        return text.get(field).get().strip();
    }

    // ----- earlier roles -----

    /** Adds the earlier role typed into the role-history inputs; false (with a message) if incomplete. */
    public boolean addEarlierRole() {
        earlierRoleError.set("");
        if (earlierRole.get() == null) {
            earlierRoleError.set(Messages.get("staff.form.earlierRole.chooseRole"));
            return false;
        }
        LocalDate from;
        LocalDate to;
        try {
            from = UkDates.parse(earlierFrom.get()).orElse(null);
            to = UkDates.parse(earlierTo.get()).orElse(null);
        } catch (DateTimeParseException e) {
            earlierRoleError.set(Messages.get("form.badDate", e.getParsedString()));
            return false;
        }
        if (from == null || to == null) {
            earlierRoleError.set(Messages.get("staff.form.earlierRole.needsDates"));
            return false;
        }
        if (to.isBefore(from)) {
            earlierRoleError.set(Messages.get("staff.form.earlierRole.endsBeforeStart"));
            return false;
        }
        List<RoleAssignment> updated = new ArrayList<>(earlierRoles);
        updated.add(new RoleAssignment(earlierRole.get(), from, to));
        updated.sort(Comparator.comparing(RoleAssignment::from));
        earlierRoles.setAll(updated);
        clearEarlierRoleInputs();
        return true;
    }

    public void removeEarlierRole(RoleAssignment assignment) {
        earlierRoles.remove(assignment);
    }

    private void clearEarlierRoleInputs() {
        earlierRole.set(null);
        earlierFrom.set("");
        earlierTo.set("");
        earlierRoleError.set("");
    }

    // ----- properties for binding -----

    public StringProperty text(SuperviseeField field) {
        if (!TEXT_FIELDS.contains(field)) {
            throw new IllegalArgumentException(field + " is not a text field");
        }
        return text.get(field);
    }

    public ReadOnlyStringProperty error(SuperviseeField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public BooleanProperty partTimeProperty() {
        return partTime;
    }

    public ObservableList<RoleAssignment> earlierRoles() {
        return earlierRoles;
    }

    public ObjectProperty<Role> earlierRoleProperty() {
        return earlierRole;
    }

    public StringProperty earlierFromProperty() {
        return earlierFrom;
    }

    public StringProperty earlierToProperty() {
        return earlierTo;
    }

    public ReadOnlyStringProperty earlierRoleErrorProperty() {
        return earlierRoleError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingExistingProperty() {
        return editingExisting.getReadOnlyProperty();
    }

    /** The supervisee as last loaded or saved, or null for a new one. */
    public Supervisee loadedSupervisee() {
        return loaded;
    }

    /** The id of the supervisee being edited, or null for a new one. */
    public Long loadedId() {
        return loaded == null ? null : loaded.id();
    }
}
