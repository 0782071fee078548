package uk.supervisiondesk.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.StackPane;

/**
 * The one navigator: shows a screen in the main window's content area, creating each view
 * the first time it is needed, and lets the current view finish (or keep the user) first.
 */
public final class Navigator {
    private final StackPane content;
    private final Map<NavigationTarget, Supplier<DeskView>> factories = new EnumMap<>(NavigationTarget.class);
    private final Map<NavigationTarget, DeskView> created = new EnumMap<>(NavigationTarget.class);
    private final ReadOnlyObjectWrapper<NavigationTarget> current = new ReadOnlyObjectWrapper<>();

    public Navigator(StackPane content) {
        this.content = content;
    }

    public void register(NavigationTarget target, Supplier<DeskView> factory) {
        factories.put(target, factory);
    }

    /** Shows {@code target} once the current screen agrees to be left. */
    public void navigateTo(NavigationTarget target) {
        navigateTo(target, () -> { });
    }

    /** As {@link #navigateTo(NavigationTarget)}, then runs {@code then} on the new screen. */
    public void navigateTo(NavigationTarget target, Runnable then) {
        if (target == current.get()) {
            then.run();
            return;
        }
        requestLeaveCurrent(() -> {
            DeskView leaving = currentView();
            if (leaving != null) {
                leaving.deactivate();
            }
            DeskView view = view(target);
            content.getChildren().setAll(view.root());
            current.set(target);
            view.activate();
            then.run();
        });
    }

    public DeskView view(NavigationTarget target) {
        return created.computeIfAbsent(target, t -> {
            Supplier<DeskView> factory = factories.get(t);
            if (factory == null) {
                throw new IllegalStateException("No view registered for " + t);
            }
            return factory.get();
        });
    }

    /** Asks the current screen whether the app may close or lock; runs {@code proceed} if so. */
    public void requestLeaveCurrent(Runnable proceed) {
        DeskView view = currentView();
        if (view == null) {
            proceed.run();
        } else {
            view.requestLeave(proceed);
        }
    }

    /** Lets every screen made so far save what saves itself, without asking the user anything. */
    public void saveWhatSavesItself() {
        created.values().forEach(DeskView::saveWhatSavesItself);
    }

    /** Shows the current screen's data afresh, e.g. after an import changed it. */
    public void refreshCurrent() {
        DeskView view = currentView();
        if (view != null) {
            view.activate();
        }
    }

    public ReadOnlyObjectProperty<NavigationTarget> currentProperty() {
        return current.getReadOnlyProperty();
    }

    private DeskView currentView() {
        return current.get() == null ? null : created.get(current.get());
    }
}
