package id.rantai.monitoring.jt701;

/** A frame that is not valid JT701: logged, and its connection closed. */
public class Jt701Exception extends RuntimeException {
    public Jt701Exception(String message) {
        super(message, null, false, false);
    }
}
