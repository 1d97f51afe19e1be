package org.kiloguardian.socketio.server;

import java.util.Map;
import java.util.Set;

/**
 * What a socket leaves behind when its connection drops for a recoverable reason: its id, its
 * private session id (the {@code pid} only that client knows), its rooms and data.
 */
record PersistedSession(String sid, String pid, Set<String> rooms, Map<String, Object> data,
        long disconnectedAtMillis) {
}
