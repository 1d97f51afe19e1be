package org.kiloguardian.financial.csv;

import java.util.Map;

/** How the file was read, given or detected: shown in every report so a wrong guess is visible. */
public record DetectedFormat(String delimiter, boolean header, String dateFormat, String decimalSeparator,
        Map<String, String> columns) {
}
