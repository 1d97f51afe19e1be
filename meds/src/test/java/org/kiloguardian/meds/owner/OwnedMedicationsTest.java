package org.kiloguardian.meds.owner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.meds.adherence.AdherenceReport;
import org.kiloguardian.meds.adherence.AdherenceService;
import org.kiloguardian.meds.adherence.MedicationAdherence;
import org.kiloguardian.meds.dose.DoseService;
import org.kiloguardian.meds.dose.TakeRequest;
import org.kiloguardian.meds.due.DueDose;
import org.kiloguardian.meds.due.DueService;
import org.kiloguardian.meds.event.DoseMissed;
import org.kiloguardian.meds.event.LowStock;
import org.kiloguardian.meds.event.MedicationAdded;
import org.kiloguardian.meds.event.MedicationDue;
import org.kiloguardian.meds.event.MedicationTaken;
import org.kiloguardian.meds.medication.MedicationService;
import org.kiloguardian.meds.medication.MedicationView;
import org.kiloguardian.meds.reminder.DoseReminderJob;
import org.kiloguardian.meds.support.MedsFixture;
import org.kiloguardian.meds.support.TestPeople;
import org.kiloguardian.rest.PersonFilter;
import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.RecordedEvents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** Whose medication it is: lists, the due list, adherence and every reminder say so. */
@QuarkusTest
class OwnedMedicationsTest {

    @Inject
    MedsFixture fixture;
    @Inject
    MedicationService medications;
    @Inject
    DueService due;
    @Inject
    AdherenceService adherence;
    @Inject
    DoseService doses;
    @Inject
    DoseReminderJob job;
    @Inject
    HouseholdClock clock;
    @Inject
    RecordedEvents events;
    @Inject
    TestPeople people;
    @Inject
    ObjectMapper json;

    private long grandma;
    private long ben;

    @BeforeEach
    void household() {
        fixture.reset(LocalDateTime.of(2026, 11, 29, 7, 0));
        grandma = people.add("Grandma");
        ben = people.add("Ben");
    }

    @AfterEach
    void nobodyCalls() {
        people.callerIs(null);
    }

    @Test
    void aMedicationBelongsToAPersonOrToEveryoneAndAPatchKeepsOrChangesIt() throws Exception {
        MedicationView heart = medications.create(MedsFixture.daily("Ramipril", BigDecimal.ONE, BigDecimal.TEN, "08:00")
                .withPersonId(grandma));
        MedicationView cabinet = medications.create(MedsFixture.asNeeded("Ibuprofen", null, null, BigDecimal.TEN));
        assertThat(heart.personId()).isEqualTo(grandma);
        assertThat(cabinet.personId()).isNull();

        assertThat(medications.patch(heart.id(), (ObjectNode) json.readTree("{\"stock\": 20}")).personId()).isEqualTo(grandma);
        assertThat(medications.patch(heart.id(), (ObjectNode) json.readTree("{\"personId\": " + ben + "}")).personId()).isEqualTo(ben);
        assertThat(medications.patch(heart.id(), (ObjectNode) json.readTree("{\"personId\": null}")).personId()).isNull();
    }

    @Test
    void anUnknownPersonIsRefusedNamingTheField() {
        assertThatThrownBy(() -> medications.create(MedsFixture.daily("Ramipril", BigDecimal.ONE, BigDecimal.TEN, "08:00")
                .withPersonId(99_999_999L)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(ConstraintViolation::getPropertyPath).map(Object::toString)
                        .containsExactly("create.request.personId"));
        assertThat(medications.list(null)).isEmpty();
    }

    @Test
    void listsDueAndAdherenceArePerPersonWhenAsked() {
        MedicationView heart = medications.create(MedsFixture.daily("Ramipril", BigDecimal.ONE, BigDecimal.TEN, "08:00")
                .withPersonId(grandma));
        MedicationView vitamins = medications.create(MedsFixture.daily("Vitamin D", BigDecimal.ONE, BigDecimal.TEN, "08:00")
                .withPersonId(ben));
        MedicationView shared = medications.create(MedsFixture.daily("Fish oil", BigDecimal.ONE, BigDecimal.TEN, "08:00"));
        clock.set(LocalDateTime.of(2026, 11, 29, 8, 15));

        assertThat(medications.list(null, PersonFilter.of(grandma))).extracting(MedicationView::id).containsExactly(heart.id());
        assertThat(medications.list(null, PersonFilter.shared())).extracting(MedicationView::id).containsExactly(shared.id());
        assertThat(medications.list(null, PersonFilter.everyone())).hasSize(3);

        assertThat(due.dueNow(PersonFilter.of(grandma))).extracting(DueDose::medicationId, DueDose::personId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(heart.id(), grandma));
        people.callerIs(ben);
        assertThat(due.dueNow(PersonFilter.me())).extracting(DueDose::medicationId).containsExactly(vitamins.id());
        assertThat(due.dueNow(PersonFilter.everyone())).hasSize(3);

        doses.take(heart.id(), TakeRequest.NOW);
        clock.set(LocalDateTime.of(2026, 11, 29, 21, 0));
        AdherenceReport grandmas = adherence.report(7, PersonFilter.of(grandma));
        assertThat(grandmas.medications()).extracting(MedicationAdherence::medicationId, MedicationAdherence::personId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(heart.id(), grandma));
        assertThat(grandmas.last7Days().taken()).isEqualTo(1);
        assertThat(grandmas.last7Days().scheduled()).isEqualTo(1);
        AdherenceReport bens = adherence.report(7, PersonFilter.of(ben));
        assertThat(bens.last7Days().taken()).isZero();
        assertThat(adherence.report(7, PersonFilter.everyone()).last7Days().scheduled()).isEqualTo(3);

        assertThatThrownBy(() -> due.dueNow(PersonFilter.of(99_999_999L)))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("person: ");
    }

    @Test
    void everyEventAndReminderNamesThePerson() {
        MedicationView heart = medications.create(MedsFixture.daily("Ramipril", BigDecimal.ONE, new BigDecimal("8"), "08:00", "20:00")
                .withPersonId(grandma));
        clock.set(LocalDateTime.of(2026, 11, 29, 8, 1));
        job.tick();
        doses.take(heart.id(), TakeRequest.NOW);
        clock.set(LocalDateTime.of(2026, 11, 29, 22, 30));
        job.tick();

        assertThat(events.of(MedicationAdded.class)).singleElement().satisfies(e -> {
            assertThat(e.personId()).isEqualTo(grandma);
            assertThat(e.personName()).isEqualTo("Grandma");
        });
        assertThat(events.of(MedicationDue.class)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.personName()).isEqualTo("Grandma"));
        assertThat(events.of(MedicationTaken.class)).singleElement().satisfies(e -> assertThat(e.personId()).isEqualTo(grandma));
        assertThat(events.of(LowStock.class)).singleElement().satisfies(e -> assertThat(e.alert().personName()).isEqualTo("Grandma"));
        assertThat(events.of(DoseMissed.class)).singleElement().satisfies(e -> {
            assertThat(e.alert().personId()).isEqualTo(grandma);
            assertThat(e.alert().personName()).isEqualTo("Grandma");
        });
    }
}
