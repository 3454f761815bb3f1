package id.rantai.shared.jobs;

/** A queue's jobs per state; {@code doneLastDay} counts those finished in the last 24 hours. */
public record JobCounts(long waiting, long running, long failed, long doneLastDay) {}
