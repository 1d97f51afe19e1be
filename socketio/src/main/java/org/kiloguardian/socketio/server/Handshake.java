package org.kiloguardian.socketio.server;

import io.quarkus.security.identity.SecurityIdentity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** What a socket knows of how it connected: the CONNECT auth payload and the opening HTTP request. */
public record Handshake(JsonNode auth, Map<String, List<String>> query, Map<String, List<String>> headers,
        String address, Instant issued, SecurityIdentity identity) {
}
