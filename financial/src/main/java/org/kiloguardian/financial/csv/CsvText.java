package org.kiloguardian.financial.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of an uploaded file. Banks export UTF-8 (often with a byte order mark) or Windows-1252;
 * anything with NUL bytes or many control characters is not a CSV file at all.
 */
final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {
    }

    /** The decoded text, or empty when the bytes are binary. */
    static Optional<String> decode(byte[] bytes) {
        if (looksBinary(bytes)) {
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        return sample > 0 && control * 100 > sample; // more than 1 % control characters
    }
}
