package org.kiloguardian.meds.medication;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.kiloguardian.database.VersionedEntity;
import org.kiloguardian.meds.schedule.DoseSchedule;

import io.quarkus.panache.common.Sort;

/**
 * A medication the household keeps: what it is, when it is taken, and how much is on hand. Its
 * version guards against a stale edit overwriting a dose or refill that changed the stock meanwhile.
 */
@Entity
@Table(schema = "meds", name = "medication")
public class Medication extends VersionedEntity {

    public static final BigDecimal DEFAULT_DOSE_AMOUNT = new BigDecimal("1.000");
    public static final int DEFAULT_LOW_STOCK_DAYS = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    /** Strength text, e.g. "10 mg". */
    @Column(length = 100)
    public String dosage;

    /** tablet, capsule, liquid, ... */
    @Column(length = 50)
    public String form;

    /** Units of stock one intake uses. */
    @Column(name = "dose_amount", nullable = false, precision = 10, scale = 3)
    public BigDecimal doseAmount = DEFAULT_DOSE_AMOUNT;

    @Embedded
    public DoseSchedule schedule = new DoseSchedule();

    @Column(length = 2000)
    public String instructions;

    @Column(length = 100)
    public String prescriber;

    @Column(length = 2000)
    public String notes;

    /** Units on hand; never negative (a dose taken from too little stock empties it). */
    @Column(nullable = false, precision = 12, scale = 3)
    public BigDecimal stock = new BigDecimal("0.000");

    @Column(name = "low_stock_days", nullable = false)
    public int lowStockDays = DEFAULT_LOW_STOCK_DAYS;

    /** The person of module people who takes it; null: shared by the household. */
    @Column(name = "person_id")
    public Long personId;

    /** False once archived: no reminders, not due, kept for its history. */
    @Column(nullable = false)
    public boolean active = true;

    public static Medication require(long id) {
        return Medication.<Medication>findByIdOptional(id).orElseThrow(() -> new MedicationNotFound(id));
    }

    /**
     * Loads the medication with a row lock held to the end of the transaction: two takes of the same
     * dose, a take and a refill, or the missed-dose job then run one after the other, never interleaved.
     * Every change to one medication's doses and stock starts here.
     */
    public static Medication lock(long id) {
        return Medication.<Medication>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new MedicationNotFound(id));
    }

    /** Medications by name, all of them or only active (true) or archived (false) ones. */
    public static List<Medication> byName(Boolean active) {
        Sort order = Sort.by("name").and("id");
        return active == null ? listAll(order) : list("active", order, active);
    }

    /** Medications of this person, archived ones too. */
    public static long countOwnedBy(long personId) {
        return count("personId", personId);
    }

    /** Active medications with scheduled doses: the ones that can be due, reminded or missed. */
    public static List<Medication> activeScheduled() {
        return list("active = true and schedule.asNeeded = false", Sort.by("name").and("id"));
    }
}
