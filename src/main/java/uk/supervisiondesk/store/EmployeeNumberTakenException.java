package uk.supervisiondesk.store;

/** Saving would give two supervisees the same employee number. Nothing was saved. */
public final class EmployeeNumberTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String employeeNumber;
    private final String holderName;

    public EmployeeNumberTakenException(String employeeNumber, String holderName) {
        super("Employee number " + employeeNumber + " already belongs to " + holderName + ".");
        this.employeeNumber = employeeNumber;
        this.holderName = holderName;
    }

    public String employeeNumber() {
        return employeeNumber;
    }

    public String holderName() {
        return holderName;
    }
}
