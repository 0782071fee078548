package uk.supervisiondesk.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Named settings kept in the database, so they travel with it (and with its backups). */
public interface SettingsDao {

    /** The name of the person using the app; offered as the supervisor of new staff. */
    String USER_NAME = "user.name";

    @SqlQuery("SELECT setting_value FROM app_setting WHERE name = :name")
    Optional<String> get(String name);

    @SqlUpdate("MERGE INTO app_setting (name, setting_value, updated_at) KEY (name)"
            + " VALUES (:name, :value, CURRENT_TIMESTAMP)")
    void put(String name, String value);
}
