package org.kiloguardian.notifications.support;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import org.kiloguardian.notifications.push.SubscriptionRequest;

/** What a browser makes when it subscribes: an ECDH P-256 key pair and a 16-byte auth secret. */
public record BrowserKeys(KeyPair pair, byte[] auth) {

    public static BrowserKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            return new BrowserKeys(generator.generateKeyPair(), auth);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public SubscriptionRequest subscription(String endpoint) {
        return new SubscriptionRequest(endpoint, null, new SubscriptionRequest.Keys(base64Url(uncompressed((ECPublicKey) pair.getPublic())),
                base64Url(auth)), "Test browser");
    }

    static byte[] uncompressed(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        copy(key.getW().getAffineX(), point, 1);
        copy(key.getW().getAffineY(), point, 33);
        return point;
    }

    private static void copy(BigInteger value, byte[] into, int offset) {
        byte[] raw = value.toByteArray();
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, into, offset + 32 - length, length);
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
