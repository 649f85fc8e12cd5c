package sa.silah.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * Administrators add and rename departments. The code is fixed once created. Who manages a department is
 * not kept here: its managers are the staff accounts with the MANAGER role in that department.
 */
@Service
@Transactional
public class DepartmentManagement {

    static final int MAX_NAME = 200;

    private final Departments departments;

    DepartmentManagement(Departments departments) {
        this.departments = departments;
    }

    /** Every department, by Arabic name. */
    @Transactional(readOnly = true)
    public List<Department> all() {
        return departments.findAllByOrderByNameArAsc();
    }

    @Transactional(readOnly = true)
    public Department get(long id) {
        return departments.findById(id).orElseThrow(() -> new RecordNotFoundException("department", id));
    }

    @Transactional(readOnly = true)
    public Optional<Department> findByCode(String code) {
        return departments.findByCode(Codes.normalize(code));
    }

    /** Refuses a bad or taken code and missing names, every problem at once. */
    public Department create(String code, String nameAr, String nameEn) {
        List<FieldProblem> problems = names(nameAr, nameEn);
        String normalized = Codes.normalize(code);
        if (!Codes.isValid(normalized)) {
            problems.add(new FieldProblem("code", "department.code.invalid"));
        }
        else if (departments.findByCode(normalized).isPresent()) {
            problems.add(new FieldProblem("code", "department.code.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        try {
            return departments.saveAndFlush(new Department(normalized, nameAr.strip(), nameEn.strip()));
        }
        catch (DataIntegrityViolationException raced) {
            throw new InvalidFieldsException(List.of(new FieldProblem("code", "department.code.taken")));
        }
    }

    public Department rename(long id, String nameAr, String nameEn) {
        List<FieldProblem> problems = names(nameAr, nameEn);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Department department = get(id);
        department.rename(nameAr.strip(), nameEn.strip());
        return department;
    }

    private static List<FieldProblem> names(String nameAr, String nameEn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (nameAr == null || nameAr.isBlank() || nameAr.strip().length() > MAX_NAME) {
            problems.add(new FieldProblem("nameAr", "department.name.required"));
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.strip().length() > MAX_NAME) {
            problems.add(new FieldProblem("nameEn", "department.name.required"));
        }
        return problems;
    }
}
