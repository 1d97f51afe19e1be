package org.kiloguardian.rest.json;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every JSON body, REST's and a merge patch's alike, is read with these: text without NUL and dates
 * PostgreSQL can store. A value beyond them is a 400 naming the field, before any validator or query
 * sees it; it used to fail the insert (a 500), or a validator's lookup (a 500 without a problem body).
 */
@Singleton
public class StorableJsonValues implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** After Quarkus' own customizer, which registers the java.time module: the module registered last decides. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    private static SimpleModule module() {
        return new SimpleModule("kilo-storable-values")
                .addDeserializer(String.class, new StorableText())
                .addDeserializer(LocalDate.class, new StorableDateDeserializer());
    }
}
