package org.kiloguardian.meds.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.meds.event.MedicationAdded;
import org.kiloguardian.meds.event.MedicationRemoved;
import org.kiloguardian.meds.event.MedicationUpdated;
import org.kiloguardian.meds.support.MedsFixture;
import org.kiloguardian.testsupport.RecordedEvents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MedicationServiceTest {

    @Inject
    MedsFixture fixture;
    @Inject
    MedicationService medications;
    @Inject
    RecordedEvents events;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void reset() {
        fixture.reset(LocalDateTime.of(2026, 11, 29, 9, 0));
    }

    @Test
    void createAppliesDefaultsAndAnnouncesTheMedicationWithItsSchedule() {
        MedicationView created = medications.create(MedsFixture.daily("Metformin", null, null, "20:00", "08:00"));

        assertEquals(0, BigDecimal.ONE.compareTo(created.doseAmount()));
        assertEquals(0, BigDecimal.ZERO.compareTo(created.stock()));
        assertEquals(7, created.lowStockDays());
        assertEquals(LocalDate.of(2026, 11, 29), created.startDate());
        assertTrue(created.active());
        assertEquals("daily at 08:00, 20:00", created.frequency());
        assertEquals(created, medications.get(created.id()));

        MedicationAdded added = events.of(MedicationAdded.class).get(0);
        assertEquals(created.id(), added.medId());
        assertEquals("Metformin", added.medName());
        assertEquals("10 mg", added.dosage());
        assertEquals(List.of("08:00", "20:00"), added.times());
        assertEquals(0, new BigDecimal("2").compareTo(added.dosesPerDay()));
    }

    @Test
    void mergePatchChangesOnlyTheFieldsSentAndNullResets() throws Exception {
        MedicationView created = medications.create(MedsFixture.daily("Ramipril", null, new BigDecimal("20"), "08:00"));
        ObjectNode patch = (ObjectNode) json.readTree("{\"endDate\":\"2026-12-31\",\"notes\":\"with water\",\"lowStockDays\":null}");

        MedicationView patched = medications.patch(created.id(), patch);

        assertEquals(LocalDate.of(2026, 12, 31), patched.endDate());
        assertEquals("with water", patched.notes());
        assertEquals(7, patched.lowStockDays());
        assertEquals("Ramipril", patched.name());
        assertEquals(0, new BigDecimal("20").compareTo(patched.stock()));
        assertEquals(1, events.of(MedicationUpdated.class).size());

        ObjectNode archive = (ObjectNode) json.readTree("{\"active\":false,\"endDate\":null}");
        MedicationView archived = medications.patch(created.id(), archive);
        assertFalse(archived.active());
        assertNull(archived.endDate());
        assertEquals(List.of(archived), medications.list(false));
        assertTrue(medications.list(true).isEmpty());
    }

    @Test
    void aPutWithoutStockKeepsTheStockOnHand() {
        MedicationView created = medications.create(MedsFixture.daily("Ramipril", null, new BigDecimal("12.5"), "08:00"));

        MedicationView replaced = medications.replace(created.id(), MedsFixture.daily("Ramipril 5", new BigDecimal("2"), null, "09:00"));

        assertEquals(0, new BigDecimal("12.5").compareTo(replaced.stock()));
        assertEquals(0, new BigDecimal("2").compareTo(replaced.doseAmount()));
        assertEquals("daily at 09:00", replaced.frequency());
    }

    @Test
    void invalidMedicationsNameTheFieldAndWriteNothing() {
        assertInvalid(MedsFixture.daily("Bad", BigDecimal.ZERO, null, "08:00"), "doseAmount");
        assertInvalid(MedsFixture.daily("Bad", null, new BigDecimal("-1"), "08:00"), "stock");
        assertInvalid(MedsFixture.daily("Bad", null, null), "times");
        assertInvalid(new MedicationRequest("Bad", null, null, null, null, null, null, null, null, null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 30), null, null, null, null, null, null, null), "endDate");
        assertTrue(medications.list(null).isEmpty());
        assertTrue(events.of(MedicationAdded.class).isEmpty());
    }

    @Test
    void deleteRemovesAndAnnounces() {
        MedicationView created = medications.create(MedsFixture.daily("Old", null, null, "08:00"));

        medications.delete(created.id());

        assertThrows(MedicationNotFound.class, () -> medications.get(created.id()));
        assertEquals(created.id(), events.of(MedicationRemoved.class).get(0).medId());
    }

    private void assertInvalid(MedicationRequest request, String field) {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, () -> medications.create(request));
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        assertTrue(violations.stream().anyMatch(v -> v.getPropertyPath().toString().endsWith(field)),
                () -> "expected a violation of " + field + " but got " + violations);
    }
}
