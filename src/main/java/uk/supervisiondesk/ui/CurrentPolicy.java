package uk.supervisiondesk.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import uk.supervisiondesk.monitoring.PolicyInUse;

/**
 * The policy the screens work to, shared by all of them: when Settings changes it, the
 * dashboard and the monitoring sheet recompute with the new rules.
 */
public final class CurrentPolicy {
    private final ReadOnlyObjectWrapper<PolicyInUse> policy;

    public CurrentPolicy(PolicyInUse initial) {
        this.policy = new ReadOnlyObjectWrapper<>(initial);
    }

    public PolicyInUse get() {
        return policy.get();
    }

    /** Called on the FX thread once a changed policy has been loaded in the background. */
    public void replaceWith(PolicyInUse changed) {
        policy.set(changed);
    }

    public ReadOnlyObjectProperty<PolicyInUse> property() {
        return policy.getReadOnlyProperty();
    }
}
