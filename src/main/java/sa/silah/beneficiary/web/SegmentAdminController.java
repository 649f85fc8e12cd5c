package sa.silah.beneficiary.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.shared.InvalidFieldsException;

/** Administrators add, rename, reorder and deactivate segments. */
@Controller
@RequestMapping("/admin/segments")
class SegmentAdminController {

    private final SegmentCatalog segments;

    SegmentAdminController(SegmentCatalog segments) {
        this.segments = segments;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("segments", segments.all());
        return "beneficiary/segments";
    }

    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String nameAr,
            @RequestParam(required = false) String nameEn, @RequestParam(defaultValue = "0") int sortOrder,
            Model model, RedirectAttributes redirect) {
        try {
            segments.create(code, nameAr, nameEn, sortOrder);
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("code", code);
            model.addAttribute("nameAr", nameAr);
            model.addAttribute("nameEn", nameEn);
            model.addAttribute("sortOrder", sortOrder);
            return list(model);
        }
        redirect.addFlashAttribute("message", "segment.saved");
        return "redirect:/admin/segments";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam(required = false) String nameAr,
            @RequestParam(required = false) String nameEn, @RequestParam(defaultValue = "0") int sortOrder,
            @RequestParam(defaultValue = "false") boolean active, Model model, RedirectAttributes redirect) {
        try {
            segments.update(id, nameAr, nameEn, sortOrder, active);
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute("problems", invalid.problems());
            return list(model);
        }
        redirect.addFlashAttribute("message", "segment.saved");
        return "redirect:/admin/segments";
    }
}
