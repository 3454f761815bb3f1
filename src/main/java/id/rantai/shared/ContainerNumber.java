package id.rantai.shared;

import java.util.Locale;

/**
 * A freight container identification per ISO 6346: three-letter owner code, equipment category
 * (U, J or Z), six-digit serial number and a check digit. An instance always carries a valid check
 * digit, so a typo on a customs document is caught before a seal is ever requested for it.
 */
public record ContainerNumber(String value) {

    public ContainerNumber {
        if (value == null) {
            throw InvalidInputException.worded("containerNumber", "required");
        }
        value = value.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{3}[UJZ][0-9]{7}")) {
            throw new InvalidInputException(
                    "containerNumber",
                    "must be an ISO 6346 container number: 3-letter owner code, category U/J/Z, 6 digits and a check digit");
        }
        int expected = checkDigit(value.substring(0, 10));
        int actual = value.charAt(10) - '0';
        if (expected != actual) {
            throw InvalidInputException.worded(
                    "containerNumber", "checkDigit", value, String.valueOf(actual), String.valueOf(expected));
        }
    }

    public static ContainerNumber of(String value) {
        return new ContainerNumber(value);
    }

    /** ISO 6346 check digit over the first ten characters. */
    static int checkDigit(String firstTen) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += letterValue(firstTen.charAt(i)) << i;
        }
        return sum % 11 % 10;
    }

    /** Letters count from A=10 but skip multiples of 11 (11, 22, 33), as the standard prescribes. */
    private static int letterValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int v = 10 + (c - 'A');
        v += (v - 1) / 10; // A..K: 10..21 -> skip 11; L..U skip 22; V..Z skip 33
        return v;
    }

    @Override
    public String toString() {
        return value;
    }
}
