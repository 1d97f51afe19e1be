package org.kiloguardian.gateway.realtime.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.ui.live.LiveUpdates;
import org.kiloguardian.ui.live.Notice;
import org.kiloguardian.ui.live.NoticeStore;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The notices feed in PostgreSQL (the gateway's {@code realtime.notice}): a notice reaches the
 * table, a restarted server (a new {@link LiveUpdates} reading at start) shows the same notices,
 * and the table keeps only the newest {@code kilo.realtime.notices.kept}.
 */
@QuarkusTest
class StoredNoticesTest {

    @Inject
    LiveUpdates live;

    @Inject
    NoticeStore store;

    @Inject
    DataSource database;

    @Test
    void aNoticeIsStoredAndARestartedServerShowsTheSameNotices() throws Exception {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        live.notice(Notice.notification("Evening pills are due", at).about(42L));
        live.notice(Notice.alert("high", "Groceries budget at 95 %", at.plusSeconds(1)));
        List<Notice> stored = waitForStored("Groceries budget at 95 %");
        assertThat(stored.get(0)).isEqualTo(new Notice(Notice.Kind.ALERT, "high", "Groceries budget at 95 %", at.plusSeconds(1), null));
        assertThat(stored.get(1)).isEqualTo(new Notice(Notice.Kind.NOTIFICATION, "info", "Evening pills are due", at, 42L));

        LiveUpdates restarted = new LiveUpdates(CDI.current().select(NoticeStore.class));
        restarted.loadStoredNotices();
        assertThat(restarted.recentNotices()).isEqualTo(store.newest(30));
        assertThat(restarted.recentNotices().subList(0, 2)).isEqualTo(stored.subList(0, 2));
    }

    @Test
    void onlyTheNewestAreKept() throws Exception {
        for (int i = 0; i < 105; i++) {
            store.add(Notice.notification("notice " + i, Instant.now()));
        }
        try (Connection connection = database.getConnection(); Statement count = connection.createStatement();
                ResultSet rows = count.executeQuery("SELECT count(*) FROM realtime.notice")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(100);
        }
        assertThat(store.newest(1).get(0).message()).isEqualTo("notice 104");
    }

    private List<Notice> waitForStored(String message) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<Notice> newest = store.newest(2);
            if (!newest.isEmpty() && message.equals(newest.get(0).message())) {
                return newest;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the notice never reached realtime.notice");
    }
}
