package io.alphapulse.app.server.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 5.0, V6.2): at least {@value #MIN_LENGTH} and at most {@value
 * #MAX_LENGTH} characters (counted as Unicode code points, so any character counts as one) and at most
 * {@value #MAX_BYTES} bytes as UTF-8 (bcrypt reads no more, and refuses to hash longer ones), not the
 * username nor containing it, and not one of the commonly used passwords of {@value #COMMON_PASSWORDS}.
 * Both comparisons ignore case. There are deliberately no composition rules (ASVS 6.2.5).
 */
@Component
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** bcrypt's limit: 72 bytes of UTF-8, which is 72 ASCII characters, more than ASVS's 64. */
    public static final int MAX_BYTES = 72;

    /** The class-path resource listing common passwords, lower-cased, one a line. */
    public static final String COMMON_PASSWORDS = "/io/alphapulse/app/server/security/common-passwords.txt";

    /** Which rule a password breaks. */
    public enum Rule {
        REQUIRED,
        TOO_SHORT,
        TOO_LONG,
        CONTAINS_USERNAME,
        COMMON
    }

    /** One broken rule and a message for the user, e.g. {@code must be at least 12 characters long}. */
    public record Violation(Rule rule, String message) {}

    private final Set<String> common;

    /** The policy with the shipped list of common passwords. */
    public PasswordPolicy() {
        this(loadCommonPasswords());
    }

    /** The policy with {@code commonPasswords} (compared regardless of case). */
    public PasswordPolicy(Set<String> commonPasswords) {
        Set<String> lowered = new HashSet<>();
        for (String password : commonPasswords) {
            lowered.add(password.toLowerCase(Locale.ROOT));
        }
        this.common = Set.copyOf(lowered);
    }

    /**
     * Every rule {@code password} breaks for the user {@code username}; empty when it is acceptable. A
     * {@code null} or blank username skips the username rule.
     */
    public List<Violation> check(String username, String password) {
        if (password == null || password.isEmpty()) {
            return List.of(new Violation(Rule.REQUIRED, "is required"));
        }
        List<Violation> violations = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            violations.add(new Violation(
                    Rule.TOO_SHORT, "must be at least " + MIN_LENGTH + " characters long, was " + length));
        }
        if (length > MAX_LENGTH) {
            violations.add(
                    new Violation(Rule.TOO_LONG, "must be at most " + MAX_LENGTH + " characters long, was " + length));
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (length <= MAX_LENGTH && bytes > MAX_BYTES) {
            violations.add(new Violation(
                    Rule.TOO_LONG,
                    "must be at most " + MAX_BYTES + " bytes as UTF-8 (" + MAX_BYTES + " plain ASCII characters), was "
                            + bytes));
        }
        String lowered = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lowered.contains(username.toLowerCase(Locale.ROOT))) {
            violations.add(new Violation(Rule.CONTAINS_USERNAME, "must not be or contain the username"));
        }
        if (common.contains(lowered)) {
            violations.add(new Violation(Rule.COMMON, "is a commonly used password"));
        }
        return List.copyOf(violations);
    }

    /** The violations of {@link #check} as one line: {@code must be ...; is a commonly used password}. */
    public static String describe(List<Violation> violations) {
        return String.join("; ", violations.stream().map(Violation::message).toList());
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("the common password list " + COMMON_PASSWORDS + " is missing");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String password = line.strip();
                if (!password.isEmpty() && !password.startsWith("#")) {
                    passwords.add(password);
                }
            }
            return passwords;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
        }
    }
}
