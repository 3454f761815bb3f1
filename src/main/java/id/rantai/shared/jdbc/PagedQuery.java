package id.rantai.shared.jdbc;

import id.rantai.shared.Page;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a table's rows and how many match, the way every paged list reads them: the count
 * and the page under the same condition, the page in a stable order (the order's last column a
 * unique one, so no row is on two pages or none).
 *
 * @param from   the table, and any join, as it follows {@code FROM}
 * @param where  the condition with {@code ?} for each parameter, as it follows {@code WHERE}
 * @param order  the order, as it follows {@code ORDER BY}, ending in a unique column
 */
public record PagedQuery(String from, String where, List<Object> params, String order) {
    public PagedQuery {
        params = List.copyOf(params);
    }

    public <T> Page<T> page(JdbcClient jdbc, RowMapper<T> rows, int limit, int offset) {
        long total = jdbc.sql("SELECT COUNT(*) FROM " + from + " WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        return new Page<>(list(jdbc, rows, limit, offset), total);
    }

    /** The rows alone, where no one asks how many there are: the count costs a scan on a large table. */
    public <T> List<T> list(JdbcClient jdbc, RowMapper<T> rows, int limit, int offset) {
        List<Object> paged = new ArrayList<>(params);
        paged.add(limit);
        paged.add(offset);
        return jdbc.sql("SELECT * FROM " + from + " WHERE " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?")
                .params(paged)
                .query(rows)
                .list();
    }
}
