package org.kiloguardian.financial.csv;

import java.util.List;

/** The cells of one record and the line it starts on (from 1). */
record CsvRow(long line, List<String> cells) {

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).trim() : null;
    }

    boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
