package org.kiloguardian.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy/tls/make-local-ca.sh}, run the way deploy/README.md tells a household to: a CA, and a
 * server certificate that a client trusting only that CA accepts in a real TLS handshake for each of
 * its names, with what phones require (SAN, serverAuth, at most 825 days), and a CA that can vouch for
 * nothing but the household's names.
 */
class LocalCertificateAuthorityTest {

    private static final DeployScript MAKE_LOCAL_CA = DeployScript.of("tls/make-local-ca.sh");
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

    @TempDir
    Path home;
    private Path caDir;
    private Path tlsDir;

    @BeforeEach
    void folders() {
        caDir = home.resolve("ca");
        tlsDir = home.resolve("tls");
    }

    @Test
    void makesACertificateThatAClientTrustingOnlyTheCaAcceptsForEveryName() throws Exception {
        DeployScript.Result made = make("kilo.local", "kilo.home.arpa", "192.168.1.20");
        assertThat(made.succeeded()).as(made.output()).isTrue();

        X509Certificate ca = certificate(caDir.resolve("kilo-guardian-ca.crt"));
        X509Certificate server = certificate(tlsDir.resolve("tls.crt"));
        PrivateKey key = privateKey(tlsDir.resolve("tls.key"));

        for (String name : List.of("kilo.local", "kilo.home.arpa", "192.168.1.20")) {
            assertThat(handshake(ca, server, key, name)).as("TLS handshake for " + name).isEqualTo(name);
        }
        SSLHandshakeException wrongName = assertThatExceptionOfType(SSLHandshakeException.class).isThrownBy(() -> handshake(ca, server, key, "other.local")).actual();
        assertThat(wrongName.getMessage()).contains("other.local");
    }

