package io.alphapulse.infra.store.users;

import io.alphapulse.infra.db.TestDatabase;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A migrated store with two traders, {@code alice} and {@code bob}, for the contracts of stores whose rows
 * belong to a user (one user's rows must never show for the other). Subclasses open their repository in
 * their own {@code @BeforeEach}, which runs after this one.
 */
abstract class TwoUserStoreContract {

    static final Instant T0 = UserRepositoryContract.T0;

    TestDatabase store;
    UserRepository users;
    User alice;
    User bob;

    protected abstract TestDatabase createStore();

    @BeforeEach
    void openStoreWithTwoUsers() throws SQLException {
        store = createStore();
        store.database().migrate();
        users = new UserRepository(store.database());
        alice = users.create("alice", Role.TRADER, UserRepositoryContract.HASH, T0);
        bob = users.create("bob", Role.TRADER, UserRepositoryContract.HASH, T0);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
