package sa.silah.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class PagedRowsTest {

    private final List<Integer> rows = IntStream.range(0, 1_201).boxed().toList();
    private final List<Pageable> asked = new ArrayList<>();

    private Page<Integer> page(Pageable pageable) {
        asked.add(pageable);
        int from = (int) Math.min(pageable.getOffset(), rows.size());
        int to = Math.min(from + pageable.getPageSize(), rows.size());
        return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
    }

    @Test
    void countsOnTheFirstPageAndReadsTheOthersOnlyWhenWalked() throws IOException {
        PagedRows<Integer> paged = PagedRows.of(Sort.by("id"), this::page);
        assertThat(paged.total()).isEqualTo(1_201);
        assertThat(asked).hasSize(1);

        List<Integer> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        paged.forEachPage(page -> {
            pageSizes.add(page.size());
            seen.addAll(page);
        });
        assertThat(seen).isEqualTo(rows);
        assertThat(pageSizes).containsExactly(500, 500, 201);
        assertThat(asked).extracting(Pageable::getPageNumber).containsExactly(0, 1, 2);
        assertThat(asked).allSatisfy(pageable -> assertThat(pageable.getSort()).isEqualTo(Sort.by("id")));
    }

    @Test
    void anEmptyListIsOnePageOfNothing() throws IOException {
        PagedRows<Integer> paged = PagedRows.of(Sort.unsorted(), pageable -> Page.empty(pageable));
        List<List<Integer>> pages = new ArrayList<>();
        paged.forEachPage(pages::add);
        assertThat(paged.total()).isZero();
        assertThat(pages).containsExactly(List.of());
    }
}
