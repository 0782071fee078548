package uk.supervisiondesk.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.supervisiondesk.domain.EmergencyContact;
import uk.supervisiondesk.domain.Employment;
import uk.supervisiondesk.domain.PersonalDetails;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.Supervisee;

/**
 * Realistic but plainly fictional staff for exploring the app: invented names, addresses on
 * "Sample Street, Anytown" and phone numbers from Ofcom's range reserved for drama
 * (07700 900000 to 900999). The same seed and end date always give the same people.
 */
public final class SampleStaff {
    /** Every sample employee number starts with this, so sample people are easy to tell apart. */
    public static final String EMPLOYEE_NUMBER_PREFIX = "SAMPLE-";

    private static final String[] FEMININE_NAMES = {
        "Amara", "Chloe", "Ellie", "Grace", "Isla", "Laura", "Niamh", "Priya", "Sophie", "Uzma",
        "Victoria", "Yasmin", "Zoe", "Bethany", "Deborah", "Fiona", "Hannah", "Jasmine", "Leah", "Nadia",
        "Rachel", "Tara", "Vanessa", "Wendy", "Abigail", "Ciara", "Esther"};
    private static final String[] MASCULINE_NAMES = {
        "Ben", "Daniel", "Farhan", "Hassan", "Jack", "Kiran", "Mohammed", "Oliver", "Rhys", "Tomasz",
        "William", "Aaron", "Callum", "Emeka", "Gareth", "Imran", "Kwame", "Marcus", "Owen", "Sanjay",
        "Usman", "Bilal", "Dylan"};
    private static final String[] SURNAMES = {
        "Ashworth", "Begum", "Carrington", "Dlamini", "Evans", "Fairbrother", "Gallagher", "Hussain",
        "Iqbal", "Jenkins", "Kowalski", "Lambert", "McAllister", "Nwosu", "O'Connell", "Patel",
        "Quinlan", "Rahman", "Sutcliffe", "Thornton", "Underwood", "Varga", "Whitfield", "Yeoman",
        "Abbott", "Bhatti", "Costa", "Doherty", "Ellison", "Fenwick", "Gordon", "Hollis", "Islam",
        "Jarvis", "Kaur", "Lindqvist", "Mensah", "Nolan", "Okafor", "Pritchard", "Riley", "Shah",
        "Tennant", "Vaughan", "Walsh", "Akhtar", "Brennan", "Chowdhury", "Duffy", "Ekwueme"};
    private static final String[] TEAMS = {
        "Assessment and Intervention Team North", "Assessment and Intervention Team South",
        "Children in Care Team", "Leaving Care Team", "Child Protection and Court Team",
        "Fostering Service", "Beech House Children's Home"};
    private static final String[] RELATIONSHIPS = {"Partner", "Husband", "Wife", "Mother", "Father", "Sister",
        "Brother", "Friend", "Daughter", "Son"};
    private static final String[] STREETS = {"Sample Street", "Example Road", "Specimen Lane", "Placeholder Avenue",
        "Demonstration Close", "Illustration Way"};
    private static final String SUPERVISOR = "Alex Morgan";
    private static final String WORKPLACE = "Example House, 1 Civic Way, Anytown AN1 1AA";

    private final Random random;
    private final LocalDate endDate;
    private final int years;

