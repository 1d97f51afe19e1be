package org.kiloguardian.gateway.architecture;

import static org.assertj.core.api.Assertions.assertThat;

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

        assertThat(result.hasViolation()).as("the rule must reject habits -> meds").isTrue();
        assertThat(result.getFailureReport().toString()).contains("FixtureHabitThatKnowsMeds");
        assertThat(result.getFailureReport().toString())
                .as("the rule must reject meds -> people").contains("FixtureMedicationThatKnowsPeople");
        assertThat(result.getFailureReport().toString())
                .as("the rule must reject notifications -> meds").contains("FixtureReminderThatKnowsMeds");
    }

    @Test
    void reportsASocketIoServerClassThatKnowsTheHousehold() {
        String root = "org.kiloguardian.gateway.architecture.fixture";
        JavaClasses classes = new ClassFileImporter().importPackages(root);

        EvaluationResult result = ModuleBoundariesTest.socketIoServerKnowsNothingOutsideItselfBelow(root).evaluate(classes);

        assertThat(result.hasViolation()).as("the rule must reject socketio -> people").isTrue();
        assertThat(result.getFailureReport().toString()).contains("FixtureServerThatKnowsPeople");
        assertThat(result.getFailureReport().toString())
                .as("a socketio class that uses only its own module is fine").doesNotContain("FixtureNamespace");
    }
}
