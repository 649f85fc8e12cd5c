package sa.silah.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.governance.Board;
import sa.silah.governance.BoardMemberDetails;
import sa.silah.governance.BoardRole;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.staff.StaffManagement;

/** The administrator keeps the register of board members: who sits, in which office, for which term. */
@Controller
@RequestMapping("/admin/board")
class BoardController {

    private final Board board;
    private final StaffManagement staff;

    BoardController(Board board, StaffManagement staff) {
        this.board = board;
        this.staff = staff;
    }

    @GetMapping
    String list(Model model) {
        return show(null, new BoardMemberForm(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return show(id, BoardMemberForm.of(board.get(id)), model);
    }

    @PostMapping
    String register(@ModelAttribute("form") BoardMemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(null, form, result, model, redirect);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") BoardMemberForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return save(id, form, result, model, redirect);
    }

    private String save(Long id, BoardMemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                BoardMemberDetails details = checked(id, form);
                if (id == null) {
                    board.register(details);
                } else {
                    board.change(id, details);
                }
                redirect.addFlashAttribute("message", "governance.board.saved");
                return "redirect:/admin/board";
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return show(id, form, model);
    }

    /**
     * The details with every problem named. A linked account must exist, or the member could never decide, and be
     * no other member's, or one person's decision would count twice.
     */
    private BoardMemberDetails checked(Long id, BoardMemberForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            form.toDetails().check();
        }
        catch (InvalidFieldsException invalid) {
            problems.addAll(invalid.problems());
        }
        String username = form.getStaffUsername();
        if (username != null && !username.isBlank()) {
            if (!staff.exists(username.strip())) {
                problems.add(new FieldProblem("staffUsername", "governance.board.accountUnknown"));
            } else if (board.ofAccount(username.strip()).filter(other -> !other.getId().equals(id)).isPresent()) {
                problems.add(new FieldProblem("staffUsername", "governance.board.accountTaken"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return form.toDetails();
    }

    private String show(Long id, BoardMemberForm form, Model model) {
        model.addAttribute("memberId", id);
        model.addAttribute("form", form);
        model.addAttribute("members", board.all());
        model.addAttribute("today", LocalDate.now(Dates.RIYADH));
        model.addAttribute("roles", BoardRole.values());
        model.addAttribute("accounts", staff.enabledUsernames());
        return "governance/board";
    }
}