    public SampleStaff(long seed, LocalDate endDate, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1");
        }
        this.random = new Random(seed);
        this.endDate = endDate;
        this.years = years;
    }

    public List<Supervisee> generate(int count) {
        List<Supervisee> staff = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            staff.add(person(i));
        }
        return staff;
    }

    private Supervisee person(int index) {
        boolean feminine = random.nextInt(10) < 7; // the social care workforce is mostly women
        String[] names = feminine ? FEMININE_NAMES : MASCULINE_NAMES;
        String forename = names[(index * 7 + random.nextInt(names.length)) % names.length];
        String surname = SURNAMES[(index * 11 + random.nextInt(SURNAMES.length)) % SURNAMES.length];
        String team = TEAMS[index % TEAMS.length];
        Role role = roleFor(team, index);

        LocalDate windowStart = endDate.minusYears(years);
        boolean newlyQualified = role == Role.SOCIAL_WORKER && random.nextInt(4) == 0;
        LocalDate start = newlyQualified
                ? endDate.minusDays(14 + random.nextInt(330))
                : randomDateBetween(windowStart.minusYears(3), endDate.minusMonths(2));
        LocalDate leaving = null;
        if (!newlyQualified && years > 1 && random.nextInt(6) == 0) {
            LocalDate earliest = max(start.plusMonths(8), windowStart);
            if (earliest.isBefore(endDate.minusDays(7))) {
                leaving = randomDateBetween(earliest, endDate.minusDays(7));
            }
        }
        List<RoleAssignment> history = roleHistory(role, start, leaving);
        LocalDate currentPostStart = history.get(history.size() - 1).from();
        BigDecimal hours = random.nextInt(5) == 0
                ? new BigDecimal(new String[] {"18.5", "22.5", "30.0", "29.6"}[random.nextInt(4)]) : null;

        PersonalDetails personal = new PersonalDetails(
                titleFor(feminine), forename, surname,
                random.nextInt(8) == 0 ? SURNAMES[random.nextInt(SURNAMES.length)] : "",
                start.minusYears(22 + random.nextInt(30)).minusDays(random.nextInt(365)),
                address(), "", phone());
        Employment employment = new Employment(
                jobTitleFor(role), team, WORKPLACE, phone(), hours, start, currentPostStart,
                role == Role.TEAM_MANAGER ? "Sam Okonjo" : SUPERVISOR,
                newlyQualified ? start : null, leaving);
        EmergencyContact emergency = new EmergencyContact(
                anyForename() + " " + surname,
                RELATIONSHIPS[random.nextInt(RELATIONSHIPS.length)], phone(), phone(), phone(), address());
        String employeeNumber = EMPLOYEE_NUMBER_PREFIX + (10001 + index);
        return new Supervisee(null, employeeNumber, personal, employment, emergency, history);
    }

    /** Experienced social workers often stepped up from social worker to senior. */
    private List<RoleAssignment> roleHistory(Role role, LocalDate start, LocalDate leaving) {
        List<RoleAssignment> history = new ArrayList<>();
        if ((role == Role.SENIOR_SOCIAL_WORKER || role == Role.ADVANCED_PRACTITIONER)
                && ChronoUnit.YEARS.between(start, endDate) >= 3) {
            LocalDate promoted = start.plusYears(2).plusDays(random.nextInt(300));
            if (leaving == null || promoted.isBefore(leaving)) {
                history.add(new RoleAssignment(Role.SOCIAL_WORKER, start, promoted.minusDays(1)));
                history.add(new RoleAssignment(role, promoted, leaving));
                return history;
            }
        }
        history.add(new RoleAssignment(role, start, leaving));
        return history;
    }

    private Role roleFor(String team, int index) {
        if (team.contains("Children's Home")) {
            return index % 5 == 0 ? Role.AGENCY_RESIDENTIAL_WORKER : Role.RESIDENTIAL_WORKER;
        }
        if (team.contains("Leaving Care")) {
            return index % 3 == 0 ? Role.SOCIAL_WORKER : Role.PERSONAL_ADVISOR;
        }
        int pick = random.nextInt(20);
        if (pick < 9) {
            return Role.SOCIAL_WORKER;
        }
        if (pick < 12) {
            return Role.SENIOR_SOCIAL_WORKER;
        }
        return switch (pick) {
            case 12 -> Role.ADVANCED_PRACTITIONER;
            case 13 -> Role.ASSISTANT_TEAM_MANAGER;
            case 14 -> Role.TEAM_MANAGER;
            case 15, 16 -> Role.SUPPORT_WORKER;
            case 17 -> Role.BUSINESS_SUPPORT;
            case 18 -> Role.STUDENT_SOCIAL_WORKER;
            default -> Role.SOCIAL_WORKER;
        };
    }

    private static String jobTitleFor(Role role) {
        return switch (role) {
            case SUPPORT_WORKER -> "Family Support Worker";
            case BUSINESS_SUPPORT -> "Business Support Officer";
            case RESIDENTIAL_WORKER -> "Residential Child Care Worker";
            case AGENCY_RESIDENTIAL_WORKER -> "Residential Child Care Worker (agency)";
            default -> role.displayName();
        };
    }

    private String titleFor(boolean feminine) {
        int pick = random.nextInt(12);
        if (pick < 3) {
            return "";
        }
        if (pick == 3) {
            return "Dr";
        }
        if (pick == 4) {
            return "Mx";
        }
        return feminine ? new String[] {"Ms", "Mrs", "Miss"}[pick % 3] : "Mr";
    }

    private String anyForename() {
        return random.nextBoolean() ? FEMININE_NAMES[random.nextInt(FEMININE_NAMES.length)]
                : MASCULINE_NAMES[random.nextInt(MASCULINE_NAMES.length)];
    }

    private String address() {
        return (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)] + ", Anytown AN"
                + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9)) + "ZZ";
    }

    /** Ofcom reserves 07700 900000 to 900999 for fiction, so these can never reach a real person. */
    private String phone() {
        return String.format("07700 900%03d", random.nextInt(1000));
    }

    private LocalDate randomDateBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
