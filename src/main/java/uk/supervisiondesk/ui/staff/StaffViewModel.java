package uk.supervisiondesk.ui.staff;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.store.EmployeeNumberTakenException;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * The staff register screen: the list, the front sheet open beside it, and the rules for
 * moving between them: nothing typed is dropped without the user choosing to drop it.
 */
public final class StaffViewModel {
    private final StaffListViewModel list;
    private final SuperviseeFormViewModel form;
    private final StaffRegister staff;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final Supplier<String> defaultSupervisor;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    /** The row whose front sheet is open; null while a new supervisee is being entered. */
    private final ReadOnlyObjectWrapper<StaffRow> open = new ReadOnlyObjectWrapper<>();
    private Long pendingOpen;

    public StaffViewModel(StaffListViewModel list, SuperviseeFormViewModel form, StaffRegister staff, TaskRunner tasks,
                          DialogService dialogs, StatusMessages status, Supplier<String> defaultSupervisor) {
        this.list = list;
        this.form = form;
        this.staff = staff;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.defaultSupervisor = defaultSupervisor;
    }

    /** Loads the register from the store, keeping whatever is open in the form. */
    public void refresh() {
        tasks.run(Messages.get("staff.loading"), staff::findAll, this::showAll,
                e -> dialogs.showError(Messages.get("staff.loadFailed.title"), String.valueOf(e.getMessage()),
                        Messages.get("staff.loadFailed.todo")));
    }

    private void showAll(List<Supervisee> everyone) {
        list.setAll(everyone);
        loaded.set(true);
        if (pendingOpen != null) {
            Long id = pendingOpen;
            pendingOpen = null;
            list.find(id).ifPresent(this::open);
        } else if (open.get() != null) {
            open.set(list.find(open.get().id()).orElse(null));
        }
    }

    /** Opens someone's front sheet by id, once the register has loaded (from the dashboard, say). */
    public void openById(long id) {
        if (loaded.get() && list.find(id).isPresent()) {
            open(list.find(id).get());
        } else {
            pendingOpen = id;
        }
    }

    /** Opens a supervisee's front sheet, first settling unsaved changes to the current one. */
    public void open(StaffRow row) {
        if (row == null || row == open.get()) {
            return;
        }
        whenSettled(() -> {
            open.set(row);
            form.load(row.supervisee());
        });
    }

    /** Starts a blank front sheet for a new member of staff. */
    public void startNew() {
        whenSettled(() -> {
            open.set(null);
            form.startNew(defaultSupervisor.get());
        });
    }

    public void save() {
        save(() -> { });
    }

    public void revert() {
        form.revert();
    }

    /** For leaving the screen or closing the app: runs {@code proceed} once nothing is left unsaved. */
    public void whenSettled(Runnable proceed) {
        if (!form.isDirty()) {
            proceed.run();
            return;
        }
        switch (dialogs.askAboutUnsavedChanges(form.headingProperty().get())) {
            case SAVE -> save(proceed);
            case DISCARD -> {
                form.revert();
                proceed.run();
            }
            case CANCEL -> {
                // Stay: the view puts the list selection back on the open row.
                open.set(null);
                open.set(list.find(form.loadedId()).orElse(null));
            }
        }
    }

    private void save(Runnable afterSaving) {
        if (saving.get()) {
            return;
        }
        var valid = form.validatedSupervisee();
        if (valid.isEmpty()) {
            status.show(Messages.get("staff.notSaved"));
            open.set(null);
            open.set(list.find(form.loadedId()).orElse(null));
            return;
        }
        Supervisee toSave = valid.get();
        saving.set(true);
        tasks.run(Messages.get("staff.saving", toSave.fullName()), () -> staff.save(toSave), saved -> {
            saving.set(false);
            form.markSaved(saved);
            open.set(list.upsert(saved));
            status.show(Messages.get("staff.saved", saved.fullName()));
            afterSaving.run();
        }, e -> {
            saving.set(false);
            if (e instanceof EmployeeNumberTakenException taken) {
                form.showEmployeeNumberTaken(taken.employeeNumber(), taken.holderName());
                status.show(Messages.get("staff.notSaved"));
            } else {
                dialogs.showError(Messages.get("staff.saveFailed.title"), String.valueOf(e.getMessage()),
                        Messages.get("staff.saveFailed.todo"));
            }
        });
    }

    public StaffListViewModel list() {
        return list;
    }

    public SuperviseeFormViewModel form() {
        return form;
    }

    public ReadOnlyObjectProperty<StaffRow> openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
