package org.kiloguardian.people.person;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.kiloguardian.people.login.KnownLogin;

/**
 * What a client sends to add a person, and what a PATCH is merged into. Omitted: a colour of the
 * palette, no login, active, no caregivers.
 */
public record PersonRequest(
        @NotBlank @Size(max = 100) String name,
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour like #1e88e5") String color,
        @KnownLogin Long userId,
        Boolean active,
        @Size(max = 50) List<@NotNull @KnownLogin Long> caregiverUserIds) {

    public static PersonRequest named(String name) {
        return new PersonRequest(name, null, null, null, null);
    }

    public PersonRequest withColor(String newColor) {
        return new PersonRequest(name, newColor, userId, active, caregiverUserIds);
    }

    public PersonRequest withUserId(Long newUserId) {
        return new PersonRequest(name, color, newUserId, active, caregiverUserIds);
    }

    public PersonRequest withCaregivers(List<Long> newCaregiverUserIds) {
        return new PersonRequest(name, color, userId, active, newCaregiverUserIds);
    }

    static PersonRequest of(Person person) {
        return new PersonRequest(person.name, person.color, person.userId, person.active, List.copyOf(person.caregiverUserIds));
    }
}
