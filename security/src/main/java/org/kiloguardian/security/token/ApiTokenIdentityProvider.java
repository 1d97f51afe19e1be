package org.kiloguardian.security.token;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.security.login.HouseholdIdentity;
import org.kiloguardian.security.recent.RecentChecks;
import org.kiloguardian.security.token.TokenService.TokenOwner;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * A personal API token, checked against the stored digests. A token checked within the last minute
 * and not changed since ({@link RecentChecks}) is taken as it was, without the database and without
 * leaving the event loop: scripts and dashboards call often.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final TokenService tokens;
    private final RecentChecks recent;
    private final Clock clock;

    ApiTokenIdentityProvider(TokenService tokens, RecentChecks recent, Clock clock) {
        this.tokens = tokens;
        this.recent = recent;
        this.clock = clock;
    }

    /** The key of a checked token: its digest, never the secret itself. */
    private record CheckedToken(String digest) {
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        if (secret == null || !secret.startsWith(TokenSecret.PREFIX)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Unknown, expired or revoked token"));
        }
        CheckedToken key = new CheckedToken(TokenSecret.digest(secret));
        Instant now = Instant.now(clock);
        var known = recent.recent(key, TokenOwner.class).filter(owner -> owner.expiresAt() == null || owner.expiresAt().isAfter(now));
        if (known.isPresent()) {
            return Uni.createFrom().item(identityOf(known.get()));
        }
        long generation = recent.generation();
        return context.runBlocking(() -> tokens.authenticate(secret)
                .map(owner -> {
                    recent.keep(key, owner, generation);
                    return identityOf(owner);
                })
                .orElseThrow(() -> new AuthenticationFailedException("Unknown, expired or revoked token")));
    }

    private static SecurityIdentity identityOf(TokenOwner owner) {
        return HouseholdIdentity.ofToken(owner.username(), owner.role(), owner.tokenId(), owner.expiresAt());
    }
}
