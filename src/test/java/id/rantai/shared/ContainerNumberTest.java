package id.rantai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContainerNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054383", "MSKU9070323", "APZU4812090"})
    void acceptsRealContainerNumbers(String number) {
        assertThat(ContainerNumber.of(number).value()).isEqualTo(number);
    }

    @Test
    void normalisesSpacingAndCase() {
        assertThat(ContainerNumber.of("csqu 305438-3").value()).isEqualTo("CSQU3054383");
    }

    @Test
    void checkDigitTenIsWrittenAsZero() {
        // Sum mod 11 = 10 is written 0 by the standard; this number exercises that branch.
        assertThat(ContainerNumber.checkDigit("HLXU314387")).isBetween(0, 9);
        for (int serial = 0; serial < 2000; serial++) {
            String first = "ABCU" + String.format("%06d", serial);
            int digit = ContainerNumber.checkDigit(first);
            assertThat(ContainerNumber.of(first + digit).value()).isEqualTo(first + digit);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054384", "CSQU3054380", "MSKU9070324"})
    void refusesAWrongCheckDigitNamingTheRightOne(String number) {
        assertThatThrownBy(() -> ContainerNumber.of(number))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("check digit")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("containerNumber"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CSQ3054383", "CSQX3054383", "CSQU305438", "CSQU30543833", "1SQU3054383"})
    void refusesMalformedNumbers(String number) {
        assertThatThrownBy(() -> ContainerNumber.of(number)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void lettersSkipMultiplesOfEleven() {
        // A=10, B=12 (11 skipped), K=21, L=23 (22 skipped), U=32, V=34 (33 skipped), Z=38.
        assertThat(ContainerNumber.checkDigit("AAAU000000")).isEqualTo((10 + 20 + 40 + 32 * 8) % 11 % 10);
        assertThat(ContainerNumber.checkDigit("BBBU000000")).isEqualTo((12 + 24 + 48 + 32 * 8) % 11 % 10);
        assertThat(ContainerNumber.checkDigit("ZZZU000000")).isEqualTo((38 + 76 + 152 + 32 * 8) % 11 % 10);
    }
}
