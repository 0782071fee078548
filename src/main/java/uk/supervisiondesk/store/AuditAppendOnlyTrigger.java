package uk.supervisiondesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** Refuses any change to or deletion of an audit entry: the trail only grows. */
public final class AuditAppendOnlyTrigger implements Trigger {
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The audit trail cannot be changed: entries may only be added.");
    }
}
