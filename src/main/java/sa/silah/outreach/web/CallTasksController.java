package sa.silah.outreach.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

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

import sa.silah.outreach.CallTask;
import sa.silah.outreach.CallTaskStatus;
import sa.silah.outreach.CallTasks;
import sa.silah.shared.Dates;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * The calls the standing rules ask officers to make: the open ones by the day they are due (or the closed ones), a
 * page at a time, each opening on a page with the beneficiary's number and a form to say the call was made.
 */
@Controller
@RequestMapping("/outreach/tasks")
class CallTasksController {

    private static final int PAGE_SIZE = 20;
    private static final String FORM = "doneForm";

    private final CallTasks tasks;
    private final Clock clock;

    CallTasksController(CallTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "OPEN") CallTaskStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", CallTaskStatus.values());
        model.addAttribute("tasks", tasks.list(status, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("today", LocalDate.now(clock.withZone(Dates.RIYADH)));
        return "outreach/tasks";
    }

    @GetMapping("/{id}")
    String task(@PathVariable UUID id, Model model) {
        return page(id, new CallTaskDoneForm(), model);
    }

    @PostMapping("/{id}/done")
    String done(@PathVariable UUID id, @ModelAttribute(FORM) CallTaskDoneForm form, BindingResult result,
            Principal officer, Model model, RedirectAttributes redirect) {
        try {
            tasks.done(id, form.getNote(), officer.getName());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return page(id, form, model);
        }
        redirect.addFlashAttribute("message", "outreach.task.doneSaved");
        return "redirect:/outreach/tasks";
    }

    private String page(UUID id, CallTaskDoneForm form, Model model) {
        model.addAttribute("task", tasks.get(id));
        model.addAttribute(FORM, form);
        model.addAttribute("maxNote", Integer.toString(CallTask.MAX_NOTE));
        model.addAttribute("today", LocalDate.now(clock.withZone(Dates.RIYADH)));
        return "outreach/task";
    }
}
