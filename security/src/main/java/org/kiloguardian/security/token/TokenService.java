package org.kiloguardian.security.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.kiloguardian.security.user.HouseholdUser;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.config.SecurityConfig;
import org.kiloguardian.security.event.AccessChanged;
import org.kiloguardian.security.event.AccessChanged.Kind;
import org.kiloguardian.security.audit.Actor;
import org.kiloguardian.security.audit.AuditAction;
import org.kiloguardian.security.audit.AuditLog;
import org.kiloguardian.rest.error.NotFound;

/** Personal API tokens: issued once, stored as digests, listed without secrets, revoked at will. */
@ApplicationScoped
public class TokenService {

    /** Writing last-used on every request would turn reads into writes; a minute is precise enough. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final AuditLog audit;
    private final Clock clock;
    private final Event<TokenRevoked> revoked;
    private final Event<AccessChanged> changed;
    private final int defaultLifetimeDays;

    TokenService(AuditLog audit, Clock clock, Event<TokenRevoked> revoked, Event<AccessChanged> changed, SecurityConfig config) {
        this.audit = audit;
        this.clock = clock;
        this.revoked = revoked;
        this.changed = changed;
        this.defaultLifetimeDays = config.token().defaultLifetimeDays();
    }

    @Transactional
    public IssuedToken issue(String username, NewToken request, Actor actor) {
        HouseholdUser owner = HouseholdUser.findByUsername(username).orElseThrow(() -> new NotFound("No such user"));
        String secret = TokenSecret.generate();
        int days = request.expiresInDays() == null ? defaultLifetimeDays : request.expiresInDays();
        ApiToken token = new ApiToken();
        token.userId = owner.id;
        token.name = request.name().strip();
        token.tokenHash = TokenSecret.digest(secret);
        token.createdAt = Instant.now(clock);
        token.expiresAt = days == 0 ? null : token.createdAt.plus(Duration.ofDays(days));
        token.persist();
        audit.record(actor.username(), AuditAction.TOKEN_CREATED, owner.username + "/" + token.name, actor.remoteAddress(), null);
        changed.fire(new AccessChanged(Kind.TOKEN, token.id, token.createdAt));
        return new IssuedToken(token.id, token.name, secret, token.expiresAt);
    }

    /** The tokens of one user, or of everyone for an admin who asks for all. */
    @Transactional
    public List<TokenView> list(String username, boolean everyone) {
        Map<Long, String> owners = HouseholdUser.<HouseholdUser>listAll().stream()
                .collect(Collectors.toMap(user -> user.id, user -> user.username));
        List<ApiToken> tokens = everyone
                ? ApiToken.list("order by createdAt desc")
                : ApiToken.list("userId = ?1 order by createdAt desc", ownerId(username));
        return tokens.stream().map(token -> new TokenView(token.id, token.name, owners.get(token.userId), token.createdAt,
                token.expiresAt, token.lastUsedAt, token.revokedAt)).toList();
    }

    /** Owners revoke their own tokens; admins revoke anyone's. */
    @Transactional
    public void revoke(long id, String username, Role role, Actor actor) {
        ApiToken token = ApiToken.findById(id);
        if (token == null || (role != Role.ADMIN && !token.userId.equals(ownerId(username)))) {
            // someone else's token is reported as missing: its existence is none of the caller's business
            throw new NotFound("Token " + id + " does not exist.");
        }
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now(clock);
            HouseholdUser owner = HouseholdUser.findById(token.userId);
            audit.record(actor.username(), AuditAction.TOKEN_REVOKED, owner.username + "/" + token.name, actor.remoteAddress(), null);
            revoked.fire(new TokenRevoked(token.id, owner.username));
            changed.fire(new AccessChanged(Kind.TOKEN, token.id, token.revokedAt));
        }
    }

    /** The owner of a usable token, if the secret is one. */
    @Transactional
    public Optional<TokenOwner> authenticate(String secret) {
        if (secret == null || !secret.startsWith(TokenSecret.PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<ApiToken> found = ApiToken.find("tokenHash", TokenSecret.digest(secret)).firstResultOptional();
        return found.filter(token -> token.usableAt(now)).flatMap(token -> {
            if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
                token.lastUsedAt = now;
            }
            return HouseholdUser.<HouseholdUser>findByIdOptional(token.userId)
                    .map(user -> new TokenOwner(token.id, user.username, user.role, token.expiresAt));
        });
    }

    /** Is the token still usable? Asked by live connections that were opened with it. */
    @Transactional
    public boolean isUsable(long tokenId) {
        return ApiToken.<ApiToken>findByIdOptional(tokenId).map(token -> token.usableAt(Instant.now(clock))).orElse(false);
    }

    private static Long ownerId(String username) {
        return HouseholdUser.findByUsername(username).map(user -> user.id).orElseThrow(() -> new NotFound("No such user"));
    }

    /** Who a usable token belongs to; expiresAt is null for a token that never expires. */
    public record TokenOwner(long tokenId, String username, Role role, Instant expiresAt) {
    }

}
