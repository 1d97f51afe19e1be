package org.kiloguardian.devdb;

import java.nio.file.Path;
import java.util.Optional;

/** The two Quarkus profiles that get an embedded server, and where each keeps its data. */
enum EmbeddedProfile {

    /** Keeps its data between runs of dev mode. */
    DEV("dev") {
        @Override
        Optional<Path> persistentDataDirectory() {
            String configured = System.getProperty("kilo.devdb.dir", System.getenv("KILO_DEVDB_DIR"));
            if (configured != null && !configured.isBlank()) {
                return Optional.of(Path.of(configured));
            }
            return Optional.of(Path.of(System.getProperty("user.home"), ".kilo-guardian", "dev-postgres"));
        }
    },

    /** Starts empty in every test JVM and is thrown away with it. */
    TEST("test") {
        @Override
        Optional<Path> persistentDataDirectory() {
            return Optional.empty();
        }
    };

    private final String profileName;

    EmbeddedProfile(String profileName) {
        this.profileName = profileName;
    }

    String profileName() {
        return profileName;
    }

    abstract Optional<Path> persistentDataDirectory();
}
