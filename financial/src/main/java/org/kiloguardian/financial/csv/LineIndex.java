package org.kiloguardian.financial.csv;

import java.util.Arrays;

/** Maps a character position in a text to its line number (from 1); \n, \r\n and \r end a line. */
final class LineIndex {

    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** Commons CSV reports a record after blank lines at the first blank line: skip them. */
    long lineOfFirstCharacterFrom(long position) {
        int start = (int) position;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        return lineAt(start);
    }

    long lineAt(long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
