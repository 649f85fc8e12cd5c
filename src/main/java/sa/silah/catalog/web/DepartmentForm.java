package sa.silah.catalog.web;

import sa.silah.catalog.Department;

/** The department form; the code is typed once, when the department is created. */
public class DepartmentForm {

    private String code;
    private String nameAr;
    private String nameEn;

    static DepartmentForm of(Department department) {
        DepartmentForm form = new DepartmentForm();
        form.code = department.getCode();
        form.nameAr = department.getNameAr();
        form.nameEn = department.getNameEn();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
