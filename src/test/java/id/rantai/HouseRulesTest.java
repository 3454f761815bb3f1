package id.rantai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The rules inside modules that {@code ApplicationModules.verify()} cannot see (README, "House rules"). Modulith keeps
 * the modules apart; these keep each module's own packages in one direction and its SQL in one kind of class.
 */
class HouseRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.rantai");

    @Test
    void subPackagesOfAModuleDependOnEachOtherInOneDirectionOnly() {
        slices().matching("id.rantai.(*).(*)..")
                .namingSlices("$1.$2")
                .should()
                .beFreeOfCycles()
                .check(MAIN);
    }

    @Test
    void onlyJdbcClassesSpeakSql() {
        noClasses()
                .that(DescribedPredicate.not(speakSqlByName()))
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.Connection")
                .because("SQL is kept visible in one place per table: classes named Jdbc*, or the shared.jdbc package")
                .check(MAIN);
    }

    @Test
    void webPagesAndControllersUseOnlyTheirOwnModuleAndTheSharedKernel() {
        noClasses()
                .that()
                .resideInAPackage("id.rantai.*.web..")
                .should(callIntoAnotherModule())
                .because("a module's pages and endpoints go through that module's own services, which may use others")
                .check(MAIN);
    }

    @Test
    void everyPackageIsNullMarked() {
        classes()
                .should(new ArchCondition<>("sit in a package annotated @NullMarked") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
                            events.add(SimpleConditionEvent.violated(
                                    type, type.getPackageName() + " has no package-info.java with @NullMarked"));
                        }
                    }
                })
                .check(MAIN);
    }

    private static DescribedPredicate<JavaClass> speakSqlByName() {
        return DescribedPredicate.describe("are named Jdbc* or sit in shared.jdbc", type -> {
            JavaClass top = outermost(type);
            return top.getSimpleName().startsWith("Jdbc")
                    || top.getPackageName().startsWith("id.rantai.shared.jdbc");
        });
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    /** Calls from a module's web package into the public API of a module other than its own, shared and identity. */
    private static ArchCondition<JavaClass> callIntoAnotherModule() {
        return new ArchCondition<>("call methods of another business module") {
            @Override
            public void check(JavaClass web, ConditionEvents events) {
                String own = moduleOf(web.getPackageName());
                web.getMethodCallsFromSelf().forEach(call -> {
                    String target = moduleOf(call.getTargetOwner().getPackageName());
                    if (target != null
                            && !target.equals(own)
                            && !"shared".equals(target)
                            && !"identity".equals(target)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                });
            }
        };
    }

    private static String moduleOf(String packageName) {
        if (!packageName.startsWith("id.rantai.")) {
            return null;
        }
        String rest = packageName.substring("id.rantai.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
