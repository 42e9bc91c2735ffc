package io.alphapulse.app.report;

/**
 * Escaping for text that came from outside the report (strategy names, parameter names and values):
 * safe both between tags and inside double- or single-quoted attribute values.
 */
final class Html {

    private Html() {}

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        appendEscaped(escaped, text);
        return escaped.toString();
    }

    static void appendEscaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
