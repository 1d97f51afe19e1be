package org.kiloguardian.security.session;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A browser session to turn into an identity: the claim its cookie carries. */
final class BrowserSessionRequest extends BaseAuthenticationRequest {

    private final SessionClaim claim;

    BrowserSessionRequest(SessionClaim claim) {
        this.claim = claim;
    }

    SessionClaim claim() {
        return claim;
    }
}
