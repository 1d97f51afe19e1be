package org.kiloguardian.gateway.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

/** Proves the boundary rule is not vacuous: on a layout where habits imports meds, it reports it. */
class ModuleBoundariesRuleCanFailTest {

    @Test
    void reportsADomainModuleThatImportsAnother() {
        String root = "org.kiloguardian.gateway.architecture.fixture";
        JavaClasses broken = new ClassFileImporter().importPackages(root);

        EvaluationResult result = ModuleBoundariesTest.domainModulesAreIndependentBelow(root).evaluate(broken);

        assertTrue(result.hasViolation(), "the rule must reject habits -> meds");
        assertTrue(result.getFailureReport().toString().contains("FixtureHabitThatKnowsMeds"));
        assertTrue(result.getFailureReport().toString().contains("FixtureMedicationThatKnowsPeople"),
                "the rule must reject meds -> people");
        assertTrue(result.getFailureReport().toString().contains("FixtureReminderThatKnowsMeds"),
                "the rule must reject notifications -> meds");
    }

    @Test
    void reportsASocketIoServerClassThatKnowsTheHousehold() {
        String root = "org.kiloguardian.gateway.architecture.fixture";
        JavaClasses classes = new ClassFileImporter().importPackages(root);

        EvaluationResult result = ModuleBoundariesTest.socketIoServerKnowsNothingOutsideItselfBelow(root).evaluate(classes);

        assertTrue(result.hasViolation(), "the rule must reject socketio -> people");
        assertTrue(result.getFailureReport().toString().contains("FixtureServerThatKnowsPeople"));
        assertTrue(!result.getFailureReport().toString().contains("FixtureNamespace"),
                "a socketio class that uses only its own module is fine");
    }
}
