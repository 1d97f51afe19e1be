package org.kiloguardian.security.web;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/** The client's address as Vert.x resolved it (X-Forwarded-For is honoured only from trusted proxies). */
public final class RemoteAddress {

    private RemoteAddress() {
    }

    public static String of(RoutingContext request) {
        if (request == null) {
            return null;
        }
        SocketAddress address = request.request().remoteAddress();
        return address == null ? null : address.hostAddress();
    }
}
