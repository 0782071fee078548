package uk.supervisiondesk.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Named settings kept in the database, so they travel with it (and with its backups). */
public interface SettingsDao {

    /** The name of the person using the app; offered as the supervisor of new staff. */
    String USER_NAME = "user.name";

    /** The user's own role (team manager, practice supervisor...), printed beside their name. */
    String USER_ROLE = "user.role";

    /** The folder signed records and supervision files are exported to (a SharePoint or shared-drive folder). */
    String EXPORT_FOLDER = "export.folder";

    /** Set once the first-run welcome has been completed. */
    String SETUP_DONE = "setup.done";

    @SqlQuery("SELECT setting_value FROM app_setting WHERE name = :name")
    Optional<String> get(String name);

    @SqlUpdate("MERGE INTO app_setting (name, setting_value, updated_at) KEY (name)"
            + " VALUES (:name, :value, CURRENT_TIMESTAMP)")
    void put(String name, String value);
}
