package id.rantai.monitoring.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonReadingParserTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    private static JsonReadingParser.Parsed parse(String json) {
        return JsonReadingParser.parse(JSON.readTree(json), UUID.randomUUID(), "SIM-1", NOW);
    }

    @Test
    void aSequenceTooLargeForALongRejectsThatReadingNamingTheField() {
        var parsed = parse("""
                {"deviceTime":"2026-12-04T02:59:00Z","latitude":-6.95,"longitude":110.42,
                 "sequence":12345678901234567890123456}""");
        assertThat(parsed.reading()).isNull();
        assertThat(parsed.rejection().field()).isEqualTo("sequence");
    }

    @Test
    void aSequenceWithinRangeIsRead() {
        var parsed = parse("""
                {"deviceTime":"2026-12-04T02:59:00Z","latitude":-6.95,"longitude":110.42,"sequence":9007199254740993}""");
        assertThat(parsed.rejection()).isNull();
    }
}
