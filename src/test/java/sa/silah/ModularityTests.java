package sa.silah;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The module boundaries and the team's rules, checked rather than hoped for. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SilahApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("sa.silah");

    @Test
    void modulesOnlyUseEachOthersPublicTypesAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void pageControllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(Controller.class).and().areNotAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..").check(CLASSES);
    }

    @Test
    void apiControllersLiveInApiPackages() {
        classes().that().areAnnotatedWith(RestController.class).or().areMetaAnnotatedWith(RestController.class)
                .and().areNotAnnotations()
                .should().resideInAPackage("..api..").check(CLASSES);
    }

    @Test
    void theDomainDoesNotDependOnPagesOrTheApi() {
        noClasses().that().resideOutsideOfPackages("sa.silah..web..", "sa.silah..api..")
                .should().dependOnClassesThat().resideInAnyPackage("sa.silah..web..", "sa.silah..api..")
                .check(CLASSES);
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
