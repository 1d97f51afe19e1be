package org.kiloguardian.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A username is typed by whoever tries to log in. Written to the log as it came, a line feed in it
 * starts a forged log line ("... INFO login by admin"). Control characters are logged escaped.
 */
@QuarkusTest
class ForgedLogLinesTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aUsernameWithLineBreaksCannotForgeALogLine() {
        String forged = "nobody\r\n2026-12-03 08:00:00,000 INFO  [kilo.audit] login by admin on admin\u001b[2K";
        for (int i = 0; i < 7; i++) {
            // from an address of its own, so these failures hold no other test's logins back
            LoginRaceTest.attempt(forged, "wrong password " + i, "203.0.113.50");
        }
        List<String> aboutIt = lines.stream().filter(line -> line.contains("nobody")).toList();
        assertThat(aboutIt).isNotEmpty();
        assertThat(aboutIt).allSatisfy(line -> {
            assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u001b");
            assertThat(line).contains("nobody\\r\\n2026-12-03");
        });
    }
}
