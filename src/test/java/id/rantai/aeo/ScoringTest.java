package id.rantai.aeo;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.aeo.assessment.AnswerStatus;
import id.rantai.aeo.assessment.Scoring;
import id.rantai.aeo.framework.Framework;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {
    private final Framework f = FrameworkCatalogueTest.bundled();
    private final Scoring.Profile large = new Scoring.Profile(false, false);
    private final Scoring.Profile sme = new Scoring.Profile(true, true);

    ScoringTest() throws IOException {}

    @Test
    void aQualifiedOpinionMeetsThreeBOnlyForASmallOrMediumBusiness() {
        Map<String, AnswerStatus> a = Map.of("3.b.1", AnswerStatus.NOT_MET, "3.b.2", AnswerStatus.MET);
        assertThat(Scoring.score(f, a, sme).get("3.b").status()).isEqualTo(AnswerStatus.MET);
        assertThat(Scoring.score(f, a, large).get("3.b").status()).isEqualTo(AnswerStatus.NOT_MET);
        assertThat(Scoring.score(f, a, large).get("3.b.2").status()).isEqualTo(AnswerStatus.NOT_APPLICABLE);
    }

    @Test
    void andOrIsMetByAnyOneItemWhileItsScoreShowsBreadth() {
        Map<String, AnswerStatus> a = Map.of(
                "6.a.1",
                AnswerStatus.MET,
                "6.a.2",
                AnswerStatus.NOT_MET,
                "6.a.3",
                AnswerStatus.NOT_MET,
                "6.a.4",
                AnswerStatus.NOT_MET);
        Scoring.NodeScore s = Scoring.score(f, a, large).get("6.a");
        assertThat(s.status()).isEqualTo(AnswerStatus.MET);
        assertThat(s.score()).isEqualTo(25.0);
    }

    @Test
    void andNeedsEveryItemAndNotApplicableItemsDropOut() {
        Map<String, AnswerStatus> a = new HashMap<>(
                Map.of("6.f.1", AnswerStatus.MET, "6.f.2", AnswerStatus.MET, "6.f.3", AnswerStatus.PARTLY_MET));
        assertThat(Scoring.score(f, a, large).get("6.f").status()).isEqualTo(AnswerStatus.PARTLY_MET);
        assertThat(Scoring.score(f, a, large).get("6.f").score())
                .isCloseTo(83.33, org.assertj.core.data.Offset.offset(0.01));
        a.put("6.f.3", AnswerStatus.NOT_APPLICABLE);
        assertThat(Scoring.score(f, a, large).get("6.f").status()).isEqualTo(AnswerStatus.MET);
        assertThat(Scoring.score(f, a, large).get("6.f").score()).isEqualTo(100.0);
    }

    @Test
    void theFanHousingPointCountsOnlyForReefers() {
        Map<String, AnswerStatus> a = new HashMap<>();
        for (char p = 'a'; p <= 'g'; p++) {
            a.put("6.b.4." + p, AnswerStatus.MET);
        }
        assertThat(Scoring.score(f, a, large).get("6.b.4").status()).isEqualTo(AnswerStatus.MET);
        assertThat(Scoring.score(f, a, sme).get("6.b.4").status()).isEqualTo(AnswerStatus.PARTLY_MET);
    }

    @Test
    void progressCountsWhatIsStillUnanswered() {
        Map<String, Scoring.NodeScore> s = Scoring.score(f, Map.of("1.a", AnswerStatus.MET), large);
        Scoring.NodeScore overall = Scoring.overall(s, f);
        assertThat(overall.answeredItems()).isEqualTo(1);
        assertThat(overall.applicableItems()).isEqualTo(f.leaves().size() - 2); // 3.b.2 and 6.b.4.h do not apply
        assertThat(s.get("1").status()).isEqualTo(AnswerStatus.PARTLY_MET);
    }
}
