package sa.silah.shared;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A list read for an export one page of {@value #PAGE_SIZE} at a time from the paged query the list's page uses,
 * so the export holds no more than a page and says what the page says. The first page is read at once: its
 * count is the export's total, and reading it checks the query before the download begins.
 */
public final class PagedRows<T> {

    public static final int PAGE_SIZE = 500;

    /** What happens to each page of rows; may write to a file. */
    @FunctionalInterface
    public interface PageHandler<T> {
        void handle(List<T> rows) throws IOException;
    }

    private final Sort sort;
    private final Function<Pageable, Page<T>> source;
    private final Page<T> first;

    private PagedRows(Sort sort, Function<Pageable, Page<T>> source) {
        this.sort = sort;
        this.source = source;
        this.first = source.apply(PageRequest.of(0, PAGE_SIZE, sort));
    }

    public static <T> PagedRows<T> of(Sort sort, Function<Pageable, Page<T>> source) {
        return new PagedRows<>(sort, source);
    }

    public long total() {
        return first.getTotalElements();
    }

    /**
     * Hands every page, in order, to {@code handler}, reading the next only when the last is done; a page at a time
     * lets the handler look up what its rows refer to in one query.
     */
    public void forEachPage(PageHandler<T> handler) throws IOException {
        Page<T> page = first;
        while (true) {
            handler.handle(page.getContent());
            if (!page.hasNext() || page.getContent().isEmpty()) {
                return;
            }
            page = source.apply(PageRequest.of(page.getNumber() + 1, PAGE_SIZE, sort));
        }
    }
}
