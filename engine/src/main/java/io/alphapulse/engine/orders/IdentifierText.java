package io.alphapulse.engine.orders;

/**
 * Character checks for identifiers. Ids are built for every order and every fill, so they are checked
 * with plain loops rather than regular expressions, which cost an order of magnitude more.
 */
final class IdentifierText {

    private IdentifierText() {}

    /** 1..{@code maxLength} of {@code [A-Za-z0-9_-]}, plus {@code .} when {@code allowDot}. */
    static boolean isWord(String value, int maxLength, boolean allowDot) {
        if (value == null || value.isEmpty() || value.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || c == '-'
                    || (allowDot && c == '.');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** 1..{@code maxLength} printable ASCII characters without spaces ({@code !} to {@code ~}). */
    static boolean isPrintable(String value, int maxLength) {
        if (value == null || value.isEmpty() || value.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
