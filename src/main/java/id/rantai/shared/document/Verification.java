package id.rantai.shared.document;

/** Where anyone holding the paper checks it is genuine: the public page (as a QR code) and the code to type there. */
public record Verification(String url, String code) {}
