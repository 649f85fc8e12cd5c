package sa.silah.staff.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.staff.StaffManagement;

/** A signed-in member of staff changes their own password. */
@Controller
@RequestMapping("/account/password")
class AccountController {

    private final StaffManagement staff;

    AccountController(StaffManagement staff) {
        this.staff = staff;
    }

    /** The form: the current password, and the new one twice. */
    static final class PasswordForm {

        private String currentPassword;
        private String newPassword;
        private String confirmPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmPassword() {
            return confirmPassword;
        }

        public void setConfirmPassword(String confirmPassword) {
            this.confirmPassword = confirmPassword;
        }
    }

    @GetMapping
    String form(@ModelAttribute("form") PasswordForm form) {
        return "staff/password";
    }

    @PostMapping
    String change(@ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
            RedirectAttributes redirect) {
        if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.mismatch");
            return "staff/password";
        }
        try {
            staff.changeOwnPassword(principal.getName(), form.getCurrentPassword(), form.getNewPassword());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return "staff/password";
        }
        redirect.addFlashAttribute("message", "account.password.changed");
        return "redirect:/account/password";
    }
}
