package id.rantai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.TestClockConfiguration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rantai.identity.admin-username=root", "rantai.identity.admin-password="})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class AdministratorBootstrapTest {
    @LocalServerPort
    int port;

    @Autowired
    java.util.List<ApplicationRunner> runners;

    @Test
    void generatedAdministratorPasswordIsPrintedOnceAndWorks(CapturedOutput output) throws Exception {
        // The capture starts before the Spring context does (this class's properties give it a
        // context of its own), so the first start's output is here.
        Matcher m = Pattern.compile("user 'root', password '([^']+)'").matcher(output.getAll());
        assertThat(m.find()).as("the generated password is printed").isTrue();
        String password = m.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        Api api = new Api(port);
        api.knows("root", password);
        assertThat((java.util.List<String>)
                        api.get("root", "/api/v1/me").expect(200).json("$.roles"))
                .containsExactly("ADMIN");
        int before = output.getAll().length();
        for (ApplicationRunner r : runners) {
            r.run(new DefaultApplicationArguments());
        }
        assertThat(output.getAll().substring(before)).doesNotContain("password '");
    }
}
