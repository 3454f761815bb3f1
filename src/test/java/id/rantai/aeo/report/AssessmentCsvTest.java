package id.rantai.aeo.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssessmentCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() {
        assertThat(AssessmentCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AssessmentCsv.cell("+62 24 123")).isEqualTo("'+62 24 123");
        assertThat(AssessmentCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(AssessmentCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(AssessmentCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AssessmentCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AssessmentCsv.cell("plain")).isEqualTo("plain");
        assertThat(AssessmentCsv.cell(null)).isEmpty();
    }
}
