package org.kiloguardian.notifications.message;

/** What a message is about; it decides who gets it, how urgent it is and whether quiet hours hold it back. */
public enum Kind {
    DOSE_DUE("pill", 4, true),
    DOSE_MISSED("warning", 4, true),
    LOW_STOCK("shopping_cart", 3, false),
    BILL_DUE("receipt", 3, false),
    BUDGET("money_with_wings", 3, false),
    LOW_BALANCE("bank", 3, false),
    TEST("bell", 3, false);

    private final String tag;
    private final int priority;
    private final boolean urgent;

    Kind(String tag, int priority, boolean urgent) {
        this.tag = tag;
        this.priority = priority;
        this.urgent = urgent;
    }

    /** ntfy's tag (an emoji shortcode on the phone). */
    public String tag() {
        return tag;
    }

    /** ntfy's priority, 1 (min) to 5 (urgent). */
    public int priority() {
        return priority;
    }

    /** Web Push urgency "high" (wakes a sleeping phone at once) instead of "normal". */
    public boolean urgent() {
        return urgent;
    }

    /** Quiet hours let nothing through but missed-dose alerts. */
    public boolean passesQuietHours() {
        return this == DOSE_MISSED;
    }

    /** How long a push service keeps trying to reach a device that is off. */
    public int timeToLiveSeconds() {
        return switch (this) {
            case DOSE_DUE -> 2 * 3600;
            case TEST -> 600;
            default -> 24 * 3600;
        };
    }
}
