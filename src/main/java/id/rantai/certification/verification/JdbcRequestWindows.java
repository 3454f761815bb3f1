package id.rantai.certification.verification;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests per client and minute, counted in the database so that every instance sees the same count. */
@Repository
class JdbcRequestWindows {
    private final JdbcClient jdbc;

    JdbcRequestWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one more request of the client in the minute and returns the minute's count so far. */
    int countOne(String client, long minute) {
        if (increment(client, minute) == 0) {
            try {
                jdbc.sql("INSERT INTO cert_verify_window (client, window_minute, hits) VALUES (?, ?, 1)")
                        .params(client, minute)
                        .update();
                return 1;
            } catch (DuplicateKeyException anotherInstanceFirst) {
                increment(client, minute);
            }
        }
        return jdbc.sql("SELECT hits FROM cert_verify_window WHERE client = ? AND window_minute = ?")
                .params(client, minute)
                .query(Integer.class)
                .single();
    }

    private int increment(String client, long minute) {
        return jdbc.sql("UPDATE cert_verify_window SET hits = hits + 1 WHERE client = ? AND window_minute = ?")
                .params(client, minute)
                .update();
    }

    /** Deletes the counts of minutes before {@code minute}. */
    int forgetBefore(long minute) {
        return jdbc.sql("DELETE FROM cert_verify_window WHERE window_minute < ?")
                .param(minute)
                .update();
    }
}
