package uk.supervisiondesk.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.supervisiondesk.domain.Supervisee;

/** The register looked up by employee number, ignoring case as the register's unique index does. */
final class RegisterIndex {
    private final Map<String, Supervisee> byNumber;

    RegisterIndex(List<Supervisee> register) {
        byNumber = register.stream().collect(Collectors.toMap(s -> key(s.employeeNumber()), Function.identity()));
    }

    Optional<Supervisee> find(String employeeNumber) {
        return Optional.ofNullable(byNumber.get(key(employeeNumber)));
    }

    /** "e123 " and "E123" are the same person. */
    static String key(String employeeNumber) {
        return employeeNumber.strip().toUpperCase(Locale.ROOT);
    }
}
