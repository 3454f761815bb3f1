package id.rantai.shared.web;

import id.rantai.shared.InvalidInputException;
import id.rantai.shared.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one way every long list is read a page at a time: {@code limit} (how many, 1 to 1000, 100
 * when not given) and {@code offset} (how many to skip). The body stays the list itself; the
 * answer's {@code X-Total-Count} says how many there are in all and {@code Link} (RFC 8288) gives
 * the {@code next} and {@code prev} pages' addresses, as GitHub's API does.
 */
public record Paging(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public static Paging of(@Nullable Integer limit, @Nullable Integer offset) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        int o = offset == null ? 0 : offset;
        if (l < 1 || l > MAX_LIMIT) {
            throw InvalidInputException.worded("limit", "between", 1, MAX_LIMIT);
        }
        if (o < 0) {
            throw InvalidInputException.worded("offset", "between", 0, Integer.MAX_VALUE);
        }
        return new Paging(l, o);
    }

    /** The page as the answer: the items, their total and the links to the pages around it. */
    public <T> ResponseEntity<List<T>> answer(Page<T> page, HttpServletRequest request) {
        List<String> links = new ArrayList<>();
        if (offset + page.items().size() < page.total()) {
            links.add(link(request, offset + limit, "next"));
        }
        if (offset > 0) {
            links.add(link(request, Math.max(0, offset - limit), "prev"));
        }
        var answer = ResponseEntity.ok().header("X-Total-Count", Long.toString(page.total()));
        if (!links.isEmpty()) {
            answer = answer.header("Link", String.join(", ", links));
        }
        return answer.body(page.items());
    }

    private String link(HttpServletRequest request, int at, String rel) {
        String uri = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("limit", limit)
                .replaceQueryParam("offset", at)
                .build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
