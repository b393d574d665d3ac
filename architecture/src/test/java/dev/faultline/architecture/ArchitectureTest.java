package dev.faultline.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the architecture honest, over every module's classes (this module depends on every front): a framework-free
 * domain, pipeline and storage port; each framework inside its own module; the fronts (the command line, a server,
 * Spark) on top of the application and never on one another; arrows that point one way. Rules about a front to come
 * ({@code dev.faultline.server..}) hold while it does not exist and bite once it does.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.faultline");
    }

    static final String CLI = "dev.faultline.cli..";
    static final String SERVER = "dev.faultline.server..";
    static final String SPARK = "dev.faultline.spark..";
    static final String APP = "dev.faultline.app..";

    static final String[] FRONT_FRAMEWORKS = {"picocli..", "io.javalin..", "org.apache.spark..", "scala.."};
    static final String[] FRAMEWORKS = {"edu.stanford..", "java.sql..", "javax.sql..", "io.javalin..",
            "org.apache.spark..", "picocli..", "org.duckdb..", "org.postgresql..", "com.fasterxml..",
            "org.jsoup..", "com.rometools..", "opennlp..", "org.apache.commons.csv.."};

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    /** A rule about a front that may not exist yet: it holds while the front has no class. */
    private static void checkFront(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void everyModuleIsSeen() {
        for (String p : new String[] {"dev.faultline.domain", "dev.faultline.store", "dev.faultline.store.jdbc", "dev.faultline.ingest",
                "dev.faultline.nlp", "dev.faultline.analysis", "dev.faultline.claims", "dev.faultline.relations", "dev.faultline.eval",
                "dev.faultline.app.job", "dev.faultline.app.model", "dev.faultline.app.view.json", "dev.faultline.cli", "dev.faultline.server", "dev.faultline.spark",
                "dev.faultline.spark.job"}) {
            assertThat(classes.containPackage(p)).as(p).isTrue();
        }
    }

    // ---- framework-free cores ------------------------------------------------------------------

    @Test
    void theDomainIsFreeOfFrameworkTypes() {
        check(noClasses().that().resideInAPackage("dev.faultline.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the domain must outlive any framework choice"));
    }

    @Test
    void theAllianceModelIsFreeOfFrameworkTypes() {
        check(noClasses().that().resideInAPackage("dev.faultline.relations..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the command line, the server and Spark build the same model"));
    }

    @Test
    void thePipelineAndStoragePortsAreFreeOfFrameworkTypes() {
        check(noClasses().that().resideInAnyPackage("dev.faultline.pipeline..")
                .or().resideInAPackage("dev.faultline.store")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS));
    }

    // ---- each framework in its module ----------------------------------------------------------

    @Test
    void onlyTheCommandLineUsesPicocli() {
        check(noClasses().that().resideOutsideOfPackage(CLI).should().dependOnClassesThat().resideInAPackage("picocli.."));
    }

    @Test
    void onlyTheServerUsesJavalin() {
        check(noClasses().that().resideOutsideOfPackage(SERVER).should().dependOnClassesThat().resideInAPackage("io.javalin.."));
    }

    @Test
    void onlyTheSparkJobUsesSpark() {
        check(noClasses().that().resideOutsideOfPackage(SPARK)
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala.."));
    }

    @Test
    void onlyTheLanguageLayerUsesCoreNlp() {
        check(noClasses().that().resideOutsideOfPackage("dev.faultline.nlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford.."));
    }

    @Test
    void onlyStoreAdaptersUseJdbc() {
        check(noClasses().that().resideOutsideOfPackages("dev.faultline.store.jdbc..", "dev.faultline.store.duckdb..",
                        "dev.faultline.store.postgres..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.duckdb..", "org.postgresql.."));
    }

    // ---- the fronts on top ---------------------------------------------------------------------

    @Test
    void theFrontsNeverImportOneAnother() {
        check(noClasses().that().resideInAPackage(CLI).should().dependOnClassesThat().resideInAnyPackage(SERVER, SPARK));
        checkFront(noClasses().that().resideInAPackage(SERVER).should().dependOnClassesThat().resideInAnyPackage(CLI, SPARK));
        check(noClasses().that().resideInAPackage(SPARK).should().dependOnClassesThat().resideInAnyPackage(CLI, SERVER));
    }

    @Test
    void theApplicationKnowsNoFrontNorItsFramework() {
        check(noClasses().that().resideInAPackage(APP)
                .should().dependOnClassesThat().resideInAnyPackage(CLI, SERVER, SPARK)
                .orShould().dependOnClassesThat().resideInAnyPackage(FRONT_FRAMEWORKS)
                .because("the command line, the server and Spark run the same application"));
    }

    @Test
    void theApplicationAndTheStagesReachStorageThroughThePortOnly() {
        check(noClasses().that().resideOutsideOfPackages("dev.faultline.store..", CLI, SERVER, SPARK)
                .should().dependOnClassesThat().resideInAnyPackage("dev.faultline.store.jdbc..", "dev.faultline.store.duckdb..",
                        "dev.faultline.store.postgres..", "dev.faultline.store.adapters..")
                .because("only a front chooses and opens a store"));
    }

    @Test
    void theModulesTopPackagesDependOneWay() {
        check(slices().matching("dev.faultline.(*)..").should().beFreeOfCycles());
    }

    @Test
    void theFrontsAndTheApplicationHaveNoCycleBetweenTheirPackages() {
        // each package a slice: the command (dev.faultline.cli) lists its subcommands, so they must not call back into it
        for (String module : new String[] {CLI, APP, SERVER, SPARK}) {
            JavaClasses mine = classes.that(JavaClass.Predicates.resideInAPackage(module));
            slices().matching("dev.faultline.(**)").should().beFreeOfCycles().allowEmptyShould(true).check(mine);
        }
    }
}
