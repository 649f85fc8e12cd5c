package sa.silah.staff.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.shared.InvalidFieldsException;
import sa.silah.staff.ApiToken;
import sa.silah.staff.ApiTokenManagement;

/** Administrators issue API tokens for other systems and revoke them. */
@Controller
@RequestMapping("/admin/tokens")
class ApiTokenAdminController {

    private static final int PAGE_SIZE = 25;

    private final ApiTokenManagement tokens;

    ApiTokenAdminController(ApiTokenManagement tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<ApiToken> list = tokens.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("tokens", list);
        model.addAttribute("usernames", tokens.usernamesOf(list.getContent()));
        return "staff/tokens";
    }

    @PostMapping
    String issue(@RequestParam(required = false) String name, @RequestParam(required = false) String username,
            Model model) {
        try {
            model.addAttribute("issued", tokens.issue(name, username));
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("name", name);
            model.addAttribute("username", username);
        }
        return list(0, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("message", "token.revoked");
        return "redirect:/admin/tokens";
    }
}
