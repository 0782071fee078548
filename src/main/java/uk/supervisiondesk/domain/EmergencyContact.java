package uk.supervisiondesk.domain;

/** Who to call if something happens to the supervisee at work (front sheet, Sefton App. 4). */
public record EmergencyContact(
        String name,
        String relationship,
        String daytimePhone,
        String eveningPhone,
        String mobilePhone,
        String address) {

    public static final EmergencyContact NONE = new EmergencyContact("", "", "", "", "", "");

    public EmergencyContact {
        name = Text.orEmpty(name);
        relationship = Text.orEmpty(relationship);
        daytimePhone = Text.orEmpty(daytimePhone);
        eveningPhone = Text.orEmpty(eveningPhone);
        mobilePhone = Text.orEmpty(mobilePhone);
        address = Text.orEmpty(address);
    }
}
