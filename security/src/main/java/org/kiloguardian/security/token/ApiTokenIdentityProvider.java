package org.kiloguardian.security.token;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.security.login.HouseholdIdentity;
import org.kiloguardian.security.token.TokenService.TokenOwner;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/** A personal API token, checked against the stored digests, or as it was a moment ago ({@link CheckedTokens}). */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final CheckedTokens checked;

    ApiTokenIdentityProvider(CheckedTokens checked) {
        this.checked = checked;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        if (!CheckedTokens.plausible(secret)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Unknown, expired or revoked token"));
        }
        var known = checked.recent(secret);
        if (known.isPresent()) {
            return Uni.createFrom().item(identityOf(known.get()));
        }
        return context.runBlocking(() -> checked.check(secret).map(ApiTokenIdentityProvider::identityOf)
                .orElseThrow(() -> new AuthenticationFailedException("Unknown, expired or revoked token")));
    }

    private static SecurityIdentity identityOf(TokenOwner owner) {
        return HouseholdIdentity.ofToken(owner.username(), owner.role(), owner.tokenId(), owner.expiresAt());
    }
}
