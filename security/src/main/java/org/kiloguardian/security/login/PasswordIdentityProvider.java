package org.kiloguardian.security.login;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.security.web.RemoteAddress;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;

/** Username and password, from the login form or HTTP Basic, checked against the household's users. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final PasswordLogin login;

    PasswordIdentityProvider(PasswordLogin login) {
        this.login = login;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String address = RemoteAddress.of(HttpSecurityUtils.getRoutingContextAttribute(request));
        String password = new String(request.getPassword().getPassword());
        // bcrypt and the database are blocking: never on the event loop
        return context.runBlocking(() -> {
            try {
                return login.authenticate(request.getUsername(), password, address);
            } catch (TooManyAttempts throttled) {
                // still a failed authentication to Quarkus; TooManyAttemptsResponse answers it with 429
                throw new AuthenticationFailedException(throttled.getMessage(), throttled);
            }
        });
    }
}
