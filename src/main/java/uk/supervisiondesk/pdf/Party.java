package uk.supervisiondesk.pdf;

/**
 * A person the record is between, as printed under "Parties" and in their signature block.
 *
 * @param partyLabel their part in this record, e.g. "Supervisor", "Supervisee", "Observer"
 * @param name their full name
 * @param role their job, e.g. "Team manager", "Social worker (ASYE)"
 */
public record Party(String partyLabel, String name, String role) {
    public Party {
        RecordHeader.requireText(partyLabel, "partyLabel");
        RecordHeader.requireText(name, "name");
        role = role == null ? "" : role;
    }
}
