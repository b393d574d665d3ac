package dev.faultline.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the architecture honest: a framework-free domain and ports, and modules that depend one way. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.faultline");
    }

    static final String[] FRAMEWORKS = {"edu.stanford..", "java.sql..", "javax.sql..", "io.javalin..",
            "org.apache.spark..", "picocli..", "org.duckdb..", "org.postgresql..", "com.fasterxml..",
            "org.jsoup..", "com.rometools..", "opennlp..", "org.apache.commons.csv.."};

    @Test
    void theDomainIsFreeOfFrameworkTypes() {
        noClasses().that().resideInAPackage("dev.faultline.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the domain must outlive any framework choice").check(classes);
    }

    @Test
    void theAllianceModelIsFreeOfFrameworkTypes() {
        noClasses().that().resideInAPackage("dev.faultline.relations..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the command line, the server and Spark build the same model").check(classes);
    }

    @Test
    void thePipelineAndStoragePortsAreFreeOfFrameworkTypes() {
        noClasses().that().resideInAnyPackage("dev.faultline.pipeline..")
                .or().resideInAPackage("dev.faultline.store")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS).check(classes);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("dev.faultline.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(classes);
    }

    @Test
    void onlyTheLanguageLayerUsesCoreNlp() {
        noClasses().that().resideOutsideOfPackage("dev.faultline.nlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..").check(classes);
    }

    @Test
    void onlyStoreAdaptersUseJdbc() {
        noClasses().that().resideOutsideOfPackages("dev.faultline.store.jdbc..", "dev.faultline.store.duckdb..", "dev.faultline.store.postgres..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..", "org.postgresql..").check(classes);
    }
}
