package id.rantai.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadTest {

    @Test
    void anUploadedNameIsOfferedWithoutItsPathQuotesOrControlCharacters() {
        assertThat(Download.disposition(false, "../../../../etc/passwd.png"))
                .isEqualTo("attachment; filename=\"passwd.png\"; filename*=UTF-8''passwd.png");
        assertThat(Download.disposition(true, "C:\\\\scans\\\\evil\".pdf\r\nX-Injected: 1"))
                .startsWith("inline; filename=")
                .doesNotContain("\r", "\n", "scans", "\\\\");
        assertThat(Download.safeName("..hidden")).isEqualTo("hidden");
        assertThat(Download.safeName("///")).isEqualTo("file");
    }

    @Test
    void aNameInIndonesianOrOtherScriptsIsKeptForClientsThatReadFilenameStar() {
        assertThat(Download.disposition(false, "Surat ralat — Ani.pdf")).contains("filename*=UTF-8''Surat%20ralat%20");
    }
}
