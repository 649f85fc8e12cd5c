package sa.silah.catalog.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * Administrators add and rename departments. Who manages a department is set on the staff accounts (the
 * MANAGER role in that department), so these pages say nothing about managers.
 */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

    private final DepartmentManagement departments;
    private final ServiceCatalog services;

    DepartmentAdminController(DepartmentManagement departments, ServiceCatalog services) {
        this.departments = departments;
        this.services = services;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("departments", departments.all());
        return "catalog/departments";
    }

    @GetMapping("/new")
    String newDepartment(Model model) {
        return showForm(new DepartmentForm(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") DepartmentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            departments.create(form.getCode(), form.getNameAr(), form.getNameEn());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return showForm(form, null, model);
        }
        redirect.addFlashAttribute("message", "department.created");
        return "redirect:/admin/departments";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Department department = departments.get(id);
        return showForm(DepartmentForm.of(department), department, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") DepartmentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            departments.rename(id, form.getNameAr(), form.getNameEn());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            Department department = departments.get(id);
            form.setCode(department.getCode());
            return showForm(form, department, model);
        }
        redirect.addFlashAttribute("message", "department.saved");
        return "redirect:/admin/departments";
    }

    private String showForm(DepartmentForm form, Department department, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("department", department);
        if (department != null) {
            model.addAttribute("services", services.ofDepartment(department.getId()));
        }
        return "catalog/department-form";
    }
}
