package io.alphapulse.infra.store.users;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Recognizes a unique-constraint violation on either database, so it can become a 409 instead of a 500. */
final class UniqueViolations {

    private static final String POSTGRESQL_UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {}

    static boolean is(SQLException failure) {
        if (failure instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            return code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                    || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY;
        }
        return POSTGRESQL_UNIQUE_VIOLATION.equals(failure.getSQLState());
    }
}
