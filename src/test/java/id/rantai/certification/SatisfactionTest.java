package id.rantai.certification;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.certification.standard.Satisfaction;
import id.rantai.certification.standard.Satisfaction.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The satisfaction figures against figures worked out by hand. */
class SatisfactionTest {

    @Test
    void shareSatisfiedAndTheSkmIndexMatchTheHandComputedFigures() {
        List<Answer> answers = List.of(
                new Answer(4, new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}),
                new Answer(3, new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3}),
                new Answer(2, new int[] {2, 3, 2, 3, 2, 3, 2, 3, 2}),
                new Answer(1, new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1}),
                new Answer(4, new int[] {4, 4, 4, 4, 4, 4, 4, 4, 3}));
        Satisfaction.Figures f = Satisfaction.of(answers);
        // 3 of 5 answered 3 or 4: 60 %, below the 80 % target.
        assertThat(f.responses()).isEqualTo(5);
        assertThat(f.satisfied()).isEqualTo(3);
        assertThat(f.satisfiedPercent()).isEqualTo(60.0);
        assertThat(f.targetMet()).isFalse();
        // U1 = (4+3+2+1+4)/5 = 2.8, U2 = (4+3+3+1+4)/5 = 3.0, …, U9 = (4+3+2+1+3)/5 = 2.6.
        assertThat(f.elementAverages()).containsExactly(2.8, 3.0, 2.8, 3.0, 2.8, 3.0, 2.8, 3.0, 2.6);
        // (4 × 2.8 + 4 × 3.0 + 2.6) / 9 × 25 = 25.8 / 9 × 25 = 71.67: band C (65.00–76.60).
        assertThat(f.skm()).isEqualTo(71.67);
        assertThat(f.band()).isEqualTo("C");
    }

    @Test
    void theTargetIsMetAtEightyPercentAndTheBandsFollowTheRegulation() {
        List<Answer> five = List.of(
                new Answer(4, all(4)),
                new Answer(3, all(4)),
                new Answer(3, all(4)),
                new Answer(4, all(4)),
                new Answer(2, all(4)));
        assertThat(Satisfaction.of(five).satisfiedPercent()).isEqualTo(80.0);
        assertThat(Satisfaction.of(five).targetMet()).isTrue();
        assertThat(Satisfaction.of(five).skm()).isEqualTo(100.0);
        assertThat(Satisfaction.of(five).band()).isEqualTo("A");
        assertThat(Satisfaction.of(List.of()).satisfiedPercent()).isNull();
    }

    @Test
    void bandBoundariesAreThoseOfPermenPanrb14Of2017() {
        assertThat(Satisfaction.band(88.31)).isEqualTo("A");
        assertThat(Satisfaction.band(88.30)).isEqualTo("B");
        assertThat(Satisfaction.band(76.61)).isEqualTo("B");
        assertThat(Satisfaction.band(76.60)).isEqualTo("C");
        assertThat(Satisfaction.band(65.00)).isEqualTo("C");
        assertThat(Satisfaction.band(64.99)).isEqualTo("D");
    }

    private static int[] all(int v) {
        return new int[] {v, v, v, v, v, v, v, v, v};
    }
}
