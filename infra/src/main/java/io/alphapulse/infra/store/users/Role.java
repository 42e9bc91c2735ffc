package io.alphapulse.infra.store.users;

import java.util.Locale;

/** What a user or API key may do (ARCHITECTURE.md §6): each role includes the ones before it. */
public enum Role {
    /** Reads. */
    VIEWER,
    /** Also trades and manages its own alerts and strategies. */
    TRADER,
    /** Also manages users, keys and the system. */
    ADMIN;

    /** The name used in the database and the API: {@code viewer}, {@code trader}, {@code admin}. */
    public String externalName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role named {@code name}, in any case.
     *
     * @throws IllegalArgumentException naming the value when it is no role
     */
    public static Role ofExternalName(String name) {
        for (Role role : values()) {
            if (role.externalName().equalsIgnoreCase(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "': use viewer, trader or admin");
    }
}
