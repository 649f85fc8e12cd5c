package sa.silah.beneficiary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/** The segments administrators manage. A segment in use is deactivated, never deleted. */
@Service
@Transactional
public class SegmentCatalog {

    private final Segments segments;

    SegmentCatalog(Segments segments) {
        this.segments = segments;
    }

    @Transactional(readOnly = true)
    public List<Segment> all() {
        return segments.findAllByOrderBySortOrderAscCodeAsc();
    }

    @Transactional(readOnly = true)
    public List<Segment> active() {
        return segments.findByActiveTrueOrderBySortOrderAscCodeAsc();
    }

    @Transactional(readOnly = true)
    public Segment get(long id) {
        return segments.findById(id).orElseThrow(() -> new RecordNotFoundException("segment", id));
    }

    public Segment create(String code, String nameAr, String nameEn, int sortOrder) {
        List<FieldProblem> problems = names(nameAr, nameEn);
        String normalisedCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!normalisedCode.matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add(new FieldProblem("code", "segment.code.invalid"));
        }
        else if (segments.findByCode(normalisedCode).isPresent()) {
            problems.add(new FieldProblem("code", "segment.code.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return segments.save(new Segment(normalisedCode, nameAr.strip(), nameEn.strip(), sortOrder));
    }

    public Segment update(long id, String nameAr, String nameEn, int sortOrder, boolean active) {
        List<FieldProblem> problems = names(nameAr, nameEn);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Segment segment = get(id);
        segment.rename(nameAr.strip(), nameEn.strip(), sortOrder, active);
        return segment;
    }

    private static List<FieldProblem> names(String nameAr, String nameEn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (nameAr == null || nameAr.isBlank() || nameAr.length() > 200) {
            problems.add(new FieldProblem("nameAr", "segment.name.required"));
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.length() > 200) {
            problems.add(new FieldProblem("nameEn", "segment.name.required"));
        }
        return problems;
    }
}
