package uk.supervisiondesk.importing;

import java.util.List;

/** The columns of a staff tracker. */
public enum StaffColumn implements ImportColumn {
    EMPLOYEE_NUMBER(true, ImportColumn.EMPLOYEE_NUMBER_NAMES),
    FORENAMES(true, List.of("Forename", "Forenames", "First name", "First names", "Given name", "Given names")),
    SURNAME(true, List.of("Surname", "Last name", "Family name")),
    ROLE(true, List.of("Role", "Job role", "Current role")),
    TEAM(true, List.of("Team", "Team name", "Service and team", "Service/team")),
    EMPLOYMENT_START(true, List.of("Start date", "Employment start", "Employment start date", "Date started",
            "Started")),
    ASYE_START(false, List.of("ASYE start date", "ASYE start", "ASYE started", "ASYE date")),
    LEAVING_DATE(false, List.of("Leaving date", "Date left", "Left on", "Date of leaving"));

    private final boolean required;
    private final List<String> names;

    StaffColumn(boolean required, List<String> names) {
        this.required = required;
        this.names = List.copyOf(names);
    }

    @Override
    public String label() {
        return names.get(0);
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public boolean required() {
        return required;
    }
}
