package org.kiloguardian.notifications.vapid;

import java.math.BigInteger;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kiloguardian.notifications.config.NotificationsConfig;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The server's VAPID key pair (RFC 8292): given in the configuration (a k3s Secret), or else made at
 * the first start and kept in PostgreSQL, so that browsers subscribed with its public key keep
 * receiving after a restart. Both keys are base64url, as browsers and the web-push tools write them.
 */
@ApplicationScoped
public class VapidKeyStore {

    private static final Logger LOG = Logger.getLogger(VapidKeyStore.class);
    static final String DEFAULT_SUBJECT = "mailto:household@kilo-guardian.invalid";

    private final NotificationsConfig config;
    private final EntityManager entityManager;
    private final Clock clock;
    private final boolean databaseActive;
    private volatile WebPush webPush;

    VapidKeyStore(NotificationsConfig config, EntityManager entityManager, Clock clock,
            // a quarkus.* key, owned by the Hibernate ORM extension: no mapping of ours can hold it
            @ConfigProperty(name = "quarkus.hibernate-orm.active", defaultValue = "true") boolean databaseActive) {
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
        this.databaseActive = databaseActive;
    }

    /** Made (or checked) at start-up, so a wrong key in the Secret stops the start rather than the first reminder. */
    void atStart(@Observes StartupEvent start) {
        if (databaseActive || configured().isPresent()) {
            webPush();
        }
    }

    /** What the browser's PushManager.subscribe takes as applicationServerKey. */
    public String publicKey() {
        return base64Url(webPush().getVapidKeys().getApplicationServerKey());
    }

    /** The request builder for push messages: VAPID header and encrypted body. Reads the database once: not on the event loop. */
    public WebPush webPush() {
        WebPush known = webPush;
        if (known == null) {
            synchronized (this) {
                if (webPush == null) {
                    webPush = new WebPush(subject(), configured().orElseGet(this::kept));
                }
                known = webPush;
            }
        }
        return known;
    }

    String subject() {
        return config.vapid().subject().filter(subject -> !subject.isBlank())
                .or(() -> config.publicUrl().filter(url -> url.startsWith("https://")))
                .orElse(DEFAULT_SUBJECT);
    }

    private Optional<VapidKeys> configured() {
        Optional<String> publicKey = config.vapid().publicKey().filter(key -> !key.isBlank());
        Optional<String> privateKey = config.vapid().privateKey().filter(key -> !key.isBlank());
        if (publicKey.isEmpty() && privateKey.isEmpty()) {
            return Optional.empty();
        }
        if (publicKey.isEmpty() || privateKey.isEmpty()) {
            throw new IllegalStateException("KILO_NOTIFICATIONS_VAPID_PUBLIC_KEY and KILO_NOTIFICATIONS_VAPID_PRIVATE_KEY"
                    + " go together: set both, or neither (a pair is then made and kept in the database).");
        }
        try {
            return Optional.of(VapidKeys.fromUncompressedBytes(publicKey.get().strip(), privateKey.get().strip()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("KILO_NOTIFICATIONS_VAPID_PUBLIC_KEY / KILO_NOTIFICATIONS_VAPID_PRIVATE_KEY are not a"
                    + " P-256 key pair in base64url (docs/notifications.md, \"VAPID keys\"): " + e.getMessage(), e);
        }
    }

    /** The pair in PostgreSQL; the first start makes it. Two instances starting together agree on one. */
    private VapidKeys kept() {
        return QuarkusTransaction.requiringNew().call(() -> {
            VapidKeys fresh = VapidKeys.generate();
            // plain JPA: a native upsert of the single-row key table, which Panache cannot express
            int made = entityManager.createNativeQuery("INSERT INTO notifications.vapid_key (id, public_key, private_key, created_at)"
                            + " VALUES (1, ?1, ?2, ?3) ON CONFLICT (id) DO NOTHING")
                    .setParameter(1, base64Url(fresh.getApplicationServerKey()))
                    .setParameter(2, base64Url(scalar(fresh.getPrivateKey().getS())))
                    .setParameter(3, clock.instant())
                    .executeUpdate();
            if (made == 1) {
                LOG.info("Made the VAPID key pair for Web Push and kept it in the database");
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("SELECT public_key, private_key FROM notifications.vapid_key WHERE id = 1")
                    .getResultList();
            Object[] row = rows.get(0);
            return VapidKeys.fromUncompressedBytes((String) row[0], (String) row[1]);
        });
    }

    /** The private scalar as exactly 32 bytes, as the web-push tools write it. */
    private static byte[] scalar(BigInteger s) {
        byte[] raw = s.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, fixed, 32 - length, length);
        return fixed;
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
