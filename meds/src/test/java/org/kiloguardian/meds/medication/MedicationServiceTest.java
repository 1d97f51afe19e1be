package org.kiloguardian.meds.medication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        assertThat(created.doseAmount()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(created.stock()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(created.lowStockDays()).isEqualTo(7);
        assertThat(created.startDate()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(created.active()).isTrue();
        assertThat(created.frequency()).isEqualTo("daily at 08:00, 20:00");
        assertThat(medications.get(created.id())).isEqualTo(created);

        MedicationAdded added = events.of(MedicationAdded.class).get(0);
        assertThat(added.medId()).isEqualTo(created.id());
        assertThat(added.medName()).isEqualTo("Metformin");
        assertThat(added.dosage()).isEqualTo("10 mg");
        assertThat(added.times()).isEqualTo(List.of("08:00", "20:00"));
        assertThat(added.dosesPerDay()).isEqualByComparingTo(new BigDecimal("2"));
    }

    @Test
    void mergePatchChangesOnlyTheFieldsSentAndNullResets() throws Exception {
        MedicationView created = medications.create(MedsFixture.daily("Ramipril", null, new BigDecimal("20"), "08:00"));
        ObjectNode patch = (ObjectNode) json.readTree("{\"endDate\":\"2026-12-31\",\"notes\":\"with water\",\"lowStockDays\":null}");

        MedicationView patched = medications.patch(created.id(), patch);

        assertThat(patched.endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(patched.notes()).isEqualTo("with water");
        assertThat(patched.lowStockDays()).isEqualTo(7);
        assertThat(patched.name()).isEqualTo("Ramipril");
        assertThat(patched.stock()).isEqualByComparingTo(new BigDecimal("20"));
        assertThat(events.of(MedicationUpdated.class)).hasSize(1);

        ObjectNode archive = (ObjectNode) json.readTree("{\"active\":false,\"endDate\":null}");
        MedicationView archived = medications.patch(created.id(), archive);
        assertThat(archived.active()).isFalse();
        assertThat(archived.endDate()).isNull();
        assertThat(medications.list(false)).isEqualTo(List.of(archived));
        assertThat(medications.list(true)).isEmpty();
    }

    @Test
    void aPutWithoutStockKeepsTheStockOnHand() {
        MedicationView created = medications.create(MedsFixture.daily("Ramipril", null, new BigDecimal("12.5"), "08:00"));

        MedicationView replaced = medications.replace(created.id(), MedsFixture.daily("Ramipril 5", new BigDecimal("2"), null, "09:00"));

        assertThat(replaced.stock()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(replaced.doseAmount()).isEqualByComparingTo(new BigDecimal("2"));
        assertThat(replaced.frequency()).isEqualTo("daily at 09:00");
    }

    @Test
    void invalidMedicationsNameTheFieldAndWriteNothing() {
        assertInvalid(MedsFixture.daily("Bad", BigDecimal.ZERO, null, "08:00"), "doseAmount");
        assertInvalid(MedsFixture.daily("Bad", null, new BigDecimal("-1"), "08:00"), "stock");
        assertInvalid(MedsFixture.daily("Bad", null, null), "times");
        assertInvalid(new MedicationRequest("Bad", null, null, null, null, null, null, null, null, null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 30), null, null, null, null, null, null, null), "endDate");
        assertThat(medications.list(null)).isEmpty();
        assertThat(events.of(MedicationAdded.class)).isEmpty();
    }

    @Test
    void deleteRemovesAndAnnounces() {
        MedicationView created = medications.create(MedsFixture.daily("Old", null, null, "08:00"));

        medications.delete(created.id());

        assertThatThrownBy(() -> medications.get(created.id())).isInstanceOf(MedicationNotFound.class);
        assertThat(events.of(MedicationRemoved.class).get(0).medId()).isEqualTo(created.id());
    }

    private void assertInvalid(MedicationRequest request, String field) {
        ConstraintViolationException e = assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> medications.create(request)).actual();
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        assertThat(violations.stream().anyMatch(v -> v.getPropertyPath().toString().endsWith(field)))
                .as(() -> "expected a violation of " + field + " but got " + violations).isTrue();
    }
}
