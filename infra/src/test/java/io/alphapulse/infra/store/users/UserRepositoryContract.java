package io.alphapulse.infra.store.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.store.SqlColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the user store must do, on SQLite and on PostgreSQL alike. */
abstract class UserRepositoryContract {

    static final Instant T0 = Instant.parse("2026-05-06T07:08:09.010Z");
    static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA");

    private TestDatabase store;
    private UserRepository users;

    protected abstract TestDatabase createStore();

    @BeforeEach
    void open() {
        store = createStore();
        store.database().migrate();
        users = new UserRepository(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void create_thenFindByUsername_inAnyCase() throws SQLException {
        User alice = users.create("Alice", Role.TRADER, HASH, T0);

        assertThat(users.findByUsername("alice")).contains(alice);
        assertThat(users.findByUsername("ALICE")).contains(alice);
        assertThat(users.findById(alice.id())).contains(alice);
        assertThat(users.findByUsername("bob")).isEmpty();
        assertThat(alice.disabled()).isFalse();
    }

    @Test
    void create_sameUsernameInAnotherCase_isRefusedNamingIt() throws SQLException {
        users.create("alice", Role.VIEWER, HASH, T0);

        assertThatThrownBy(() -> users.create("ALICE", Role.ADMIN, HASH, T0))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("ALICE");
        assertThat(users.count()).isOne();
    }

    @Test
    void role_outsideViewerTraderAdmin_isRefusedByTheDatabase() {
        assertThatThrownBy(() -> {
                    try (Connection connection = store.database().connection();
                            PreparedStatement insert = connection.prepareStatement(
                                    "INSERT INTO users (id, username, role, password_hash, created_at, disabled)"
                                            + " VALUES (?, 'root', 'superuser', 'x', ?, ?)")) {
                        SqlColumns columns = new SqlColumns(store.database().vendor());
                        columns.setUuid(insert, 1, UUID.randomUUID());
                        columns.setTime(insert, 2, T0);
                        insert.setBoolean(3, false);
                        insert.executeUpdate();
                    }
                })
                .isInstanceOf(SQLException.class);
    }

    @Test
    void changes_applyByUsernameInAnyCase_andReportMissingUsers() throws SQLException {
        User alice = users.create("alice", Role.VIEWER, HASH, T0);
        PasswordHash newHash = new PasswordHash("$argon2id$v=19$m=65536,t=3,p=1$bmV3$bmV3");

        assertThat(users.changePassword("Alice", newHash)).isTrue();
        assertThat(users.changeRole("ALICE", Role.ADMIN)).isTrue();
        assertThat(users.setDisabled("alice", true)).isTrue();
        assertThat(users.changeRole("nobody", Role.ADMIN)).isFalse();

        assertThat(users.findByUsername("alice"))
                .contains(new User(alice.id(), "alice", Role.ADMIN, newHash, T0, true));
    }

    @Test
    void findAll_listsByUsername_andDeleteRemoves() throws SQLException {
        users.create("carol", Role.VIEWER, HASH, T0);
        users.create("Bob", Role.TRADER, HASH, T0);
        users.create("alice", Role.ADMIN, HASH, T0);

        assertThat(users.findAll()).extracting(User::username).containsExactly("alice", "Bob", "carol");
        assertThat(users.delete("BOB")).isTrue();
        assertThat(users.delete("bob")).isFalse();
        assertThat(users.count()).isEqualTo(2);
    }

    @Test
    void toString_neverPrintsThePasswordHash() throws SQLException {
        User alice = users.create("alice", Role.VIEWER, HASH, T0);

        assertThat(alice.toString()).doesNotContain("argon2").contains("alice");
    }

    @Test
    void username_withSpacesOrNonAscii_isRefusedNamingIt() {
        assertThatThrownBy(() -> users.create("al ice", Role.VIEWER, HASH, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("al ice");
        assertThatThrownBy(() -> Role.ofExternalName("root"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("root");
    }
}
