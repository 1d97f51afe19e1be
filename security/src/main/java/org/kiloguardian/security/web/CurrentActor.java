package org.kiloguardian.security.web;

import jakarta.enterprise.context.RequestScoped;

import org.kiloguardian.security.audit.Actor;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** The user behind the current HTTP request and the address it came from (after trusted proxies). */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;
    private final RoutingContext request;

    CurrentActor(SecurityIdentity identity, RoutingContext request) {
        this.identity = identity;
        this.request = request;
    }

    public Actor get() {
        String name = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        return new Actor(name, RemoteAddress.of(request));
    }
}
