package org.kiloguardian.devdb;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource of the dev and test profiles from an embedded PostgreSQL, started on
 * the first lookup. It answers only {@code %dev.} and {@code %test.} keys, so the prod profile
 * never starts a server, and its ordinal sits below application.properties and the environment,
 * so an explicitly configured database always wins.
 */
public final class EmbeddedPostgresConfigSource implements ConfigSource {

    static final int ORDINAL = 100;

    private static final Map<String, Function<DatabaseCoordinates, String>> DATASOURCE_KEYS = Map.of(
            "quarkus.datasource.jdbc.url", DatabaseCoordinates::jdbcUrl,
            "quarkus.datasource.username", DatabaseCoordinates::username,
            "quarkus.datasource.password", DatabaseCoordinates::password);

    @Override
    public String getValue(String propertyName) {
        for (EmbeddedProfile profile : EmbeddedProfile.values()) {
            String prefix = "%" + profile.profileName() + ".";
            if (propertyName.startsWith(prefix)) {
                Function<DatabaseCoordinates, String> field = DATASOURCE_KEYS.get(propertyName.substring(prefix.length()));
                return field == null ? null : field.apply(EmbeddedPostgresRegistry.coordinatesFor(profile));
            }
        }
        return null;
    }

    /** Empty on purpose: listing the keys would invite eager lookups that start a server nobody asked for. */
    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "kilo-embedded-postgres";
    }
}