    @Test
    void theServerCertificateIsOneThatPhonesAccept() throws Exception {
        DeployScript.Result made = make();
        assertThat(made.succeeded()).as(made.output()).isTrue();
        X509Certificate ca = certificate(caDir.resolve("kilo-guardian-ca.crt"));
        X509Certificate server = certificate(tlsDir.resolve("tls.crt"));

        // kilo.local by default, as a DNS subjectAltName: iOS and Chrome ignore the common name
        assertThat(server.getSubjectAlternativeNames().stream().map(List::copyOf).toList()).isEqualTo(List.of(List.of(2, "kilo.local")));
        assertThat(server.getExtendedKeyUsage()).as(server.getExtendedKeyUsage().toString()).contains(SERVER_AUTH);
        Duration validity = Duration.between(server.getNotBefore().toInstant(), server.getNotAfter().toInstant());
        assertThat(validity).as("iOS refuses server certificates valid longer than 825 days: " + validity).isLessThanOrEqualTo(Duration.ofDays(825));
        assertThat(server.getBasicConstraints()).as("the server certificate must not be a CA").isEqualTo(-1);
        assertThat(server.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(server.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
        server.verify(ca.getPublicKey());

        assertThat(ca.getBasicConstraints()).as("the CA certificate must be a CA: Android installs nothing else as one").isGreaterThanOrEqualTo(0);
        assertThat(ca.getKeyUsage()[5]).as("the CA must be allowed to sign certificates (keyCertSign)").isTrue();
        assertThat(ca.getCriticalExtensionOIDs()).as("the CA must carry a critical name constraint").contains("2.5.29.30");

        // private keys are readable by their owner only
        for (Path secret : List.of(tlsDir.resolve("tls.key"), caDir.resolve("kilo-guardian-ca.key"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).as(secret.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void runningItAgainRenewsTheServerCertificateUnderTheSameCa() throws Exception {
        DeployScript.Result made = make();
        assertThat(made.succeeded()).as(made.output()).isTrue();
        byte[] firstCa = Files.readAllBytes(caDir.resolve("kilo-guardian-ca.crt"));
        X509Certificate first = certificate(tlsDir.resolve("tls.crt"));

        DeployScript.Result again = make();

        assertThat(again.succeeded()).as(again.output()).isTrue();
        assertThat(Files.readAllBytes(caDir.resolve("kilo-guardian-ca.crt"))).as("the devices' trusted CA must stay").isEqualTo(firstCa);
        X509Certificate renewed = certificate(tlsDir.resolve("tls.crt"));
        assertThat(renewed.getSerialNumber()).isNotEqualTo(first.getSerialNumber());
        assertThat(handshake(certificate(caDir.resolve("kilo-guardian-ca.crt")), renewed,
                privateKey(tlsDir.resolve("tls.key")), "kilo.local")).isEqualTo("kilo.local");
    }

    @Test
    void theCaCannotVouchForAnyOtherSite() throws Exception {
        DeployScript.Result made = make();
        assertThat(made.succeeded()).as(made.output()).isTrue();

        // someone with the CA's key forges a certificate for another site: a client refuses it
        Path rogueKey = home.resolve("rogue.key");
        Path rogue = home.resolve("rogue.crt");
        DeployScript.Result forged = openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", rogueKey.toString(), "-out", rogue.toString(), "-days", "30", "-subj", "/CN=bank.example",
                "-addext", "subjectAltName=DNS:bank.example", "-addext", "extendedKeyUsage=serverAuth",
                "-CA", caDir.resolve("kilo-guardian-ca.crt").toString(), "-CAkey", caDir.resolve("kilo-guardian-ca.key").toString());
        assertThat(forged.succeeded()).as(forged.output()).isTrue();
        DeployScript.Result verified = openssl("verify", "-CAfile", caDir.resolve("kilo-guardian-ca.crt").toString(), rogue.toString());
        assertThat(verified.succeeded()).as(verified.output()).isFalse();
        assertThat(verified.output()).contains("permitted subtree violation");

        // and the script itself refuses a name that the existing CA may not vouch for
        DeployScript.Result widened = make("kilo.local", "bank.example");
        assertThat(widened.exitCode()).as(widened.output()).isNotEqualTo(0);
        assertThat(widened.output()).contains("does not vouch for");
    }

    @Test
    void refusesWhatPhonesWouldRefuse() {
        DeployScript.Result tooLong = MAKE_LOCAL_CA.run(Map.of("KILO_CA_DIR", caDir.toString(), "KILO_TLS_DIR", tlsDir.toString(),
                "KILO_TLS_DAYS", "826"));
        assertThat(tooLong.exitCode()).as(tooLong.output()).isEqualTo(2);
        assertThat(Files.exists(tlsDir.resolve("tls.crt"))).isFalse();

        DeployScript.Result notAName = make("kilo local");
        assertThat(notAName.exitCode()).as(notAName.output()).isEqualTo(2);
    }

    private DeployScript.Result make(String... names) {
        return MAKE_LOCAL_CA.run(Map.of("KILO_CA_DIR", caDir.toString(), "KILO_TLS_DIR", tlsDir.toString()), names);
    }

    private DeployScript.Result openssl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new DeployScript.Result(process.exitValue(), output);
    }

    /**
     * A TLS server with the certificate on a loopback port, and a client that trusts only the CA and
     * checks the name the way browsers do (HTTPS endpoint identification, SNI); returns the name on success.
     */
    private static String handshake(X509Certificate ca, X509Certificate server, PrivateKey key, String name) throws Exception {
        KeyStore serverStore = KeyStore.getInstance("PKCS12");
        serverStore.load(null, null);
        serverStore.setKeyEntry("server", key, new char[0], new X509Certificate[] { server });
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(serverStore, new char[0]);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keys.getKeyManagers(), null, null);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("household-ca", ca);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trust.getTrustManagers(), null);

        try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> accepted = CompletableFuture.runAsync(() -> {
                try (SSLSocket connection = (SSLSocket) listener.accept()) {
                    connection.startHandshake();
                    connection.getOutputStream().write(1);
                } catch (Exception clientRefused) {
                    // the client's verdict is what the test reads
                }
            });
            try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                    SSLSocket client = (SSLSocket) clientContext.getSocketFactory().createSocket(plain, name, listener.getLocalPort(), true)) {
                SSLParameters parameters = client.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                if (!Character.isDigit(name.charAt(0))) {
                    parameters.setServerNames(List.of(new SNIHostName(name)));
                }
                client.setSSLParameters(parameters);
                client.startHandshake();
                assertThat(client.getInputStream().read()).isEqualTo(1);
            } finally {
                accepted.get(10, TimeUnit.SECONDS);
            }
        }
        return name;
    }

    private static X509Certificate certificate(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        String text = Files.readString(pem);
        assertThat(text.startsWith("-----BEGIN PRIVATE KEY-----")).as("expected a PKCS#8 key: " + pem).isTrue();
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
