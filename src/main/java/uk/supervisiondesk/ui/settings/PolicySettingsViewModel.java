package uk.supervisiondesk.ui.settings;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.policy.calendar.BankHolidayFile;
import uk.supervisiondesk.policy.calendar.BankHolidayFileException;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.pack.PolicyPackException;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.policy.pack.RulesInPlainWords;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;
import uk.supervisiondesk.yaml.YamlProblem;

/**
 * The policy part of Settings: which council's pack is followed, every rule in plain words,
 * this laptop's variation of the pack (kept as a whole pack text, checked before it is saved,
 * its changed rules marked), and extra non-working days.
 */
public final class PolicySettingsViewModel {

    /** A pack in the drop-down. */
    public record PackChoice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A rule as listed: marked when this laptop's variation changed it. */
    public record RuleLine(String section, String text, String source, boolean localVariation) {
    }

    private final PolicySettings settings;
    private final PolicyPackLoader loader;
    private final CurrentPolicy policy;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;

    private final ObservableList<PackChoice> packs = FXCollections.observableArrayList();
    private final ObjectProperty<PackChoice> chosen = new SimpleObjectProperty<>();
    private final ObservableList<RuleLine> rules = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper following = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper policyProblems = new ReadOnlyStringWrapper("");
    private final StringProperty variationText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper variationProblems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper variationReads = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper varied = new ReadOnlyBooleanWrapper(false);
    private final StringProperty extraDays = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper extraDaysProblems = new ReadOnlyStringWrapper("");

    public PolicySettingsViewModel(PolicySettings settings, PolicyPackLoader loader, CurrentPolicy policy,
                                   TaskRunner tasks, DialogService dialogs, StatusMessages status) {
        this.settings = settings;
        this.loader = loader;
        this.policy = policy;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        policy.property().addListener((obs, old, now) -> show(now));
    }

    /** Loads the pack list, the variation text and the extra days in the background. */
    public void refresh() {
        tasks.run(Messages.get("policy.loading"), () -> {
            List<PackChoice> choices = new java.util.ArrayList<>();
            for (String id : PolicyPackLoader.BUNDLED_IDS) {
                choices.add(new PackChoice(id, loader.bundled(id).name()));
            }
            String current = policy.get().councilPack().id();
            String text = settings.localVariation().orElse(loader.bundledText(current));
            return new Loaded(choices, text, settings.extraDays());
        }, loaded -> {
            packs.setAll(loaded.choices());
            variationText.set(loaded.variation());
            extraDays.set(loaded.extraDays());
            show(policy.get());
        }, this::failed);
    }

    private record Loaded(List<PackChoice> choices, String variation, String extraDays) {
    }

    private void show(PolicyInUse inUse) {
        PolicyPack pack = inUse.pack();
        chosen.set(packs.stream().filter(p -> p.id().equals(inUse.councilPack().id())).findFirst().orElse(null));
        varied.set(inUse.locallyVaried());
        following.set(Messages.get(inUse.locallyVaried() ? "policy.followingVaried" : "policy.following",
                inUse.councilPack().name(), inUse.councilPack().document()));
        List<String> changed = inUse.locallyVaried()
                ? RulesInPlainWords.differences(inUse.councilPack(), pack).stream().map(RulesInPlainWords.Rule::text)
                .toList() : List.of();
        rules.setAll(RulesInPlainWords.describe(pack).stream()
                .map(r -> new RuleLine(r.section(), r.text(), r.source(), changed.contains(r.text()))).toList());
        policyProblems.set(inUse.problems().isEmpty() ? ""
                : Messages.get("policy.setAside", String.join("\n", inUse.problems())));
    }

    /** Follows the chosen council's pack, after the user confirms; drops any local variation. */
    public void useChosenPack() {
        PackChoice choice = chosen.get();
        if (choice == null || choice.id().equals(policy.get().councilPack().id()) && !varied.get()) {
            return;
        }
        if (!dialogs.confirm(Messages.get("policy.change.title"), Messages.get("policy.change.message", choice.name()),
                Messages.get("policy.change.button"))) {
            show(policy.get());
            return;
        }
        tasks.run(Messages.get("policy.changing"), () -> {
            settings.choosePack(choice.id());
            return reload();
        }, changed -> {
            policy.replaceWith(changed);
            refresh();
            status.show(Messages.get("policy.changed", choice.name()));
        }, this::failed);
    }

