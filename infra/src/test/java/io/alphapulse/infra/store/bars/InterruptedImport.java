package io.alphapulse.infra.store.bars;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import java.io.PrintStream;

/**
 * The child process of the kill tests: imports a large series in one transaction and says so on
 * stdout once rows are flowing ({@value #STARTED}), so the test can kill it mid-import.
 * Arguments: JDBC URL, user ({@code -} for none), number of bars.
 */
final class InterruptedImport {

    static final String STARTED = "import started";
    static final String COMMITTED = "import committed";

    private InterruptedImport() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        DatabaseSettings settings = new DatabaseSettings(args[0], args[1].equals("-") ? null : args[1], null);
        int count = Integer.parseInt(args[2]);
        try (Database database = Database.open(settings)) {
            database.migrate();
            boolean[] announced = {false};
            BarRepository.on(database).upsert(GeneratedBars.minutes(count), rows -> {
                if (!announced[0] && rows > 0) {
                    announced[0] = true;
                    out.println(STARTED);
                    out.flush();
                }
            });
            out.println(COMMITTED);
            out.flush();
        }
    }
}
