package io.alphapulse.engine.kernel;

/**
 * A topic name pattern: {@code *} matches any run of characters (dots included) and {@code ?} exactly
 * one; everything else matches itself. {@code data.bars.*} matches every bar topic.
 */
final class TopicPattern {

    private final String pattern;

    TopicPattern(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            throw new IllegalArgumentException("topic pattern must not be empty");
        }
        this.pattern = pattern;
    }

    boolean matches(String name) {
        // Iterative glob match with single backtracking point: linear in practice, no regex allocation.
        int p = 0;
        int n = 0;
        int starPattern = -1;
        int starName = 0;
        while (n < name.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == name.charAt(n))) {
                p++;
                n++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                starPattern = p++;
                starName = n;
            } else if (starPattern >= 0) {
                p = starPattern + 1;
                n = ++starName;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
