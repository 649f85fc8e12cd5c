package sa.silah.staff.web;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.catalog.Department;
import sa.silah.catalog.Departments;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.staff.StaffUser;

/** Administrators create, edit, disable and enable staff accounts, and reset their passwords. */
@Controller
@RequestMapping("/admin/users")
class StaffAdminController {

    private static final int PAGE_SIZE = 25;

    private final StaffManagement staff;
    private final Departments departments;

    StaffAdminController(StaffManagement staff, Departments departments) {
        this.staff = staff;
        this.departments = departments;
    }

    @ModelAttribute
    void pickLists(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("departments", departments.findAllByOrderByNameArAsc());
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<StaffUser> users = staff.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("users", users);
        model.addAttribute("departmentsById", departments.findAll().stream()
                .collect(Collectors.toMap(Department::getId, Function.identity())));
        return "staff/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new StaffForm());
        return "staff/user-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") StaffForm form, BindingResult result, RedirectAttributes redirect) {
        try {
            staff.create(form.toAccount(), form.getPassword());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return "staff/user-form";
        }
        redirect.addFlashAttribute("message", "staff.created");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        StaffUser user = staff.get(id);
        model.addAttribute("user", user);
        model.addAttribute("form", StaffForm.of(user));
        return "staff/user-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            staff.update(id, form.toAccount());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            model.addAttribute("user", staff.get(id));
            return "staff/user-form";
        }
        redirect.addFlashAttribute("message", "staff.updated");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        staff.setEnabled(id, enabled);
        redirect.addFlashAttribute("message", enabled ? "staff.enabled" : "staff.disabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, Model model) {
        String password = staff.resetPassword(id);
        model.addAttribute("user", staff.get(id));
        model.addAttribute("newPassword", password);
        return "staff/password-reset";
    }
}
