/**
 * Content-addressed file storage: files are kept under their SHA-256, so a file's name is its
 * integrity proof and the same bytes are stored once. Local disk by default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "File storage")
@org.jspecify.annotations.NullMarked
package id.rantai.storage;
