package uk.supervisiondesk.ui.controls;

import java.util.Objects;

/**
 * An entry in a drop-down that needs an "any" option: {@code value} is null for "All teams",
 * "All roles" and the like, so lists never hold a null item.
 */
public record Choice<T>(T value, String label) {

    public static <T> Choice<T> any(String label) {
        return new Choice<>(null, label);
    }

    public boolean matches(T candidate) {
        return value == null || Objects.equals(value, candidate);
    }

    @Override
    public String toString() {
        return label;
    }
}
