package org.kiloguardian.socketio.server;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongSupplier;

import org.kiloguardian.socketio.parser.EncodedPacket;

/**
 * Connection state recovery of one namespace (socket.io 4.6's {@code connectionStateRecovery}, in
 * memory like the reference's session-aware adapter): every event emitted without an ack gets an
 * offset, appended as its last argument, and is kept for {@code maxDisconnection}; a socket that
 * loses its connection for a recoverable reason leaves its session here. A client that comes back
 * within the window with its {@code pid} and the offset of the last event it processed gets its id,
 * rooms and data back, and every event it missed that would have reached it, once and in order.
 *
 * <p>Unlike the reference, an offset that has aged out of the log still recovers when nothing
 * after it was dropped (a quiet household's tablet whose last event is older than the window).
 */
final class ConnectionStateRecovery {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final long maxDisconnectionMillis;
    private final LongSupplier clock;
    /** Offsets of this process only: one from before a restart never matches. */
    private final String bootPrefix;
    private final ConcurrentSkipListMap<Long, LoggedPacket> log = new ConcurrentSkipListMap<>();
    private final Map<String, PersistedSession> sessions = new ConcurrentHashMap<>();
    private long nextSeq = 1;
    private volatile long prunedThrough;

    ConnectionStateRecovery(Duration maxDisconnection, LongSupplier clock) {
        this.maxDisconnectionMillis = maxDisconnection.toMillis();
        this.clock = clock;
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        this.bootPrefix = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "-";
    }

    /** What a session restore found: the old session and where the client's offset points. */
    record Restored(PersistedSession session, long afterSeq) {
    }

    /** A new private session id for a socket. */
    static String newPid() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Logs an event: {@code encode} gets the offset to append to the event's arguments. Numbering,
     * encoding and appending happen under one lock, so every packet numbered below a replay's
     * snapshot is in that snapshot.
     */
    synchronized LoggedPacket append(Set<String> rooms, Set<String> except, java.util.function.Function<String, EncodedPacket> encode) {
        long seq = nextSeq++;
        String offset = bootPrefix + Long.toString(seq, 36);
        long now = clock.getAsLong();
        LoggedPacket packet = new LoggedPacket(seq, offset, now, rooms, except, encode.apply(offset));
        log.put(seq, packet);
        pruneLog(now);
        return packet;
    }

    void persist(String sid, String pid, Set<String> rooms, Map<String, Object> data) {
        sessions.put(pid, new PersistedSession(sid, pid, Set.copyOf(rooms), Map.copyOf(data), clock.getAsLong()));
    }

    /**
     * Takes the session of {@code pid} if it is still within the window and nothing after
     * {@code offset} has been dropped from the log; a session is restored at most once.
     */
    Optional<Restored> restore(String pid, String offset) {
        PersistedSession session = sessions.remove(pid);
        if (session == null || session.disconnectedAtMillis() + maxDisconnectionMillis < clock.getAsLong()) {
            return Optional.empty();
        }
        long seq = seqOf(offset);
        if (seq < 0 || seq < prunedThrough || seq >= nextSeq()) {
            return Optional.empty();
        }
        return Optional.of(new Restored(session, seq));
    }

    /** The events after {@code afterSeq} that reach a socket in {@code rooms}, in order. */
    synchronized Replay replay(long afterSeq, Set<String> rooms) {
        List<LoggedPacket> missed = new ArrayList<>();
        for (LoggedPacket packet : log.tailMap(afterSeq, false).values()) {
            if (packet.reaches(rooms)) {
                missed.add(packet);
            }
        }
        return new Replay(missed, nextSeq - 1);
    }

    record Replay(List<LoggedPacket> missed, long throughSeq) {
    }

    /** Drops what is older than the window (also called from a timer when nothing is emitted). */
    synchronized void prune() {
        long now = clock.getAsLong();
        pruneLog(now);
        sessions.values().removeIf(session -> session.disconnectedAtMillis() + maxDisconnectionMillis < now);
    }

    int loggedPackets() {
        return log.size();
    }

    private void pruneLog(long now) {
        long threshold = now - maxDisconnectionMillis;
        Map.Entry<Long, LoggedPacket> oldest;
        while ((oldest = log.firstEntry()) != null && oldest.getValue().emittedAtMillis() < threshold) {
            log.remove(oldest.getKey());
            prunedThrough = oldest.getKey();
        }
    }

    private synchronized long nextSeq() {
        return nextSeq;
    }

    private long seqOf(String offset) {
        if (offset == null || !offset.startsWith(bootPrefix)) {
            return -1;
        }
        try {
            return Long.parseLong(offset.substring(bootPrefix.length()), 36);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