    /** Checks the variation text without saving; true if it reads as a valid pack. */
    public boolean checkVariation() {
        try {
            loader.fromText(variationText.get(), Messages.get("policy.variationFile"));
            variationProblems.set(Messages.get("policy.variationValid"));
            variationReads.set(true);
            return true;
        } catch (PolicyPackException e) {
            variationProblems.set(e.problems().stream().map(YamlProblem::toString)
                    .reduce((a, b) -> a + "\n" + b).orElse(""));
            variationReads.set(false);
            return false;
        }
    }

    /** Saves the variation if it is a valid pack; a broken one is refused and the rules stay as they were. */
    public void saveVariation() {
        if (!checkVariation()) {
            return;
        }
        String text = variationText.get();
        tasks.run(Messages.get("policy.saving"), () -> {
            settings.saveLocalVariation(text);
            return reload();
        }, changed -> {
            policy.replaceWith(changed);
            status.show(Messages.get("policy.variationSaved"));
        }, this::failed);
    }

    public void removeVariation() {
        if (!dialogs.confirm(Messages.get("policy.removeVariation.title"),
                Messages.get("policy.removeVariation.message"), Messages.get("policy.removeVariation.button"))) {
            return;
        }
        tasks.run(Messages.get("policy.saving"), () -> {
            settings.clearLocalVariation();
            return reload();
        }, changed -> {
            policy.replaceWith(changed);
            refresh();
            status.show(Messages.get("policy.variationRemoved"));
        }, this::failed);
    }

    public void saveExtraDays() {
        String text = extraDays.get();
        try {
            BankHolidayFile.read(new StringReader(text), Messages.get("policy.extraDaysFile"));
        } catch (BankHolidayFileException e) {
            extraDaysProblems.set(String.join("\n", e.problems()));
            return;
        } catch (IOException e) {
            extraDaysProblems.set(e.getMessage());
            return;
        }
        extraDaysProblems.set("");
        tasks.run(Messages.get("policy.saving"), () -> {
            settings.saveExtraDays(text);
            return reload();
        }, changed -> {
            policy.replaceWith(changed);
            status.show(Messages.get("policy.extraDaysSaved"));
        }, this::failed);
    }

    private PolicyInUse reload() throws PolicyPackException {
        return PolicyInUse.load(settings, loader);
    }

    private void failed(Throwable e) {
        dialogs.showError(Messages.get("policy.failed.title"), String.valueOf(e.getMessage()),
                Messages.get("policy.failed.todo"));
    }

    public ObservableList<PackChoice> packs() {
        return packs;
    }

    public ObjectProperty<PackChoice> chosenProperty() {
        return chosen;
    }

    public ObservableList<RuleLine> rules() {
        return rules;
    }

    /** The policy in force, for screens that describe what it decides (such as how exports are named). */
    public javafx.beans.property.ReadOnlyObjectProperty<uk.supervisiondesk.monitoring.PolicyInUse> inUseProperty() {
        return policy.property();
    }

    public ReadOnlyStringProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty policyProblemsProperty() {
        return policyProblems.getReadOnlyProperty();
    }

    public StringProperty variationTextProperty() {
        return variationText;
    }

    public ReadOnlyStringProperty variationProblemsProperty() {
        return variationProblems.getReadOnlyProperty();
    }

    /** Whether the last check found the variation readable (its message is then a confirmation). */
    public ReadOnlyBooleanProperty variationReadsProperty() {
        return variationReads.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty variedProperty() {
        return varied.getReadOnlyProperty();
    }

    public StringProperty extraDaysProperty() {
        return extraDays;
    }

    public ReadOnlyStringProperty extraDaysProblemsProperty() {
        return extraDaysProblems.getReadOnlyProperty();
    }
}
