package org.kiloguardian.security.audit;

/**
 * Text that someone outside typed (a username above all), made safe for a log line: control
 * characters are written as escapes, so a line feed in a username cannot start a forged log line.
 */
public final class LoggedText {

    private LoggedText() {
    }

    public static String of(String untrusted) {
        if (untrusted == null) {
            return null;
        }
        StringBuilder safe = null;
        for (int i = 0; i < untrusted.length(); i++) {
            char c = untrusted.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (safe == null) {
                    safe = new StringBuilder(untrusted.length() + 8).append(untrusted, 0, i);
                }
                safe.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04x", (int) c);
                });
            } else if (safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? untrusted : safe.toString();
    }
}
