package id.rantai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.MutableClock;
import id.rantai.support.World;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Online password guessing: five wrong passwords in a row lock an account for a quarter of an hour,
 * even to the right password; a right password in between starts the count again; the company's
 * administrator may lift the lock at once. Run on H2 and on PostgreSQL.
 */
abstract class LoginLockoutScenarios {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    Api api;
    World w;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new World(api);
    }

    private void wrong(int times) {
        api.knows(w.company, "not-the-password");
        for (int i = 0; i < times; i++) {
            api.get(w.company, "/api/v1/me").expectProblem(401);
        }
        api.knows(w.company, Api.PASSWORD);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheLockRunsOutOrTheCompanyAdministratorLiftsIt() {
        String id = api.get(w.company, "/api/v1/me").expect(200).json("$.id");
        wrong(4);
        api.get(w.company, "/api/v1/me").expect(200);
        wrong(4);
        api.get(w.company, "/api/v1/me").expect(200); // the right password started the count again

        wrong(5);
        assertThat((String) api.get(w.company, "/api/v1/me").expectProblem(401).json("$.detail"))
                .contains("Akun dikunci");
        api.get(w.company2, "/api/v1/me").expect(200); // another account is not touched
        clock.advance(Duration.ofMinutes(14));
        api.get(w.company, "/api/v1/me").expectProblem(401);
        clock.advance(Duration.ofMinutes(2));
        api.get(w.company, "/api/v1/me").expect(200);

        wrong(5);
        api.get(w.company, "/api/v1/me").expectProblem(401);
        api.post(w.company2, "/api/v1/users/" + id + "/unlock").expectProblem(404);
        api.post(w.companyAdmin, "/api/v1/users/" + id + "/unlock").expect(200);
        api.get(w.company, "/api/v1/me").expect(200);
    }
}
