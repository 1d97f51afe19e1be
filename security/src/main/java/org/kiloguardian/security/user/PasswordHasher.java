package org.kiloguardian.security.user;

import java.security.GeneralSecurityException;
import java.security.Provider;

import jakarta.enterprise.context.ApplicationScoped;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt, through WildFly Elytron as Quarkus ships it; hashes are stored in Modular Crypt Format. */
@ApplicationScoped
public class PasswordHasher {

    private static final Provider ELYTRON = WildFlyElytronPasswordProvider.getInstance();

    /**
     * A bcrypt hash at the cost {@link #hash} uses, compared against when the user does not exist so
     * that both cases take as long. A constant: hashing it at start cost every start a few hundred
     * milliseconds (docs/performance.md); {@code PasswordHasherTest} keeps its cost equal to the real one.
     */
    static final String DECOY = "$2a$10$zMQQ7fVGmrMXRKGwZI.MKOG0yrgvLsAc4ukSGekp4Tdn9XEnzIcq2";

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    public boolean matches(String password, String hash) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, ELYTRON);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public void spendTimeLikeAMatch(String password) {
        matches(password, DECOY);
    }
}
