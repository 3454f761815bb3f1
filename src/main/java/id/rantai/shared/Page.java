package id.rantai.shared;

import java.util.List;

/** One page of a list, and how many there are in all (for the total a client shows and the next link). */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
