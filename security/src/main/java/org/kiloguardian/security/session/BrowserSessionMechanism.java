package org.kiloguardian.security.session;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The browser's session cookie. A cookie that no longer holds (ended, too old, idle too long, from
 * another key) is removed and the request goes on anonymous: pages send their visitor to /login,
 * the API answers 401. It has no challenge of its own; an anonymous API call gets the Bearer one.
 */
@ApplicationScoped
public class BrowserSessionMechanism implements HttpAuthenticationMechanism {

    private final SessionCookie cookie;

    BrowserSessionMechanism(SessionCookie cookie) {
        this.cookie = cookie;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!cookie.isPresent(context)) {
            return Uni.createFrom().nullItem();
        }
        Optional<SessionCookie.Restored> restored = cookie.read(context);
        if (restored.isEmpty()) {
            cookie.clear(context);
            return Uni.createFrom().nullItem();
        }
        BrowserSessionRequest request = new BrowserSessionRequest(restored.get().claim());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request)
                .invoke(identity -> cookie.renew(context, restored.get()))
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> {
                    cookie.clear(context);
                    return null;
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(BrowserSessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, SessionCookie.NAME));
    }
}
