package org.kiloguardian.gateway.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays a push service and the browser behind it, on a free local port: it has the browser's own
 * ECDH P-256 key pair and auth secret (what the page posts as the subscription), and for every
 * message the app sends it checks what a real push service checks (the VAPID JWT: ES256 signed by
 * the key in {@code k}, {@code aud} this service's origin, {@code exp} in the next 24 h, a {@code
 * sub}) and decrypts the {@code aes128gcm} body as the browser would (RFC 8291 on RFC 8188), back to
 * the JSON the service worker gets. Only the JDK's crypto; nothing reaches the internet.
 */
public final class PushServiceAndBrowser implements AutoCloseable {

    /** One message as the browser's service worker receives it, with what the push service saw. */
    public record Received(JsonNode payload, JsonNode jwtClaims, String vapidKey, Map<String, List<String>> headers) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final KeyPair browser;
    private final byte[] auth = new byte[16];
    private final LinkedBlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private volatile int nextStatus = 201;

    public PushServiceAndBrowser() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            browser = generator.generateKeyPair();
            new SecureRandom().nextBytes(auth);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/push/", exchange -> {
            try {
                received.add(receive(exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
                exchange.sendResponseHeaders(nextStatus, -1);
            } catch (Exception | AssertionError refused) {
                received.add(refused);
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** The status the push service answers from now on (201 Created, or 410 Gone for an unsubscribed browser). */
    public void answer(int status) {
        nextStatus = status;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/push/subscription-1";
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The subscription as the page's {@code PushSubscription.toJSON()} writes it. */
    public Map<String, Object> subscriptionJson() {
        return Map.of("endpoint", endpoint(),
                "keys", Map.of("p256dh", base64Url(uncompressed((ECPublicKey) browser.getPublic())), "auth", base64Url(auth)));
    }

    /** The next message, or an AssertionError when none came or what came failed the checks. */
    public Received next(Duration within) throws InterruptedException {
        Object next = received.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
            throw new AssertionError("the push service got nothing within " + within);
        }
        if (next instanceof Throwable failure) {
            throw new AssertionError("the push service refused a message: " + failure, failure);
        }
        return (Received) next;
    }

    /** Nothing more arrives within the time given. */
    public boolean quietFor(Duration time) throws InterruptedException {
        return received.poll(time.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    private Received receive(com.sun.net.httpserver.Headers headers, byte[] body) throws Exception {
        expect("aes128gcm".equals(headers.getFirst("Content-Encoding")), "Content-Encoding: aes128gcm, got " + headers.getFirst("Content-Encoding"));
        expect(headers.getFirst("TTL") != null && Integer.parseInt(headers.getFirst("TTL")) > 0, "a TTL");
        String authorization = headers.getFirst("Authorization");
        expect(authorization != null && authorization.startsWith("vapid t="), "Authorization: vapid t=..., k=...; got " + authorization);
        String token = authorization.substring("vapid t=".length(), authorization.indexOf(','));
        String key = authorization.substring(authorization.indexOf("k=") + 2).strip();
        JsonNode claims = verifiedClaims(token, key);
        return new Received(JSON.readTree(decrypt(body)), claims, key, Map.copyOf(headers));
    }

    /** RFC 8292: an ES256 JWT signed by the application server key, for this push service's origin. */
    private JsonNode verifiedClaims(String jwt, String applicationServerKey) throws Exception {
        String[] parts = jwt.split("\\.");
        expect(parts.length == 3, "a JWT of three parts");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        expect("ES256".equals(header.path("alg").asText()), "alg ES256, got " + header);
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(publicKey(Base64.getUrlDecoder().decode(applicationServerKey)));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        expect(verifier.verify(Base64.getUrlDecoder().decode(parts[2])), "the JWT's signature must verify with k");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        expect(origin().equals(claims.path("aud").asText()), "aud " + origin() + ", got " + claims.path("aud"));
        long exp = claims.path("exp").asLong();
        long now = Instant.now().getEpochSecond();
        expect(exp > now && exp <= now + 24 * 3600, "exp within the next 24 hours, got " + exp);
        String sub = claims.path("sub").asText();
        expect(sub.startsWith("mailto:") || sub.startsWith("https://"), "sub a mailto: or https: contact, got " + sub);
        return claims;
    }

    /** RFC 8291 section 3.4 with RFC 8188's header: salt, record size, the sender's key, then one record. */
    private byte[] decrypt(byte[] body) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        int keyLength = in.get() & 0xff;
        expect(keyLength == 65, "keyid: the sender's uncompressed P-256 key (65 bytes), got " + keyLength);
        byte[] senderKey = new byte[keyLength];
        in.get(senderKey);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);
        expect(ciphertext.length <= recordSize, "a single record");

        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(browser.getPrivate());
        agreement.doPhase(publicKey(senderKey), true);
        byte[] sharedSecret = agreement.generateSecret();
        byte[] browserKey = uncompressed((ECPublicKey) browser.getPublic());
        byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), browserKey, senderKey);
        byte[] ikm = hkdf(auth, sharedSecret, keyInfo, 32);
        byte[] contentKey = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
        byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);

        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = cipher.doFinal(ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        expect(end >= 0 && padded[end] == 2, "the last record's delimiter 0x02");
        return Arrays.copyOf(padded, end);
    }

    private static byte[] hkdf(byte[] salt, byte[] input, byte[] info, int length) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(input);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        return Arrays.copyOf(mac.doFinal(concat(info, new byte[] {1})), length);
    }

    private static ECPublicKey publicKey(byte[] uncompressed) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, curve));
    }

    private static byte[] uncompressed(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        place(key.getW().getAffineX(), point, 1);
        place(key.getW().getAffineY(), point, 33);
        return point;
    }

    private static void place(BigInteger value, byte[] into, int offset) {
        byte[] raw = value.toByteArray();
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, into, offset + 32 - length, length);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
