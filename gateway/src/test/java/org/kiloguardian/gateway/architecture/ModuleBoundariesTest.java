package org.kiloguardian.gateway.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries, checked on the compiled classes of every module: the gateway's test class
 * path is the only place that sees them all. Maven already keeps the domain modules apart at
 * compile time; this fails the build if someone adds the dependency anyway.
 */
@AnalyzeClasses(packages = "org.kiloguardian", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule domainModulesAreIndependent = domainModulesAreIndependentBelow("org.kiloguardian");

    @ArchTest
    static final ArchRule domainModulesKnowNoUiNorGateway = noClasses()
            .that().resideInAnyPackage("org.kiloguardian.habits..", "org.kiloguardian.meds..", "org.kiloguardian.financial..",
                    "org.kiloguardian.people..", "org.kiloguardian.notifications..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kiloguardian.ui..", "org.kiloguardian.gateway..");

    /** Logins are security's; people and the others learn what they need through interfaces the gateway implements. */
    @ArchTest
    static final ArchRule domainModulesKnowNoSecurity = noClasses()
            .that().resideInAnyPackage("org.kiloguardian.habits..", "org.kiloguardian.meds..", "org.kiloguardian.financial..",
                    "org.kiloguardian.people..", "org.kiloguardian.notifications..")
            .should().dependOnClassesThat().resideInAPackage("org.kiloguardian.security..");

    @ArchTest
    static final ArchRule uiKnowsNoGateway = noClasses()
            .that().resideInAPackage("org.kiloguardian.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.kiloguardian.gateway..");

    static ArchRule domainModulesAreIndependentBelow(String rootPackage) {
        return slices()
                .matching(rootPackage + ".(habits|meds|financial|people|notifications)..")
                .should().notDependOnEachOther()
                .because("habits, meds, financial, people and notifications talk to each other only through events and interfaces wired in the gateway");
    }

    /** The Socket.IO server is a library: the household plugs into it, never the other way round. */
    @ArchTest
    static final ArchRule socketIoServerKnowsNothingOutsideItself = socketIoServerKnowsNothingOutsideItselfBelow("org.kiloguardian");

    static ArchRule socketIoServerKnowsNothingOutsideItselfBelow(String rootPackage) {
        return noClasses()
                .that().resideInAPackage(rootPackage + ".socketio..")
                .should().dependOnClassesThat(resideInAPackage(rootPackage + "..")
                        .and(resideOutsideOfPackage(rootPackage + ".socketio..")))
                .because("the socketio module is a Socket.IO server that knows nothing of the household, the gateway or the other modules");
    }

    @ArchTest
    static final ArchRule productionCodeNeverUsesTheDevDatabase = noClasses()
            .that().resideOutsideOfPackage("org.kiloguardian.devdb..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kiloguardian.devdb..", "io.zonky..");
}
