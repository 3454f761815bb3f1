package id.rantai.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicAddressTest {
    @Test
    void an_address_only_this_machine_can_open_is_recognised_as_local() {
        assertThat(withAddress("http://localhost:8080").publicAddressIsLocal()).isTrue();
        assertThat(withAddress("http://127.0.0.1").publicAddressIsLocal()).isTrue();
        assertThat(withAddress("http://rantai.localhost").publicAddressIsLocal())
                .isTrue();
        assertThat(withAddress("http://[::1]:8080").publicAddressIsLocal()).isTrue();
        assertThat(withAddress("not a url").publicAddressIsLocal()).isTrue();
        assertThat(withAddress("https://sertifikasi.bcpusdiklat.example.go.id").publicAddressIsLocal())
                .isFalse();
    }

    private static CertificationProperties withAddress(String url) {
        return new CertificationProperties(
                "SAK.{year}.{seq}",
                url,
                30,
                10,
                60,
                Map.of(),
                new CertificationProperties.IssuerKeystore(null, "PKCS12", null, "rantai-issuer", "key-2"),
                new CertificationProperties.Letterhead(List.of("Pusdiklat"), null, "Jakarta", "Kepala"));
    }
}
