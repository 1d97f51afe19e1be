package org.kiloguardian.gateway.realtime.engine.server;

import java.util.List;
import java.util.Map;

/**
 * What an Engine.IO session remembers of the request that opened it (Socket.IO exposes it as the
 * handshake): query parameters, headers and the peer address.
 */
public record EngineRequest(Map<String, List<String>> query, Map<String, List<String>> headers,
        String remoteAddress) {

    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
