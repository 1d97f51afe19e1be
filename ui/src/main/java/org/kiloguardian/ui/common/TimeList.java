package org.kiloguardian.ui.common;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** "07:30, 21:00" as typed into a form, read as times; "7:30" is accepted too. */
final class TimeList {

    private TimeList() {
    }

    static List<LocalTime> parse(String text) {
        List<LocalTime> times = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return times;
        }
        for (String part : text.split("[,;\\s]+")) {
            String time = part.strip();
            if (!time.isEmpty()) {
                times.add(LocalTime.parse(time.length() == 4 ? "0" + time : time));
            }
        }
        return times;
    }
}
