package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.security.PasswordPolicy.Rule;
import io.alphapulse.app.server.security.PasswordPolicy.Violation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of the password policy, at and around its edges. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private List<Rule> rules(String username, String password) {
        return policy.check(username, password).stream().map(Violation::rule).toList();
    }

    @Test
    void aLongUncommonPassword_passes() {
        assertThat(policy.check("alice", "violet-harbor-lantern")).isEmpty();
    }

    @Test
    void missingOrEmpty_isRequired() {
        assertThat(rules("alice", null)).containsExactly(Rule.REQUIRED);
        assertThat(rules("alice", "")).containsExactly(Rule.REQUIRED);
    }

    @Test
    void length_twelveCodePointsIsEnough_elevenIsNot() {
        assertThat(rules("alice", "kq7-zmw-pt2x")).isEmpty();
        assertThat(policy.check("alice", "kq7-zmw-pt2")).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo(Rule.TOO_SHORT);
            assertThat(violation.message()).contains("at least 12").contains("was 11");
        });
    }

    @Test
    void length_countsCodePoints_notUtf16Units() {
        // Six emoji are twelve UTF-16 units but six characters: too short.
        String sixEmoji = "😀😁😂🤣😃😄";
        assertThat(sixEmoji.length()).isEqualTo(12);
        assertThat(rules("alice", sixEmoji)).containsExactly(Rule.TOO_SHORT);
        // Twelve accented letters (two UTF-8 bytes each) are twelve characters: long enough.
        assertThat(rules("alice", "éàüöñçøåßêîô")).isEmpty();
    }

    @Test
    void length_over128Characters_isNamedAsSuch_once() {
        assertThat(policy.check("alice", "ab".repeat(64) + "c")).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo(Rule.TOO_LONG);
            assertThat(violation.message()).contains("at most 128").contains("was 129");
        });
    }

    @Test
    void length_beyondBcryptsBytes_isTooLong_evenUnder128Characters() {
        assertThat(rules("alice", "k".repeat(72))).isEmpty();
        assertThat(policy.check("alice", "k".repeat(73))).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo(Rule.TOO_LONG);
            assertThat(violation.message()).contains("72 bytes");
        });
        // 36 three-byte characters are 108 bytes.
        assertThat(rules("alice", "€".repeat(36))).containsExactly(Rule.TOO_LONG);
    }

    @Test
    void username_equalOrContained_inAnyCase_isRefused() {
        assertThat(rules("alice", "alice")).contains(Rule.CONTAINS_USERNAME);
        assertThat(rules("Alice.Smith", "alice.smith")).contains(Rule.CONTAINS_USERNAME);
        assertThat(rules("alice", "my-ALICE-is-long-enough")).containsExactly(Rule.CONTAINS_USERNAME);
        assertThat(rules("alice", "alic-e-is-long-enough")).isEmpty();
    }

    @Test
    void username_blankOrMissing_skipsThatRule() {
        assertThat(rules(null, "violet-harbor-lantern")).isEmpty();
        assertThat(rules("", "violet-harbor-lantern")).isEmpty();
    }

    @Test
    void commonPasswords_areRefused_regardlessOfCase() {
        assertThat(rules("alice", "password1234")).containsExactly(Rule.COMMON);
        assertThat(rules("alice", "PassWord1234")).containsExactly(Rule.COMMON);
        assertThat(rules("alice", "qwertyuiop123")).containsExactly(Rule.COMMON);
        assertThat(policy.check("alice", "Password123!").get(0).message()).isEqualTo("is a commonly used password");
        // Containment is not enough to be common.
        assertThat(rules("alice", "password1234-violet")).isEmpty();
    }

    @Test
    void shippedList_holdsAboutAThousandLowerCasedEntries() throws Exception {
        try (var in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
            List<String> entries = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .toList();
            assertThat(entries).hasSizeGreaterThanOrEqualTo(1000).doesNotHaveDuplicates();
            assertThat(entries).allSatisfy(entry -> assertThat(entry).isLowerCase());
            assertThat(entries).contains("123456", "password", "iloveyou", "qwerty123456");
        }
    }

    @Test
    void everyBrokenRule_isReported() {
        PasswordPolicy tiny = new PasswordPolicy(Set.of("Bob"));
        assertThat(tiny.check("bob", "BOB"))
                .extracting(Violation::rule)
                .containsExactly(Rule.TOO_SHORT, Rule.CONTAINS_USERNAME, Rule.COMMON);
        assertThat(PasswordPolicy.describe(tiny.check("bob", "BOB")))
                .isEqualTo("must be at least 12 characters long, was 3; must not be or contain the username;"
                        + " is a commonly used password");
    }

    @Test
    void generatedAdminPasswords_passThePolicy() {
        AdminBootstrap bootstrap = new AdminBootstrap(null, null, null, policy, null, null);
        for (int i = 0; i < 50; i++) {
            String generated = bootstrap.generate();
            assertThat(generated).hasSize(20);
            assertThat(policy.check(AdminBootstrap.ADMIN_USERNAME, generated)).isEmpty();
        }
    }
}
