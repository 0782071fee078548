package uk.supervisiondesk.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.Supervisee;

/** The staff register: supervisees with their front sheets and role histories. */
@RegisterConstructorMapper(SuperviseeRow.class)
@RegisterConstructorMapper(RoleAssignmentRow.class)
public interface StaffDao {

    String COLUMNS = "employee_number, title, forenames, surname, previous_names, date_of_birth, home_address,"
            + " home_phone, mobile_phone, job_title, team, workplace_address, work_mobile, hours_per_week,"
            + " employment_start, current_post_start, supervisor_name, asye_start, leaving_date, emergency_name,"
            + " emergency_relationship, emergency_daytime_phone, emergency_evening_phone, emergency_mobile_phone,"
            + " emergency_address";
    String VALUES = ":employeeNumber, :title, :forenames, :surname, :previousNames, :dateOfBirth, :homeAddress,"
            + " :homePhone, :mobilePhone, :jobTitle, :team, :workplaceAddress, :workMobile, :hoursPerWeek,"
            + " :employmentStart, :currentPostStart, :supervisorName, :asyeStart, :leavingDate, :emergencyName,"
            + " :emergencyRelationship, :emergencyDaytimePhone, :emergencyEveningPhone, :emergencyMobilePhone,"
            + " :emergencyAddress";

    @SqlQuery("SELECT id, " + COLUMNS + " FROM supervisee ORDER BY surname, forenames, id")
    List<SuperviseeRow> allRows();

    @SqlQuery("SELECT id, " + COLUMNS + " FROM supervisee WHERE id = :id")
    Optional<SuperviseeRow> row(long id);

    @SqlQuery("SELECT supervisee_id, role, from_date, to_date FROM role_assignment ORDER BY supervisee_id, from_date")
    List<RoleAssignmentRow> allRoleRows();

    @SqlQuery("SELECT supervisee_id, role, from_date, to_date FROM role_assignment"
            + " WHERE supervisee_id = :id ORDER BY from_date")
    List<RoleAssignmentRow> roleRows(long id);

    @SqlQuery("SELECT forenames || ' ' || surname FROM supervisee"
            + " WHERE employee_number_key = UPPER(:employeeNumber) AND (:exceptId IS NULL OR id <> :exceptId)")
    Optional<String> otherHolderOf(String employeeNumber, Long exceptId);

    @SqlQuery("SELECT COUNT(*) FROM supervisee")
    int count();

    @SqlUpdate("UPDATE supervisee SET supervisor_changed_on = :on WHERE id = :id")
    void markSupervisorChanged(long id, java.time.LocalDate on);

    /** When each supervisee's supervisor last changed, for those where it has. */
    @SqlQuery("SELECT id, supervisor_changed_on FROM supervisee WHERE supervisor_changed_on IS NOT NULL")
    @org.jdbi.v3.sqlobject.config.KeyColumn("id")
    @org.jdbi.v3.sqlobject.config.ValueColumn("supervisor_changed_on")
    Map<Long, java.time.LocalDate> supervisorChanges();

    @SqlUpdate("INSERT INTO supervisee (" + COLUMNS + ") VALUES (" + VALUES + ")")
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods SuperviseeRow row);

    @SqlUpdate("UPDATE supervisee SET (" + COLUMNS + ", updated_at) = (" + VALUES + ", CURRENT_TIMESTAMP)"
            + " WHERE id = :id")
    int updateRow(@BindMethods SuperviseeRow row);

    @SqlUpdate("DELETE FROM role_assignment WHERE supervisee_id = :id")
    void deleteRoles(long id);

    @SqlBatch("INSERT INTO role_assignment (supervisee_id, role, from_date, to_date)"
            + " VALUES (:superviseeId, :role, :fromDate, :toDate)")
    void insertRoles(@BindMethods List<RoleAssignmentRow> rows);

    /**
     * Inserts or updates a supervisee and replaces their role history, all or nothing.
     *
     * @return the supervisee as stored, with its id
     * @throws EmployeeNumberTakenException another supervisee has the employee number
     */
    @Transaction
    default Supervisee save(Supervisee s) {
        otherHolderOf(s.employeeNumber(), s.id()).ifPresent(holder -> {
            throw new EmployeeNumberTakenException(s.employeeNumber(), holder);
        });
        long id;
        if (s.id() == null) {
            id = insertRow(SuperviseeRow.of(s));
        } else {
            id = s.id();
            if (updateRow(SuperviseeRow.of(s)) != 1) {
                throw new IllegalStateException("Supervisee " + id + " is no longer in the register");
            }
            deleteRoles(id);
        }
        insertRoles(s.roleHistory().stream().map(r -> RoleAssignmentRow.of(id, r)).toList());
        return s.withId(id);
    }

    /** Every supervisee, sorted by surname then forenames. */
    @Transaction
    default List<Supervisee> findAll() {
        Map<Long, List<RoleAssignment>> roles = allRoleRows().stream().collect(Collectors.groupingBy(
                RoleAssignmentRow::superviseeId,
                Collectors.mapping(RoleAssignmentRow::toAssignment, Collectors.toList())));
        return allRows().stream().map(r -> r.toSupervisee(roles.getOrDefault(r.id(), List.of()))).toList();
    }

    @Transaction
    default Optional<Supervisee> findById(long id) {
        return row(id).map(r -> r.toSupervisee(roleRows(id).stream().map(RoleAssignmentRow::toAssignment).toList()));
    }
}
