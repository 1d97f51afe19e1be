package org.kiloguardian.socketio.engine.server;

import io.quarkus.security.identity.SecurityIdentity;

import java.util.List;
import java.util.Map;

/**
 * What an Engine.IO session remembers of the request that opened it (Socket.IO exposes it as the
 * handshake): query parameters, headers, the peer address, and who the HTTP layer authenticated
 * (from the session cookie or a token header), or null when nobody.
 */
public record EngineRequest(Map<String, List<String>> query, Map<String, List<String>> headers,
        String remoteAddress, SecurityIdentity identity) {

    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
