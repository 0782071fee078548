package uk.supervisiondesk.domain;

import java.time.LocalDate;

/** The personal part of the front sheet (Sefton App. 4). Optional fields are empty strings or null dates. */
public record PersonalDetails(
        String title,
        String forenames,
        String surname,
        String previousNames,
        LocalDate dateOfBirth,
        String homeAddress,
        String homePhone,
        String mobilePhone) {

    public PersonalDetails {
        title = Text.orEmpty(title);
        forenames = Text.orEmpty(forenames);
        surname = Text.orEmpty(surname);
        previousNames = Text.orEmpty(previousNames);
        homeAddress = Text.orEmpty(homeAddress);
        homePhone = Text.orEmpty(homePhone);
        mobilePhone = Text.orEmpty(mobilePhone);
    }

    /** "Forenames Surname", as people say it. */
    public String fullName() {
        return (forenames + " " + surname).trim();
    }

    /** "Surname, Forenames", as registers sort it. */
    public String sortName() {
        return forenames.isEmpty() ? surname : surname + ", " + forenames;
    }
}
